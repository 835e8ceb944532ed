/**
 * Minimum contribution years (最低缴费年限), 办法 第二条 and 附件4.
 * @module
 */
import { assertNumber } from './errors.js';
import type { YearsMonths } from './yearmonth.js';
import { formatDurationZh, toYearsMonths } from './yearmonth.js';

/** The minimum contribution required to draw a monthly pension, for one retirement year. */
export interface MinimumContribution extends YearsMonths {
  /** The year the statutory retirement age is reached (or the chosen year, for flexible early retirement). */
  readonly year: number;
  /** The minimum in months (180–240). */
  readonly totalMonths: number;
  /** Chinese label, e.g. `15年6个月`. */
  readonly labelZh: string;
}

/** First year with a raised minimum (2030). */
export const MIN_CONTRIBUTION_RAISE_FROM = 2030;
/** Minimum before 2030: 15 years = 180 months. */
export const MIN_CONTRIBUTION_BASE_MONTHS = 180;
/** Final minimum from 2039: 20 years = 240 months. */
export const MIN_CONTRIBUTION_FINAL_MONTHS = 240;

/**
 * 最低缴费年限 for someone reaching the statutory retirement age in `year`:
 * 15 years up to 2029, +6 months a year from 2030, 20 years from 2039 (办法 第二条, HIGH).
 *
 * `minMonths(Y) = 180 if Y ≤ 2029; 240 if Y ≥ 2039; else 180 + 6 × (Y − 2029)`.
 *
 * @param year - calendar year (integer)
 * @returns `{ years, months, totalMonths, year, labelZh }`, e.g. 2030 → 15 years 6 months
 * @throws {@link PolicyError} `INVALID_NUMBER` if `year` is not an integer
 *
 * @example
 * ```ts
 * minimumContribution(2034); // { years: 17, months: 6, totalMonths: 210, ... }
 * ```
 */
export function minimumContribution(year: number): MinimumContribution {
  assertNumber(year, 'year', { integer: true, min: 1900, max: 2200 });
  const totalMonths =
    year < MIN_CONTRIBUTION_RAISE_FROM
      ? MIN_CONTRIBUTION_BASE_MONTHS
      : Math.min(
          MIN_CONTRIBUTION_FINAL_MONTHS,
          MIN_CONTRIBUTION_BASE_MONTHS + 6 * (year - (MIN_CONTRIBUTION_RAISE_FROM - 1)),
        );
  const ym = toYearsMonths(totalMonths);
  return { year, years: ym.years, months: ym.months, totalMonths, labelZh: formatDurationZh(ym) };
}
