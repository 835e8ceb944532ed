export {
  HbrsServiceMap,
  type ServiceMapMessages,
  type ServiceMapData,
  type ServiceMapTiles,
  type ServiceMapFilter,
  type LocateMethod,
} from './service-map.js';
export { CITY_SEATS, HUBEI_BOUNDS, type CitySeat } from './cities.js';
