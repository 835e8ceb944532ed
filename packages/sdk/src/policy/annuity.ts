/**
 * 计发月数 (annuity divisor) for the individual-account pension: the official whole-year table of 国发〔2005〕38号
 * and the month-level interpolation used by local offices after the 2025 reform.
 * @module
 */
import { PolicyError, assertNumber } from './errors.js';
import { ANNUITY_MAX_AGE, ANNUITY_MIN_AGE, ANNUITY_MONTHS_TABLE } from './data/annuity-table.js';
import type { PolicySourceId } from './sources.js';
import type { YearsMonths } from './yearmonth.js';
import { toYearsMonths, yearsMonthsToMonths } from './yearmonth.js';

/**
 * How ages with months are handled:
 * - `'interpolate'` (default): `round_half_up(T[y] − (T[y] − T[y+1]) × m/12, 1)` — local practice (济南 12345,
 *   四川 2025 notice), MED, labelled 地方经办口径;
 * - `'floor'`: the whole-year value `T[y]` (the official table only).
 */
export type AnnuityMonthlyMode = 'interpolate' | 'floor';

/** Options of {@link annuityMonths}. */
export interface AnnuityOptions {
  /** Month handling, default `'interpolate'`. */
  readonly monthly?: AnnuityMonthlyMode;
  /** Value used for age 47 (disputed): default 207, alternative 208. */
  readonly age47?: number;
  /** Overrides for any whole-year table values (e.g. a corrected table). Applied after `age47`. */
  readonly table?: Readonly<Record<number, number>>;
}

/** Step-by-step explanation of an annuity divisor. */
export interface AnnuityMonthsDetail {
  /** Age used. */
  readonly age: YearsMonths;
  /** The divisor (one decimal at most). */
  readonly months: number;
  /** Mode used. */
  readonly mode: AnnuityMonthlyMode;
  /** `T[years]`. */
  readonly lower: { readonly age: number; readonly months: number };
  /** `T[years + 1]`, only when interpolating with months > 0. */
  readonly upper?: { readonly age: number; readonly months: number };
  /** `true` when the value depends on the disputed age-47 entry. */
  readonly usesDisputedAge47: boolean;
  /** `true` when the value is the official whole-year table value (no interpolation). */
  readonly officialTableValue: boolean;
  /** Formula text, e.g. `139 − (139 − 132) × 1/12 = 138.4`. */
  readonly formula: string;
  /** Source ids. */
  readonly sources: readonly PolicySourceId[];
}

function tableWith(options: AnnuityOptions): (age: number) => number {
  if (options.age47 !== undefined) assertNumber(options.age47, 'age47', { min: 1 });
  if (options.table) {
    for (const [k, v] of Object.entries(options.table)) assertNumber(v, `table[${k}]`, { min: 1 });
  }
  return (age) => {
    const fromOverride = options.table?.[age];
    if (fromOverride !== undefined) return fromOverride;
    if (age === 47 && options.age47 !== undefined) return options.age47;
    const v = ANNUITY_MONTHS_TABLE[age];
    if (v === undefined) throw new RangeError(`no table value for ${age}`);
    return v;
  };
}

/**
 * 计发月数 with its derivation (see {@link annuityMonths}).
 * @throws {@link PolicyError} `INVALID_AGE`, `OUT_OF_RANGE` (table covers 40y0m–70y0m)
 */
export function annuityMonthsDetail(age: YearsMonths, options: AnnuityOptions = {}): AnnuityMonthsDetail {
  const total = yearsMonthsToMonths(age, 'age');
  const a = toYearsMonths(total);
  if (total < ANNUITY_MIN_AGE * 12 || total > ANNUITY_MAX_AGE * 12) {
    throw new PolicyError(
      'OUT_OF_RANGE',
      `the 计发月数 table covers ages ${ANNUITY_MIN_AGE}–${ANNUITY_MAX_AGE}, got ${a.years} years ${a.months} months`,
      `计发月数表适用于${ANNUITY_MIN_AGE}–${ANNUITY_MAX_AGE}岁，实际为${a.years}岁${a.months}个月`,
      { field: 'age', value: age },
    );
  }
  const mode = options.monthly ?? 'interpolate';
  if (mode !== 'interpolate' && mode !== 'floor') {
    throw new PolicyError(
      'INVALID_NUMBER',
      `monthly must be 'interpolate' or 'floor', got ${String(mode)}`,
      `monthly 必须是 'interpolate' 或 'floor'，实际为 ${String(mode)}`,
      { field: 'monthly', value: mode },
    );
  }
  const T = tableWith(options);
  const lo = T(a.years);
  const age47Overridden = options.table?.[47] !== undefined;
  const sources: PolicySourceId[] = ['annuity-table'];
  if (mode === 'floor' || a.months === 0) {
    const uses47 = a.years === 47 && !age47Overridden;
    if (uses47) sources.push('annuity-age-47');
    return {
      age: a,
      months: lo,
      mode,
      lower: { age: a.years, months: lo },
      usesDisputedAge47: uses47,
      officialTableValue: true,
      formula: `T[${a.years}] = ${lo}`,
      sources,
    };
  }
  const hi = T(a.years + 1);
  // value × 10 = round_half_up((lo × 120 − (lo − hi) × 10 × m) / 12), all integers when table values are integers;
  // table overrides may carry decimals, so compute on tenths with exact integer scaling.
  const scale = 1000;
  const loS = Math.round(lo * scale);
  const hiS = Math.round(hi * scale);
  const num = loS * 12 - (loS - hiS) * a.months; // = value × scale × 12
  const tenths = Math.floor((num * 10 + (scale * 12) / 2) / (scale * 12));
  const months = tenths / 10;
  const uses47 = (a.years === 47 || a.years + 1 === 47) && !age47Overridden;
  if (uses47) sources.push('annuity-age-47');
  sources.push('annuity-interpolation');
  return {
    age: a,
    months,
    mode,
    lower: { age: a.years, months: lo },
    upper: { age: a.years + 1, months: hi },
    usesDisputedAge47: uses47,
    officialTableValue: false,
    formula: `${lo} − (${lo} − ${hi}) × ${a.months}/12 = ${months.toFixed(1)}`,
    sources,
  };
}

/**
 * 计发月数 for a retirement age `{ years, months }`.
 *
 * Whole years use the official table (国发〔2005〕38号 附件, ages 40–70). Ages with months are interpolated linearly
 * and rounded half-up to one decimal by default (`monthly: 'interpolate'`, local practice, MED); pass
 * `monthly: 'floor'` for the whole-year value. Age 47 uses 207 by default (disputed; `age47: 208` to override).
 *
 * @throws {@link PolicyError} `INVALID_AGE`, `OUT_OF_RANGE` (outside 40y0m–70y0m)
 *
 * @example
 * ```ts
 * annuityMonths({ years: 60, months: 0 }); // 139
 * annuityMonths({ years: 60, months: 1 }); // 138.4
 * annuityMonths({ years: 60, months: 1 }, { monthly: 'floor' }); // 139
 * annuityMonths({ years: 47, months: 0 }, { age47: 208 }); // 208
 * ```
 */
export function annuityMonths(age: YearsMonths, options: AnnuityOptions = {}): number {
  return annuityMonthsDetail(age, options).months;
}
