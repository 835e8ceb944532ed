/**
 * Types of the JSON-serialisable pension-adjustment rule sets (基本养老金调整方案).
 * @module
 */
import type { Confidence } from './sources.js';

/** Schema tag of a rule set (bump on breaking changes). */
export const ADJUSTMENT_SCHEMA = 'hbrs/pension-adjustment@1';

/** An amount in yuan/month, or `null` when the official figure is not yet entered. */
export type Amount = number | null;

/** Where a rule set comes from. */
export interface AdjustmentProvenance {
  /** Region name, e.g. `湖北省`. */
  readonly region: string;
  /** GB/T 2260 code of the region, e.g. `420000`. */
  readonly regionCode?: string;
  /** Adjustment year. */
  readonly year: number;
  /** `true` only for figures entered from the official notice. */
  readonly official: boolean;
  /** Document name and number (文号). */
  readonly document?: string;
  /** URL of the official text. */
  readonly url?: string;
  /** Caveats. */
  readonly note?: string;
  /** Confidence of the figures. */
  readonly confidence?: Confidence;
  /**
   * What an example or unofficial set follows (its structure and overall level), e.g. the national notice of
   * that year: shown beside the "example / unofficial" badge.
   */
  readonly basis?: { readonly document: string; readonly url?: string };
}

/** 定额调整: the same amount for everyone, or an amount by band of the person's own pension. */
export interface FlatRule {
  /** Rule kind. */
  readonly kind: 'flat';
  /** Id, unique within the rule set. */
  readonly id: string;
  /** Chinese label. */
  readonly labelZh?: string;
  /** Amount per person per month (omit when `bands` is used). */
  readonly amount?: Amount;
  /** Amount by own-pension band, `[minPension, maxPension)`; the first matching band applies. */
  readonly bands?: readonly {
    readonly minPension?: number;
    readonly maxPension?: number;
    readonly amount: Amount;
  }[];
}

/** 挂钩调整 (缴费年限): an amount per contribution year, optionally by marginal segments. */
export interface PerYearRule {
  /** Rule kind. */
  readonly kind: 'per-year';
  /** Id. */
  readonly id: string;
  /** Chinese label. */
  readonly labelZh?: string;
  /** Amount per year when no segments are given. */
  readonly amountPerYear?: Amount;
  /**
   * Marginal segments: years in `[fromYears, toYears)` earn `amountPerYear` each (`toYears` omitted/null = no upper
   * end). E.g. 15年及以下每年 a 元, 15–30年部分每年 b 元.
   */
  readonly segments?: readonly {
    readonly fromYears: number;
    readonly toYears?: number | null;
    readonly amountPerYear: Amount;
  }[];
  /**
   * How years are counted: `'full-years'` (每满1年, default), `'round-up'` (不满1年按1年计), `'exact'` (decimal).
   */
  readonly yearCounting?: 'full-years' | 'round-up' | 'exact';
  /** Minimum amount of this part (e.g. 不足10年的按35元计发). */
  readonly minimumAmount?: Amount;
}

/** 挂钩调整 (本人基本养老金): a percentage of the person's own monthly pension. */
export interface PercentRule {
  /** Rule kind. */
  readonly kind: 'percent';
  /** Id. */
  readonly id: string;
  /** Chinese label. */
  readonly labelZh?: string;
  /** Percentage, e.g. `1.2` for 1.2%. */
  readonly percent: Amount;
}

/** 高龄倾斜: extra amounts by age band (age as of `ageAsOf`). */
export interface AgeTiltRule {
  /** Rule kind. */
  readonly kind: 'age-tilt';
  /** Id. */
  readonly id: string;
  /** Chinese label. */
  readonly labelZh?: string;
  /** Bands `[minAge, maxAge]` (inclusive; `maxAge` omitted/null = no upper end). */
  readonly bands: readonly {
    readonly minAge: number;
    readonly maxAge?: number | null;
    readonly amount: Amount;
  }[];
  /** `true`: every matching band adds up (70+ … and 75+ …); `false` (default): the highest matching band only. */
  readonly cumulative?: boolean;
}

/** 艰苦边远地区倾斜: extra amount for retirees in designated remote areas. */
export interface RemoteAreaRule {
  /** Rule kind. */
  readonly kind: 'remote-area';
  /** Id. */
  readonly id: string;
  /** Chinese label. */
  readonly labelZh?: string;
  /** Amount per month. */
  readonly amount: Amount;
}

/** Any adjustment rule. */
export type AdjustmentRule = FlatRule | PerYearRule | PercentRule | AgeTiltRule | RemoteAreaRule;

/** A complete, JSON-serialisable adjustment plan for one region and year. */
export interface AdjustmentRuleSet {
  /** Schema tag, {@link ADJUSTMENT_SCHEMA}. */
  readonly schema: typeof ADJUSTMENT_SCHEMA;
  /** Provenance. */
  readonly provenance: AdjustmentProvenance;
  /** Eligibility: retired on or before `retiredBy` (`YYYY-MM-DD`); paid from `effectiveFrom`. */
  readonly eligibility?: { readonly retiredBy?: string; readonly effectiveFrom?: string };
  /** Reference date for ages in age tilts (`YYYY-MM-DD`, default 31 December of the previous year). */
  readonly ageAsOf?: string;
  /**
   * National overall level for information, e.g. `{ percent: 2 }`. `assumed: true` when the national notice of
   * the year is not known yet and the level is carried over from an earlier notice (example sets).
   */
  readonly nationalLevel?: {
    readonly percent: number;
    readonly basisZh?: string;
    readonly assumed?: boolean;
  };
  /**
   * The month whose pension the plan adjusts (`YYYY-MM`), e.g. `2024-12` for a 2025 plan (本人2024年12月基本养老金).
   * Default: the month before `eligibility.effectiveFrom`, else December of the year before `provenance.year`.
   */
  readonly pensionMonth?: string;
  /** The rules, applied in order and summed. */
  readonly rules: readonly AdjustmentRule[];
  /** Minimum total increase (补足到), yuan/month. */
  readonly minimumIncrease?: Amount;
  /** Maximum total increase, yuan/month. */
  readonly maximumIncrease?: Amount;
}
