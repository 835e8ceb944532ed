import type { AdjustmentMessages } from './adjustment.zh-CN.js';

/** Texts of the adjustment tab of <hbrs-pension-estimator> (en), loaded when the tab is shown in English. */
const en: AdjustmentMessages = {
  exampleNoticeTitle: 'Estimate with example parameters',
  exampleNotice:
    'The adjustment parameters are not an officially published plan. The result is only an illustration: the published notice and the pension office decide.',
  officialRules: 'Official adjustment plan',
  unofficialBadge: 'Example · unofficial',
  rulesOf: '{region} {year} pension adjustment rules',
  document: 'Document: {document}',
  sourceLink: 'Read the document',
  basis: 'Based on: {document}',
  basisLink: 'Read the notice',
  eligibility: 'For people retired on or before {retiredBy}; paid from {effectiveFrom}.',
  ageAsOf: 'Ages for the age supplement are counted on {date}.',
  nationalLevel: 'For reference: the national overall level is {percent}%.',
  nationalLevelAssumed:
    'Example assumption: a national overall level of {percent}% (the {year} national notice is not included; the previous level is carried over).',
  planYear: 'Adjustment year to estimate',
  planYearOption: '{year}',
  planYearMissing: '{year} (plan not included yet)',
  fallbackExample:
    'The {asked} adjustment plan is not included yet; the estimate below uses the {year} example parameters.',
  fallbackOfficial:
    'The {asked} adjustment plan is not included yet; the estimate below uses the {year} plan.',
  noPlan: 'The {asked} adjustment plan is not included, and no earlier plan is loaded.',
  pension: 'Your basic pension for {month}',
  pensionHint:
    'The amount before the {year} adjustment. If you already receive the {year} increase, enter the amount for {month}, not what you receive now.',
  years: 'Contribution years (including deemed years)',
  birthAdj: 'Date of birth',
  birthAdjHint: 'Used for the age supplement.',
  remote: 'I live in a designated remote area',
  increase: 'Monthly increase in {year}',
  newPension: 'Monthly basic pension after the {year} adjustment',
  partsCaption: 'How the increase is made up',
  colRule: 'Calculation',
  notEntered: 'Not yet published',
  incomplete:
    'This rule set still has {count} parameters to be entered from the official plan, so the total increase cannot be given yet.',
  notEligible: 'Not covered by this adjustment: {reason}',
  announceAdjustment: 'Monthly increase in {year}: {increase}, new pension {pension}',
};
export default en;
