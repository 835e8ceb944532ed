/**
 * Feed documents and their decoding, for one record schema at a time: `decodeFeed` for whole feed files,
 * `decodeItemList` for REST API item lists. `parseFeed` / `parseItems` (feed.ts) wrap them with the schema of
 * each kind; the client loads each kind's schema lazily, so a widget only downloads the schemas it uses.
 *
 * A feed file is `{ "meta": { generatedAt, sample, source, license }, "items": [ … ] }`. Items are plain JSON
 * objects, or (for large feeds such as service points) tuple rows described by a top-level `encoding` block; see
 * {@link CompactEncoding} and `packages/sample-data/README.md`.
 * @module
 */
import * as v from 'valibot';
import { DateTimeSchema } from './common.js';
import type { Division } from './division.js';
import { HbrsError } from './errors.js';
import type { JobFair } from './job-fair.js';
import type { PostdocProgramme } from './postdoc.js';
import type { ServicePoint } from './service-point.js';
import { FEED_KINDS, type FeedKind } from './vocab.js';
import type { CompactDecoder, Encoding } from './compact.js';
import { yieldToMain } from './yield.js';

/** Metadata block of a feed file. */
export interface FeedMeta {
  /** When the feed was generated (ISO 8601 with offset). */
  generatedAt: string;
  /** `true` for sample (synthetic) data; widgets then show a sample notice. */
  sample: boolean;
  /** Who produced the data and from what, including attributions of reference data. */
  source: string;
  /** Licence of the feed. */
  license: string;
  /** Optional title of the feed. */
  title?: string;
  /** Name of the compact encoding used by `items`, if any (copied from `encoding.format`). */
  encoding?: string;
  /**
   * `true` when the records are summaries from a feed layout (`manifest.json`): job fairs without their
   * employers and positions, programmes without their openings. `get(id)` fetches the full record.
   */
  summary?: boolean;
}

/** The record type of each feed kind. */
export interface FeedItemMap {
  /** Job fairs. */
  'job-fairs': JobFair;
  /** Postdoc programmes. */
  postdoc: PostdocProgramme;
  /** 社银合作 service points. */
  'service-points': ServicePoint;
  /** Administrative divisions. */
  divisions: Division;
}

/** Record type of feed kind `K`. */
export type FeedItem<K extends FeedKind> = FeedItemMap[K];

/** A decoded feed: metadata plus the records that passed validation. */
export interface Feed<K extends FeedKind = FeedKind> {
  /** Feed metadata. */
  meta: FeedMeta;
  /** Valid records, in feed order. */
  items: FeedItem<K>[];
}

/** Report of one record that was dropped while decoding a feed or API response. */
export interface Diagnostic {
  /** Feed kind being decoded. */
  kind: FeedKind;
  /** Index of the record in `items` (0-based). */
  index: number;
  /** The record's `id` (or `code` for divisions), when it could be read. */
  id?: string;
  /** Readable description of what was wrong, with field paths, e.g. `services[2]: Invalid type …`. */
  message: string;
  /** Each problem on its own, as `path: message`. */
  issues: string[];
}

/** Options of {@link parseFeed} and {@link parseItems}. */
export interface ParseOptions {
  /** Called once for every dropped record. Without it, dropped records are skipped silently. */
  onDiagnostic?: (d: Diagnostic) => void;
  /** Where the data came from (URL or file), used in error messages. */
  url?: string;
  /**
   * Decoder of the compact encoding (`hbrs-compact/1`), needed for documents with an `encoding` block. `parseFeed`
   * passes it; `decodeFeedAsync` loads it on demand, so bundles whose feeds are plain never carry it.
   */
  compact?: CompactDecoder;
}

/**
 * Decoding rule of one field of the compact encoding; see {@link CompactEncoding}. Steps apply in this order:
 * dict/token lookup, `scale`/`offset`/`base`, `pad`, `prefix`/`suffix`.
 */
