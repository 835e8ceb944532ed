/**
 * Projection of the individual pension account (个人账户) for people not yet retired: 8% of the contribution base
 * credited monthly, interest at the yearly 记账利率.
 * @module
 */
import { PolicyError, assertNumber, describeValue } from './errors.js';
import type { InterestRate } from './data/interest-rates.js';
import { ACCOUNT_INTEREST_RATES } from './data/interest-rates.js';
import type { Ratio } from './money.js';
import { add, fenToYuan, fromNumber, int, mul, ratio, toFen } from './money.js';
import type { PolicySourceId } from './sources.js';

/** Contributions of one calendar year. */
export interface AccountYear {
  /** Calendar year. */
  readonly year: number;
  /** Monthly contribution base (缴费基数), yuan. */
  readonly monthlyBase: number;
  /** Months contributed in that year, 0–12 (default 12). */
  readonly months?: number;
}

/**
 * How the current year's contributions earn interest in that year:
 * - `'half-1.083'` (default): `contribution × (1 + r × 1.083 × ½)` — the 劳办发〔1997〕116号 convention (LOW, not
 *   checked against the text);
 * - `'none'`: current-year contributions earn interest from the next year on.
 */
export type CurrentYearInterest = 'half-1.083' | 'none';

/** Input of {@link projectAccount}. */
export interface ProjectAccountInput {
  /** Opening balance (yuan) at the start of the first year. */
  readonly balance: number;
  /** Contribution years, any order; gaps earn interest only. */
  readonly contributions: readonly AccountYear[];
  /** Last year to project (default: the last contribution year). Later years earn interest only. */
  readonly toYear?: number;
  /** First year to project (default: the first contribution year). */
  readonly fromYear?: number;
  /** Rate overrides by year, fractions (0.0262 = 2.62%); merged over the national table. */
  readonly rates?: Readonly<Record<number, number>>;
  /** Rate for years with neither an override nor a table value (required if such a year occurs). */
  readonly futureRate?: number;
  /** Use the unverified 2025/2026 table rates (default true). When false, those years need `rates`/`futureRate`. */
  readonly useProvisionalRates?: boolean;
  /** Share of the base credited to the account (default 0.08, MED). */
  readonly contributionRate?: number;
  /** Interest convention for the current year's contributions (default `'half-1.083'`). */
  readonly currentYearInterest?: CurrentYearInterest;
}

/** One projected year. */
export interface AccountStep {
  /** Calendar year. */
  readonly year: number;
  /** Balance at the start of the year, yuan. */
  readonly opening: number;
  /** Contributions credited in the year, yuan. */
  readonly contribution: number;
  /** 记账利率 used (fraction). */
  readonly rate: number;
  /** Where the rate comes from. */
  readonly rateFrom: 'input' | 'table' | 'table-provisional' | 'futureRate';
  /** Interest credited for the year, yuan. */
  readonly interest: number;
  /** Balance at the end of the year (rounded to the fen), yuan. */
  readonly closing: number;
}

/** Result of {@link projectAccount}. */
export interface AccountProjection {
  /** Final balance, yuan (rounded half-up to the fen at each year end). */
  readonly balance: number;
  /** Total contributions credited, yuan. */
  readonly totalContributions: number;
  /** Total interest credited, yuan. */
  readonly totalInterest: number;
  /** Year-by-year steps. */
  readonly steps: readonly AccountStep[];
  /** `true` if any year used an unverified or assumed rate (provisional table value or `futureRate`). */
  readonly usesAssumedRates: boolean;
  /** Source ids. */
  readonly sources: readonly PolicySourceId[];
}

/**
 * Builds a contribution schedule with a base growing by `growth` a year (rounded half-up to the fen).
 * @throws {@link PolicyError} `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * contributionSchedule({ fromYear: 2025, toYear: 2027, monthlyBase: 8000, growth: 0.03 });
 * // [{ year: 2025, monthlyBase: 8000 }, { year: 2026, monthlyBase: 8240 }, { year: 2027, monthlyBase: 8487.2 }]
 * ```
 */
