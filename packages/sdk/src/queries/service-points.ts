import type { ServicePoint } from '../model/index.js';
import { isOpenAt } from '../model/index.js';
import { SpatialIndex, haversineKm, toWgs84, type BBox, type LngLat } from '../geo/index.js';
import {
  cityOf,
  countBy,
  divisionMatcher,
  paginate,
  toSet,
  zhCompare,
  type FacetCount,
  type Page,
  type PageOptions,
  RecordIndex,
} from './common.js';
import { buildSearchKey, matchesKeyword, parseKeyword, type SearchKey } from './keyword.js';

/** Filters shared by `query`, `nearest` and `within` of service points. All optional; they combine with AND. */
export interface ServicePointFilter {
  /** GB/T 2260 code(s): a prefecture code matches the points of its counties. */
  division?: string | readonly string[];
  /** Bank code(s), e.g. `ICBC`, `HUBEI_RCC`: points of any of them. */
  bank?: ServicePoint['bank']['code'] | readonly ServicePoint['bank']['code'][];
  /** Service code(s) the point must ALL offer, e.g. `card_instant_issue`. */
  service?: ServicePoint['services'][number] | readonly ServicePoint['services'][number][];
  /** Category / categories, e.g. `社银一体化网点`. */
  category?: ServicePoint['category'] | readonly ServicePoint['category'][];
  /** Status(es). Default: every status. Use `'active'` for a locator. */
  status?: ServicePoint['status'] | readonly ServicePoint['status'][];
  /** `true` = open right now (Asia/Shanghai), or a `Date` = open at that instant. */
  openNow?: boolean | Date;
  /** Keyword: Chinese text, full pinyin or initials of the name; also searches address and bank name. */
  keyword?: string;
}

/** How `query` orders service points. */
export type ServicePointSort = 'name' | 'division' | 'bank';

/** Options of `client.servicePoints.query()`. */
export interface ServicePointQuery extends ServicePointFilter, PageOptions {
  /** Order. Default `division` (by division code, then name). */
  sort?: ServicePointSort;
}

/** Options of `client.servicePoints.nearest()`. */
export interface ServicePointNearestOptions extends ServicePointFilter {
  /** Maximum number of results. Default 10. */
  limit?: number;
  /** Only points within this great-circle distance, in km. */
  maxKm?: number;
}

/** A service point with its great-circle distance from the query point. */
export type NearbyServicePoint = ServicePoint & {
  /** Great-circle (haversine) distance from the query point, in km. */
  distanceKm: number;
};

/** Facet counts of service points matching a filter (each facet ignores its own filter). */
export interface ServicePointFacets {
  /** Counts per prefecture-level (市州) code. */
  city: FacetCount[];
  /** Counts per bank code. */
  bank: FacetCount[];
  /** Counts per service code. */
  service: FacetCount[];
  /** Counts per category. */
  category: FacetCount[];
}

/** Options of `locate()`: the locator's filters, an optional reference point and the clock for "open now". */
export interface ServicePointLocateOptions extends Omit<ServicePointFilter, 'openNow'> {
  /** Reference point (WGS84): results come nearest first, each with `distanceKm`. */
  origin?: LngLat | undefined;
  /** Only points open at this instant (Asia/Shanghai hours). The clock is the caller's. */
  openAt?: Date | undefined;
  /** Status(es). Default `'active'` (a locator shows open-for-business points). */
  status?: ServicePointFilter['status'];
  /** Maximum number of `items`; `total` still counts all matches. Default: all. */
  limit?: number;
}

/** A located service point: the record, its WGS84 position and, with an origin, its distance. */
export interface LocatedServicePoint {
  /** The validated record (same object as `get(id)`). */
  point: ServicePoint;
  /** Position in WGS84, converted once per load. */
  lng: number;
  /** Position in WGS84, converted once per load. */
  lat: number;
  /** Great-circle distance from the origin, in km; `undefined` without an origin. */
  distanceKm: number | undefined;
}

/** Result of `locate()`. */
export interface ServicePointLocation {
  /** Matching points: nearest first with an origin, else by division code then name. */
  items: LocatedServicePoint[];
  /** Number of matching points (before `limit`). */
  total: number;
}

interface Row {
  point: ServicePoint;
  /** Located form without distance, built once per load. */
  located: LocatedServicePoint;
  /** Built on the first keyword query (keeps the cold start short). */
  key: SearchKey | undefined;
}

function keyOf(r: Row): SearchKey {
  const p = r.point;
  return (r.key ??= buildSearchKey([p.name, p.address, p.bank.name], [p.pinyin], [p.initials]));
}

/** In-memory indexes over service points (attributes, keyword keys and a kdbush spatial index), built once per load. */
export class ServicePointIndex extends RecordIndex<ServicePoint> {
  readonly #rows: Row[];
  readonly #rowOf = new Map<ServicePoint, Row>();
  readonly #spatial: SpatialIndex<ServicePoint>;