export interface ColumnRule {
  /** Name of a table in `dicts`: an integer value (or each token, with `join`) is an index into it. */
  dict?: string;
  /** Token mode: the value is a string, or an array of tokens (dict indexes or literal strings) joined with this separator. */
  join?: string;
  /** Numeric mode: a number `n` decodes to `offset + n / scale` (plus `base`). */
  scale?: number;
  /** See `scale`. */
  offset?: number;
  /** Numeric mode: `$field`, a number field decoded earlier whose value is added (e.g. a per-area origin). */
  base?: string;
  /** Columns layout: each number is the difference from the previous number in the column (sorted columns). */
  delta?: boolean;
  /**
   * Fields that vary together (e.g. a fair series' name, venue and organisers), not in `fields` themselves: the value
   * (a dict entry) is a tuple of indexes into the dicts of these fields (`null` = field absent), one per field.
   */
  spread?: string[];
  /** Numeric mode: the number is minutes since 1970-01-01T00:00Z, decoded to ISO 8601 with `+08:00` (`base` may name a time field). */
  time?: 'minutes';
  /** A number is written in decimal, left-padded with zeros to this width (e.g. `7` with `pad: 3` → `007`). */
  pad?: number;
  /** Strings put before the value: literals, or `$field` for the decoded value of an earlier field. */
  prefix?: string[];
  /** Strings put after the value, as in `prefix`. */
  suffix?: string[];
  /**
   * Derived field (not in `fields`): built from the raw values of other fields, each entry `field` or `field:dict`.
   * Each dict index found in those raw values (a single index, or the index tokens of a token-mode field) is mapped
   * through `dict` (default: this rule's `dict`), a table parallel to the field's own (e.g. the pinyin of each word).
   * Empty entries, literal tokens and repeats are skipped; the rest are joined with `join` (default a space).
   */
  tokensFrom?: string[];
}

/**
 * Compact wire encoding of a feed's items, declared in a top-level `encoding` block next to `meta` and `items`.
 *
 * - `layout: 'rows'` (default): `items` is an array whose entries are tuple rows lining up with `fields` (plain
 *   objects may be mixed in and are taken as they are).
 * - `layout: 'columns'`: `items` is an object mapping each field of `fields` to an array of values, all the same
 *   length; record `i` is made of the `i`-th value of every column.
 *
 * A row decodes to a plain object that is then validated like any plain item. For each field (a dotted path such
 * as `location.lng`), the optional `columns[field]` rule ({@link ColumnRule}) says how to decode it; a `null` value
 * means the field is absent. Fields whose name starts with `_` are scratch values for `$field` references and are
 * removed from the record. `constants` are deep-merged into every record (row values win). The format is
 * documented with an example in `packages/sample-data/README.md`.
 */
export interface CompactEncoding {
  /** Format name and version: `hbrs-compact/1`. */
  format: 'hbrs-compact/1';
  /** `rows` (default) or `columns`. */
  layout?: 'rows' | 'columns';
  /** Field path of each tuple position / column. */
  fields: string[];
  /** Shared lookup tables. */
  dicts?: Record<string, unknown[]>;
  /** Per-field decoding rules (also declares derived fields, with `tokensFrom`). */
  columns?: Record<string, ColumnRule>;
  /** Values shared by every record. */
  constants?: Record<string, unknown>;
}

/** The compact encoding format name understood by this version. */

/** The runtime schema of the records of one feed kind. */
export type RecordSchema<K extends FeedKind> = v.GenericSchema<unknown, FeedItemMap[K]>;

const MetaSchema = v.object({
  generatedAt: DateTimeSchema,
  sample: v.boolean(),
  source: v.string(),
  license: v.string(),
  title: v.optional(v.string()),
});

/** @internal */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function where(kind: FeedKind, url: string | undefined): string {
  return url === undefined ? `${kind} feed` : `${kind} feed at ${url}`;
}

