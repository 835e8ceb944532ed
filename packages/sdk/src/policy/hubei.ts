/**
 * Lookups of Hubei parameters: 养老金计发基数 by city and year, contribution-base bounds.
 * @module
 */
import { PolicyError, assertNumber, describeValue } from './errors.js';
import type { ContributionBaseTier, HubeiRegion } from './data/hubei-params.js';
import { HUBEI_CONTRIBUTION_BASE, HUBEI_PENSION_BASE, HUBEI_REGIONS } from './data/hubei-params.js';
import type { Confidence, PolicySourceId } from './sources.js';

/**
 * Finds a Hubei region by code (`'420100'`), short name (`'武汉'`) or full name (`'武汉市'`); `'省直'` is accepted.
 * @throws {@link PolicyError} `UNKNOWN_REGION`
 */
export function hubeiRegion(cityOrCode: string): HubeiRegion {
  const key = typeof cityOrCode === 'string' ? cityOrCode.trim() : '';
  const found = HUBEI_REGIONS.find((r) => r.code === key || r.name === key || r.fullName === key);
  if (!found) {
    throw new PolicyError(
      'UNKNOWN_REGION',
      `unknown Hubei city ${describeValue(cityOrCode)}: use a 6-digit code (e.g. '420100') or a name (e.g. '武汉')`,
      `未知的湖北市州 ${describeValue(cityOrCode)}：请使用6位区划代码（如 '420100'）或名称（如 '武汉'）`,
      { field: 'city', value: cityOrCode },
    );
  }
  return found;
}

/** Result of {@link hubeiPensionBase}. */
export interface HubeiPensionBase {
  /** Region. */
  readonly region: HubeiRegion;
  /** Year asked for. */
  readonly year: number;
  /** Year whose value is returned (earlier than `year` when provisional). */
  readonly valueYear: number;
  /** 计发基数, yuan/month. */
  readonly value: number;
  /**
   * `true` when the year's base is not (yet) known and the latest earlier value is used: new retirees are paid
   * provisionally on the previous year's base and back-adjusted later (general practice, MED).
   */
  readonly provisional: boolean;
  /** Confidence of the value. */
  readonly confidence: Confidence;
  /** Source id. */
  readonly source: PolicySourceId;
}

/**
 * 养老金计发基数 of a Hubei city for a retirement year (LOW–MED, user-compiled from approval forms).
 *
 * For a year not in the table, the latest earlier year is returned with `provisional: true`.
 * @throws {@link PolicyError} `UNKNOWN_REGION`, `MISSING_PARAMETER` (year before the first known year)
 *
 * @example
 * ```ts
 * hubeiPensionBase('武汉', 2025).value; // 9112
 * hubeiPensionBase('420100', 2026);     // { value: 9112, valueYear: 2025, provisional: true, ... }
 * ```
 */
export function hubeiPensionBase(cityOrCode: string, year: number): HubeiPensionBase {
  const region = hubeiRegion(cityOrCode);
  assertNumber(year, 'year', { integer: true });
  const years = Object.keys(HUBEI_PENSION_BASE)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  for (const y of years) {
    const v = HUBEI_PENSION_BASE[y]?.[region.code];
    if (v) {
      return {
        region,
        year,
        valueYear: y,
        value: v.value,
        provisional: y !== year,
        confidence: v.confidence,
        source: 'hubei-pension-base',
      };
    }
  }
  throw new PolicyError(
    'MISSING_PARAMETER',
    `no 计发基数 for ${region.fullName} in or before ${year}; pass the base explicitly`,
    `没有${region.fullName}${year}年及以前的计发基数，请直接传入计发基数`,
    { field: 'year', value: year },
  );
}

/** Result of {@link hubeiContributionBase}. */
export interface HubeiContributionBase extends ContributionBaseTier {
  /** Region. */
  readonly region: HubeiRegion;
  /** 缴费年度. */
  readonly year: number;
  /** Source id. */
  readonly source: PolicySourceId;
}

/**
 * Contribution-base tier (average, lower and upper bound) of a Hubei city for a 缴费年度.
 * @throws {@link PolicyError} `UNKNOWN_REGION`, `MISSING_PARAMETER` (year not shipped: only 2025年度)
 *
 * @example
 * ```ts
 * hubeiContributionBase('武汉', 2025); // { tier: 1, average: 7496, lower: 4498, upper: 22488, ... }
 * ```
 */
export function hubeiContributionBase(cityOrCode: string, year: number): HubeiContributionBase {
  const region = hubeiRegion(cityOrCode);
  assertNumber(year, 'year', { integer: true });
  const tiers = HUBEI_CONTRIBUTION_BASE[year];
  const tier = tiers?.find((t) => t.regions.includes(region.code));
  if (!tier) {
    throw new PolicyError(
      'MISSING_PARAMETER',
      `no contribution-base tier for ${region.fullName} in ${year} (shipped: ${Object.keys(HUBEI_CONTRIBUTION_BASE).join(', ')})`,
      `没有${region.fullName}${year}年度的缴费基数档次（已收录：${Object.keys(HUBEI_CONTRIBUTION_BASE).join('、')}）`,
      { field: 'year', value: year },
    );
  }
  return { ...tier, region, year, source: 'hubei-contribution-base-2025' };
}

/**
 * Clamps a monthly wage to contribution-base bounds (60%–300% rule, 国办发〔2019〕13号).
 * @throws {@link PolicyError} `INVALID_NUMBER`
 */
export function clampContributionBase(wage: number, bounds: { lower: number; upper: number }): number {
  assertNumber(wage, 'wage', { min: 0 });
  assertNumber(bounds.lower, 'lower', { min: 0 });
  assertNumber(bounds.upper, 'upper', { min: bounds.lower });
  return Math.min(bounds.upper, Math.max(bounds.lower, wage));
}
