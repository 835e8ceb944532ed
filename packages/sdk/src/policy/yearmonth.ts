/**
 * Year-month helpers. The retirement rules work at month granularity: a birth month, a retirement month.
 * @module
 */
import { PolicyError, describeValue } from './errors.js';

/** A calendar month in `'YYYY-MM'` form, e.g. `'1970-05'`. */
export type YearMonth = `${number}-${number}`;

/** A parsed year-month. */
export interface YearMonthParts {
  /** Four-digit year. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
}

/** An age or duration in whole years plus remaining months (0–11). */
export interface YearsMonths {
  /** Whole years. */
  readonly years: number;
  /** Remaining months, 0–11. */
  readonly months: number;
}

/** Lowest year accepted by the year-month parser. */
export const MIN_YEAR = 1900;
/** Highest year accepted by the year-month parser. */
export const MAX_YEAR = 2100;

/**
 * Parses a strict `'YYYY-MM'` string (years 1900–2100, months 01–12).
 * @throws {@link PolicyError} `INVALID_YEAR_MONTH`
 */
export function parseYearMonth(value: unknown, field = 'birth'): YearMonthParts {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!m) {
    throw new PolicyError(
      'INVALID_YEAR_MONTH',
      `${field} must be a year-month string 'YYYY-MM' (e.g. '1970-05'), got ${describeValue(value)}`,
      `${field} 必须是“YYYY-MM”格式的年月（如 '1970-05'），实际为 ${describeValue(value)}`,
      { field, value },
    );
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    throw new PolicyError(
      'INVALID_YEAR_MONTH',
      `${field}: month must be 01–12, got ${m[2]} in ${describeValue(value)}`,
      `${field}：月份必须在 01–12 之间，${describeValue(value)} 中为 ${m[2]}`,
      { field, value },
    );
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new PolicyError(
      'OUT_OF_RANGE',
      `${field}: year must be between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}`,
      `${field}：年份必须在 ${MIN_YEAR}–${MAX_YEAR} 之间，实际为 ${year}`,
      { field, value },
    );
  }
  return { year, month };
}

/**
 * Parses a strict `'YYYY-MM-DD'` calendar date (validates the day against the month, leap years included).
 * @throws {@link PolicyError} `INVALID_DATE`
 */
export function parseDate(value: unknown, field = 'date'): { year: number; month: number; day: number } {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const bad = () =>
    new PolicyError(
      'INVALID_DATE',
      `${field} must be a calendar date 'YYYY-MM-DD', got ${describeValue(value)}`,
      `${field} 必须是“YYYY-MM-DD”格式的有效日期，实际为 ${describeValue(value)}`,
      { field, value },
    );
  if (!m) throw bad();
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw bad();
  return { year, month, day };
}

/** Number of days in a month (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `year*12 + (month-1)`: a month counter that makes month arithmetic plain integer arithmetic. */
export function monthIndex(ym: YearMonthParts): number {
  return ym.year * 12 + (ym.month - 1);
}

/** Inverse of {@link monthIndex}. */
export function fromMonthIndex(index: number): YearMonthParts {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Formats a year-month as `'YYYY-MM'`. */
export function formatYearMonth(ym: YearMonthParts): YearMonth {
  return `${String(ym.year).padStart(4, '0')}-${String(ym.month).padStart(2, '0')}` as YearMonth;
}

/** Adds `months` (may be negative) to a `'YYYY-MM'` and returns the new `'YYYY-MM'`. */
export function addMonths(ym: YearMonth | YearMonthParts, months: number): YearMonth {
  const parts = typeof ym === 'string' ? parseYearMonth(ym, 'yearMonth') : ym;
  return formatYearMonth(fromMonthIndex(monthIndex(parts) + months));
}

/** Splits a month count into `{ years, months }` (e.g. 735 → 61 years 3 months). */
export function toYearsMonths(totalMonths: number): YearsMonths {
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

/**
 * Validates an age / duration object `{ years, months }` and returns its total months.
 * @throws {@link PolicyError} `INVALID_AGE`
 */
export function yearsMonthsToMonths(value: unknown, field = 'age'): number {
  const v = value as { years?: unknown; months?: unknown } | null;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    typeof v.years === 'number' &&
    Number.isInteger(v.years) &&
    v.years >= 0 &&
    (v.months === undefined ||
      (typeof v.months === 'number' && Number.isInteger(v.months) && v.months >= 0 && v.months < 12));
  if (!ok) {
    throw new PolicyError(
      'INVALID_AGE',
      `${field} must be { years: integer ≥ 0, months: integer 0–11 }, got ${describeValue(value)}`,
      `${field} 必须是 { years: 非负整数, months: 0–11 的整数 }，实际为 ${describeValue(value)}`,
      { field, value },
    );
  }
  return (v.years as number) * 12 + ((v.months as number | undefined) ?? 0);
}

/** Formats `{ years, months }` in Chinese, e.g. `60岁1个月` (or `60岁` when months is 0). */
export function formatAgeZh(age: YearsMonths): string {
  return age.months === 0 ? `${age.years}岁` : `${age.years}岁${age.months}个月`;
}

/** Formats a duration `{ years, months }` in Chinese, e.g. `15年6个月` (or `20年`). */
export function formatDurationZh(d: YearsMonths): string {
  return d.months === 0 ? `${d.years}年` : `${d.years}年${d.months}个月`;
}
