/**
 * Shared query helpers: division matching, dates in Asia/Shanghai, paging, facet counts.
 * @module
 */

/** A page of results. */
export interface Page<T> {
  /** The items of this page. */
  items: T[];
  /** Number of items matching the query (all pages). */
  total: number;
  /** 1-based page number. */
  page: number;
  /** Page size used. */
  pageSize: number;
}

/** Paging options. */
export interface PageOptions {
  /** 1-based page number. Default 1. */
  page?: number;
  /** Items per page, 1–1000. Default 20. */
  pageSize?: number;
}

/** Default page size of all queries. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest allowed page size. */
export const MAX_PAGE_SIZE = 1000;

/** Cuts one page out of a (filtered, sorted) array. Out-of-range pages give empty `items`. */
export function paginate<T>(all: readonly T[], options: PageOptions = {}): Page<T> {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)));
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const start = (page - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), total: all.length, page, pageSize };
}

/**
 * The prefix a GB/T 2260 code stands for: the province `420000` covers `42…`, a prefecture `420100` covers `4201…`,
 * a county `420102` only itself. The grouping code `429000` covers the four 省直管 units `4290…`.
 */
export function divisionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** A predicate that tells whether a record's division code lies within any of the given division codes. */
export function divisionMatcher(
  codes: string | readonly string[] | undefined,
): ((code: string) => boolean) | undefined {
  const list = codes === undefined ? [] : typeof codes === 'string' ? [codes] : codes;
  if (list.length === 0) return undefined;
  const prefixes = list.map(divisionPrefix);
  return (code: string) => prefixes.some((p) => code.startsWith(p));
}

/** The prefecture-level (市州) code of a county-level code: `420102` → `420100`; 省直管 units are their own city. */
export function cityOf(code: string): string {
  if (code.startsWith('4290')) return code;
  return `${code.slice(0, 4)}00`;
}

/** Offset of Asia/Shanghai (no daylight saving since 1991). */
const SHANGHAI_OFFSET = '+08:00';

/**
 * Parses a date bound to epoch ms. A plain `YYYY-MM-DD` is a calendar day in Asia/Shanghai: its start when
 * `end` is false, its last millisecond when `end` is true. Other strings are parsed as ISO date-times.
 * Returns `undefined` for `undefined` input, `NaN` for unparsable input.
 */
export function parseDateBound(value: string | Date | number | undefined, end = false): number | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = Date.parse(`${value}T00:00:00${SHANGHAI_OFFSET}`);
    return end ? t + 86_400_000 - 1 : t;
  }
  return Date.parse(value);
}

/** Turns a single value or a list into a Set, or `undefined` when nothing is given. */
export function toSet<T>(v: T | readonly T[] | undefined): Set<T> | undefined {
  if (v === undefined) return undefined;
  const list = Array.isArray(v) ? (v as readonly T[]) : [v as T];
  return list.length === 0 ? undefined : new Set(list);
}

/** Counts values produced by `keysOf` over `items` (an item may count under several keys), most frequent first. */
export function countBy<T>(
  items: Iterable<T>,
  keysOf: (item: T) => Iterable<string> | string | undefined,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const keys = keysOf(item);
    if (keys === undefined) continue;
    if (typeof keys === 'string') counts.set(keys, (counts.get(keys) ?? 0) + 1);
    else for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** One facet value and how many results carry it. */
export interface FacetCount {
  /** The facet value (a code). */
  value: string;
  /** Number of matching records. */
  count: number;
}

/** Compares strings by the Chinese collation (pinyin order where the runtime supports it). */
export const zhCompare: (a: string, b: string) => number = (() => {
  try {
    return new Intl.Collator('zh-CN').compare;
  } catch {
    return (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  }
})();

/**
 * What every record index shares: the records in load order, lookup by id, and the count. The kind-specific
 * indexes add their filters, facets and search keys.
 */
export abstract class RecordIndex<T extends { id: string }> {
  readonly #records: readonly T[];
  readonly #byId: ReadonlyMap<string, T>;

  /** @param records - validated records */
  constructor(records: readonly T[]) {
    this.#records = records;
    this.#byId = new Map(records.map((r) => [r.id, r]));
  }

  /** Number of records. */
  get size(): number {
    return this.#records.length;
  }

  /** All records, in load order. */
  all(): T[] {
    return [...this.#records];
  }

  /** The record with this id, or `undefined`. */
  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  readonly #sorted = new Map<string, readonly unknown[]>();

  /**
   * `rows` in the order of `cmp`, sorted once per `key` (on its first use) and kept: filtering a sorted list keeps
   * its order, so a query does not sort again. The sort is stable, so ties stay in load order, as in a sort of
   * any subset.
   */
  protected sortedOnce<R>(key: string, rows: readonly R[], cmp: (a: R, b: R) => number): readonly R[] {
    let sorted = this.#sorted.get(key) as readonly R[] | undefined;
    if (!sorted) {
      sorted = [...rows].sort(cmp);
      this.#sorted.set(key, sorted);
    }
    return sorted;
  }
}
