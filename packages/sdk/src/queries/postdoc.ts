import type { PostdocOpening, PostdocProgramme } from '../model/index.js';
import {
  cityOf,
  countBy,
  divisionMatcher,
  paginate,
  parseDateBound,
  toSet,
  zhCompare,
  type FacetCount,
  type Page,
  type PageOptions,
  RecordIndex,
} from './common.js';
import { buildSearchKey, matchesKeyword, parseKeyword, type SearchKey } from './keyword.js';

/** How postdoc programmes are ordered. */
export type PostdocSort = 'host' | 'discipline' | '-approvalYear' | '-openings' | 'deadline';

/** Filters, sort and paging of `client.postdoc.query()`. All optional; they combine with AND. */
export interface PostdocQuery extends PageOptions {
  /**
   * Discipline(s): a 4-digit 一级学科 code (`0803`), a 2-digit 门类 code (`08` = 工学), or part of a discipline name
   * (`光学`). Matches the programme's discipline and the disciplines of its openings' directions.
   */
  discipline?: string | readonly string[];
  /** Station type(s): `flow_station`, `work_station`, `work_substation`, `innovation_base`. */
  stationType?: PostdocProgramme['stationType'] | readonly PostdocProgramme['stationType'][];
  /** `national` or `provincial`. */
  level?: PostdocProgramme['level'];
  /** Host: exact host name or part of it, e.g. `武汉大学` or `华中`. */
  host?: string;
  /** Host organisation type(s), e.g. `university`, `enterprise`. */
  hostType?: PostdocProgramme['host']['orgType'] | readonly PostdocProgramme['host']['orgType'][];
  /** City: GB/T 2260 code(s); a prefecture code matches its counties. */
  city?: string | readonly string[];
  /** Industry field(s), e.g. `光电子信息`, `北斗`. */
  industryField?: string | readonly string[];
  /** Only programmes with at least one opening (`true`) or without (`false`). */
  hasOpenings?: boolean;
  /** Only programmes with an opening still accepting applications on that day (rolling, or deadline ≥ day). */
  openOn?: string | Date;
  /** Keyword: Chinese text, full pinyin or initials; searches host, discipline, fields, opening titles, directions and supervisors. */
  keyword?: string;
  /** Order. Default `host` (by host name, then discipline code). */
  sort?: PostdocSort;
}

/** Facet counts of postdoc programmes matching a query (each facet ignores its own filter). */
export interface PostdocFacets {
  /** Counts per station type. */
  stationType: FacetCount[];
  /** Counts per 一级学科 code (programme discipline and opening directions). */
  discipline: FacetCount[];
  /** Counts per 门类 (2-digit category) code. */
  category: FacetCount[];
  /** Counts per prefecture-level (市州) code. */
  city: FacetCount[];
  /** Counts per host organisation type. */
  hostType: FacetCount[];
  /** Counts per industry field. */
  industryField: FacetCount[];
}

interface Row {
  p: PostdocProgramme;
  disciplines: string[];
  disciplineNames: string;
  deadline: number;
  key: SearchKey | undefined;
}

type Skip = keyof PostdocFacets | undefined;

const byHost = (a: Row, b: Row): number =>
  zhCompare(a.p.host.name, b.p.host.name) ||
  (a.p.discipline?.code ?? '').localeCompare(b.p.discipline?.code ?? '');

/** The orders of the rows. */
const COMPARE: Record<PostdocSort, (a: Row, b: Row) => number> = {
  host: byHost,
  discipline: (a, b) => (a.disciplines[0] ?? '~').localeCompare(b.disciplines[0] ?? '~') || byHost(a, b),
  '-approvalYear': (a, b) => (b.p.approvalYear ?? 0) - (a.p.approvalYear ?? 0) || byHost(a, b),
  '-openings': (a, b) => b.p.openings.length - a.p.openings.length || byHost(a, b),
  deadline: (a, b) => deadlineOrder(a.deadline) - deadlineOrder(b.deadline) || byHost(a, b),
};

/** In-memory index of postdoc programmes (with their openings), built once per load; queries are synchronous. */
export class PostdocIndex extends RecordIndex<PostdocProgramme> {
  readonly #rows: Row[];
  readonly #openings = new Map<string, { opening: PostdocOpening; programme: PostdocProgramme }>();

