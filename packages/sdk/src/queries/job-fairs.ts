import type { JobFair } from '../model/index.js';
import {
  countBy,
  divisionMatcher,
  paginate,
  parseDateBound,
  toSet,
  zhCompare,
  cityOf,
  type FacetCount,
  type Page,
  type PageOptions,
  RecordIndex,
} from './common.js';
import { buildSearchKey, matchesKeyword, parseKeyword, type SearchKey } from './keyword.js';

/** How job-fair results are ordered. A leading `-` reverses the order. */
export type JobFairSort = 'startTime' | '-startTime' | 'name' | '-name' | 'positions' | '-positions';

/** Filters, sort and paging of `client.jobFairs.query()`. All filters are optional and combine with AND. */
export interface JobFairQuery extends PageOptions {
  /** GB/T 2260 code(s): a prefecture code matches the fairs of its counties; `420000` matches all. */
  division?: string | readonly string[];
  /** Fairs still running on or after this day/time (`YYYY-MM-DD` = that day in Asia/Shanghai). */
  from?: string | Date;
  /** Fairs starting on or before this day/time (`YYYY-MM-DD` = the end of that day in Asia/Shanghai). */
  to?: string | Date;
  /** `true`: fairs with an online part (online or hybrid); `false`: fairs with an on-site part (offline or hybrid). */
  online?: boolean;
  /** Exact mode(s): `offline`, `online`, `hybrid`. */
  mode?: JobFair['mode'] | readonly JobFair['mode'][];
  /** Campaign code(s), e.g. `chunfeng`, `jinqiu`, `baitian_qianwan`. */
  campaign?: string | readonly string[];
  /** Fair type(s), e.g. `校园双选会`. */
  fairType?: string | readonly string[];
  /** Target group(s): fairs for any of them. */
  targetGroup?: string | readonly string[];
  /** Status(es), e.g. `upcoming`, `ongoing`. */
  status?: JobFair['status'] | readonly JobFair['status'][];
  /** Keyword: Chinese text, full pinyin or initials of the name; also searches theme, venue, hosts, employers and positions. */
  keyword?: string;
  /** Order of results. Default `startTime` (earliest first). */
  sort?: JobFairSort;
}

interface Row {
  fair: JobFair;
  start: number;
  end: number;
  positions: number;
  key: SearchKey | undefined;
}

/** Ascending orders of the rows (`-` sorts reverse these). */
const COMPARE: Record<'startTime' | 'name' | 'positions', (a: Row, b: Row) => number> = {
  name: (a, b) => zhCompare(a.fair.name, b.fair.name),
  positions: (a, b) => a.positions - b.positions || a.start - b.start,
  startTime: (a, b) => a.start - b.start || zhCompare(a.fair.name, b.fair.name),
};

/** Facet counts of job fairs matching a query (each facet ignores its own filter). */
export interface JobFairFacets {
  /** Counts per prefecture-level (市州) code. */
  city: FacetCount[];
  /** Counts per campaign code (`none` for fairs without one). */
  campaign: FacetCount[];
  /** Counts per mode. */
  mode: FacetCount[];
  /** Counts per fair type. */
  fairType: FacetCount[];
}

/** In-memory index of job fairs, built once per data load; queries are synchronous. */
export class JobFairIndex extends RecordIndex<JobFair> {
  readonly #rows: Row[];

  /** @param fairs - validated job fairs */
  constructor(fairs: readonly JobFair[]) {
    super(fairs);
    this.#rows = fairs.map((fair) => {
      let positions = 0;
      for (const e of fair.employers) positions += e.positions.length;
      return {
        fair,
        start: Date.parse(fair.startTime),
        end: Date.parse(fair.endTime),
        positions: fair.stats?.positionCount ?? positions,
        key: undefined,
      };
    });
  }

  /** Search key of a fair, built on the first keyword query (keeps the cold start short). */
  static #keyOf(r: Row): SearchKey {
    if (r.key) return r.key;
    const fair = r.fair;
    const texts: Array<string | undefined> = [
      fair.name,
      fair.theme,
      fair.venue?.name,
      fair.venue?.address,
      ...fair.organizers.hosts,
      fair.campaign?.name,
    ];
    for (const e of fair.employers) {
      texts.push(e.name);
      for (const p of e.positions) texts.push(p.title);
    }
    return (r.key = buildSearchKey(texts, [fair.pinyin], [fair.initials]));
  }

  #filter(q: JobFairQuery, skip?: keyof JobFairFacets, rows: readonly Row[] = this.#rows): Row[] {
    const inDivision = skip === 'city' ? undefined : divisionMatcher(q.division);
    const from = parseDateBound(q.from);
    const to = parseDateBound(q.to, true);
    const modes = skip === 'mode' ? undefined : toSet(q.mode);
    const campaigns = skip === 'campaign' ? undefined : toSet(q.campaign);
    const types = skip === 'fairType' ? undefined : toSet(q.fairType);
    const groups = toSet(q.targetGroup);
    const statuses = toSet(q.status);
    const kw = parseKeyword(q.keyword);
    const online = skip === 'mode' ? undefined : q.online;
    const out: Row[] = [];
    for (const r of rows) {
      const f = r.fair;
      if (from !== undefined && !(r.end >= from)) continue;
      if (to !== undefined && !(r.start <= to)) continue;
      if (inDivision && !inDivision(f.divisionCode)) continue;
      if (online === true && f.mode === 'offline') continue;
      if (online === false && f.mode === 'online') continue;
      if (modes && !modes.has(f.mode)) continue;
      if (campaigns && !campaigns.has(f.campaign?.code ?? 'none')) continue;
      if (types && !(f.fairType !== undefined && types.has(f.fairType))) continue;
      if (groups && !f.targetGroups.some((g) => groups.has(g))) continue;
      if (statuses && !statuses.has(f.status)) continue;
      if (kw.compact !== '' && !matchesKeyword(JobFairIndex.#keyOf(r), kw)) continue;
      out.push(r);
    }
    return out;
  }

  /** All fairs matching the filters, sorted (no paging). */
  filter(q: JobFairQuery = {}): JobFair[] {
    return this.#filter(q, undefined, this.#sortedRows(q.sort ?? 'startTime')).map((r) => r.fair);
  }

  /** All rows in the given order (sorted once per order). */
  #sortedRows(sort: JobFairSort): readonly Row[] {
    const desc = sort.startsWith('-');
    const field = desc ? sort.slice(1) : sort;
    const key = field === 'name' || field === 'positions' ? field : 'startTime';
    const cmp = COMPARE[key];
    return this.sortedOnce(desc ? `-${key}` : key, this.#rows, desc ? (a, b) => cmp(b, a) : cmp);
  }

  /** One page of fairs matching the query. */
  query(q: JobFairQuery = {}): Page<JobFair> {
    return paginate(this.filter(q), q);
  }

  /** Facet counts for the query: per 市州, campaign, mode and fair type (each facet ignores its own filter). */
  facets(q: JobFairQuery = {}): JobFairFacets {
    return {
      city: countBy(this.#filter(q, 'city'), (r) => cityOf(r.fair.divisionCode)),
      campaign: countBy(this.#filter(q, 'campaign'), (r) => r.fair.campaign?.code ?? 'none'),
      mode: countBy(this.#filter(q, 'mode'), (r) => r.fair.mode),
      fairType: countBy(this.#filter(q, 'fairType'), (r) => r.fair.fairType),
    };
  }
}
