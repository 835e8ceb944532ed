/**
 * `--layout`: a feed directory that grows with the data (`hbrs-feed-manifest/1`, see `docs/guide/feed-format.md`):
 * a small `manifest.json`, for job fairs and postdoc a compact *summary* file (what lists, filters, facets and
 * search need) and *detail* shards with the full records (record `id` in shard `fnv1a32(id) % shards`), and the
 * other kinds as single files. The SDK reads it when `feed` points at the manifest. DOM-free and fs-free: it
 * returns the files, the caller writes them.
 * @module
 */
import {
  MANIFEST_FORMAT,
  SUMMARY_KINDS,
  fnv1a32,
  parseFeed,
  shardOf,
  summarize,
  type FeedItem,
  type FeedKind,
  type FeedManifest,
  type ManifestKind,
} from '@hbrs/sdk';
import type { FeedDocument } from './build.js';
import { encodeColumns } from './compact.js';

/** Options of {@link buildLayout}. */
export interface LayoutOptions {
  /** Records per detail shard on average (default 8: an opened detail fetches a few records, not thousands). */
  perShard?: number;
  /** `meta.generatedAt` of the manifest (default: the newest `generatedAt` of the feeds). */
  generatedAt?: string;
}

/** One file of a layout: its path relative to the manifest and its JSON text. */
export interface LayoutFile {
  path: string;
  body: string;
}

/** What {@link buildLayout} returns: the manifest (also among `files` as `manifest.json`) and every file. */
export interface Layout {
  manifest: FeedManifest;
  files: LayoutFile[];
}

/** A short content fingerprint (two FNV-1a passes and the length), for `?v=` cache busting, not for security. */
export function contentHash(body: string): string {
  const h2 = fnv1a32(`${body.length}:${body.slice(0, 4096)}${body.slice(-4096)}`);
  return fnv1a32(body).toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const summaryKinds: ReadonlySet<FeedKind> = new Set(SUMMARY_KINDS);
/** The order summaries are written in (the column their time deltas run along). */
const SORT_BY: Partial<Record<FeedKind, string>> = { 'job-fairs': 'startTime' };

/** Plain records of a feed document (decoding a compact one). */
function recordsOf<K extends FeedKind>(kind: K, doc: FeedDocument): FeedItem<K>[] {
  if (doc.encoding === undefined && Array.isArray(doc.items)) return doc.items as FeedItem<K>[];
  return parseFeed(kind, doc).items;
}

/**
 * Lays out feed documents (as {@link buildFeed} returns them, plain or compact) as a feed directory. Summaries are
 * written in the compact column encoding; detail shards and single files as given.
 */
export function buildLayout(
  feeds: Partial<Record<FeedKind, FeedDocument>>,
  options: LayoutOptions = {},
): Layout {
  const files: LayoutFile[] = [];
  const kinds: FeedManifest['kinds'] = {};
  const add = (path: string, doc: unknown): string => {
    const body = JSON.stringify(doc);
    files.push({ path, body });
    return contentHash(body);
  };
  let newest = '';
  for (const [kind, doc] of Object.entries(feeds) as [FeedKind, FeedDocument][]) {
    if (Date.parse(doc.meta.generatedAt) > Date.parse(newest || '1970-01-01T00:00:00Z'))
      newest = doc.meta.generatedAt;
    if (!summaryKinds.has(kind)) {
      const path = `${kind}.json`;
      kinds[kind] = { file: { file: path, hash: add(path, doc) } };
      continue;
    }
    const records = recordsOf(kind, doc);
    const summaries = records.map((r) => {
      const s = summarize(kind, r) as unknown as Record<string, unknown>;
      if (kind === 'job-fairs') delete s['employers']; // the schema's default: []
      return s;
    });
    const shards = Math.max(1, Math.ceil(records.length / (options.perShard ?? 8)));
    const buckets: FeedItem<FeedKind>[][] = Array.from({ length: shards }, () => []);
    for (const r of records) buckets[shardOf((r as { id: string }).id, shards)]!.push(r);
    const pattern = `${kind}/detail/{shard}.json`;
    let all = '';
    buckets.forEach((items, i) => {
      all += add(pattern.replace('{shard}', String(i)), { meta: doc.meta, items });
    });
    const summaryPath = `${kind}/summary.json`;
    const entry: ManifestKind = {
      count: records.length,
      summary: {
        file: summaryPath,
        hash: add(summaryPath, { meta: doc.meta, ...encodeColumns(summaries, { sortBy: SORT_BY[kind] }) }),
      },
      details: { pattern, shards, hash: contentHash(all) },
    };
    kinds[kind] = entry;
  }
  for (const [kind, doc] of Object.entries(feeds) as [FeedKind, FeedDocument][]) {
    const e = kinds[kind]!;
    if (e.count === undefined) {
      e.count =
        doc.encoding === undefined && Array.isArray(doc.items)
          ? doc.items.length
          : recordsOf(kind, doc).length;
    }
  }
  const manifest: FeedManifest = {
    format: MANIFEST_FORMAT,
    generatedAt: options.generatedAt ?? newest,
    kinds,
  };
  files.unshift({ path: 'manifest.json', body: JSON.stringify(manifest, null, 1) });
  return { manifest, files };
}
