/**
 * Monthly basic pension at retirement for enterprise employees (国发〔2005〕38号):
 * 基础养老金 + 个人账户养老金 + 过渡性养老金.
 *
 * All arithmetic is exact (rationals over `bigint`); each part is rounded half-up to the fen and the total is the sum
 * of the rounded parts, as on official retirement notices.
 * @module
 */
import type { AnnuityMonthsDetail, AnnuityOptions } from './annuity.js';
import { annuityMonthsDetail } from './annuity.js';
import { PolicyError, assertNumber, describeValue } from './errors.js';
import { HUBEI_TRANSITIONAL } from './data/hubei-params.js';
import type { Ratio } from './money.js';
import { add, div, fenToYuan, fromNumber, int, mul, ratio, toFen } from './money.js';
import type { PolicySourceId } from './sources.js';
import type { YearsMonths } from './yearmonth.js';
import { toYearsMonths, yearsMonthsToMonths } from './yearmonth.js';
import { yearsToRatio, type YearsInput } from './years.js';

export { yearsToRatio };

export type { YearsInput } from './years.js';

/** Parameters of the 过渡性养老金 estimate ("中人" with deemed contribution before individual accounts). */
export interface TransitionalInput {
  /** 建账前视同缴费年限 (for Hubei: deemed contribution years up to 1995-12). */
  readonly deemedYears: YearsInput;
  /** 过渡系数 per year, as a fraction (0.012 = 1.2%). Default: Hubei 1.2% (LOW, 鄂政发〔2006〕42号). */
  readonly coefficient?: number;
  /** 本人视同缴费指数. Default: `averageIndex` (the Hubei index rule was NOT FOUND). */
  readonly index?: number;
  /** Base used. Default: the 计发基数 `base`. */
  readonly base?: number;
}

/** A 过渡性养老金 amount already known (e.g. printed on a notice): used as is. */
export interface TransitionalAmount {
  /** Monthly amount in yuan. */
  readonly amount: number;
}

/** Input of {@link basicPension}. */
export interface BasicPensionInput {
  /** 计发基数 in yuan/month (for Hubei, per city: see `hubeiPensionBase`). */
  readonly base: number;
  /** 本人平均缴费指数 (e.g. 0.6–3). */
  readonly averageIndex: number;
  /** 累计缴费年限 including deemed years: decimal years (as printed, e.g. 35.67) or `{ years, months }`. */
  readonly contributionYears: YearsInput;
  /** 个人账户储存额 at retirement, yuan. */
  readonly accountBalance: number;
  /** Retirement age `{ years, months }` (or whole years) — selects the 计发月数. */
  readonly retireAge: YearsMonths | number;
  /** 过渡性养老金: parameters for the estimate, or a known amount. Omit for people without deemed years. */
  readonly transitional?: TransitionalInput | TransitionalAmount;
  /** 计发月数 options (month interpolation, age 47). */
  readonly annuity?: AnnuityOptions;
}

/** One step of the computation, for display. */
export interface PensionStep {
  /** Which part. */
  readonly key: 'basic' | 'account' | 'transitional' | 'total';
  /** Chinese label. */
  readonly labelZh: string;
  /** English label. */
  readonly labelEn: string;
  /** Formula with the numbers filled in. */
  readonly formula: string;
  /** Result in yuan, rounded half-up to the fen. */
  readonly value: number;
  /** `false` when the part is an estimate (过渡性养老金 from a coefficient). */
  readonly official: boolean;
  /** Source ids. */
  readonly sources: readonly PolicySourceId[];
}

