/**
 * Feed documents and their decoding: `parseFeed` for whole feed files, `parseItems` for REST API item lists.
 *
 * A feed file is `{ "meta": { generatedAt, sample, source, license }, "items": [ … ] }`. Items are plain JSON
 * objects, or (for large feeds such as service points) tuple rows described by a top-level `encoding` block; see
 * {@link CompactEncoding} and `packages/sample-data/README.md`.
 * @module
 */
import * as v from 'valibot';
import { DateTimeSchema } from './common.js';
import { DivisionSchema, type Division } from './division.js';
import { HbrsError } from './errors.js';
import { JobFairSchema, type JobFair } from './job-fair.js';
import { PostdocProgrammeSchema, type PostdocProgramme } from './postdoc.js';
import { ServicePointSchema, type ServicePoint } from './service-point.js';
import { FEED_KINDS, type FeedKind } from './vocab.js';

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
}

/**
 * Compact wire encoding of `items` (format `hbrs-rows/1`): each item is a tuple row whose values line up with
 * `fields`. Decoding a row yields a plain object that is then validated like any plain item.
 *
 * For each field (a dotted path such as `location.lng`), the optional `columns[field]` rule says how to decode:
 * - `{ dict }`: an integer is an index into `dicts[dict]` (the entry is copied); any other value is used as is.
 * - `{ dict, join }`: the value is a string, or an array of dict indexes and literal strings, concatenated with `join`.
 * - `{ scale, offset }`: a number `n` decodes to `offset + n / scale` (e.g. integer coordinates).
 * A `null` value means the field is absent. `constants` are deep-merged into every decoded record (row values win).
 */
export interface CompactEncoding {
  /** Format name and version: `hbrs-rows/1`. */
  format: 'hbrs-rows/1';
  /** Field path of each tuple position. */
  fields: string[];
  /** Shared lookup tables. */
  dicts?: Record<string, unknown[]>;
  /** Per-field decoding rules. */
  columns?: Record<string, { dict?: string; join?: string; scale?: number; offset?: number }>;
  /** Values shared by every record. */
  constants?: Record<string, unknown>;
}

/** The compact encoding format name understood by this version. */
export const COMPACT_FORMAT = 'hbrs-rows/1';

const SCHEMAS: { [K in FeedKind]: v.GenericSchema<unknown, FeedItemMap[K]> } = {
  'job-fairs': JobFairSchema,
  postdoc: PostdocProgrammeSchema,
  'service-points': ServicePointSchema,
  divisions: DivisionSchema,
};

const MetaSchema = v.object({
  generatedAt: DateTimeSchema,
  sample: v.boolean(),
  source: v.string(),
  license: v.string(),
  title: v.optional(v.string()),
});

const ColumnRuleSchema = v.object({
  dict: v.optional(v.string()),
  join: v.optional(v.string()),
  scale: v.optional(
    v.pipe(
      v.number(),
      v.finite(),
      v.check((n) => n !== 0, 'scale must not be 0'),
    ),
  ),
  offset: v.optional(v.pipe(v.number(), v.finite())),
});

const EncodingSchema = v.pipe(
  v.object({
    format: v.literal(COMPACT_FORMAT),
    fields: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
    dicts: v.optional(v.record(v.string(), v.array(v.unknown())), () => ({})),
    columns: v.optional(v.record(v.string(), ColumnRuleSchema), () => ({})),
    constants: v.optional(v.record(v.string(), v.unknown()), () => ({})),
  }),
  v.check(
    (e) => Object.values(e.columns).every((c) => c.dict === undefined || e.dicts[c.dict] !== undefined),
    'a column refers to a dict that is not in encoding.dicts',
  ),
);
type Encoding = v.InferOutput<typeof EncodingSchema>;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function where(kind: FeedKind, url: string | undefined): string {
  return url === undefined ? `${kind} feed` : `${kind} feed at ${url}`;
}

function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
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
 * @param raw - the parsed JSON document
 * @param options - diagnostics callback and source URL for messages
 * @returns the feed metadata and the valid, typed records
 * @throws {@link HbrsError} with code `invalid-data` when the document itself is malformed (not an object, no
 *   valid `meta`, `items` not an array, or an unusable `encoding` block)
 */
export function parseFeed<K extends FeedKind>(kind: K, raw: unknown, options: ParseOptions = {}): Feed<K> {
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
  if (!Array.isArray(raw['items'])) {
    throw new HbrsError(
      'invalid-data',
      `Malformed ${at}: "items" must be an array, got ${describe(raw['items'])}`,
      {
        url: options.url,
      },
    );
  }
  let encoding: Encoding | undefined;
  if (raw['encoding'] !== undefined) {
    const encResult = v.safeParse(EncodingSchema, raw['encoding']);
    if (!encResult.success) {
      throw new HbrsError(
        'invalid-data',
        `Malformed ${at}: unsupported or invalid "encoding" (${formatIssues(encResult.issues).join('; ')})`,
        { url: options.url },
      );
    }
    encoding = encResult.output;
  }
  const meta: FeedMeta = { ...metaResult.output };
  if (meta.title === undefined) delete meta.title;
  if (encoding) meta.encoding = encoding.format;
  return { meta, items: decodeItems(kind, raw['items'], encoding, options) };
}

