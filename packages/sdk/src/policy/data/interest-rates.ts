/**
 * National individual-account interest rates (职工基本养老保险个人账户记账利率), as fractions.
 *
 * 2016–2024 from one compilation (LOW–MED; 2024 = 2.62% also in a Yiwu government disclosure,
 * https://www.yw.gov.cn/art/2025/6/3/art_1229134300_4228894.html). 2025 and 2026 are unverified (LOW) and flagged
 * `provisional`.
 */
import type { Confidence, PolicySourceId } from '../sources.js';

/** One year's 记账利率. */
export interface InterestRate {
  /** Rate as a fraction (0.0262 = 2.62%). */
  readonly rate: number;
  /** Confidence. */
  readonly confidence: Confidence;
  /** `true` for unverified (future / not yet confirmed) values. */
  readonly provisional: boolean;
  /** Source id. */
  readonly source: PolicySourceId;
}

const r = (rate: number, confidence: Confidence = 'MED'): InterestRate => ({
  rate,
  confidence,
  provisional: false,
  source: 'interest-rates',
});
const p = (rate: number): InterestRate => ({
  rate,
  confidence: 'LOW',
  provisional: true,
  source: 'interest-rates-provisional',
});

/** 记账利率 by year. */
export const ACCOUNT_INTEREST_RATES: Readonly<Record<number, InterestRate>> = {
  2016: r(0.0831, 'LOW'),
  2017: r(0.0712, 'LOW'),
  2018: r(0.0829, 'LOW'),
  2019: r(0.0761, 'LOW'),
  2020: r(0.0604, 'LOW'),
  2021: r(0.0669, 'LOW'),
  2022: r(0.0612, 'LOW'),
  2023: r(0.0397, 'LOW'),
  2024: r(0.0262, 'MED'),
  2025: p(0.015),
  2026: p(0.026),
};
