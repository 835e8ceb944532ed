/**
 * `--format compact`: the items written in the SDK's `hbrs-compact/1` column layout, with repeated values (banks,
 * service lists, opening hours, division codes) stored once in a dictionary. The SDK decodes it
 * (`compactDecoder`); the result is validated again exactly like a plain feed.
 * @module
 */
import type { CompactEncoding } from '@hbrs/sdk';

/** Encodes records as columns; a field whose values repeat (fewer distinct values than half the rows) gets a dict. */
export function encodeCompact(items: readonly Record<string, unknown>[]): {
  encoding: CompactEncoding;
  items: Record<string, unknown[]>;
} {
  const fields: string[] = [];
  for (const it of items) for (const k of Object.keys(it)) if (!fields.includes(k)) fields.push(k);
  const dicts: Record<string, unknown[]> = {};
  const columns: NonNullable<CompactEncoding['columns']> = {};
  const out: Record<string, unknown[]> = {};
  for (const f of fields) {
    const values = items.map((it) => (f in it ? it[f] : null));
    const keyed = values.map((v) => (v === null || typeof v === 'number' ? undefined : JSON.stringify(v)));
    const distinct = new Set(keyed.filter((k) => k !== undefined));
    if (
      distinct.size > 0 &&
      distinct.size * 2 <= items.length &&
      values.every((v) => typeof v !== 'number')
    ) {
      const index = new Map<string, number>();
      const dict: unknown[] = [];
      out[f] = keyed.map((k, i) => {
        if (k === undefined) return null;
        let n = index.get(k);
        if (n === undefined) {
          n = dict.length;
          index.set(k, n);
          dict.push(values[i]);
        }
        return n;
      });
      dicts[f] = dict;
      columns[f] = { dict: f };
    } else {
      out[f] = values;
    }
  }
  return { encoding: { format: 'hbrs-compact/1', layout: 'columns', fields, dicts, columns }, items: out };
}

const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/;
const minutesOf = (s: string): number => Date.parse(s) / 60_000;
const isoOf = (m: number): string => new Date(m * 60_000 + 288e5).toISOString().slice(0, 16) + ':00+08:00';
const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The tighter column encoding of summary files (many rows, few distinct values per column): rows sorted by
 * `sortBy`; times in China Standard Time as minutes (the first time column as differences from the row before,
 * the next ones from the first, e.g. an end time as a duration); ids made of one prefix and digits of one width as
 * numbers; objects of unique values split into their fields; repeated values in dicts; and a column that follows
 * from another dict column (e.g. the pinyin of a name) derived through a parallel dict instead of written.
 */
