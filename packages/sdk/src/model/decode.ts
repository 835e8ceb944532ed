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
export const COMPACT_FORMAT = 'hbrs-compact/1';

/** The runtime schema of the records of one feed kind. */
export type RecordSchema<K extends FeedKind> = v.GenericSchema<unknown, FeedItemMap[K]>;

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
  pad: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32))),
  prefix: v.optional(v.array(v.string())),
  suffix: v.optional(v.array(v.string())),
  tokensFrom: v.optional(v.array(v.string())),
  base: v.optional(v.pipe(v.string(), v.startsWith('$'))),
});

const EncodingSchema = v.pipe(
  v.object({
    format: v.literal(COMPACT_FORMAT),
    layout: v.optional(v.picklist(['rows', 'columns']), 'rows'),
    fields: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
    dicts: v.optional(v.record(v.string(), v.array(v.unknown())), () => ({})),
    columns: v.optional(v.record(v.string(), ColumnRuleSchema), () => ({})),
    constants: v.optional(v.record(v.string(), v.unknown()), () => ({})),
  }),
  v.check(
    (e) =>
      Object.values(e.columns).every(
        (c) =>
          (c.dict === undefined || e.dicts[c.dict] !== undefined) &&
          (c.tokensFrom ?? []).every((t) => {
            const d = t.split(':')[1];
            return d === undefined || e.dicts[d] !== undefined;
          }),
      ),
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
  let items: unknown[];
  if (encoding?.layout === 'columns') {
    items = columnsToRows(raw['items'], encoding, at, options.url);
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
  return { meta, items: decodeRecords(kind, schema, items, encoding, options) };
}

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
  return decodeRecords(kind, schema, rawItems, undefined, options);
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

function columnsToRows(raw: unknown, enc: Encoding, at: string, url: string | undefined): unknown[][] {
  const fail = (why: string): never => {
    throw new HbrsError('invalid-data', `Malformed ${at}: column layout ${why}`, { url });
  };
  if (!isRecord(raw)) return fail(`needs "items" to be an object of columns, got ${describe(raw)}`);
  const cols = enc.fields.map((f) => {
    const c = raw[f];
    if (c === undefined) return undefined;
    return Array.isArray(c) ? c : fail(`column "${f}" is not an array`);
  });
  const lengths = new Set(cols.filter((c) => c !== undefined).map((c) => c.length));
  if (lengths.size > 1) fail(`columns have different lengths (${[...lengths].join(', ')})`);
  const n = lengths.size === 0 ? 0 : [...lengths][0]!;
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) rows.push(cols.map((c) => (c === undefined ? null : c[i])));
  return rows;
}

function decodeRecords<K extends FeedKind>(
  kind: K,
  schema: RecordSchema<K>,
  rawItems: unknown[],
  encoding: Encoding | undefined,
  options: ParseOptions,
): FeedItem<K>[] {
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

/** A `$field` reference or a literal, resolved once per encoding. */
type Part = { ref: string[] } | { lit: string };

interface FieldPlan {
  name: string;
  path: string[];
  dict: unknown[] | undefined;
  dictName: string;
  join: string | undefined;
  numeric: boolean;
  scale: number;
  offset: number;
  base: string[] | undefined;
  pad: number | undefined;
  prefix: Part[] | undefined;
  suffix: Part[] | undefined;
}

interface Plan {
  fields: FieldPlan[];
  derived: { path: string[]; sources: { index: number; dict: unknown[] }[]; join: string }[];
  constants: Record<string, unknown>;
}

const plans = new WeakMap<Encoding, Plan>();

/** Compiles an encoding into a decoding plan (once per feed document). */
function planFor(enc: Encoding): Plan {
  let plan = plans.get(enc);
  if (plan) return plan;
  const parts = (list: string[] | undefined): Part[] | undefined =>
    list?.map((p) => (p.startsWith('$') ? { ref: p.slice(1).split('.') } : { lit: p }));
  const fields = enc.fields.map((name): FieldPlan => {
    const rule = enc.columns[name] ?? {};
    return {
      name,
      path: name.split('.'),
      dict: rule.dict === undefined ? undefined : enc.dicts[rule.dict],
      dictName: rule.dict ?? '',
      join: rule.join,
      numeric: rule.scale !== undefined || rule.offset !== undefined || rule.base !== undefined,
      scale: rule.scale ?? 1,
      offset: rule.offset ?? 0,
      base: rule.base?.slice(1).split('.'),
      pad: rule.pad,
      prefix: parts(rule.prefix),
      suffix: parts(rule.suffix),
    };
  });
  const derived: Plan['derived'] = [];
  for (const [name, rule] of Object.entries(enc.columns)) {
    if (!rule.tokensFrom || enc.fields.includes(name)) continue;
    const sources: { index: number; dict: unknown[] }[] = [];
    for (const source of rule.tokensFrom) {
      const [field, dictName] = source.split(':') as [string, string | undefined];
      const dict = enc.dicts[dictName ?? rule.dict ?? ''];
      const index = enc.fields.indexOf(field);
      if (dict && index >= 0) sources.push({ index, dict });
    }
    derived.push({ path: name.split('.'), sources, join: rule.join ?? ' ' });
  }
  plan = { fields, derived, constants: enc.constants };
  plans.set(enc, plan);
  return plan;
}

/** Decodes one compact tuple row; returns an error message string on failure. */
function decodeRow(row: unknown[], enc: Encoding): Record<string, unknown> | string {
  const plan = planFor(enc);
  if (row.length > plan.fields.length) {
    return `row has ${row.length} values but encoding.fields has ${plan.fields.length}`;
  }
  const obj: Record<string, unknown> = {};
  const affix = (list: Part[] | undefined): string | undefined => {
    if (!list) return '';
    let out = '';
    for (const p of list) {
      if ('lit' in p) {
        out += p.lit;
        continue;
      }
      const ref = getPath(obj, p.ref);
      if (typeof ref !== 'string' && typeof ref !== 'number') return undefined;
      out += String(ref);
    }
    return out;
  };
  for (let i = 0; i < plan.fields.length; i++) {
    const f = plan.fields[i]!;
    const raw = row[i];
    if (raw === null || raw === undefined) continue;
    let value: unknown = raw;
    const dict = f.dict;
    if (f.join !== undefined) {
      if (Array.isArray(raw)) {
        let joined = '';
        for (let k = 0; k < raw.length; k++) {
          const p: unknown = raw[k];
          const entry = typeof p === 'number' && dict && Number.isInteger(p) && p >= 0 ? dict[p] : undefined;
          let text: string;
          if (typeof p === 'string') text = p;
          else if (typeof entry === 'string') text = entry;
          else
            return `${f.name}: token ${JSON.stringify(p)} is not a string or a valid index into dict "${f.dictName}"`;
          joined = k === 0 ? text : joined + f.join + text;
        }
        value = joined;
      } else if (typeof raw !== 'string') {
        return `${f.name}: expected a string or an array of tokens, got ${describe(raw)}`;
      }
    } else if (dict && typeof raw === 'number') {
      if (!Number.isInteger(raw) || raw < 0 || raw >= dict.length) {
        return `${f.name}: ${raw} is not a valid index into dict "${f.dictName}" (${dict.length} entries)`;
      }
      value = dict[raw]; // shared; validation copies objects and arrays into fresh ones
    }
    if (f.numeric) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `${f.name}: expected a number, got ${describe(value)}`;
      let base = f.offset;
      if (f.base) {
        const b = getPath(obj, f.base);
        if (typeof b !== 'number') return `${f.name}: base $${f.base.join('.')} is missing or not a number`;
        base += b;
      }
      const n = base * f.scale + value;
      value = (Number.isInteger(value) ? Math.round(n) : n) / f.scale;
    }
    if (f.pad !== undefined && typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0)
        return `${f.name}: expected a non-negative integer, got ${value}`;
      value = String(value).padStart(f.pad, '0');
    }
    if (f.prefix || f.suffix) {
      if (typeof value !== 'string')
        return `${f.name}: expected a string to add a prefix or suffix to, got ${describe(value)}`;
      const pre = affix(f.prefix);
      const post = affix(f.suffix);
      if (pre === undefined || post === undefined)
        return `${f.name}: a $field reference in prefix/suffix is missing`;
      value = pre + value + post;
    }
    setPath(obj, f.path, value);
  }
  for (const d of plan.derived) {
    const parts: string[] = [];
    for (const { index, dict } of d.sources) {
      const raw = row[index];
      for (const p of Array.isArray(raw) ? raw : [raw]) {
        const entry = typeof p === 'number' ? dict[p] : undefined;
        if (typeof entry === 'string' && entry !== '' && !parts.includes(entry)) parts.push(entry);
      }
    }
    if (parts.length > 0) setPath(obj, d.path, parts.join(d.join));
  }
  mergeConstants(obj, plan.constants);
  for (const key in obj) if (key.startsWith('_')) delete obj[key];
  return obj;
}

/** Deep-merges `constants` into `obj` without mutating `constants`; values already in `obj` win. */
function mergeConstants(obj: Record<string, unknown>, constants: Record<string, unknown>): void {
  for (const key in constants) {
    const c = constants[key];
    const own = obj[key];
    if (own === undefined) obj[key] = c;
    else if (isRecord(own) && isRecord(c)) {
      const merged = { ...own };
      mergeConstants(merged, c);
      obj[key] = merged;
    }
  }
}

function getPath(obj: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Sets a nested value, copying (never mutating) objects it descends into that came from dicts. */
function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = cur[k];
    const copy: Record<string, unknown> = isRecord(next) ? { ...next } : {};
    cur[k] = copy;
    cur = copy;
  }
  cur[path[path.length - 1]!] = value;
}