/** Result of {@link basicPension}, in yuan/month rounded half-up to the fen. */
export interface BasicPensionResult {
  /** 基础养老金. */
  readonly basic: number;
  /** 个人账户养老金. */
  readonly account: number;
  /** 过渡性养老金 (0 if not given). */
  readonly transitional: number;
  /** 基本养老金 = basic + account + transitional (sum of the rounded parts). */
  readonly total: number;
  /** The same four values in integer fen. */
  readonly fen: {
    readonly basic: number;
    readonly account: number;
    readonly transitional: number;
    readonly total: number;
  };
  /** 计发月数 used and its derivation. */
  readonly annuity: AnnuityMonthsDetail;
  /** Contribution years used (exact value, as a number for display). */
  readonly contributionYears: number;
  /** `true` when the transitional part was estimated from a coefficient (not confirmed official). */
  readonly transitionalIsEstimate: boolean;
  /** Step-by-step parts for display. */
  readonly steps: readonly PensionStep[];
  /** Local supplements (地方增发/补贴) are not included. */
  readonly excludes: string;
}

/**
 * Contribution years as printed on notices: months / 12 rounded half-up to two decimals (e.g. 428 months → 35.67).
 * @throws {@link PolicyError} `INVALID_NUMBER`
 */
export function contributionYearsFromMonths(months: number): number {
  assertNumber(months, 'months', { min: 0, integer: true });
  const hundredths = Math.floor((months * 100 * 2 + 12) / 24);
  return hundredths / 100;
}

const fmt = (r: Ratio): string => {
  const x = Number(r.n) / Number(r.d);
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(6)));
};

/**
 * Monthly basic pension at retirement (国发〔2005〕38号):
 * - 基础养老金 = 计发基数 × (1 + 平均缴费指数) / 2 × 缴费年限 × 1%
 * - 个人账户养老金 = 个人账户储存额 / 计发月数
 * - 过渡性养老金 = 计发基数 × 视同缴费指数 × 建账前视同缴费年限 × 过渡系数 (provincial formula, **estimate**)
 *
 * Each part is rounded half-up to the fen; `total` is their sum. Local supplements are not included.
 *
 * @throws {@link PolicyError} `INVALID_NUMBER`, `INVALID_AGE`, `OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * basicPension({ base: 9112, averageIndex: 1, contributionYears: 35, accountBalance: 139000,
 *   retireAge: { years: 60, months: 0 } });
 * // { basic: 3189.2, account: 1000, transitional: 0, total: 4189.2, ... }
 * ```
 */
