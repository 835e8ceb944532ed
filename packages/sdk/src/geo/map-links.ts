import { convertPoint } from './crs.js';
import type { LngLat } from './haversine.js';

/** What to show on the map app's marker. */
export interface MapLinkLabel {
  /** Marker title, e.g. the outlet's name. */
  name?: string;
  /** Address or description shown under the title. */
  address?: string;
}

const round6 = (n: number): string => n.toFixed(6);

/**
 * AMap (高德) marker link for a WGS84 point, converted to GCJ-02. Uses the public URI API
 * (`https://uri.amap.com/marker`), which opens the app on mobile and the web map elsewhere.
 */
export function amapMarkerUrl(point: LngLat, label: MapLinkLabel = {}): string {
  const p = convertPoint(point, 'WGS84', 'GCJ02');
  const q = new URLSearchParams({ position: `${round6(p.lng)},${round6(p.lat)}` });
  if (label.name) q.set('name', label.name);
  q.set('coordinate', 'gaode');
  q.set('callnative', '1');
  return `https://uri.amap.com/marker?${q.toString()}`;
}

/**
 * Baidu Maps (百度地图) marker link for a WGS84 point, converted to BD-09. Uses the web URI API
 * (`https://api.map.baidu.com/marker`); `src` identifies the calling site as Baidu's URI API asks.
 */
export function baiduMarkerUrl(point: LngLat, label: MapLinkLabel = {}, src = 'hbrs.widgets'): string {
  const p = convertPoint(point, 'WGS84', 'BD09');
  const q = new URLSearchParams({
    location: `${round6(p.lat)},${round6(p.lng)}`,
    title: label.name ?? '',
    content: label.address ?? '',
    output: 'html',
    coord_type: 'bd09ll',
    src,
  });
  return `https://api.map.baidu.com/marker?${q.toString()}`;
}

/**
 * Tencent Maps (腾讯地图) marker link for a WGS84 point, converted to GCJ-02. Uses the URI API
 * (`https://apis.map.qq.com/uri/v1/marker`); `referer` is the caller's app name / key as Tencent asks.
 */
export function tencentMarkerUrl(point: LngLat, label: MapLinkLabel = {}, referer = 'hbrs'): string {
  const p = convertPoint(point, 'WGS84', 'GCJ02');
  const parts = [`coord:${round6(p.lat)},${round6(p.lng)}`];
  if (label.name) parts.push(`title:${label.name.replace(/[;:]/g, ' ')}`);
  if (label.address) parts.push(`addr:${label.address.replace(/[;:]/g, ' ')}`);
  const q = new URLSearchParams({ marker: parts.join(';'), referer });
  return `https://apis.map.qq.com/uri/v1/marker?${q.toString()}`;
}

/** All three "open in map app" links for a WGS84 point. */
export function mapAppLinks(
  point: LngLat,
  label: MapLinkLabel = {},
): { amap: string; baidu: string; tencent: string } {
  return {
    amap: amapMarkerUrl(point, label),
    baidu: baiduMarkerUrl(point, label),
    tencent: tencentMarkerUrl(point, label),
  };
}