export function contributionSchedule(input: {
  fromYear: number;
  toYear: number;
  monthlyBase: number;
  growth?: number;
}): AccountYear[] {
  assertNumber(input.fromYear, 'fromYear', { integer: true, min: 1900, max: 2200 });
  assertNumber(input.toYear, 'toYear', { integer: true, min: input.fromYear, max: 2200 });
  assertNumber(input.monthlyBase, 'monthlyBase', { min: 0 });
  const growth = input.growth ?? 0;
  assertNumber(growth, 'growth', { min: -0.5, max: 1 });
  const g = add(int(1), fromNumber(growth));
  let base: Ratio = fromNumber(input.monthlyBase);
  const out: AccountYear[] = [];
  for (let y = input.fromYear; y <= input.toYear; y++) {
    const fen = toFen(base);
    out.push({ year: y, monthlyBase: fenToYuan(fen) });
    base = mul(ratio(BigInt(fen), 100n), g);
  }
  return out;
}

/**
 * Projects the individual account year by year:
 * `closing = opening × (1 + r) + contribution × (1 + r × 1.083 × ½)` with `contribution = base × 8% × months`
 * (each month's credit rounded to the fen), each year's closing balance rounded half-up to the fen.
 *
 * Simplification: the retirement year is treated as a whole year (interest up to the retirement month is not
 * prorated).
 *
 * @throws {@link PolicyError} `INVALID_NUMBER`, `MISSING_PARAMETER` (no rate for a year), `OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * projectAccount({ balance: 50000, contributions: [{ year: 2024, monthlyBase: 7000 }] });
 * // 2024: 50000 × 1.0262 + 6720 × (1 + 0.0262 × 1.083 / 2) = 58125.34
 * ```
 */
