export { haversineKm, EARTH_RADIUS_KM, type LngLat } from './haversine.js';
export { convertPoint, toWgs84, type Crs } from './crs.js';
export { SpatialIndex, bboxEdges, type BBox, type Nearby, type NearestOptions } from './spatial-index.js';
export {
  amapMarkerUrl,
  baiduMarkerUrl,
  tencentMarkerUrl,
  mapAppLinks,
  type MapLinkLabel,
} from './map-links.js';
