/**
 * The 17 市州 of Hubei (12 prefecture-level cities, 1 autonomous prefecture, 3 province-administered
 * cities and 1 forestry district) with their approximate seat in WGS84: labels on the offline base
 * map, and the division picker's fallback when the divisions feed cannot be loaded. Seat-level
 * accuracy only (derived from Vonng/adcode, CC BY 4.0, converted from GCJ-02); not for legal use.
 */
export interface CitySeat {
  /** GB/T 2260 code. */
  readonly code: string;
  /** Chinese name. */
  readonly zh: string;
  /** English name. */
  readonly en: string;
  /** Seat latitude (WGS84). */
  readonly lat: number;
  /** Seat longitude (WGS84). */
  readonly lng: number;
}

export const CITY_SEATS: readonly CitySeat[] = [
  { code: '420100', zh: '武汉市', en: 'Wuhan', lat: 30.5956, lng: 114.3 },
  { code: '420200', zh: '黄石市', en: 'Huangshi', lat: 30.2035, lng: 115.0336 },
  { code: '420300', zh: '十堰市', en: 'Shiyan', lat: 32.6316, lng: 110.794 },
  { code: '420500', zh: '宜昌市', en: 'Yichang', lat: 30.6943, lng: 111.2808 },
  { code: '420600', zh: '襄阳市', en: 'Xiangyang', lat: 32.011, lng: 112.1163 },
  { code: '420700', zh: '鄂州市', en: 'Ezhou', lat: 30.3938, lng: 114.8899 },
  { code: '420800', zh: '荆门市', en: 'Jingmen', lat: 31.0376, lng: 112.1936 },
  { code: '420900', zh: '孝感市', en: 'Xiaogan', lat: 30.9202, lng: 113.9515 },
  { code: '421000', zh: '荆州市', en: 'Jingzhou', lat: 30.3377, lng: 112.234 },
  { code: '421100', zh: '黄冈市', en: 'Huanggang', lat: 30.4563, lng: 114.8671 },
  { code: '421200', zh: '咸宁市', en: 'Xianning', lat: 29.8438, lng: 114.3172 },
  { code: '421300', zh: '随州市', en: 'Suizhou', lat: 31.6921, lng: 113.3763 },
  { code: '422800', zh: '恩施州', en: 'Enshi', lat: 30.2747, lng: 109.4833 },
  { code: '429004', zh: '仙桃市', en: 'Xiantao', lat: 30.3638, lng: 113.4175 },
  { code: '429005', zh: '潜江市', en: 'Qianjiang', lat: 30.4049, lng: 112.8942 },
  { code: '429006', zh: '天门市', en: 'Tianmen', lat: 30.6657, lng: 113.16 },
  { code: '429021', zh: '神农架林区', en: 'Shennongjia', lat: 31.7471, lng: 110.6707 },
];

/** Hubei's extent `[[south, west], [north, east]]` (≈ 108°21′–116°07′E, 29°01′–33°16′N). */
export const HUBEI_BOUNDS: [[number, number], [number, number]] = [
  [29.03, 108.36],
  [33.27, 116.13],
];
