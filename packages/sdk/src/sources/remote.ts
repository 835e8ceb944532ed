/**
 * The feed and API sources with their HTTP client and, with `persist`, the last-good-copy layer: loaded by the
 * client with the first load of a feed or API client (a chunk of its own), so bundles on the sample data never
 * carry the network code.
 * @module
 */
import type { ClientOptions } from '../client.js';
import { createHttpClient, type HttpClient } from '../net/http.js';
import { apiSource } from './api.js';
import { feedSource } from './feed.js';
import type { DataSource } from './types.js';

/** The source of a client created with `feed` or `api`, and its HTTP client. */
export function remoteSource(options: ClientOptions): { source: DataSource; http: HttpClient } {
  const http = (): HttpClient =>
    createHttpClient({
      ...options.http,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
    });
  const persisted = (make: (h: HttpClient) => DataSource): { source: DataSource; http: HttpClient } => {
    const h = http();
    const plain = make(h);
    const store = options.persist;
    if (!store) return { source: plain, http: h };
    // The persist layer (and its own copy of the source) loads with the first load, so bundles on sample data
    // never carry it. Its chunk not loading (offline, not in the browser's cache): network only, this time.
    let layer: Promise<DataSource> | undefined;
    const up = (): Promise<DataSource> =>
      (layer ??= import('./persist.js').then(
        (m) => m.persistent(h, make, store, options.http?.now),
        () => ((layer = undefined), plain),
      ));
    const source: DataSource = {
      type: plain.type,
      location: plain.location,
      load: async (kind, ctx) => (await up()).load(kind, ctx),
    };
    if (plain.getOne) source.getOne = async (kind, id, ctx) => (await up()).getOne!(kind, id, ctx);
    if (plain.loadDetail)
      source.loadDetail = async (kind, id, ctx) => (await up()).loadDetail!(kind, id, ctx);
    return { source, http: h };
  };
  if (options.feed !== undefined) {
    const f = typeof options.feed === 'string' ? { baseUrl: options.feed } : options.feed;
    return persisted((h) => feedSource(h, f.baseUrl, f.files));
  }
  const api = options.api!;
  return persisted((h) => apiSource(h, api));
}
