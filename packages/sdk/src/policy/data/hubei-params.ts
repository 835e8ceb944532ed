/**
 * Hubei social-insurance parameters (社保参数): 养老金计发基数 by city, contribution-base tiers, transitional
 * coefficient. All are configurable defaults, versioned per year, with their source and confidence.
 *
 * City codes are GB/T 2260 codes as in the project's `hubei-17-shizhou.csv` (source: modood/Administrative-divisions-of-China,
 * 国家统计局 2023年统计用区划代码, WTFPL).
 */
import type { Confidence, PolicySourceId } from '../sources.js';

/** One Hubei pension-calculation region: the 17 市州 plus 省直 (province-level units). */
export interface HubeiRegion {
  /** GB/T 2260 code; `'420000'` stands for 省直 (province-level units, same base as Wuhan). */
  readonly code: string;
  /** Short name used in parameter tables (e.g. `武汉`). */
  readonly name: string;
  /** Full official name (e.g. `武汉市`). */
  readonly fullName: string;
}

/** The 17 市州 of Hubei plus 省直. */
export const HUBEI_REGIONS: readonly HubeiRegion[] = [
  { code: '420000', name: '省直', fullName: '湖北省省直' },
  { code: '420100', name: '武汉', fullName: '武汉市' },
  { code: '420200', name: '黄石', fullName: '黄石市' },
  { code: '420300', name: '十堰', fullName: '十堰市' },
  { code: '420500', name: '宜昌', fullName: '宜昌市' },
  { code: '420600', name: '襄阳', fullName: '襄阳市' },
  { code: '420700', name: '鄂州', fullName: '鄂州市' },
  { code: '420800', name: '荆门', fullName: '荆门市' },
  { code: '420900', name: '孝感', fullName: '孝感市' },
  { code: '421000', name: '荆州', fullName: '荆州市' },
  { code: '421100', name: '黄冈', fullName: '黄冈市' },
  { code: '421200', name: '咸宁', fullName: '咸宁市' },
  { code: '421300', name: '随州', fullName: '随州市' },
  { code: '422800', name: '恩施', fullName: '恩施土家族苗族自治州' },
  { code: '429004', name: '仙桃', fullName: '仙桃市' },
  { code: '429005', name: '潜江', fullName: '潜江市' },
  { code: '429006', name: '天门', fullName: '天门市' },
  { code: '429021', name: '神农架', fullName: '神农架林区' },
];

/** A yearly figure with its confidence. */
export interface SourcedValue {
  /** Value in yuan/month. */
  readonly value: number;
  /** Confidence tag. */
  readonly confidence: Confidence;
}

/**
 * 养老金计发基数 (yuan/month) by region code and year (LOW–MED; `hubei-pension-base`). Two sources agree on the 2025
 * values of 武汉 9112, 宜昌 7424, 襄阳 7325 and 荆州 7210 (MED); the others are from one user-compiled table (LOW).
 * 省直 uses the Wuhan value.
 */
