/**
 * `rules-src` through the SDK's network layer (`createHttpClient` of `@hbrs/sdk`: a time limit per attempt,
 * retries with backoff for network errors, 5xx and 429, typed `HbrsError`s). Its own chunk, downloaded the
 * first time a `rules-src` is fetched (in parallel with the adjustment tab that validates the rule set), so a
 * page on the built-in or a `rules` rule set never downloads it.
 */
import { HbrsError, createHttpClient, isHbrsError } from '@hbrs/sdk';

/**
 * Fetches the JSON document at `url`. Rejects with an `HbrsError` (`network`, `timeout`, `http`,
 * `invalid-data` for a body that is not JSON), or with the abort reason of `signal`.
 */
export async function fetchRules(
  url: string,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<unknown> {
  // No cache: "try again" fetches again, as before; `fetch` is looked up at each load.
  const http = createHttpClient({ timeoutMs: options.timeoutMs, cacheTtlMs: 0, staleWhileRevalidateMs: 0 });
  try {
    return await http.getJson(url, { signal: options.signal });
  } catch (e) {
    // A missing file is an HTTP error like any other here ("(HTTP 404)" in the message).
    if (isHbrsError(e, 'not-found')) throw new HbrsError('http', e.message, { url, status: 404 });
    throw e;
  }
}
