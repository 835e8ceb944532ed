/**
 * The last good copy (`persist` in `ClientOptions`): a decorator of a feed or API source that keeps the raw JSON
 * of every document a load fetched once the load validated, in a {@link PersistStore}, and serves those copies
 * when the network fails.
 *
 * - **Network first.** Every load asks the network; when it works the copy is replaced (after the load, off the
 *   critical path). The stored copy is only used when the network fails: a network error, a timeout, HTTP 5xx,
 *   408 or 429 (after the HTTP layer's retries). It is never served for a 404 (the feed was removed: its copy is
 *   deleted), another 4xx, or a document that is not valid (the server answers, with something wrong).
 * - **Marked.** A load served from the store has `stale: true` and `storedAt` (when the copy was fetched) in its
 *   meta; the next load (e.g. after `client.refresh()`) asks the network again and, when it answers, the fresh
 *   data replaces the copy.
 * - **Validated again.** A stored copy goes through the source's own decoding, as a response would: a corrupted
 *   copy (not a document, failing validation) is deleted and the load fails with the network's error.
 * - **Silent.** A store that cannot open (no IndexedDB, private mode), is full (quota) or throws counts as empty:
 *   loads are network-only, nothing is reported.
 *
 * A source takes part by passing `ctx.signal` to every `http.getJson` of a load (which it does anyway, for
 * aborts): the decorator gives each load its own signal and knows by it which load a request belongs to.
 * Requests made without that signal (e.g. one shared by several loads) go to the network only.
 * @module
 */
import type { FeedKind } from '../model/index.js';
import { isHbrsError } from '../net/errors.js';
import type { HttpClient } from '../net/http.js';
import type { PersistStore, StoredCopy } from '../net/store.js';
import type { DataSource, LoadContext } from './types.js';

/** What a stored copy adds to the meta of a load it served. */
export interface StaleMark {
  /** The data came from the last good copy, because the data source could not be reached. */
  stale: true;
  /** When that copy was fetched (ISO 8601, UTC). With several documents, the oldest. */
  storedAt: string;
}

/** Whether a failure is one the last good copy stands in for (the data source could not be reached). */
export function unreachable(error: unknown): boolean {
  if (!isHbrsError(error)) return false;
  const status = error.status ?? 0;
  return (
    error.code === 'network' ||
    error.code === 'timeout' ||
    (error.code === 'http' && (status >= 500 || status === 408 || status === 429))
  );
}

interface Session {
  kind: FeedKind;
  /** Documents fetched from the network (or the in-memory HTTP cache), by URL. */
  fetched: Map<string, unknown>;
  /** Documents served from the store, by URL, with when they were stored. */
  stale: Map<string, number>;
  /** The first network failure a stored copy stood in for. */
  error?: unknown;
}

const isCopy = (x: unknown): x is StoredCopy =>
  typeof x === 'object' && x !== null && 'body' in x && Number.isFinite((x as StoredCopy).storedAt);

/**
 * Wraps `http` and the source built on it. Build the source on the returned `http`, then `wrap` it:
 * `const p = lastGood(h, store); const source = p.wrap(feedSource(p.http, base))`.
 */
export function lastGood(
  http: HttpClient,
  getStore: () => Promise<PersistStore>,
  now: () => number = Date.now,
): { http: HttpClient; wrap(source: DataSource): DataSource } {
  const sessions = new WeakMap<AbortSignal, Session>();
  let opened: Promise<PersistStore | undefined> | undefined;
  const safe = async <T>(op: (s: PersistStore) => Promise<T>): Promise<T | undefined> => {
    try {
      const s = await (opened ??= getStore().catch(() => undefined));
      return s ? await op(s) : undefined;
    } catch {
      return undefined; // quota, private mode, a broken database: network only
    }
  };
  const keyOf = (kind: FeedKind, url: string): string => `${kind} ${url}`;

  const tapped: HttpClient = {
    clearCache: () => http.clearCache(),
    async getJson(url, opts = {}) {
      const session = opts.signal && sessions.get(opts.signal);
      if (!session) return http.getJson(url, opts);
      try {
        const body = await http.getJson(url, opts);
        session.fetched.set(url, body);
        return body;
      } catch (error) {
        if (opts.signal?.aborted) throw error;
        const key = keyOf(session.kind, url);
        if (isHbrsError(error) && error.code === 'not-found') void safe((s) => s.delete(key));
        if (!unreachable(error)) throw error;
        const copy = await safe((s) => s.get(key));
        if (!isCopy(copy)) throw error;
        session.error ??= error;
        session.stale.set(url, copy.storedAt);
        return copy.body;
      }
    },
  };

  async function within<K extends FeedKind, T>(
    kind: K,
    ctx: LoadContext<K>,
    run: (ctx: LoadContext<K>) => Promise<T>,
  ): Promise<{ value: T; storedAt?: number }> {
    const own = new AbortController();
    const outer = ctx.signal;
    const onAbort = (): void => own.abort(outer?.reason);
    if (outer?.aborted) onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    const session: Session = { kind, fetched: new Map(), stale: new Map() };
    sessions.set(own.signal, session);
    try {
      const value = await run({ ...ctx, signal: own.signal });
      if (session.stale.size > 0) return { value, storedAt: Math.min(...session.stale.values()) };
      // Validated: keep the copies, after the caller has had its data (a large document takes a moment to store).
      const storedAt = now();
      setTimeout(() => {
        for (const [url, body] of session.fetched)
          void safe((s) => s.put(keyOf(kind, url), { body, storedAt }));
      }, 0);
      return { value };
    } catch (error) {
      if (session.stale.size === 0 || own.signal.aborted) throw error;
      // A stored copy did not validate: forget it, and report why the network failed.
      for (const url of session.stale.keys()) void safe((s) => s.delete(keyOf(kind, url)));
      throw session.error;
    } finally {
      outer?.removeEventListener('abort', onAbort);
    }
  }

  return {
    http: tapped,
    wrap: (source) => ({
      type: source.type,
      location: source.location,
      async load(kind, ctx) {
        const { value, storedAt } = await within(kind, ctx, (c) => source.load(kind, c));
        if (storedAt === undefined) return value;
        const mark: StaleMark = { stale: true, storedAt: new Date(storedAt).toISOString() };
        return { ...value, meta: { ...value.meta, ...mark } };
      },
      ...(source.getOne
        ? {
            getOne: async (kind, id, ctx) =>
              (await within(kind, ctx, (c) => source.getOne!(kind, id, c))).value,
          }
        : {}),
      // A feed layout's detail shard: kept like a record of the API, so an open detail survives an outage too.
      ...(source.loadDetail
        ? {
            loadDetail: async (kind, id, ctx) =>
              (await within(kind, ctx, (c) => source.loadDetail!(kind, id, c))).value,
          }
        : {}),
    }),
  };
}

/**
 * The source `make` builds, with the last good copy in `store` (`true`: IndexedDB, loaded on demand). What the
 * client uses for `persist`.
 */
export function persistent(
  http: HttpClient,
  make: (http: HttpClient) => DataSource,
  store: true | PersistStore,
  now?: () => number,
): DataSource {
  const getStore =
    store === true ? () => import('../net/idb-store.js').then((m) => m.indexedDbStore()) : async () => store;
  const p = lastGood(http, getStore, now);
  return p.wrap(make(p.http));
}