export function basicPension(input: BasicPensionInput): BasicPensionResult {
  if (typeof input !== 'object' || input === null) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `basicPension expects an input object, got ${describeValue(input)}`,
      `basicPension 的参数应为对象，实际为 ${describeValue(input)}`,
      { value: input },
    );
  }
  assertNumber(input.base, 'base', { min: 0 });
  assertNumber(input.averageIndex, 'averageIndex', { min: 0, max: 10 });
  assertNumber(input.accountBalance, 'accountBalance', { min: 0 });
  const base = fromNumber(input.base, 'base');
  const index = fromNumber(input.averageIndex, 'averageIndex');
  const years = yearsToRatio(input.contributionYears, 'contributionYears');
  const balance = fromNumber(input.accountBalance, 'accountBalance');
  const retireAge: YearsMonths =
    typeof input.retireAge === 'number'
      ? (() => {
          assertNumber(input.retireAge, 'retireAge', { integer: true, min: 0 });
          return { years: input.retireAge, months: 0 };
        })()
      : toYearsMonths(yearsMonthsToMonths(input.retireAge, 'retireAge'));

  // 基础养老金
  const basicExact = mul(mul(mul(base, add(int(1), index)), ratio(1n, 2n)), mul(years, ratio(1n, 100n)));
  const basicFen = toFen(basicExact);

  // 个人账户养老金
  const annuity = annuityMonthsDetail(retireAge, input.annuity);
  const accountExact = div(balance, fromNumber(annuity.months, 'annuityMonths'));
  const accountFen = toFen(accountExact);

  // 过渡性养老金
  let transitionalFen = 0;
  let transitionalIsEstimate = false;
  let transitionalStep: PensionStep | undefined;
  const t = input.transitional;
  if (t !== undefined) {
    if (typeof t !== 'object' || t === null) {
      throw new PolicyError(
        'INVALID_NUMBER',
        `transitional must be { deemedYears, coefficient?, index?, base? } or { amount }, got ${describeValue(t)}`,
        `transitional 必须是 { deemedYears, coefficient?, index?, base? } 或 { amount }，实际为 ${describeValue(t)}`,
        { field: 'transitional', value: t },
      );
    }
    if ('amount' in t) {
      assertNumber(t.amount, 'transitional.amount', { min: 0 });
      transitionalFen = toFen(fromNumber(t.amount, 'transitional.amount'));
      transitionalStep = {
        key: 'transitional',
        labelZh: '过渡性养老金（已知金额）',
        labelEn: 'Transitional pension (given amount)',
        formula: `${fenToYuan(transitionalFen)}`,
        value: fenToYuan(transitionalFen),
        official: true,
        sources: ['transitional-pension'],
      };
    } else {
      const coefficient = t.coefficient ?? HUBEI_TRANSITIONAL.coefficient;
      assertNumber(coefficient, 'transitional.coefficient', { min: 0, max: 0.1 });
      const tIndexNum = t.index ?? input.averageIndex;
      assertNumber(tIndexNum, 'transitional.index', { min: 0, max: 10 });
      const tBaseNum = t.base ?? input.base;
      assertNumber(tBaseNum, 'transitional.base', { min: 0 });
      const deemed = yearsToRatio(t.deemedYears, 'transitional.deemedYears');
      const exact = mul(
        mul(fromNumber(tBaseNum, 'transitional.base'), fromNumber(tIndexNum, 'transitional.index')),
        mul(deemed, fromNumber(coefficient, 'transitional.coefficient')),
      );
      transitionalFen = toFen(exact);
      transitionalIsEstimate = true;
      const sources: PolicySourceId[] = ['transitional-pension'];
      if (t.coefficient === undefined) sources.push('hubei-transitional-coefficient');
      transitionalStep = {
        key: 'transitional',
        labelZh: '过渡性养老金（估算）',
        labelEn: 'Transitional pension (estimate)',
        formula: `${tBaseNum} × ${tIndexNum} × ${fmt(deemed)} × ${fmt(mul(fromNumber(coefficient), int(100)))}% = ${fenToYuan(transitionalFen).toFixed(2)}`,
        value: fenToYuan(transitionalFen),
        official: false,
        sources,
      };
    }
  }

  const totalFen = basicFen + accountFen + transitionalFen;
  const steps: PensionStep[] = [
    {
      key: 'basic',
      labelZh: '基础养老金',
      labelEn: 'Basic (pooled) pension',
      formula: `${input.base} × (1 + ${input.averageIndex}) ÷ 2 × ${fmt(years)} × 1% = ${fenToYuan(basicFen).toFixed(2)}`,
      value: fenToYuan(basicFen),
      official: true,
      sources: ['pension-formula'],
    },
    {
      key: 'account',
      labelZh: '个人账户养老金',
      labelEn: 'Individual-account pension',
      formula: `${input.accountBalance} ÷ ${annuity.months} = ${fenToYuan(accountFen).toFixed(2)}`,
      value: fenToYuan(accountFen),
      official: annuity.officialTableValue && !annuity.usesDisputedAge47,
      sources: ['pension-formula', ...annuity.sources],
    },
  ];
  if (transitionalStep) steps.push(transitionalStep);
  steps.push({
    key: 'total',
    labelZh: '基本养老金',
    labelEn: 'Basic pension (total)',
    formula: steps.map((s) => s.value.toFixed(2)).join(' + ') + ` = ${fenToYuan(totalFen).toFixed(2)}`,
    value: fenToYuan(totalFen),
    official: steps.every((s) => s.official),
    sources: ['pension-formula'],
  });
  return {
    basic: fenToYuan(basicFen),
    account: fenToYuan(accountFen),
    transitional: fenToYuan(transitionalFen),
    total: fenToYuan(totalFen),
    fen: { basic: basicFen, account: accountFen, transitional: transitionalFen, total: totalFen },
    annuity,
    contributionYears: Number(years.n) / Number(years.d),
    transitionalIsEstimate,
    steps,
    excludes: 'Local supplements (地方增发/补贴项) are not included.',
  };
}