  /** @param programmes - validated programmes */
  constructor(programmes: readonly PostdocProgramme[]) {
    super(programmes);
    this.#rows = programmes.map((p) => {
      const codes = new Set<string>();
      if (p.discipline) codes.add(p.discipline.code);
      let deadline = -Infinity;
      for (const o of p.openings) {
        if (!this.#openings.has(o.id)) this.#openings.set(o.id, { opening: o, programme: p });
        for (const d of o.directions) if (d.disciplineCode) codes.add(d.disciplineCode);
        const end = o.rolling
          ? Infinity
          : o.deadline
            ? (parseDateBound(o.deadline, true) ?? -Infinity)
            : -Infinity;
        if (end > deadline) deadline = end;
      }
      return {
        p,
        disciplines: [...codes],
        disciplineNames: (p.discipline?.name ?? '').toLowerCase(),
        deadline,
        key: undefined,
      };
    });
  }

  /** Search key of a programme, built on the first keyword query (keeps the cold start short). */
  static #keyOf(r: Row): SearchKey {
    if (r.key) return r.key;
    const p = r.p;
    const texts: Array<string | undefined> = [p.host.name, p.discipline?.name, ...p.industryFields];
    for (const o of p.openings) {
      texts.push(o.title, o.programme);
      for (const d of o.directions) texts.push(d.name, d.supervisor?.name);
    }
    return (r.key = buildSearchKey(texts, [p.pinyin], [p.initials]));
  }

  /** An opening by id, with the programme it is listed under, or `undefined`. */
  getOpening(id: string): { opening: PostdocOpening; programme: PostdocProgramme } | undefined {
    return this.#openings.get(id);
  }

  /** All openings (each once), newest first. */
  openings(): PostdocOpening[] {
    return [...this.#openings.values()]
      .map((x) => x.opening)
      .sort((a, b) => (a.publishDate < b.publishDate ? 1 : a.publishDate > b.publishDate ? -1 : 0));
  }

  #filter(q: PostdocQuery, skip?: Skip, rows: readonly Row[] = this.#rows): Row[] {
    const disc = skip === 'discipline' || skip === 'category' ? undefined : toList(q.discipline);
    const types = skip === 'stationType' ? undefined : toSet(q.stationType);
    const hostTypes = skip === 'hostType' ? undefined : toSet(q.hostType);
    const inCity = skip === 'city' ? undefined : divisionMatcher(q.city);
    const fields = skip === 'industryField' ? undefined : toSet(q.industryField);
    const host = q.host?.trim().toLowerCase();
    const openOn = parseDateBound(q.openOn);
    const kw = parseKeyword(q.keyword);
    const out: Row[] = [];
    for (const r of rows) {
      const p = r.p;
      if (types && !types.has(p.stationType)) continue;
      if (q.level && p.level !== q.level) continue;
      if (hostTypes && !hostTypes.has(p.host.orgType)) continue;
      if (inCity && !inCity(p.divisionCode)) continue;
      if (fields && !p.industryFields.some((f) => fields.has(f))) continue;
      if (host && !p.host.name.toLowerCase().includes(host)) continue;
      if (q.hasOpenings !== undefined && p.openings.length > 0 !== q.hasOpenings) continue;
      if (openOn !== undefined && !(r.deadline >= openOn)) continue;
      if (disc && !disc.some((d) => disciplineMatches(r, d))) continue;
      if (kw.compact !== '' && !matchesKeyword(PostdocIndex.#keyOf(r), kw)) continue;
      out.push(r);
    }
    return out;
  }

  /** All programmes matching the query, sorted (no paging). */
  filter(q: PostdocQuery = {}): PostdocProgramme[] {
    return this.#filter(q, undefined, this.#sortedRows(q.sort)).map((r) => r.p);
  }

  /** All rows in the given order (sorted once per order); an unknown order is host order. */
  #sortedRows(sort: PostdocSort | undefined): readonly Row[] {
    const key: PostdocSort = sort !== undefined && Object.hasOwn(COMPARE, sort) ? sort : 'host';
    return this.sortedOnce(key, this.#rows, COMPARE[key]);
  }

  /** One page of programmes matching the query. */
  query(q: PostdocQuery = {}): Page<PostdocProgramme> {
    return paginate(this.filter(q), q);
  }

  /** Facet counts for the query, for the finder's filter chips. */
  facets(q: PostdocQuery = {}): PostdocFacets {
    return {
      stationType: countBy(this.#filter(q, 'stationType'), (r) => r.p.stationType),
      discipline: countBy(this.#filter(q, 'discipline'), (r) => r.disciplines),
      category: countBy(this.#filter(q, 'category'), (r) => r.disciplines.map((c) => c.slice(0, 2))),
      city: countBy(this.#filter(q, 'city'), (r) => cityOf(r.p.divisionCode)),
      hostType: countBy(this.#filter(q, 'hostType'), (r) => r.p.host.orgType),
      industryField: countBy(this.#filter(q, 'industryField'), (r) => r.p.industryFields),
    };
  }
}

/** Open-ended deadlines sort last, past ones after those (ascending closing date). */
function deadlineOrder(t: number): number {
  return Number.isFinite(t) ? t : t > 0 ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER;
}

function toList(v: string | readonly string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = (typeof v === 'string' ? [v] : [...v]).map((s) => s.trim()).filter((s) => s !== '');
  return list.length === 0 ? undefined : list;
}

function disciplineMatches(r: Row, d: string): boolean {
  if (/^\d{4}$/.test(d)) return r.disciplines.includes(d);
  if (/^\d{2}$/.test(d)) return r.disciplines.some((c) => c.startsWith(d));
  return r.disciplineNames.includes(d.toLowerCase());
}
