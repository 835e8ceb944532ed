/**
 * `rules-src` through the SDK's network layer (`createHttpClient` of `@hbrs/sdk`: a time limit per attempt,
 * retries with backoff for network errors, 5xx and 429, typed `HbrsError`s). Its own chunk, downloaded the
 * first time a `rules-src` is fetched (in parallel with the adjustment tab that validates the rule sets), so a
 * page on the built-in or a `rules` rule set never downloads it.
 */
import { HbrsError, createHttpClient, isHbrsError } from '@hbrs/sdk';
import { isAdjustmentList, parseAdjustmentList } from '@hbrs/sdk/policy';

/** One fetched rule-set document and where it came from. */
export interface FetchedRules {
  url: string;
  json: unknown;
}

interface FetchOptions {
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * Fetches the JSON document at `url`. Rejects with an `HbrsError` (`network`, `timeout`, `http`,
 * `invalid-data` for a body that is not JSON), or with the abort reason of `signal`.
 */
export async function fetchRules(url: string, options: FetchOptions): Promise<unknown> {
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

/**
 * Fetches every rule set of `urls`, in parallel. A document with the list schema
 * (`hbrs/pension-adjustment-list@1`) stands for the files it lists (relative to the list; http(s) only; a list
 * does not list lists). Rejects like {@link fetchRules}, or with `invalid-data` for a bad list.
 */
export async function fetchRuleSets(urls: readonly string[], options: FetchOptions): Promise<FetchedRules[]> {
  const docs = await Promise.all(urls.map(async (url) => ({ url, json: await fetchRules(url, options) })));
  const out = await Promise.all(
    docs.map(async (doc): Promise<FetchedRules[]> => {
      if (!isAdjustmentList(doc.json)) return [doc];
      let listed: string[];
      try {
        listed = parseAdjustmentList(doc.json, doc.url);
      } catch (e) {
        throw new HbrsError('invalid-data', `${doc.url}: ${(e as Error).message}`, { url: doc.url });
      }
      const unsafe = listed.find((u) => !/^https?:/i.test(u));
      if (unsafe)
        throw new HbrsError('invalid-data', `${doc.url}: not an http(s) URL: ${unsafe}`, { url: doc.url });
      return Promise.all(listed.map(async (url) => ({ url, json: await fetchRules(url, options) })));
    }),
  );
  return out.flat();
}
