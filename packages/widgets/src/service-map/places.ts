import type { Locale } from '@hbrs/core';
import { toWgs84, type DivisionIndex, type LngLat } from '@hbrs/sdk';
import { names } from '../internal/names.js';
import { CITY_SEATS } from './cities.js';
import type { DivisionOption } from './views.js';

/** The reference point for distances, with the place's name and division code (both empty for the device). */
export interface Origin {
  point: LngLat;
  name: string;
  code: string;
}

/**
 * The reference point: the device location, else the seat of the chosen 区县 or 市州 (from the SDK's
 * divisions, in WGS84; the built-in 市州 seats when the divisions did not load).
 */
export function originOf(
  divisions: DivisionIndex | undefined,
  where: { device?: LngLat | undefined; city: string; county: string },
  locale: Locale,
): Origin | undefined {
  if (where.device) return { point: where.device, name: '', code: '' };
  const code = where.county || where.city;
  if (!code) return undefined;
  const d = divisions?.get(code);
  if (d?.seat) return { point: toWgs84(d.seat), name: names.division(code, d.name, locale), code };
  const c = CITY_SEATS.find((s) => s.code === code);
  if (c) return { point: { lng: c.lng, lat: c.lat }, name: locale === 'en' ? c.en : c.zh, code };
  return undefined;
}

/** The 市州 of the picker (the SDK's order, else the built-in seats) and the 区县 of the chosen one. */
export function divisionOptions(
  divisions: DivisionIndex | undefined,
  city: string,
  locale: Locale,
): { cities: DivisionOption[]; counties: DivisionOption[] } {
  const option = (code: string, zh: string): DivisionOption => ({
    code,
    name: names.division(code, zh, locale),
  });
  const ordered = divisions?.ordered().filter((o) => o.role === 'city') ?? [];
  const cities = ordered.length
    ? ordered.map(({ division: d }) => option(d.code, d.name))
    : CITY_SEATS.map((c) => option(c.code, c.zh));
  const counties =
    city && divisions ? divisions.countiesOf(city).map(({ division: d }) => option(d.code, d.name)) : [];
  return { cities, counties };
}
