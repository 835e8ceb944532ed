/**
 * Fetching the estimator's `rules-src` through the SDK's network layer (`createHttpClient` of `@hbrs/sdk`):
 * one time limit per attempt, retries with backoff for network errors, 5xx and 429, typed `HbrsError`s.
 * The rule set is validated later, by the adjustment tab's module.
 */
import { HbrsError, createHttpClient, isHbrsError } from '@hbrs/sdk';

/** `rules-src` is not an http(s) URL: nothing is fetched. */
export class UnsafeRulesUrlError extends Error {
  readonly code = 'invalid-url';
}

/**
 * Fetches the JSON document at `url`. Rejects with an `HbrsError` (`network`, `timeout`, `http`,
 * `invalid-data` for a body that is not JSON), or with the abort reason of `signal`.
 */
export async function fetchRules(
  url: string,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<unknown> {
  // No cache: "try again" fetches again, as the browser would; `fetch` is looked up at each load.
  const http = createHttpClient({ timeoutMs: options.timeoutMs, cacheTtlMs: 0, staleWhileRevalidateMs: 0 });
  try {
    return await http.getJson(url, { signal: options.signal });
  } catch (e) {
    // A missing file is an HTTP error like any other here ("(HTTP 404)" in the message).
    if (isHbrsError(e, 'not-found')) throw new HbrsError('http', e.message, { url, status: 404 });
    throw e;
  }
}
