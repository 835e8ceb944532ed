/**
 * Hubei's divisions (GB/T 2260 codes, 国家统计局 2023 statistical list) as the SDK ships them, with lookups by
 * name, short name and code, and the county found in an address.
 * @module
 */
import { parseFeed, type Division } from '@hbrs/sdk';
import { loadFeed } from '@hbrs/sample-data';

/** Lookups over the province, its 市州 and its 区县. */
export class Divisions {
  readonly all: readonly Division[];
  private readonly byCode = new Map<string, Division>();
  private readonly byName = new Map<string, Division[]>();
  private readonly names: { name: string; d: Division }[] = [];

  constructor(all: readonly Division[]) {
    this.all = all;
    for (const d of all) {
      this.byCode.set(d.code, d);
      for (const n of new Set([d.name, shortName(d.name)])) {
        if (n.length < 2) continue;
        const list = this.byName.get(n) ?? [];
        list.push(d);
        this.byName.set(n, list);
        this.names.push({ name: n, d });
      }
    }
    // Longest names first, so 武汉市武昌区 finds 武昌区 before 武汉.
    this.names.sort((a, b) => b.name.length - a.name.length);
  }

  /** The division with `code`. */
  get(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  /** 市州 (prefecture level) of a division: itself for a prefecture, its parent for a county. */
  prefectureOf(d: Division): Division | undefined {
    if (d.level === 'prefecture') return d;
    const p = d.parentCode ? this.byCode.get(d.parentCode) : undefined;
    return p && p.level !== 'province' ? this.prefectureOf(p) : undefined;
  }

  /**
   * Divisions named `name` (full or short form: 武昌区 or 武昌), at `levels`, inside `within` when given.
   * Never guesses: a misspelt name finds nothing.
   */
  find(name: string, levels: readonly Division['level'][], within?: Division): Division[] {
    const n = name.replace(/\s+/g, '').replace(/^湖北省?/, '');
    const hits = (this.byName.get(n) ?? []).filter((d) => levels.includes(d.level));
    return within ? hits.filter((d) => this.isWithin(d, within)) : hits;
  }

  /**
   * The county (or county-level city) an address names, inside `within` when given. A full name (武昌区) settles it;
   * short names (武昌) count only when exactly one county's short name is found. Undefined when none or several.
   */
  countyInAddress(address: string, within?: Division): Division | undefined {
    const found = new Set<Division>();
    for (const { name, d } of this.names) {
      if (d.level !== 'county' || (within && !this.isWithin(d, within)) || !address.includes(name)) continue;
      if (name === d.name) return d;
      found.add(d);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The 市州 an address names by its full name (武汉市, 恩施土家族苗族自治州); undefined when none or several. */
  prefectureInAddress(address: string): Division | undefined {
    const found = this.all.filter((d) => d.level === 'prefecture' && address.includes(d.name));
    return found.length === 1 ? found[0] : undefined;
  }

  private isWithin(d: Division, ancestor: Division): boolean {
    for (let x: Division | undefined = d; x; x = x.parentCode ? this.byCode.get(x.parentCode) : undefined) {
      if (x.code === ancestor.code) return true;
    }
    return false;
  }
}

/** 江岸区 → 江岸, 长阳土家族自治县 → 长阳, 恩施土家族苗族自治州 → 恩施, 神农架林区 → 神农架, 武汉市 → 武汉. */
export function shortName(name: string): string {
  const m = /^(.+?)(土家族苗族自治州|土家族自治县|自治县|林区|新区|区|县|市|省)$/.exec(name);
  return m?.[1] && m[1].length >= 2 ? m[1] : name;
}

let cached: Promise<Divisions> | undefined;

/** The SDK's division list (loaded once). */
export function hubeiDivisions(): Promise<Divisions> {
  cached ??= loadFeed('divisions').then((raw) => new Divisions(parseFeed('divisions', raw).items));
  return cached;
}

/**
 * `divisions.json` for a feed directory (the widgets read the division list from the same place as the data):
 * Hubei's real division codes and names, not sample data.
 */
export async function divisionsFeed(
  generatedAt: string,
): Promise<{ meta: Record<string, unknown>; items: Division[] }> {
  const d = await hubeiDivisions();
  return {
    meta: {
      generatedAt,
      sample: false,
      title: '湖北省行政区划',
      source:
        'Division codes and names: 国家统计局 2023年统计用区划代码 (via modood/Administrative-divisions-of-China, WTFPL); seat coordinates derived from Vonng/adcode (CC BY 4.0), converted GCJ-02 → WGS84. Written by @hbrs/feed.',
      license: 'CC BY 4.0 (seat coordinates); division codes are public statistical codes.',
    },
    items: [...d.all],
  };
}
