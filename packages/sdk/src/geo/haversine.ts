/** A point in WGS84 degrees. */
export interface LngLat {
  /** Longitude, degrees east. */
  lng: number;
  /** Latitude, degrees north. */
  lat: number;
}

/** Mean Earth radius used for great-circle distances, in km (IUGG mean radius, the value geokdbush uses too). */
export const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

/** Great-circle distance between two WGS84 points, in kilometres (haversine formula). */
export function haversineKm(a: LngLat, b: LngLat): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLng / 2);
  const h = s1 * s1 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
