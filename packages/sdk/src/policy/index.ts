/**
 * `@hbrs/sdk/policy`: the pension policy engine — statutory retirement age after the 2025 reform, minimum
 * contribution years, 计发月数, basic pension, individual-account projection and annual pension adjustment, with the
 * provenance of every figure. Pure functions, no I/O, DOM-free.
 *
 * Figures not confirmed official are configurable parameters and flagged as such (see `figureSource`).
 * @module
 */
export { PolicyError } from './errors.js';
export type { PolicyErrorCode } from './errors.js';

export type { YearMonth, YearMonthParts, YearsMonths } from './yearmonth.js';
export {
  addMonths,
  formatAgeZh,
  formatDurationZh,
  formatYearMonth,
  parseDate,
  parseYearMonth,
} from './yearmonth.js';

export {
  CATEGORY_RULES,
  FLEXIBLE_DELAY_MAX_MONTHS,
  FLEXIBLE_EARLY_MAX_MONTHS,
  REFORM_EFFECTIVE,
  checkRetirementChoice,
  delayMonthsFor,
  parseCategory,
  statutoryRetirement,
} from './retirement.js';
export type {
  CategoryRule,
  RetirementCategory,
  RetirementChoice,
  RetirementChoiceKind,
  RetirementInput,
  RetirementPoint,
  RetirementStep,
  StatutoryRetirement,
} from './retirement.js';

export { minimumContribution } from './contribution.js';
export type { MinimumContribution } from './contribution.js';

export { annuityMonths, annuityMonthsDetail } from './annuity.js';
export type { AnnuityMonthlyMode, AnnuityMonthsDetail, AnnuityOptions } from './annuity.js';
export {
  ANNUITY_MAX_AGE,
  ANNUITY_MIN_AGE,
  ANNUITY_MONTHS_AGE_47_ALTERNATIVE,
  ANNUITY_MONTHS_AGE_47_DEFAULT,
  ANNUITY_MONTHS_TABLE,
} from './data/annuity-table.js';

export { basicPension, contributionYearsFromMonths } from './pension.js';
export type {
  BasicPensionInput,
  BasicPensionResult,
  PensionStep,
  TransitionalAmount,
  TransitionalInput,
  YearsInput,
} from './pension.js';

export { contributionSchedule, projectAccount } from './account.js';
export type {
  AccountProjection,
  AccountStep,
  AccountYear,
  CurrentYearInterest,
  ProjectAccountInput,
} from './account.js';
export { ACCOUNT_INTEREST_RATES } from './data/interest-rates.js';
export type { InterestRate } from './data/interest-rates.js';

export { adjustedPensionMonth, ageOn, applyAdjustmentRules, missingParameters } from './adjustment.js';
export type { AdjustmentOptions, AdjustmentPart, AdjustmentPerson, AdjustmentResult } from './adjustment.js';
export {
  adjustmentRegistry,
  checkAdjustmentRules,
  parseAdjustmentRules,
  pensionAdjustment,
  selectAdjustmentRules,
} from './adjustment-check.js';
export type { RuleSetCheck, RuleSetIssue } from './adjustment-check.js';
export { adjustmentNotice, trustedAdjustmentRegistry } from './adjustment-years.js';
export { ADJUSTMENT_LIST_SCHEMA, isAdjustmentList, parseAdjustmentList } from './adjustment-list.js';
export type { AdjustmentMatch, AdjustmentRegistry, AdjustmentSelection } from './adjustment-years.js';
export { ADJUSTMENT_SCHEMA } from './adjustment-types.js';
export type {
  AdjustmentProvenance,
  AdjustmentRule,
  AdjustmentRuleSet,
  AgeTiltRule,
  Amount,
  FlatRule,
  PerYearRule,
  PercentRule,
  RemoteAreaRule,
} from './adjustment-types.js';
export { NATIONAL_ADJUSTMENT_2024, NATIONAL_ADJUSTMENT_2025 } from './data/national-adjustment.js';
export type { NationalAdjustment } from './data/national-adjustment.js';
export { HUBEI_2025_ADJUSTMENT } from './data/adjustment-rules-hubei-2025.js';
export { HUBEI_2025_EXAMPLE_ADJUSTMENT } from './data/adjustment-rules-hubei-2025-example.js';
export { HUBEI_2026_EXAMPLE_ADJUSTMENT } from './data/adjustment-rules-hubei-2026-example.js';
export { BEIJING_2014_ADJUSTMENT } from './data/adjustment-rules-beijing-2014.js';

export { clampContributionBase, hubeiContributionBase, hubeiPensionBase, hubeiRegion } from './hubei.js';
export type { HubeiContributionBase, HubeiPensionBase } from './hubei.js';
export {
  HUBEI_AVERAGE_WAGE,
  HUBEI_CONTRIBUTION_BASE,
  HUBEI_PENSION_BASE,
  HUBEI_REGIONS,
  HUBEI_TRANSITIONAL,
} from './data/hubei-params.js';
export type { ContributionBaseTier, HubeiRegion, SourcedValue } from './data/hubei-params.js';

export { listPolicySources, policySource } from './sources.js';
export type { Confidence, PolicySource, PolicySourceId } from './sources.js';
export { figureSource } from './provenance.js';
export type { FigureProvenance, FigureRef } from './provenance.js';