/** @internal Readable `path: message` lines of valibot issues. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => {
    const path = v.getDotPath(i);
    const message =
      i.type === 'object' && i.received === 'undefined' ? 'required field is missing' : i.message;
    return path ? `${path}: ${message}` : message;
  });
}

function assertKind(kind: unknown): asserts kind is FeedKind {
  if (!(FEED_KINDS as readonly unknown[]).includes(kind)) {
    throw new HbrsError(
      'invalid-data',
      `Unknown feed kind ${JSON.stringify(kind)}; expected one of ${FEED_KINDS.join(', ')}`,
    );
  }
}

/**
 * Decodes and validates a whole feed document (the parsed JSON of `job-fairs.json`, `postdoc.json`,
 * `service-points.json` or `divisions.json`).
 *
 * Records that fail validation are dropped and reported through `options.onDiagnostic`; the rest load.
 * Records with an id already seen earlier in the feed are dropped and reported too.
 *
 * @param kind - which feed this is
 * @param schema - the runtime schema of its records
 * @param raw - the parsed JSON document
 * @param options - diagnostics callback and source URL for messages
 * @returns the feed metadata and the valid, typed records
 * @throws {@link HbrsError} with code `invalid-data` when the document itself is malformed (not an object, no
 *   valid `meta`, `items` not an array, or an unusable `encoding` block)
 */
export function decodeFeed<K extends FeedKind>(
  kind: K,
  schema: RecordSchema<K>,
  raw: unknown,
  options: ParseOptions = {},
): Feed<K> {
  const { meta, items, encoding } = documentOf(kind, raw, options);
  const records = recordDecoder(kind, schema, encoding, options);
  for (let index = 0; index < items.length; index++) records.add(index, items[index]);
  return { meta, items: records.out };
}

/** The checked parts of a feed document: its meta, its raw items (rows when compact) and their encoding. */
function documentOf(
  kind: FeedKind,
  raw: unknown,
  options: ParseOptions,
): { meta: FeedMeta; items: unknown[]; encoding: Encoding | undefined } {
  assertKind(kind);
  const at = where(kind, options.url);
  if (!isRecord(raw)) {
    throw new HbrsError(
      'invalid-data',
      `Malformed ${at}: expected a JSON object with "meta" and "items", got ${describe(raw)}`,
      {
        url: options.url,
      },
    );
  }
  const metaResult = v.safeParse(MetaSchema, raw['meta']);
  if (!metaResult.success) {
    throw new HbrsError(
      'invalid-data',
      `Malformed ${at}: invalid "meta" (${formatIssues(metaResult.issues).join('; ')})`,
      { url: options.url },
    );
  }
  let encoding: Encoding | undefined;
  let items: unknown[];
  if (raw['encoding'] !== undefined) {
    if (!options.compact) {
      throw new HbrsError(
        'invalid-data',
        `Malformed ${at}: it uses the compact "encoding" but no decoder was given (use decodeFeedAsync or parseFeed)`,
        { url: options.url },
      );
    }
    const parsed = options.compact.parseEncoding(raw['encoding']);
    if (!parsed.ok) {
      throw new HbrsError(
        'invalid-data',
        `Malformed ${at}: unsupported or invalid "encoding" (${parsed.issues.join('; ')})`,
        { url: options.url },
      );
    }
    encoding = parsed.encoding;
  }
  if (encoding?.layout === 'columns') {
    items = options.compact!.columnsToRows(raw['items'], encoding, (why) => {
      throw new HbrsError('invalid-data', `Malformed ${at}: column layout ${why}`, { url: options.url });
    });
  } else {
    if (!Array.isArray(raw['items'])) {
      throw new HbrsError(
        'invalid-data',
        `Malformed ${at}: "items" must be an array, got ${describe(raw['items'])}`,
        {
          url: options.url,
        },
      );
    }
    items = raw['items'];
  }
  const meta: FeedMeta = { ...metaResult.output };
  if (meta.title === undefined) delete meta.title;
  if (encoding) meta.encoding = encoding.format;
  return { meta, items, encoding };
}

/**
 * {@link decodeFeed}, loading the compact-encoding decoder first when the document needs it, and validating in
 * short slices that give the main thread back between them (`scheduler.yield()` or a message), so that a large
 * feed never blocks input for long. What the client's sources use.
 *
 * @param kind - which feed this is
 * @param schema - the runtime schema of its records
 * @param raw - the parsed JSON document
 * @param options - diagnostics callback and source URL for messages
 */
