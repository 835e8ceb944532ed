import type { Locale } from './locale.js';

/** The time zone of every date a widget shows: Hubei's, whatever the device's. */
export const TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A key for `options` that does not depend on the order their keys were written in. */
const keyOf = (kind: string, locale: string, options: object): string =>
  kind + locale + JSON.stringify(Object.entries(options).sort());

/**
 * The `Intl.NumberFormat` for `locale` and `options`, made once per page and kept (building one is
 * far slower than formatting with it; lists format thousands of numbers).
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = keyOf('n', locale, options);
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/**
 * The `Intl.DateTimeFormat` for `locale` and `options`, in Asia/Shanghai unless `options.timeZone`
 * says otherwise; made once per page and kept.
 */
export function dateTimeFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const full = { timeZone: TIME_ZONE, ...options };
  const key = keyOf('d', locale, full);
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, full)));
  return f;
}
