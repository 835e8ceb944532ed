/**
 * Numbers of years (contribution years, deemed years) as exact ratios. On its own so that the adjustment engine does
 * not pull in the pension formulas and city tables.
 * @module
 */
import { assertNumber } from './errors.js';
import type { Ratio } from './money.js';
import { fromNumber, ratio } from './money.js';
import type { YearsMonths } from './yearmonth.js';
import { yearsMonthsToMonths } from './yearmonth.js';

/**
 * A number of years: either a decimal number as printed on notices (e.g. `35.67`) or exact `{ years, months }`
 * (counted as months / 12).
 */
export type YearsInput = number | YearsMonths;

/** Converts a {@link YearsInput} to an exact ratio of years. */
export function yearsToRatio(value: YearsInput, field: string): Ratio {
  if (typeof value === 'number') {
    assertNumber(value, field, { min: 0, max: 100 });
    return fromNumber(value, field);
  }
  return ratio(BigInt(yearsMonthsToMonths(value, field)), 12n);
}
