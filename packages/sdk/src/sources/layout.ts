/**
 * The reader of a feed layout (`manifest.json`): per kind either one file, or a *summary* file (what lists,
 * filters, facets and keyword search need) plus *detail* shards holding the full records, fetched only when a
 * record is opened. Loaded on demand by the feed source, only for a feed that points at a manifest, so
 * single-file feeds never carry this code. See `docs/guide/feed-format.md`.
 * @module
 */
import { decodeFeedAsync, type Feed, type FeedItem, type FeedKind } from '../model/index.js';
import type { HttpClient } from '../net/http.js';
import { makeError } from '../net/errors.js';
import { feedUrl } from './feed.js';
import { readManifest, shardOf, type FeedManifest, type ManifestKind } from './manifest.js';
import type { LoadContext } from './types.js';

/** What the feed source needs from a manifest-driven feed. */
export interface LayoutReader {
  /** Loads the kind's summary (or single file); `summary` in meta says whether `loadDetail` has more. */
  load<K extends FeedKind>(kind: K, ctx: LoadContext<K>): Promise<Feed<K>>;
  /** The full record `id` from its detail shard, `undefined` when the shard has no such record. */
  loadDetail<K extends FeedKind>(kind: K, id: string, ctx: LoadContext<K>): Promise<FeedItem<K> | undefined>;
}

const versioned = (url: string, hash: string | undefined): string =>
  hash ? `${url}${url.includes('?') ? '&' : '?'}v=${encodeURIComponent(hash)}` : url;

/**
 * Reads a feed directory through its manifest at `manifestUrl`. The manifest is fetched once (a failed fetch is
 * tried again on the next call); each detail shard is fetched and decoded once, shared by every caller.
 */
export function layoutReader(http: HttpClient, manifestUrl: string): LayoutReader {
  const dir = manifestUrl.replace(/[^/]*$/, '');
  let manifest: Promise<FeedManifest> | undefined;
  const shards = new Map<string, Promise<Map<string, unknown>>>();
  const getManifest = (): Promise<FeedManifest> => {
    manifest ??= http.getJson(manifestUrl).then((raw) => readManifest(raw, manifestUrl));
    manifest.catch(() => (manifest = undefined));
    return manifest;
  };
  const entryOf = async (kind: FeedKind): Promise<ManifestKind> => {
    const e = (await getManifest()).kinds[kind];
    if (!e) {
      throw makeError('not-found', `The feed manifest ${manifestUrl} has no "${kind}" entry`, {
        url: manifestUrl,
      });
    }
    return e;
  };
  return {
    async load(kind, ctx) {
      const e = await entryOf(kind);
      const f = (e.summary ?? e.file)!;
      const url = versioned(feedUrl(dir, f.file), f.hash);
      const raw = await http.getJson(url, ctx.signal ? { signal: ctx.signal } : {});
      const feed = await decodeFeedAsync(kind, ctx.schema, raw, { onDiagnostic: ctx.onDiagnostic, url });
      if (e.summary) feed.meta.summary = true;
      return feed;
    },
    async loadDetail<K extends FeedKind>(kind: K, id: string, ctx: LoadContext<K>) {
      const d = (await entryOf(kind)).details;
      if (!d) return undefined;
      const url = versioned(
        feedUrl(dir, d.pattern.replace('{shard}', String(shardOf(id, d.shards)))),
        d.hash,
      );
      let p = shards.get(url);
      if (!p) {
        // Not tied to one caller's signal: the shard is shared, so one caller giving up does not cancel it.
        p = http
          .getJson(url)
          .then((raw) => decodeFeedAsync(kind, ctx.schema, raw, { url }))
          .then((feed) => new Map(feed.items.map((it) => [(it as { id: string }).id, it])));
        shards.set(url, p);
        p.catch(() => shards.delete(url));
      }
      return (await p).get(id) as FeedItem<K> | undefined;
    },
  };
}