export function encodeColumns(
  input: readonly Record<string, unknown>[],
  options: { sortBy?: string } = {},
): { encoding: CompactEncoding; items: Record<string, unknown[]> } {
  const by = options.sortBy;
  const items = by
    ? [...input].sort((a, b) => String(a[by] ?? '').localeCompare(String(b[by] ?? '')))
    : [...input];
  const n = items.length;
  // Split objects whose values are mostly unique into their fields (`stats.positionCount` …).
  const flat: Record<string, unknown>[] = items.map(() => ({}));
  const keys: string[] = [];
  for (const it of items) for (const k of Object.keys(it)) if (!keys.includes(k)) keys.push(k);
  const fields: string[] = [];
  for (const k of keys) {
    const values = items.map((it) => it[k]);
    const objs = values.filter((v) => v !== undefined && v !== null);
    const distinct = new Set(objs.map((v) => JSON.stringify(v))).size;
    const split =
      objs.length > 0 &&
      (objs.every((v) => isPlain(v) && Object.values(v).every((x) => typeof x === 'number')) ||
        (distinct * 4 > n &&
          objs.every(
            (v) => isPlain(v) && Object.values(v).every((x) => x === null || typeof x !== 'object'),
          )));
    if (!split) {
      fields.push(k);
      values.forEach((v, i) => (flat[i]![k] = v));
      continue;
    }
    const sub: string[] = [];
    for (const v of objs) for (const s of Object.keys(v as object)) if (!sub.includes(s)) sub.push(s);
    for (const s of sub) {
      fields.push(`${k}.${s}`);
      values.forEach((v, i) => (flat[i]![`${k}.${s}`] = isPlain(v) ? v[s] : undefined));
    }
  }
  const dicts: Record<string, unknown[]> = {};
  const columns: NonNullable<CompactEncoding['columns']> = {};
  const out: Record<string, unknown[]> = {};
  const kept: string[] = [];
  let firstTime: string | undefined;
  for (const f of fields) {
    const values = flat.map((r) => (r[f] === undefined ? null : r[f]));
    const present = values.filter((v) => v !== null);
    if (
      present.length > 0 &&
      present.every((v) => typeof v === 'string' && TIME_RE.test(v) && isoOf(minutesOf(v)) === v)
    ) {
      const mins = values.map((v) => (v === null ? null : minutesOf(v as string)));
      if (firstTime === undefined) {
        firstTime = f;
        let prev = 0;
        out[f] = mins.map((m) => {
          if (m === null) return null;
          const d = m - prev;
          prev = m;
          return d;
        });
        columns[f] = { time: 'minutes', delta: true };
      } else {
        const base = flat.map((r) => r[firstTime!]);
        if (base.every((b, i) => values[i] === null || typeof b === 'string')) {
          out[f] = mins.map((m, i) => (m === null ? null : m - minutesOf(base[i] as string)));
          columns[f] = { time: 'minutes', base: `$${firstTime}` };
        } else {
          out[f] = mins;
          columns[f] = { time: 'minutes' };
        }
      }
      kept.push(f);
      continue;
    }
    const idParts = present.every((v) => typeof v === 'string')
      ? (present as string[]).map((v) => /^(\D*)(\d{1,15})$/.exec(v))
      : [];
    if (
      present.length > 0 &&
      new Set(present).size * 2 > n &&
      idParts.length === present.length &&
      idParts.every((m) => m && m[1] === idParts[0]![1] && m[2]!.length === idParts[0]![2]!.length)
    ) {
      const nums = values.map((v) => (v === null ? null : Number(/(\d+)$/.exec(v as string)![1])));
      // Ids given in about the order of the rows (e.g. registered as the fairs were planned): as differences.
      let prev = 0;
      let sumAbs = 0;
      let sumDelta = 0;
      const deltas = nums.map((x) => {
        if (x === null) return null;
        const d = x - prev;
        prev = x;
        sumAbs += x;
        sumDelta += Math.abs(d);
        return d;
      });
      const delta = sumDelta * 10 < sumAbs;
      out[f] = delta ? deltas : nums;
      columns[f] = {
        pad: idParts[0]![2]!.length,
        ...(idParts[0]![1] ? { prefix: [idParts[0]![1]] } : {}),
        ...(delta ? { delta: true } : {}),
      };
      kept.push(f);
      continue;
    }
    const keyed = values.map((v) => (v === null || typeof v === 'number' ? undefined : JSON.stringify(v)));
    const distinct = new Set(keyed.filter((k) => k !== undefined));
    if (distinct.size > 0 && distinct.size * 2 <= n && values.every((v) => typeof v !== 'number')) {
      const index = new Map<string, number>();
      const dict: unknown[] = [];
      out[f] = keyed.map((k, i) => {
        if (k === undefined) return null;
        let x = index.get(k);
        if (x === undefined) {
          x = dict.length;
          index.set(k, x);
          dict.push(values[i]);
        }
        return x;
      });
      dicts[f] = dict;
      columns[f] = { dict: f };
    } else {
      out[f] = values;
    }
    kept.push(f);
  }
  groupColumns(kept, dicts, columns, out, n);
  return {
    encoding: { format: 'hbrs-compact/1', layout: 'columns', fields: kept, dicts, columns },
    items: out,
  };
}

/**
 * Dict columns that vary together (a fair series' name, venue, organisers, type …) become one `spread` column whose
 * dict holds their combinations as tuples of indexes into their own dicts: one index per row, not one per column.
 */
function groupColumns(
  fields: string[],
  dicts: Record<string, unknown[]>,
  columns: NonNullable<CompactEncoding['columns']>,
  out: Record<string, unknown[]>,
  n: number,
): void {
  const dictCols = fields.filter((f) => columns[f]?.dict === f && !f.includes('.'));
  if (dictCols.length < 2) return;
  const keyOf = (cols: string[], i: number): string => cols.map((c) => out[c]![i] ?? '').join(',');
  const distinct = (cols: string[]): number => {
    const set = new Set<string>();
    for (let i = 0; i < n; i++) set.add(keyOf(cols, i));
    return set.size;
  };
  // From each column, grow a group of the columns that (almost) follow from it: a few more combinations cost less
  // than their own indexes. Keep the group that takes in the most columns.
  let group: string[] = [];
  for (const seed of dictCols) {
    const g = [seed];
    let d = distinct(g);
    for (const c of dictCols) {
      if (c === seed) continue;
      const joint = distinct([...g, c]);
      if (joint <= d * 1.1 && joint * 2 <= n) {
        g.push(c);
        d = joint;
      }
    }
    if (g.length > group.length) group = g;
  }
  if (group.length < 2) return;
  const index = new Map<string, number>();
  const dict: unknown[][] = [];
  const col = Array.from({ length: n }, (_, i) => {
    const k = keyOf(group, i);
    let x = index.get(k);
    if (x === undefined) {
      x = dict.length;
      index.set(k, x);
      dict.push(group.map((c) => out[c]![i] ?? null));
    }
    return x;
  });
  const name = '_group';
  for (const c of group) {
    fields.splice(fields.indexOf(c), 1);
    delete out[c];
  }
  fields.push(name);
  dicts[name] = dict;
  columns[name] = { dict: name, spread: group };
  out[name] = col;
}