export function projectAccount(input: ProjectAccountInput): AccountProjection {
  if (typeof input !== 'object' || input === null || !Array.isArray(input.contributions)) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `projectAccount expects { balance, contributions: [...] }, got ${describeValue(input)}`,
      `projectAccount 的参数应为 { balance, contributions: [...] }，实际为 ${describeValue(input)}`,
      { value: input },
    );
  }
  assertNumber(input.balance, 'balance', { min: 0 });
  const share = input.contributionRate ?? 0.08;
  assertNumber(share, 'contributionRate', { min: 0, max: 1 });
  const convention = input.currentYearInterest ?? 'half-1.083';
  if (convention !== 'half-1.083' && convention !== 'none') {
    throw new PolicyError(
      'INVALID_NUMBER',
      `currentYearInterest must be 'half-1.083' or 'none', got ${describeValue(convention)}`,
      `currentYearInterest 必须是 'half-1.083' 或 'none'，实际为 ${describeValue(convention)}`,
      { field: 'currentYearInterest', value: convention },
    );
  }
  if (input.futureRate !== undefined) assertNumber(input.futureRate, 'futureRate', { min: -0.5, max: 1 });
  const byYear = new Map<number, { monthlyBase: number; months: number }>();
  for (const [i, c] of input.contributions.entries()) {
    assertNumber(c?.year, `contributions[${i}].year`, { integer: true, min: 1900, max: 2200 });
    assertNumber(c.monthlyBase, `contributions[${i}].monthlyBase`, { min: 0 });
    const months = c.months ?? 12;
    assertNumber(months, `contributions[${i}].months`, { integer: true, min: 0, max: 12 });
    const prev = byYear.get(c.year);
    if (prev) {
      throw new PolicyError(
        'INVALID_NUMBER',
        `contributions: year ${c.year} appears twice`,
        `contributions：${c.year}年重复出现`,
        { field: 'contributions', value: c.year },
      );
    }
    byYear.set(c.year, { monthlyBase: c.monthlyBase, months });
  }
  const years = [...byYear.keys()];
  const fromYear = input.fromYear ?? (years.length ? Math.min(...years) : undefined);
  const toYear = input.toYear ?? (years.length ? Math.max(...years) : undefined);
  if (fromYear === undefined || toYear === undefined) {
    throw new PolicyError(
      'MISSING_PARAMETER',
      'projectAccount needs contributions or fromYear/toYear',
      'projectAccount 需要缴费记录或 fromYear/toYear',
      {},
    );
  }
  assertNumber(fromYear, 'fromYear', { integer: true, min: 1900, max: 2200 });
  assertNumber(toYear, 'toYear', { integer: true, min: 1900, max: 2200 });
  if (years.some((y) => y < fromYear || y > toYear) || toYear < fromYear) {
    throw new PolicyError(
      'OUT_OF_RANGE',
      `contribution years must lie within ${fromYear}–${toYear}`,
      `缴费年份必须在 ${fromYear}–${toYear} 之间`,
      { fromYear, toYear },
    );
  }
  const useProvisional = input.useProvisionalRates ?? true;
  const rateFor = (year: number): { rate: number; rateFrom: AccountStep['rateFrom'] } => {
    const o = input.rates?.[year];
    if (o !== undefined)
      return { rate: assertNumber(o, `rates[${year}]`, { min: -0.5, max: 1 }), rateFrom: 'input' };
    const t: InterestRate | undefined = ACCOUNT_INTEREST_RATES[year];
    if (t && (!t.provisional || useProvisional))
      return { rate: t.rate, rateFrom: t.provisional ? 'table-provisional' : 'table' };
    if (input.futureRate !== undefined) return { rate: input.futureRate, rateFrom: 'futureRate' };
    throw new PolicyError(
      'MISSING_PARAMETER',
      `no 记账利率 for ${year}: pass rates[${year}] or futureRate`,
      `没有${year}年的记账利率：请传入 rates[${year}] 或 futureRate`,
      { field: 'rates', value: year },
    );
  };

  const shareR = fromNumber(share);
  const k = ratio(1083n, 2000n); // 1.083 × 1/2
  let balanceFen = toFen(fromNumber(input.balance));
  let totalContribFen = 0;
  let totalInterestFen = 0;
  let assumed = false;
  const steps: AccountStep[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const { rate, rateFrom } = rateFor(y);
    if (rateFrom === 'table-provisional' || rateFrom === 'futureRate') assumed = true;
    const c = byYear.get(y);
    const monthlyFen = c ? toFen(mul(fromNumber(c.monthlyBase), shareR)) : 0;
    const contribFen = monthlyFen * (c?.months ?? 0);
    const r = fromNumber(rate);
    const opening = ratio(BigInt(balanceFen), 100n);
    const contrib = ratio(BigInt(contribFen), 100n);
    const interestExact = add(
      mul(opening, r),
      convention === 'half-1.083' ? mul(contrib, mul(r, k)) : int(0),
    );
    const closingFen = toFen(add(add(opening, contrib), interestExact));
    const interestFen = closingFen - balanceFen - contribFen;
    steps.push({
      year: y,
      opening: fenToYuan(balanceFen),
      contribution: fenToYuan(contribFen),
      rate,
      rateFrom,
      interest: fenToYuan(interestFen),
      closing: fenToYuan(closingFen),
    });
    totalContribFen += contribFen;
    totalInterestFen += interestFen;
    balanceFen = closingFen;
  }
  const sources: PolicySourceId[] = ['account-contribution-rate', 'interest-rates'];
  if (steps.some((s) => s.rateFrom === 'table-provisional')) sources.push('interest-rates-provisional');
  if (convention === 'half-1.083') sources.push('account-interest-convention');
  return {
    balance: fenToYuan(balanceFen),
    totalContributions: fenToYuan(totalContribFen),
    totalInterest: fenToYuan(totalInterestFen),
    steps,
    usesAssumedRates: assumed,
    sources,
  };
}