/**
 * Validates a list of plain records, e.g. the `items` of a REST API response. Invalid records are dropped and
 * reported through `options.onDiagnostic`, as in {@link parseFeed}.
 *
 * @param kind - record kind
 * @param rawItems - the parsed JSON array
 * @param options - diagnostics callback and source URL for messages
 * @returns the valid, typed records
 * @throws {@link HbrsError} with code `invalid-data` when `rawItems` is not an array
 */
export function parseItems<K extends FeedKind>(
  kind: K,
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
  return decodeItems(kind, rawItems, undefined, options);
}

/**
 * Validates a single plain record of the given kind.
 * @returns the typed record, or `undefined` if it is invalid (the reason goes to `options.onDiagnostic` with index 0)
 */
export function parseItem<K extends FeedKind>(
  kind: K,
  raw: unknown,
  options: ParseOptions = {},
): FeedItem<K> | undefined {
  return parseItems(kind, [raw], options)[0];
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : typeof x;
}

function idOf(x: unknown): string | undefined {
  if (!isRecord(x)) return undefined;
  const id = x['id'] ?? x['code'];
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

function decodeItems<K extends FeedKind>(
  kind: K,
  rawItems: unknown[],
  encoding: Encoding | undefined,
  options: ParseOptions,
): FeedItem<K>[] {
  const schema = SCHEMAS[kind];
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
  for (let index = 0; index < rawItems.length; index++) {
    let item: unknown = rawItems[index];
    if (encoding && Array.isArray(item)) {
      const decoded = decodeRow(item, encoding);
      if (typeof decoded === 'string') {
        report(index, undefined, [decoded]);
        continue;
      }
      item = decoded;
    }
    const id = idOf(item);
    const result = v.safeParse(schema, item);
    if (!result.success) {
      report(index, id, formatIssues(result.issues));
      continue;
    }
    const rec = result.output as FeedItem<K> & { pinyin?: string; initials?: string };
    const key = kind === 'divisions' ? (rec as Division).code : (rec as { id: string }).id;
    if (seen.has(key)) {
      report(index, key, [`duplicate ${kind === 'divisions' ? 'code' : 'id'} ${key}`]);
      continue;
    }
    seen.add(key);
    if (rec.pinyin !== undefined && rec.initials === undefined) rec.initials = initialsOf(rec.pinyin);
    out.push(rec);
  }
  return out;
}

/** First letters of space-separated pinyin syllables: `wu han shi` → `whs`. */
export function initialsOf(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => s[0])
    .join('');
}

/** Decodes one `hbrs-rows/1` tuple row; returns an error message string on failure. */
function decodeRow(row: unknown[], enc: Encoding): Record<string, unknown> | string {
  if (row.length > enc.fields.length) {
    return `row has ${row.length} values but encoding.fields has ${enc.fields.length}`;
  }
  const obj: Record<string, unknown> = structuredCloneJson(enc.constants) as Record<string, unknown>;
  for (let i = 0; i < enc.fields.length; i++) {
    const field = enc.fields[i]!;
    const raw = row[i];
    if (raw === null || raw === undefined) continue;
    const rule = enc.columns[field];
    let value: unknown = raw;
    if (rule) {
      const dict = rule.dict === undefined ? undefined : enc.dicts[rule.dict];
      if (dict && rule.join !== undefined) {
        if (Array.isArray(raw)) {
          const parts: string[] = [];
          for (const p of raw) {
            if (typeof p === 'string') parts.push(p);
            else if (
              Number.isInteger(p) &&
              (p as number) >= 0 &&
              (p as number) < dict.length &&
              typeof dict[p as number] === 'string'
            )
              parts.push(dict[p as number] as string);
            else
              return `${field}: token ${JSON.stringify(p)} is not a string or a valid index into dict "${rule.dict}"`;
          }
          value = parts.join(rule.join);
        } else if (typeof raw !== 'string') {
          return `${field}: expected a string or an array of tokens, got ${describe(raw)}`;
        }
      } else if (dict) {
        if (typeof raw === 'number') {
          if (!Number.isInteger(raw) || raw < 0 || raw >= dict.length) {
            return `${field}: ${raw} is not a valid index into dict "${rule.dict}" (${dict.length} entries)`;
          }
          value = structuredCloneJson(dict[raw]);
        }
      }
      if (rule.scale !== undefined || rule.offset !== undefined) {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return `${field}: expected a number, got ${describe(value)}`;
        const scale = rule.scale ?? 1;
        const offset = rule.offset ?? 0;
        const n = offset * scale + value;
        value = (Number.isInteger(value) ? Math.round(n) : n) / scale;
      }
    }
    setPath(obj, field, value);
  }
  return obj;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    const next = cur[k];
    if (isRecord(next)) cur = next;
    else cur = cur[k] = {};
  }
  cur[keys[keys.length - 1]!] = value;
}

function structuredCloneJson(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(structuredCloneJson);
  if (isRecord(x)) {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(x)) o[k] = structuredCloneJson(val);
    return o;
  }
  return x;
}
