import { makeError, isHbrsError } from './errors.js';

/** A `fetch`-compatible function (the global `fetch`, or one injected by a host or a test). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Options of the network layer. Every source of the client goes through one {@link HttpClient}. */
export interface HttpOptions {
  /** `fetch` implementation; defaults to `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Time allowed for one attempt (headers and body), in ms. Default 10 000. Timeouts are not retried. */
  timeoutMs?: number;
  /** Extra attempts after the first one, for network errors, 5xx and 429. Default 2. */
  retries?: number;
  /** Base delay of the exponential backoff, in ms (attempt n waits about base·2ⁿ, with jitter). Default 300. */
  retryBaseMs?: number;
  /** Upper bound for any single wait between attempts, including a server's `Retry-After`, in ms. Default 10 000. */
  retryMaxDelayMs?: number;
  /** How long a cached response is fresh, in ms. Default 5 minutes. `0` disables caching. */
  cacheTtlMs?: number;
  /**
   * After the TTL, how long a stale response may still be served while it is revalidated in the background,
   * in ms. Default 1 hour.
   */
  staleWhileRevalidateMs?: number;
  /** Headers added to every request (e.g. an API key a host portal needs). */
  headers?: Record<string, string>;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
  /** Random source in [0, 1) for the jitter, for tests. Default `Math.random`. */
  random?: () => number;
  /** Called when a background revalidation fails (the stale body keeps being served). */
  onBackgroundError?: (error: unknown) => void;
  /**
   * Called with a plain message when a response loads but looks misconfigured (e.g. JSON served as `text/html`).
   * Default: `console.warn`.
   */
  onWarning?: (message: string) => void;
}

/** Per-request options of {@link HttpClient.getJson}. */
export interface RequestOptions {
  /** Aborts the request (and any wait between retries). The promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Set to `false` to bypass the cache (the response is still stored). Default `true`. */
  cache?: boolean;
}

/** The network layer: JSON GETs with timeout, abort, retries, cache (TTL + stale-while-revalidate) and ETags. */
export interface HttpClient {
  /** Fetches and parses a JSON document. Rejects only with an {@link HbrsError} or the caller's abort reason. */
  getJson(url: string, options?: RequestOptions): Promise<unknown>;
  /** Drops every cached response. */
  clearCache(): void;
}

interface CacheEntry {
  body: unknown;
  etag: string | undefined;
  storedAt: number;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  retryBaseMs: 300,
  retryMaxDelayMs: 10_000,
  cacheTtlMs: 5 * 60_000,
  staleWhileRevalidateMs: 60 * 60_000,
};

/**
 * Parses a `Retry-After` header (delta-seconds or an HTTP date) into milliseconds from `now`.
 * Returns `undefined` when absent or unparsable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Delay before retry number `attempt` (0-based): exponential backoff `base·2^attempt` with "equal jitter"
 * (between half and all of it), or the server's `Retry-After` when given; both capped at `maxMs`.
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxMs);
  const exp = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.min(maxMs, exp / 2 + (random() * exp) / 2);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Outcome of one attempt: a value, or an error plus whether it may be retried and after how long. */
type Attempt =
  | { ok: true; value: unknown; etag: string | undefined; notModified: boolean }
  | { ok: false; error: unknown; retry: boolean; retryAfterMs?: number };

