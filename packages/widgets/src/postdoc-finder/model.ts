/**
 * The finder's pure logic: data prepared once per load (discipline codes, 市州, suggestion keys), the result list
 * and facet counts for a set of filters, and the combobox suggestions. Keyword matching is the SDK index's.
 * @module
 */
import {
  buildSearchKey,
  cityOf,
  initialsOf,
  matchesKeyword,
  parseDateBound,
  parseKeyword,
  type FacetCount,
  type PostdocIndex,
  type PostdocProgramme,
  type SearchKey,
} from '@hbrs/sdk';

/** The finder's filters (all strings; empty = not filtering). Mirrored in the URL under `pd.*`. */
export interface PostdocFilters {
  /** Keyword typed in the search box (Chinese, pinyin or initials). */
  q: string;
  /** 学科门类: 2-digit code. */
  category: string;
  /** 一级学科: 4-digit code. */
  discipline: string;
  /** Station type: `flow_station`, `work_station`, `work_substation` or `innovation_base`. */
  type: string;
  /** 市州 code, e.g. `420100`. */
  city: string;
  /** Host organisation name (exact). */
  host: string;
  /** Key industry field, e.g. `光电子信息`. */
  field: string;
}

/** No filter at all. */
export const NO_FILTERS: Readonly<PostdocFilters> = {
  q: '',
  category: '',
  discipline: '',
  type: '',
  city: '',
  host: '',
  field: '',
};

/** Facet counts per filter (each facet ignores its own filter). */
export type FinderFacets = Record<Exclude<keyof PostdocFilters, 'q'>, FacetCount[]>;

/** What a programme adds to the list and the facets, computed once per load. */
export interface ProgrammeMeta {
  /** 一级学科 codes: the programme's and its openings' directions'. */
  codes: string[];
  /** 门类 codes of those. */
  categories: string[];
  /** 市州 code. */
  city: string;
  /** Latest closing time of its openings (ms; Infinity when rolling; -Infinity when none). */
  closes: number;
  /** Funding schemes named in its openings. */
  funding: string[];
  /** Sum of direction headcounts, when every direction states one. */
  places: number | undefined;
  /** Number of directions over all openings. */
  directions: number;
  /** Lowest and highest annual pay stated in its openings. */
  salaryMin: number | undefined;
  salaryMax: number | undefined;
}

/** A combobox suggestion: a host or a discipline. */
export interface Suggestion {
  kind: 'host' | 'discipline';
  /** Filter value: the host name or the discipline code. */
  value: string;
  /** Visible text. */
  label: string;
  /** Number of programmes. */
  count: number;
  key: SearchKey;
}

/** Data prepared from one loaded index. */
export interface Prepared {
  index: PostdocIndex;
  /** Every programme, sorted as the index sorts them (by host). */
  all: PostdocProgramme[];
  meta: Map<string, ProgrammeMeta>;
  /** Discipline names by code (from the data). */
  disciplineNames: Map<string, string>;
  /** Programmes by host name. */
  byHost: Map<string, PostdocProgramme[]>;
  hosts: Suggestion[];
  disciplines: Suggestion[];
}

const HAN = /[\u4e00-\u9fff]/g;
const hanCount = (s: string): number => s.match(HAN)?.length ?? 0;

/**
 * Splits a record's pinyin into the parts that spell its host name and its discipline name. The data builder
 * writes the pinyin of `host name, discipline name, …` in that order (non-Chinese characters dropped), so the
 * first syllables belong to the host. Returns `undefined` when the syllable count does not fit.
 */
function splitPinyin(p: PostdocProgramme): { host: string; discipline: string } | undefined {
  if (!p.pinyin) return undefined;
  const syl = p.pinyin.trim().split(/\s+/);
  const h = hanCount(p.host.name);
  const d = p.discipline ? hanCount(p.discipline.name) : 0;
  if (h === 0 || syl.length < h + d) return undefined;
  return { host: syl.slice(0, h).join(' '), discipline: syl.slice(h, h + d).join(' ') };
}