export async function decodeFeedAsync<K extends FeedKind>(
  kind: K,
  schema: RecordSchema<K>,
  raw: unknown,
  options: ParseOptions = {},
): Promise<Feed<K>> {
  if (!options.compact && isRecord(raw) && raw['encoding'] !== undefined) {
    options = { ...options, compact: (await import('./compact.js')).compactDecoder };
  }
  const { meta, items, encoding } = documentOf(kind, raw, options);
  const records = recordDecoder(kind, schema, encoding, options);
  // In slices of about SLICE_MS, giving the main thread back between them: validating thousands of records is
  // 100–200 ms of work on a desktop (several times that on a phone), which must not be one long task.
  let slice = now();
  for (let index = 0; index < items.length; index++) {
    records.add(index, items[index]);
    if ((index & 15) === 15 && now() - slice > SLICE_MS) {
      await yieldToMain();
      slice = now();
    }
  }
  return { meta, items: records.out };
}

/** How long one slice of {@link decodeFeedAsync} may run before it yields (ms). */
const SLICE_MS = 8;
const now = (): number => globalThis.performance?.now() ?? Date.now();

/**
 * Validates a list of plain records, e.g. the `items` of a REST API response. Invalid records are dropped and
 * reported through `options.onDiagnostic`, as in {@link decodeFeed}.
 *
 * @param kind - record kind
 * @param schema - the runtime schema of its records
 * @param rawItems - the parsed JSON array
 * @param options - diagnostics callback and source URL for messages
 * @returns the valid, typed records
 * @throws {@link HbrsError} with code `invalid-data` when `rawItems` is not an array
 */
export function decodeItemList<K extends FeedKind>(
  kind: K,
  schema: RecordSchema<K>,
  rawItems: unknown,
  options: ParseOptions = {},
): FeedItem<K>[] {
  assertKind(kind);
  if (!Array.isArray(rawItems)) {
    throw new HbrsError(
      'invalid-data',
      `Malformed ${kind} items${options.url ? ` from ${options.url}` : ''}: expected an array, got ${describe(rawItems)}`,
      { url: options.url },
    );
  }
  const records = recordDecoder(kind, schema, undefined, options);
  rawItems.forEach((item, index) => records.add(index, item));
  return records.out;
}

/** @internal Short description of a JSON value for error messages. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : typeof x;
}

function idOf(x: unknown): string | undefined {
  if (!isRecord(x)) return undefined;
  const id = x['id'] ?? x['code'];
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

/**
 * Validates records one at a time (`add`), keeping the valid ones in `out` and reporting the others: records that
 * fail their schema, compact rows that do not decode, and ids already seen.
 */
function recordDecoder<K extends FeedKind>(
  kind: K,
  schema: RecordSchema<K>,
  encoding: Encoding | undefined,
  options: ParseOptions,
): { out: FeedItem<K>[]; add(index: number, raw: unknown): void } {
  const out: FeedItem<K>[] = [];
  const seen = new Set<string>();
  const report = (index: number, id: string | undefined, issues: string[]): void => {
    if (!options.onDiagnostic) return;
    const d: Diagnostic = {
      kind,
      index,
      message: `${kind} record #${index}${id === undefined ? '' : ` (${id})`} dropped: ${issues.join('; ')}`,
      issues,
    };
    if (id !== undefined) d.id = id;
    options.onDiagnostic(d);
  };
  const add = (index: number, raw: unknown): void => {
    let item = raw;
    if (encoding && Array.isArray(item)) {
      const decoded = options.compact!.decodeRow(item, encoding);
      if (typeof decoded === 'string') return report(index, undefined, [decoded]);
      item = decoded;
    }
    const id = idOf(item);
    const result = v.safeParse(schema, item);
    if (!result.success) return report(index, id, formatIssues(result.issues));
    const rec = result.output as FeedItem<K> & { pinyin?: string; initials?: string };
    const key = kind === 'divisions' ? (rec as Division).code : (rec as { id: string }).id;
    if (seen.has(key))
      return report(index, key, [`duplicate ${kind === 'divisions' ? 'code' : 'id'} ${key}`]);
    seen.add(key);
    if (rec.pinyin !== undefined && rec.initials === undefined) rec.initials = initialsOf(rec.pinyin);
    out.push(rec);
  };
  return { out, add };
}

/** First letters of space-separated pinyin syllables: `wu han shi` → `whs`. */
export function initialsOf(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => s[0])
    .join('');
}

/** A `$field` reference or a literal, resolved once per encoding. */
