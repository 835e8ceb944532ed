import gcoord from 'gcoord';
import type { LngLat } from './haversine.js';

/** Coordinate reference systems met in Chinese map data: WGS84 (GPS, Tianditu ≈ CGCS2000), GCJ-02 (AMap, Tencent), BD-09 (Baidu). */
export type Crs = 'WGS84' | 'GCJ02' | 'BD09';

const GCOORD_CRS = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** Converts a point between {@link Crs}s with gcoord. Returns a new point; the same point when `from === to`. */
export function convertPoint(point: LngLat, from: Crs, to: Crs): LngLat {
  if (from === to) return { lng: point.lng, lat: point.lat };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], GCOORD_CRS[from], GCOORD_CRS[to]) as [
    number,
    number,
  ];
  return { lng, lat };
}

/** Converts a point carrying its CRS (as stored in the data, `crs` defaulting to WGS84) to WGS84. */
export function toWgs84(point: LngLat & { crs?: Crs | undefined }): LngLat {
  return convertPoint(point, point.crs ?? 'WGS84', 'WGS84');
}
