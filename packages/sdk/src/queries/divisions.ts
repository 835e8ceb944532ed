import type { Division } from '../model/index.js';
import { buildSearchKey, matchesKeyword, parseKeyword, type SearchKey } from './keyword.js';

/**
 * A division as pickers show it: its role in the province → 市州 → 区县 tree. Its English name is in
 * `DIVISION_NAMES_EN` of `@hbrs/sdk/names-en` (a separate entry point, so Chinese pages never download it).
 */
export interface OrderedDivision {
  /** The division record. */
  division: Division;
  /** `province`, `city` (one of the 17 市州) or `county` (a 区县 under a 市州). */
  role: 'province' | 'city' | 'county';
  /** The 市州 code (the division's own code for a city; `undefined` for the province). */
  cityCode: string | undefined;
}

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

  /**
   * Divisions in the order the widgets show them: the province, then each 市州 by code followed by its 区县 by code.
   * The `429000` grouping row is left out (its four units are 市州 themselves). Computed once per load.
   */
  ordered(): OrderedDivision[] {
    this.#ordered ??= this.#order();
    return [...this.#ordered];
  }

  /** The 区县 of a 市州, by code, as in {@link ordered}; `[]` for an unknown code or a unit without counties. */
  countiesOf(cityCode: string): OrderedDivision[] {
    return this.ordered().filter((o) => o.role === 'county' && o.cityCode === cityCode);
  }

  #ordered: OrderedDivision[] | undefined;

  #order(): OrderedDivision[] {
    const entry = (
      division: Division,
      role: OrderedDivision['role'],
      cityCode?: string,
    ): OrderedDivision => ({
      division,
      role,
      cityCode,
    });
    const out = this.#list.filter((d) => d.level === 'province').map((d) => entry(d, 'province'));
    for (const city of this.cities()) {
      out.push(entry(city, 'city', city.code));
      for (const c of this.children(city.code))
        if (c.level === 'county') out.push(entry(c, 'county', city.code));
    }
    return out;
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
