import type { Locale } from '@hbrs/core';

const TZ = 'Asia/Shanghai';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function dtf(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${locale}|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TZ, ...options });
    cache.set(k, f);
  }
  return f;
}

export function nf(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}|n|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(k, f);
  }
  return f;
}

/** A fair's dates and times in Asia/Shanghai, e.g. `2026年2月12日周四 09:00–15:00`. */
export function formatFairRange(locale: Locale, start: string, end: string): string {
  const a = Date.parse(start);
  const b = Date.parse(end);
  if (!Number.isFinite(a)) return '';
  const f = dtf(locale, 'range', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' });
  return Number.isFinite(b) && b > a ? f.formatRange(a, b) : f.format(a);
}

/** An integer with grouping. */
export function formatCount(locale: Locale, n: number): string {
  return nf(locale, 'int', { maximumFractionDigits: 0 }).format(n);
}