export const HUBEI_PENSION_BASE: Readonly<Record<number, Readonly<Record<string, SourcedValue>>>> = {
  2024: {
    '420000': { value: 9022, confidence: 'LOW' },
    '420100': { value: 9022, confidence: 'LOW' },
    '420500': { value: 7232, confidence: 'LOW' },
    '420200': { value: 7048, confidence: 'LOW' },
    '420300': { value: 7079, confidence: 'LOW' },
    '420600': { value: 7141, confidence: 'LOW' },
    '422800': { value: 6989, confidence: 'LOW' },
    '420800': { value: 6957, confidence: 'LOW' },
    '421300': { value: 7079, confidence: 'LOW' },
    '429005': { value: 6954, confidence: 'LOW' },
    '429004': { value: 6954, confidence: 'LOW' },
    '429006': { value: 6896, confidence: 'LOW' },
    '420700': { value: 6955, confidence: 'LOW' },
    '421200': { value: 6958, confidence: 'LOW' },
    '420900': { value: 6871, confidence: 'LOW' },
    '421100': { value: 6816, confidence: 'LOW' },
    '429021': { value: 6810, confidence: 'LOW' },
    '421000': { value: 6826, confidence: 'LOW' },
  },
  2025: {
    '420000': { value: 9112, confidence: 'MED' },
    '420100': { value: 9112, confidence: 'MED' },
    '420500': { value: 7424, confidence: 'MED' },
    '420200': { value: 7347, confidence: 'LOW' },
    '420300': { value: 7340, confidence: 'LOW' },
    '420600': { value: 7325, confidence: 'MED' },
    '422800': { value: 7309, confidence: 'LOW' },
    '420800': { value: 7309, confidence: 'LOW' },
    '421300': { value: 7304, confidence: 'LOW' },
    '429005': { value: 7320, confidence: 'LOW' },
    '429004': { value: 7301, confidence: 'LOW' },
    '429006': { value: 7277, confidence: 'LOW' },
    '420700': { value: 7275, confidence: 'LOW' },
    '421200': { value: 7257, confidence: 'LOW' },
    '420900': { value: 7238, confidence: 'LOW' },
    '421100': { value: 7221, confidence: 'LOW' },
    '429021': { value: 7215, confidence: 'LOW' },
    '421000': { value: 7210, confidence: 'MED' },
  },
};

/** One contribution-base tier (缴费基数档次) for a year. */
export interface ContributionBaseTier {
  /** Tier number (1–3). */
  readonly tier: number;
  /** Region codes in the tier. */
  readonly regions: readonly string[];
  /** 缴费基数月标准 (the average used to set the bounds), yuan/month. */
  readonly average: number;
  /** Lower bound (下限), yuan/month. */
  readonly lower: number;
  /** Upper bound (上限), yuan/month. */
  readonly upper: number;
  /** Confidence. */
  readonly confidence: Confidence;
}

/**
 * Hubei contribution-base tiers by year (鄂人社发〔2025〕28号 for 2025年度). Tier 1 is MED; tiers 2–3 and the city
 * lists are LOW–MED (their lower bounds are not 60% of the listed averages: unverified). The 2024年度 values conflict
 * between sources and are not shipped.
 */
export const HUBEI_CONTRIBUTION_BASE: Readonly<Record<number, readonly ContributionBaseTier[]>> = {
  2025: [
    { tier: 1, regions: ['420000', '420100'], average: 7496, lower: 4498, upper: 22488, confidence: 'MED' },
    {
      tier: 2,
      regions: ['420500', '420200', '420300', '420600', '422800', '420800', '421300'],
      average: 7226,
      lower: 4299,
      upper: 21678,
      confidence: 'LOW',
    },
    {
      tier: 3,
      regions: ['429005', '429004', '429006', '420700', '421200', '420900', '421100', '429021', '421000'],
      average: 7154,
      lower: 4254,
      upper: 21462,
      confidence: 'LOW',
    },
  ],
};

/** Hubei 过渡性养老金 parameters (LOW: one third-party data file). */
export const HUBEI_TRANSITIONAL = {
  /** 过渡系数 1.2% per deemed year (鄂政发〔2006〕42号). */
  coefficient: 0.012,
  /** Individual accounts opened 1996-01 (鄂政发〔1995〕111号); deemed contribution runs up to 1995-12. */
  accountsStart: '1996-01',
  /** Confidence. */
  confidence: 'LOW' as Confidence,
  /** Source id. */
  source: 'hubei-transitional-coefficient' as PolicySourceId,
} as const;

/** Hubei 2024 全口径城镇单位就业人员月平均工资 ≈ 7484 元 (LOW, one third-party file citing a news report). */
export const HUBEI_AVERAGE_WAGE = {
  2024: { value: 7484, confidence: 'LOW' as Confidence, source: 'hubei-average-wage-2024' as PolicySourceId },
} as const;
