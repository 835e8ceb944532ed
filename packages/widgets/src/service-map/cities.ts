/**
 * The 17 市州 of Hubei (12 prefecture-level cities, 1 autonomous prefecture, 3 province-administered
 * cities and 1 forestry district) with their approximate seat in WGS84: labels on the offline base
 * map, and the division picker's fallback when the divisions feed cannot be loaded. Seat-level
 * accuracy only (derived from Vonng/adcode, CC BY 4.0, converted from GCJ-02); not for legal use.
 */
import { names } from '../internal/names.js';

export interface CitySeat {
  /** GB/T 2260 code. */
  readonly code: string;
  /** Chinese name. */
  readonly zh: string;
  /** English name (the Chinese one until the English names are there). */
  readonly en: string;
  /** Seat latitude (WGS84). */
  readonly lat: number;
  /** Seat longitude (WGS84). */
  readonly lng: number;
}

// English names come from the SDK's one table of division names, loaded with the English texts.
const seat = (code: string, zh: string, lat: number, lng: number): CitySeat => ({
  code,
  zh,
  get en() {
    return names.division(code, zh, 'en');
  },
  lat,
  lng,
});

export const CITY_SEATS: readonly CitySeat[] = [
  seat('420100', '武汉市', 30.5956, 114.3),
  seat('420200', '黄石市', 30.2035, 115.0336),
  seat('420300', '十堰市', 32.6316, 110.794),
  seat('420500', '宜昌市', 30.6943, 111.2808),
  seat('420600', '襄阳市', 32.011, 112.1163),
  seat('420700', '鄂州市', 30.3938, 114.8899),
  seat('420800', '荆门市', 31.0376, 112.1936),
  seat('420900', '孝感市', 30.9202, 113.9515),
  seat('421000', '荆州市', 30.3377, 112.234),
  seat('421100', '黄冈市', 30.4563, 114.8671),
  seat('421200', '咸宁市', 29.8438, 114.3172),
  seat('421300', '随州市', 31.6921, 113.3763),
  seat('422800', '恩施州', 30.2747, 109.4833),
  seat('429004', '仙桃市', 30.3638, 113.4175),
  seat('429005', '潜江市', 30.4049, 112.8942),
  seat('429006', '天门市', 30.6657, 113.16),
  seat('429021', '神农架林区', 31.7471, 110.6707),
];

/** Hubei's extent `[[south, west], [north, east]]` (≈ 108°21′–116°07′E, 29°01′–33°16′N). */
export const HUBEI_BOUNDS: [[number, number], [number, number]] = [
  [29.03, 108.36],
  [33.27, 116.13],
];