/** Prepares a loaded index for the finder (O(n), once per load). */
export function prepare(index: PostdocIndex): Prepared {
  const all = index.filter({});
  const meta = new Map<string, ProgrammeMeta>();
  const disciplineNames = new Map<string, string>();
  const byHost = new Map<string, PostdocProgramme[]>();
  const hostPy = new Map<string, string>();
  const discPy = new Map<string, string>();
  const discCount = new Map<string, number>();
  for (const p of all) {
    const codes = new Set<string>();
    if (p.discipline) {
      codes.add(p.discipline.code);
      if (!disciplineNames.has(p.discipline.code)) disciplineNames.set(p.discipline.code, p.discipline.name);
    }
    let closes = -Infinity;
    let places: number | undefined = 0;
    let directions = 0;
    let salaryMin: number | undefined;
    let salaryMax: number | undefined;
    const funding = new Set<string>();
    for (const o of p.openings) {
      for (const d of o.directions) {
        directions++;
        if (d.disciplineCode) codes.add(d.disciplineCode);
        places = places !== undefined && d.headcount !== undefined ? places + d.headcount : undefined;
      }
      const end = o.rolling
        ? Infinity
        : o.deadline
          ? (parseDateBound(o.deadline, true) ?? -Infinity)
          : -Infinity;
      if (end > closes) closes = end;
      for (const f of o.fundingSchemes) funding.add(f);
      const c = o.compensation;
      const lo = c.annualSalaryMin ?? c.annualSalaryMax;
      const hi = c.annualSalaryMax ?? c.annualSalaryMin;
      if (lo !== undefined && (salaryMin === undefined || lo < salaryMin)) salaryMin = lo;
      if (hi !== undefined && (salaryMax === undefined || hi > salaryMax)) salaryMax = hi;
    }
    if (directions === 0) places = undefined;
    const codeList = [...codes];
    meta.set(p.id, {
      codes: codeList,
      categories: [...new Set(codeList.map((c) => c.slice(0, 2)))],
      city: cityOf(p.divisionCode),
      closes,
      funding: [...funding],
      places,
      directions,
      salaryMin,
      salaryMax,
    });
    for (const c of codeList) discCount.set(c, (discCount.get(c) ?? 0) + 1);
    let list = byHost.get(p.host.name);
    if (!list) byHost.set(p.host.name, (list = []));
    list.push(p);
    const py = splitPinyin(p);
    if (py) {
      if (!hostPy.has(p.host.name)) hostPy.set(p.host.name, py.host);
      if (p.discipline && py.discipline && !discPy.has(p.discipline.code))
        discPy.set(p.discipline.code, py.discipline);
    }
  }
  const suggestion = (
    kind: Suggestion['kind'],
    value: string,
    text: string,
    py: string | undefined,
    count: number,
  ) => ({
    kind,
    value,
    label: text,
    count,
    key: buildSearchKey(
      kind === 'discipline' ? [text, value] : [text],
      [py],
      [py ? initialsOf(py) : undefined],
    ),
  });
  const hosts = [...byHost].map(([name, list]) =>
    suggestion('host', name, name, hostPy.get(name), list.length),
  );
  const disciplines = [...discCount]
    .filter(([code]) => disciplineNames.has(code))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([code, count]) =>
      suggestion('discipline', code, disciplineNames.get(code)!, discPy.get(code), count),
    );
  return { index, all, meta, disciplineNames, byHost, hosts, disciplines };
}

