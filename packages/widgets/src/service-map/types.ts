import {
  BANK_CODES,
  SERVICE_CODES,
  type BankCode,
  type DivisionIndex,
  type ServiceCode,
  type ServicePointIndex,
} from '@hbrs/sdk';

/** What <hbrs-service-map> loads: the service-point index and, when available, the divisions. */
export interface ServiceMapData {
  points: ServicePointIndex;
  divisions?: DivisionIndex | undefined;
}

/** Base map of the widget: `none` (offline, the default), `tianditu` or `custom`. */
export type ServiceMapTiles = 'none' | 'tianditu' | 'custom';

/** How the reference point for distances was set. */
export type LocateMethod = 'device' | 'division';

/** Filters of the widget, as the `hbrs-service-map-filter` event reports them. */
export interface ServiceMapFilter {
  keyword: string;
  service: string;
  bank: string;
  openNow: boolean;
  /** 市州 or 区县 code used as the reference point, or empty. */
  division: string;
  /** Only the points of `division` are shown ("only this area"). */
  only: boolean;
}

declare module '@hbrs/core' {
  interface HbrsEventMap {
    /** A service point was opened (from the list, the map or the URL). */
    'hbrs-service-point-select': { id: string; name: string; source: 'list' | 'map' | 'url' };
    /** The filters changed; `count` is the number of matching points. */
    'hbrs-service-map-filter': ServiceMapFilter & { count: number };
    /**
     * The reference point for distances was set or failed. Never carries coordinates: the location
     * stays on the device.
     */
    'hbrs-service-map-locate': {
      method: LocateMethod;
      status: 'ok' | 'denied' | 'timeout' | 'unavailable' | 'cleared';
      division?: string;
    };
    /** The map drew for the first time (after the list). */
    'hbrs-service-map-ready': { points: number; objects: number };
  }
}

/** A known service code (the URL and the select may carry anything). */
export const isService = (s: string): s is ServiceCode => (SERVICE_CODES as readonly string[]).includes(s);
/** A known bank code. */
export const isBank = (s: string): s is BankCode => (BANK_CODES as readonly string[]).includes(s);
