/**
 * The feed manifest `hbrs-feed-manifest/1` (`manifest.json` of a feed directory): its types, its check and the
 * shard key of detail files. Shared by the SDK's layout reader, `@hbrs/feed` and the tests; see
 * `docs/guide/feed-format.md`.
 * @module
 */
import { FEED_KINDS, type FeedKind } from '../model/index.js';
import { makeError } from '../net/errors.js';

/** Format identifier of a feed manifest. */
export const MANIFEST_FORMAT = 'hbrs-feed-manifest/1';

/** One file of a feed directory. */
export interface ManifestFile {
  /** Path relative to the manifest (or an absolute URL). */
  file: string;
  /** Content hash or version of the file; sent as `?v=` so a new version is never served from an old cache. */
  hash?: string;
}

/** The detail shards of a kind: record `id` lives in shard `fnv1a32(id) % shards`. */
export interface ManifestDetails {
  /** Path of a shard with `{shard}` for its number (0 … shards − 1), e.g. `job-fairs/detail/{shard}.json`. */
  pattern: string;
  /** Number of shards. */
  shards: number;
  /** Version of the detail shards as a whole (sent as `?v=`). */
  hash?: string;
}

/** One kind in a manifest: a single `file`, or a `summary` with `details`. */
export interface ManifestKind {
  /** Number of records. */
  count?: number;
  /** The whole feed of the kind in one file (`{ meta, items }`, plain or compact). */
  file?: ManifestFile;
  /** Records with only what lists, filters, facets and search need (`{ meta, items }`). */
  summary?: ManifestFile;
  /** Full records, sharded by id. */
  details?: ManifestDetails;
}

/** A feed directory's `manifest.json`. */
export interface FeedManifest {
  /** Always {@link MANIFEST_FORMAT}. */
  format: typeof MANIFEST_FORMAT;
  /** When the directory was generated (ISO 8601 with offset). */
  generatedAt: string;
  /** The kinds published in this directory. */
  kinds: Partial<Record<FeedKind, ManifestKind>>;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units (the shard key of detail files). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard number of record `id` among `shards` shards. */
export const shardOf = (id: string, shards: number): number => fnv1a32(id) % shards;

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isFile = (x: unknown): x is ManifestFile =>
  isObj(x) && typeof x['file'] === 'string' && (x['hash'] === undefined || typeof x['hash'] === 'string');

/** Checks a parsed manifest; throws `invalid-data` naming what is wrong. */
export function readManifest(raw: unknown, url: string): FeedManifest {
  const bad = (why: string): never => {
    throw makeError('invalid-data', `Malformed feed manifest ${url}: ${why}`, { url });
  };
  if (!isObj(raw) || raw['format'] !== MANIFEST_FORMAT) bad(`"format" must be "${MANIFEST_FORMAT}"`);
  const m = raw as Record<string, unknown>;
  if (typeof m['generatedAt'] !== 'string') bad('"generatedAt" is missing');
  if (!isObj(m['kinds'])) bad('"kinds" must be an object');
  for (const [kind, k] of Object.entries(m['kinds'] as Record<string, unknown>)) {
    if (!(FEED_KINDS as readonly string[]).includes(kind)) continue;
    if (!isObj(k)) bad(`kinds.${kind} is not an object`);
    const e = k as Record<string, unknown>;
    if (e['file'] !== undefined && !isFile(e['file'])) bad(`kinds.${kind}.file needs a "file" path`);
    if (e['summary'] !== undefined && !isFile(e['summary'])) bad(`kinds.${kind}.summary needs a "file" path`);
    if (!e['file'] === !e['summary']) bad(`kinds.${kind} needs exactly one of "file" and "summary"`);
    const d = e['details'];
    if (e['summary'] !== undefined) {
      if (
        !isObj(d) ||
        typeof d['pattern'] !== 'string' ||
        !d['pattern'].includes('{shard}') ||
        !Number.isInteger(d['shards']) ||
        (d['shards'] as number) < 1
      )
        bad(`kinds.${kind}.details needs a "pattern" with {shard} and a whole number of "shards" ≥ 1`);
    }
  }
  return raw as unknown as FeedManifest;
}