  /** @param points - validated service points */
  constructor(points: readonly ServicePoint[]) {
    super(points);
    this.#rows = points.map((point) => {
      const { lng, lat } = wgs84Of(point);
      const row: Row = { point, located: { point, lng, lat, distanceKm: undefined }, key: undefined };
      this.#rowOf.set(point, row);
      return row;
    });
    this.#spatial = new SpatialIndex(points, (p) => this.#rowOf.get(p)!.located);
  }

  /** Builds the predicate of a filter; `undefined` when the filter is empty. */
  #predicate(
    f: ServicePointFilter,
    skip?: keyof ServicePointFacets,
  ): ((p: ServicePoint) => boolean) | undefined {
    const inDivision = skip === 'city' ? undefined : divisionMatcher(f.division);
    const banks = skip === 'bank' ? undefined : toSet(f.bank);
    const services = skip === 'service' ? undefined : toSet(f.service);
    const categories = skip === 'category' ? undefined : toSet(f.category);
    const statuses = toSet(f.status);
    const at = f.openNow === true ? new Date() : f.openNow instanceof Date ? f.openNow : undefined;
    const kw = parseKeyword(f.keyword);
    if (!inDivision && !banks && !services && !categories && !statuses && !at && kw.compact === '')
      return undefined;
    return (p) => {
      if (inDivision && !inDivision(p.divisionCode)) return false;
      if (banks && !banks.has(p.bank.code)) return false;
      if (categories && !categories.has(p.category)) return false;
      if (statuses && !statuses.has(p.status)) return false;
      if (services) for (const s of services) if (!p.services.includes(s)) return false;
      if (kw.compact !== '' && !matchesKeyword(keyOf(this.#rowOf.get(p)!), kw)) return false;
      if (at && !isOpenAt(p, at)) return false;
      return true;
    };
  }

  /** All points matching the filter, sorted (no paging). */
  filter(q: ServicePointQuery = {}): ServicePoint[] {
    const pred = this.#predicate(q);
    const out = pred ? this.#rows.filter((r) => pred(r.point)).map((r) => r.point) : this.all();
    const sort = q.sort ?? 'division';
    if (sort === 'name') out.sort((a, b) => zhCompare(a.name, b.name));
    else if (sort === 'bank')
      out.sort((a, b) => a.bank.code.localeCompare(b.bank.code) || zhCompare(a.name, b.name));
    else out.sort(byDivision);
    return out;
  }

  /** One page of points matching the query. */
  query(q: ServicePointQuery = {}): Page<ServicePoint> {
    return paginate(this.filter(q), q);
  }

  /** The points nearest to `point` (WGS84), sorted by great-circle distance, each with `distanceKm`. */
  nearest(point: LngLat, options: ServicePointNearestOptions = {}): NearbyServicePoint[] {
    const limit = options.limit ?? 10;
    const nearOpts = options.maxKm === undefined ? { limit } : { limit, maxKm: options.maxKm };
    return this.#spatial
      .nearest(point, nearOpts, this.#predicate(options))
      .map(({ item, distanceKm }) => ({ ...item, distanceKm }));
  }

  /**
   * The locator's one call: the points matching the filters (default status `active`), nearest first with km when
   * an origin is given (spatial index, no full sort), else by division code then name (sorted once per load),
   * each with its WGS84 position, and the total count. Pure: "open now" uses `openAt`, never the system clock.
   */
  locate(options: ServicePointLocateOptions = {}): ServicePointLocation {
    const { origin, openAt, limit, ...filter } = options;
    const pred = this.#predicate({
      ...filter,
      status: filter.status ?? 'active',
      ...(openAt ? { openNow: openAt } : {}),
    });
    const max = limit === undefined ? Infinity : Math.max(0, Math.floor(limit));
    if (origin && Number.isFinite(origin.lng) && Number.isFinite(origin.lat)) {
      const near = this.#spatial.nearest(origin, { limit: Infinity }, pred);
      const items = near.slice(0, max).map(({ item, distanceKm }) => ({
        ...this.#rowOf.get(item)!.located,
        distanceKm,
      }));
      return { items, total: near.length };
    }
    const ordered = this.sortedOnce('division', this.#rows, (a, b) => byDivision(a.point, b.point));
    const all: LocatedServicePoint[] = [];
    for (const r of ordered) if (!pred || pred(r.point)) all.push(r.located);
    return { items: max < all.length ? all.slice(0, max) : all, total: all.length };
  }

  /**
   * One point as `locate()` gives it, whatever the filters: its WGS84 position (converted once per load) and, with a
   * finite `origin`, its great-circle distance. For a point shown on its own (a detail view); `undefined` for an
   * unknown id.
   */
  located(id: string, origin?: LngLat): LocatedServicePoint | undefined {
    const point = this.get(id);
    const located = point && this.#rowOf.get(point)?.located;
    if (!located || !origin || !Number.isFinite(origin.lng) || !Number.isFinite(origin.lat)) return located;
    return { ...located, distanceKm: haversineKm(origin, located) };
  }

  /** The points inside a WGS84 bounding box, optionally filtered. */
  within(bbox: BBox, filter: ServicePointFilter = {}): ServicePoint[] {
    const pred = this.#predicate(filter);
    const inBox = this.#spatial.within(bbox);
    return pred ? inBox.filter(pred) : inBox;
  }

  /** Facet counts per 市州, bank, service and category for a filter (each facet ignores its own filter). */
  facets(f: ServicePointFilter = {}): ServicePointFacets {
    const rows = (skip: keyof ServicePointFacets) => {
      const pred = this.#predicate(f, skip);
      return pred ? this.#rows.filter((r) => pred(r.point)) : this.#rows;
    };
    return {
      city: countBy(rows('city'), (r) => cityOf(r.point.divisionCode)),
      bank: countBy(rows('bank'), (r) => r.point.bank.code),
      service: countBy(rows('service'), (r) => r.point.services),
      category: countBy(rows('category'), (r) => r.point.category),
    };
  }
}

function byDivision(a: ServicePoint, b: ServicePoint): number {
  return a.divisionCode.localeCompare(b.divisionCode) || zhCompare(a.name, b.name);
}

/** A service point's location in WGS84 (converted when the record stores GCJ-02 or BD-09). */
export function wgs84Of(p: ServicePoint): LngLat {
  return p.location.crs === 'WGS84' ? p.location : toWgs84(p.location);
}
