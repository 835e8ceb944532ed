import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm, type LngLat } from './haversine.js';

/** A bounding box in WGS84 degrees: `[west, south, east, north]` (GeoJSON order) or named edges. */
export type BBox =
  readonly [number, number, number, number] | { west: number; south: number; east: number; north: number };

/** A result of a nearest-neighbour query: the item and its great-circle distance from the query point. */
export interface Nearby<T> {
  /** The item. */
  item: T;
  /** Great-circle (haversine) distance from the query point, in kilometres. */
  distanceKm: number;
}

/** Options of {@link SpatialIndex.nearest}. */
export interface NearestOptions {
  /** Maximum number of results. Default 10. */
  limit?: number;
  /** Only items within this many kilometres. Default: no limit. */
  maxKm?: number;
}

/** Normalises a {@link BBox} to `[west, south, east, north]`. */
export function bboxEdges(b: BBox): [number, number, number, number] {
  if (Array.isArray(b)) return [b[0], b[1], b[2], b[3]];
  const o = b as { west: number; south: number; east: number; north: number };
  return [o.west, o.south, o.east, o.north];
}

/**
 * A static spatial index (kdbush + geokdbush) over items with WGS84 points, built once per data load.
 * `nearest` is a k-nearest-neighbour search on the sphere; `within` is a bounding-box query.
 */
export class SpatialIndex<T> {
  /** Number of indexed items. */
  readonly size: number;
  readonly #items: readonly T[];
  readonly #points: readonly LngLat[];
  readonly #kd: KDBush;

  /**
   * @param items - the items to index (order is kept for ties)
   * @param pointOf - the item's WGS84 point; items for which it returns `undefined` are left out of the index
   */
  constructor(items: readonly T[], pointOf: (item: T) => LngLat | undefined) {
    const kept: T[] = [];
    const points: LngLat[] = [];
    for (const item of items) {
      const p = pointOf(item);
      if (p && Number.isFinite(p.lng) && Number.isFinite(p.lat)) {
        kept.push(item);
        points.push(p);
      }
    }
    this.#items = kept;
    this.#points = points;
    this.size = kept.length;
    this.#kd = new KDBush(Math.max(1, kept.length), 64, Float64Array);
    for (const p of points) this.#kd.add(p.lng, p.lat);
    if (kept.length === 0) this.#kd.add(0, 0);
    this.#kd.finish();
  }

  /**
   * Items nearest to `point`, sorted by increasing great-circle distance, each with its `distanceKm`.
   * @param filter - optional predicate; the search continues until `limit` matching items are found
   */
  nearest(point: LngLat, options: NearestOptions = {}, filter?: (item: T) => boolean): Nearby<T>[] {
    if (this.size === 0) return [];
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    if (limit === 0) return [];
    const ids = around(
      this.#kd,
      point.lng,
      point.lat,
      limit,
      options.maxKm ?? Infinity,
      filter ? (i: number) => filter(this.#items[i] as T) : undefined,
    );
    return ids.map((i) => ({
      item: this.#items[i] as T,
      distanceKm: haversineKm(point, this.#points[i] as LngLat),
    }));
  }

  /** Items inside the bounding box (edges inclusive), in index order. A box with west > east crosses the antimeridian. */
  within(bbox: BBox): T[] {
    if (this.size === 0) return [];
    const [w, s, e, n] = bboxEdges(bbox);
    const ids =
      w <= e
        ? this.#kd.range(w, s, e, n)
        : [...this.#kd.range(w, s, 180, n), ...this.#kd.range(-180, s, e, n)];
    ids.sort((a, b) => a - b);
    return ids.map((i) => this.#items[i] as T);
  }
}