/** Result of {@link compute}: the matching programmes (sorted) and the facet counts. */
export interface Computed {
  results: PostdocProgramme[];
  facets: FinderFacets;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function toCounts(map: Map<string, number>, byCount: boolean): FacetCount[] {
  const list = [...map].map(([value, n]) => ({ value, count: n }));
  return list.sort((a, b) =>
    byCount && b.count !== a.count ? b.count - a.count : a.value < b.value ? -1 : a.value > b.value ? 1 : 0,
  );
}

/**
 * The programmes matching `f` and the facet counts, in one pass over the keyword matches of the SDK index.
 * A discipline filter wins over a category filter.
 */
export function compute(prep: Prepared, f: PostdocFilters): Computed {
  const base = f.q.trim() === '' ? prep.all : prep.index.filter({ keyword: f.q });
  const results: PostdocProgramme[] = [];
  const cat = new Map<string, number>();
  const disc = new Map<string, number>();
  const type = new Map<string, number>();
  const city = new Map<string, number>();
  const host = new Map<string, number>();
  const field = new Map<string, number>();
  for (const p of base) {
    const m = prep.meta.get(p.id);
    if (!m) continue;
    const okType = !f.type || p.stationType === f.type;
    const okCity = !f.city || m.city === f.city;
    const okHost = !f.host || p.host.name === f.host;
    const okField = !f.field || p.industryFields.includes(f.field);
    const okCat = !f.category || m.categories.includes(f.category);
    const okDisc = f.discipline ? m.codes.includes(f.discipline) : okCat;
    const others = okType && okCity && okHost && okField;
    if (others && okDisc) results.push(p);
    if (others) {
      for (const c of m.categories) count(cat, c);
      for (const c of m.codes) if (!f.category || c.startsWith(f.category)) count(disc, c);
    }
    if (okDisc) {
      if (okCity && okHost && okField) count(type, p.stationType);
      if (okType && okHost && okField) count(city, m.city);
      if (okType && okCity && okField) count(host, p.host.name);
      if (okType && okCity && okHost) for (const x of new Set(p.industryFields)) count(field, x);
    }
  }
  return {
    results,
    facets: {
      category: toCounts(cat, false),
      discipline: toCounts(disc, false),
      type: toCounts(type, false),
      city: toCounts(city, false),
      host: toCounts(host, true),
      field: toCounts(field, true),
    },
  };
}

/**
 * How many programmes each suggestion would leave, by host name and by 一级学科 code: the active filters
 * apply, except the keyword (a suggestion replaces it) and the filter the suggestion sets (a host suggestion
 * sets the host; a discipline suggestion sets the discipline and its 门类).
 */
function reachable(prep: Prepared, f: PostdocFilters): Record<Suggestion['kind'], Map<string, number>> {
  const host = new Map<string, number>();
  const discipline = new Map<string, number>();
  for (const p of prep.all) {
    const m = prep.meta.get(p.id)!;
    if (f.type && p.stationType !== f.type) continue;
    if (f.city && m.city !== f.city) continue;
    if (f.field && !p.industryFields.includes(f.field)) continue;
    if (f.discipline ? m.codes.includes(f.discipline) : !f.category || m.categories.includes(f.category))
      count(host, p.host.name);
    if (!f.host || p.host.name === f.host) for (const c of m.codes) count(discipline, c);
  }
  return { host, discipline };
}

/**
 * Up to `limit` suggestions for the keyword `f.q`: matching disciplines first (the `jsj` → 计算机科学与技术 case),
 * then hosts; names that contain the keyword as typed come before pinyin matches, then by number of programmes.
 * Only suggestions that leave programmes under the other active filters are offered, with those counts.
 */
export function suggest(prep: Prepared, f: PostdocFilters, limit = 8): Suggestion[] {
  const kw = parseKeyword(f.q);
  if (kw.compact === '') return [];
  const reach = reachable(prep, f);
  const pick = (list: Suggestion[], n: number): Suggestion[] => {
    const hits: Array<{ s: Suggestion; rank: number }> = [];
    for (const s of list) {
      const count = reach[s.kind].get(s.value);
      if (!count || !matchesKeyword(s.key, kw)) continue;
      const text = s.label.toLowerCase();
      hits.push({
        s: { ...s, count },
        rank: text.startsWith(kw.compact) ? 0 : text.includes(kw.compact) ? 1 : 2,
      });
    }
    hits.sort((a, b) => a.rank - b.rank || b.s.count - a.s.count);
    return hits.slice(0, n).map((h) => h.s);
  };
  const disciplines = pick(prep.disciplines, limit);
  const hosts = pick(prep.hosts, limit);
  // Share the slots, giving leftovers of one kind to the other.
  const half = Math.ceil(limit / 2);
  const d = disciplines.slice(0, Math.max(half, limit - hosts.length));
  return [...d, ...hosts.slice(0, limit - d.length)];
}