/** Creates the network layer used by all sources of a client. */
export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const fetchFn: FetchLike | undefined =
    options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = Math.max(0, options.retries ?? DEFAULTS.retries);
  const retryBaseMs = options.retryBaseMs ?? DEFAULTS.retryBaseMs;
  const retryMaxDelayMs = options.retryMaxDelayMs ?? DEFAULTS.retryMaxDelayMs;
  const ttl = options.cacheTtlMs ?? DEFAULTS.cacheTtlMs;
  const swr = options.staleWhileRevalidateMs ?? DEFAULTS.staleWhileRevalidateMs;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const cache = new Map<string, CacheEntry>();
  const revalidating = new Map<string, Promise<unknown>>();

  async function attempt(
    url: string,
    cached: CacheEntry | undefined,
    signal?: AbortSignal,
  ): Promise<Attempt> {
    if (!fetchFn) {
      return {
        ok: false,
        retry: false,
        error: makeError('network', `GET ${url} failed: no fetch implementation is available`, { url }),
      };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    try {
      const res = await fetchFn(url, { method: 'GET', headers, signal: controller.signal });
      if (res.status === 304 && cached) {
        await res.body?.cancel().catch(() => undefined);
        return {
          ok: true,
          value: cached.body,
          etag: res.headers.get('etag') ?? cached.etag,
          notModified: true,
        };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const status = res.status;
        if (status === 404) {
          return {
            ok: false,
            retry: false,
            error: makeError('not-found', `GET ${url} failed: HTTP 404 Not Found`, { url, status }),
          };
        }
        const retryable = status >= 500 || status === 429;
        const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
        const text = res.statusText ? ` ${res.statusText}` : '';
        return {
          ok: false,
          retry: retryable,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
          error: makeError('http', `GET ${url} failed: HTTP ${status}${text}`, { url, status }),
        };
      }
      let text: string;
      try {
        text = await res.text();
      } catch (cause) {
        if (timedOut) throw cause;
        if (signal?.aborted) throw cause;
        return {
          ok: false,
          retry: true,
          error: makeError(
            'network',
            `GET ${url} failed while reading the response body: ${describe(cause)}`,
            {
              url,
              status: res.status,
              cause,
            },
          ),
        };
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        return {
          ok: false,
          retry: false,
          error: makeError(
            'invalid-data',
            `GET ${url} returned a body that is not valid JSON: ${describe(cause)}`,
            {
              url,
              status: res.status,
              cause,
            },
          ),
        };
      }
      const type = res.headers.get('content-type') ?? '';
      if (/html|xml/i.test(type)) {
        warn(
          `GET ${url}: the server sends this JSON document as "${type}"; it should send "application/json" (some proxies and browsers refuse or rewrite other types).`,
        );
      }
      return { ok: true, value, etag: res.headers.get('etag') ?? undefined, notModified: false };
    } catch (cause) {
      if (signal?.aborted) return { ok: false, retry: false, error: abortReason(signal) };
      if (timedOut) {
        return {
          ok: false,
          retry: false,
          error: makeError('timeout', `GET ${url} timed out after ${timeoutMs} ms`, { url, cause }),
        };
      }
      const crossOrigin = isCrossOrigin(url);
      const hint = crossOrigin
        ? ' (the data source is unreachable, or it does not let this site read it: a server on another origin must send Access-Control-Allow-Origin)'
        : '';
      return {
        ok: false,
        retry: true,
        error: makeError('network', `GET ${url} failed: ${describe(cause)}${hint}`, {
          url,
          cause,
          crossOrigin,
        }),
      };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  function warn(message: string): void {
    if (options.onWarning) options.onWarning(message);
    else console.warn(`hbrs: ${message}`);
  }

  async function load(url: string, signal?: AbortSignal): Promise<unknown> {
    let lastError: unknown;
    let made = 0;
    for (let n = 0; n <= retries; n++) {
      if (signal?.aborted) throw abortReason(signal);
      made += 1;
      const result = await attempt(url, cache.get(url), signal);
      if (result.ok) {
        if (ttl > 0 || swr > 0) cache.set(url, { body: result.value, etag: result.etag, storedAt: now() });
        return result.value;
      }
      lastError = result.error;
      if (!result.retry || n === retries) break;
      await sleep(backoffDelay(n, retryBaseMs, retryMaxDelayMs, random, result.retryAfterMs), signal);
    }
    // Say how many requests the server saw: only when it was more than one (a 404 or a body that is not JSON
    // is not retried, and "after 3 attempts" would overstate it).
    if (isHbrsError(lastError) && made > 1 && lastError.code !== 'timeout') {
      const e = lastError as Error;
      if (!e.message.includes('attempt')) e.message += ` (after ${made} attempts)`;
    }
    throw lastError;
  }

  function revalidate(url: string): void {
    if (revalidating.has(url)) return;
    const p = load(url)
      .catch((error: unknown) => options.onBackgroundError?.(error))
      .finally(() => revalidating.delete(url));
    revalidating.set(url, p);
  }

  return {
    async getJson(url, opts = {}) {
      const useCache = opts.cache !== false;
      const entry = cache.get(url);
      if (useCache && entry) {
        const age = now() - entry.storedAt;
        if (age < ttl) return entry.body;
        if (age < ttl + swr) {
          revalidate(url);
          return entry.body;
        }
      }
      return load(url, opts.signal);
    },
    clearCache() {
      cache.clear();
    },
  };
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    const inner = cause instanceof Error ? ` (${cause.message})` : '';
    return `${e.message}${inner}`;
  }
  return String(e);
}

/** Whether `url` is on another origin than the page running this code (false outside browsers). */
function isCrossOrigin(url: string): boolean {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!here || here === 'null') return false;
  try {
    return new URL(url, here).origin !== here;
  } catch {
    return false;
  }
}
