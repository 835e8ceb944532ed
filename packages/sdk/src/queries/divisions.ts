import type { Division } from '../model/index.js';
import { buildSearchKey, matchesKeyword, parseKeyword, type SearchKey } from './keyword.js';

/** In-memory index of administrative divisions (GB/T 2260), built once per load. */
export class DivisionIndex {
  readonly #list: Division[];
  readonly #byCode = new Map<string, Division>();
  readonly #children = new Map<string, Division[]>();
  readonly #keys = new Map<Division, SearchKey>();

  /** @param divisions - validated divisions */
  constructor(divisions: readonly Division[]) {
    this.#list = [...divisions].sort((a, b) => a.code.localeCompare(b.code));
    for (const d of this.#list) {
      this.#byCode.set(d.code, d);
      this.#keys.set(d, buildSearchKey([d.name], [d.pinyin], [d.initials]));
      if (d.parentCode) {
        const list = this.#children.get(d.parentCode) ?? [];
        list.push(d);
        this.#children.set(d.parentCode, list);
      }
    }
  }

  /** All divisions, by code. */
  list(): Division[] {
    return [...this.#list];
  }

  /** The division with this code, or `undefined`. */
  get(code: string): Division | undefined {
    return this.#byCode.get(code);
  }

  /** Direct children of a division (by `parentCode`), by code; `[]` when none. */
  children(code: string): Division[] {
    return [...(this.#children.get(code) ?? [])];
  }

  /**
   * The 17 市州 portals speak of: the 13 prefecture-level divisions plus the 4 province-administered units
   * (children of the `429000` grouping row).
   */
  cities(): Division[] {
    return this.#list.filter((d) => d.level === 'prefecture' || d.parentCode === '429000');
  }

  /** Chain from the province down to this division (inclusive); `[]` for an unknown code. */
  path(code: string): Division[] {
    const out: Division[] = [];
    let d = this.#byCode.get(code);
    const seen = new Set<string>();
    while (d && !seen.has(d.code)) {
      seen.add(d.code);
      out.unshift(d);
      d = d.parentCode ? this.#byCode.get(d.parentCode) : undefined;
    }
    return out;
  }

  /** Divisions whose name, pinyin or initials match a keyword (`wuhan`, `wh` → 武汉市). */
  search(keyword: string): Division[] {
    const kw = parseKeyword(keyword);
    return this.#list.filter((d) => matchesKeyword(this.#keys.get(d)!, kw));
  }
}
