/**
 * The compact feed encoding `hbrs-compact/1` (see {@link CompactEncoding} and `packages/sample-data/README.md`):
 * validation of the `encoding` block, the column layout, and decoding of tuple rows into plain records. Loaded
 * only for documents that use it (`decodeFeedAsync`), so bundles whose feeds are plain never carry it.
 * @module
 */
import * as v from 'valibot';
import { describe, formatIssues, isRecord } from './decode.js';

/** Format identifier of the compact encoding. */
export const COMPACT_FORMAT = 'hbrs-compact/1';

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
  delta: v.optional(v.boolean()),
  spread: v.optional(v.array(v.string())),
  time: v.optional(v.literal('minutes')),
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
/** A validated `encoding` block. */
export type Encoding = v.InferOutput<typeof EncodingSchema>;

function columnsToRows(raw: unknown, enc: Encoding, fail: (why: string) => never): unknown[][] {
  if (!isRecord(raw)) return fail(`needs "items" to be an object of columns, got ${describe(raw)}`);
  const cols = enc.fields.map((f) => {
    const c = raw[f];
    if (c === undefined) return undefined;
    return Array.isArray(c) ? c : fail(`column "${f}" is not an array`);
  });
  const lengths = new Set(cols.filter((c) => c !== undefined).map((c) => c.length));
  if (lengths.size > 1) fail(`columns have different lengths (${[...lengths].join(', ')})`);
  const n = lengths.size === 0 ? 0 : [...lengths][0]!;
  enc.fields.forEach((f, k) => {
    const c = cols[k];
    if (!c || !enc.columns[f]?.delta) return;
    // `delta`: each number is the difference from the previous number of the column.
    let sum = 0;
    cols[k] = c.map((x) => (typeof x === 'number' ? (sum += x) : x));
  });
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) rows.push(cols.map((c) => (c === undefined ? null : c[i])));
  return rows;
}

type Part = { ref: string[] } | { lit: string };

interface FieldPlan {
  name: string;
  path: string[];
  dict: unknown[] | undefined;
  dictName: string;
  join: string | undefined;
  numeric: boolean;
  time: boolean;
  spread: { path: string[]; dict: unknown[] | undefined }[] | undefined;
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
      numeric:
        rule.scale !== undefined || rule.offset !== undefined || rule.base !== undefined || !!rule.time,
      time: !!rule.time,
      spread: rule.spread?.map((c) => {
        const d = enc.columns[c]?.dict;
        return { path: c.split('.'), dict: d === undefined ? undefined : enc.dicts[d] };
      }),
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
        let b = getPath(obj, f.base);
        if (f.time && typeof b === 'string') b = Date.parse(b) / 60_000;
        if (typeof b !== 'number' || !Number.isFinite(b))
          return `${f.name}: base $${f.base.join('.')} is missing or not a number`;
        base += b;
      }
      const n = base * f.scale + value;
      value = (Number.isInteger(value) ? Math.round(n) : n) / f.scale;
      // `time: 'minutes'`: minutes since 1970-01-01T00:00Z, written as ISO 8601 in China Standard Time.
      if (f.time)
        value = new Date((value as number) * 60_000 + 288e5).toISOString().slice(0, 16) + ':00+08:00';
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
    if (f.spread) {
      // `spread`: the dict entry is a tuple of indexes into the dicts of the fields named (values that vary together).
      if (!Array.isArray(value)) return `${f.name}: expected a tuple to spread, got ${describe(value)}`;
      for (let k = 0; k < f.spread.length; k++) {
        const x: unknown = value[k];
        if (x === null || x === undefined) continue;
        const { path, dict: d } = f.spread[k]!;
        if (!d || typeof x !== 'number' || !(x in d))
          return `${f.name}: ${describe(x)} is not in the dict of ${path.join('.')}`;
        setPath(obj, path, d[x]);
      }
      continue;
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

/** What `decodeFeed` needs to read a compact document. */
export interface CompactDecoder {
  /** Validates an `encoding` block. */
  parseEncoding(raw: unknown): { ok: true; encoding: Encoding } | { ok: false; issues: string[] };
  /** Turns the column layout (`items` as an object of arrays) into tuple rows; calls `fail` when malformed. */
  columnsToRows(raw: unknown, enc: Encoding, fail: (why: string) => never): unknown[][];
  /** Decodes one tuple row into a plain record, or returns why it cannot. */
  decodeRow(row: unknown[], enc: Encoding): Record<string, unknown> | string;
}

/** The decoder of `hbrs-compact/1`. */
export const compactDecoder: CompactDecoder = {
  parseEncoding(raw) {
    const r = v.safeParse(EncodingSchema, raw);
    return r.success ? { ok: true, encoding: r.output } : { ok: false, issues: formatIssues(r.issues) };
  },
  columnsToRows,
  decodeRow,
};
