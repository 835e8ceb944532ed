/**
 * Formatting used only by the detail and the month view (part of the lazily loaded views chunk).
 * @module
 */
import type { Locale } from '@hbrs/core';
import type { Salary } from '@hbrs/sdk';
import { startOfDay, type Ymd } from './dates.js';
import { dtf, nf } from './format.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM`. */
export function ymString(v: { y: number; m: number }): string {
  return `${String(v.y).padStart(4, '0')}-${pad(v.m)}`;
}

/** The month `n` months after `v`. */
export function addMonths(v: { y: number; m: number }, n: number): { y: number; m: number } {
  const i = v.y * 12 + (v.m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** A noon instant of an Asia/Shanghai day (for formatting the day with `Intl`). */
export function noonOf(v: Ymd): number {
  return startOfDay(v) + 12 * 3600_000;
}

/** An instant as a date and time in Asia/Shanghai. */
export function formatInstant(locale: Locale, t: string): string {
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return '';
  return dtf(locale, 'instant', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(ms);
}

/** A calendar day in full, e.g. `2026年2月12日星期四`. */
export function formatDay(locale: Locale, v: Ymd): string {
  return dtf(locale, 'day', { dateStyle: 'full' }).format(noonOf(v));
}

/** A short calendar day, e.g. `2月12日`. */
export function formatShortDay(locale: Locale, v: Ymd): string {
  return dtf(locale, 'short-day', { month: 'long', day: 'numeric' }).format(noonOf(v));
}

/** A month title, e.g. `2026年2月`. */
export function formatMonth(locale: Locale, y: number, m: number): string {
  return dtf(locale, 'month', { year: 'numeric', month: 'long' }).format(noonOf({ y, m, d: 15 }));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: Locale): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => ({
    short: dtf(locale, 'wd-short', { weekday: 'short' }).format(noonOf({ y: 2024, m: 1, d: 1 + i })),
    long: dtf(locale, 'wd-long', { weekday: 'long' }).format(noonOf({ y: 2024, m: 1, d: 1 + i })),
  }));
}

/** Yuan without decimals, e.g. `¥6,000`. */
export function formatYuan(locale: Locale, n: number): string {
  return nf(locale, 'cny', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(n);
}

/** Pay as a range in yuan per unit, or 面议 / the published text. */
export function formatSalary(
  locale: Locale,
  s: Salary,
  t: { negotiable: string; perMonth: string; perYear: string; perDay: string; perHour: string },
): string {
  if (s.negotiable || (s.min === undefined && s.max === undefined)) {
    return s.negotiable || !s.text ? t.negotiable : s.text;
  }
  const unit =
    s.unit === 'CNY/year'
      ? t.perYear
      : s.unit === 'CNY/day'
        ? t.perDay
        : s.unit === 'CNY/hour'
          ? t.perHour
          : t.perMonth;
  const range =
    s.min !== undefined && s.max !== undefined
      ? s.min === s.max
        ? formatYuan(locale, s.min)
        : `${formatYuan(locale, s.min)}–${formatYuan(locale, s.max)}`
      : s.min !== undefined
        ? `≥ ${formatYuan(locale, s.min)}`
        : `≤ ${formatYuan(locale, s.max!)}`;
  return `${range}${unit}`;
}
