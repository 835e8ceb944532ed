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
