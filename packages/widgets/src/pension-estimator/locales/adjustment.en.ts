import type { AdjustmentMessages } from './adjustment.zh-CN.js';

/** Texts of the adjustment tab of <hbrs-pension-estimator> (en), loaded when the tab is shown in English. */
const en: AdjustmentMessages = {
  exampleNoticeTitle: 'Estimate with example parameters',
  exampleNotice:
    'The adjustment parameters are not an officially published plan. The result is only an illustration: the published notice and the pension office decide.',
  officialRules: 'Official adjustment plan',
  rulesOf: '{region} {year} pension adjustment rules',
  document: 'Document: {document}',
  sourceLink: 'Read the document',
  eligibility: 'For people retired on or before {retiredBy}; paid from {effectiveFrom}.',
  ageAsOf: 'Ages for the age supplement are counted on {date}.',
  nationalLevel: 'For reference: the national overall level is {percent}%.',
  pension: 'Your current monthly basic pension',
  years: 'Contribution years (including deemed years)',
  birthAdjHint: 'Used for the age supplement.',
  remote: 'I live in a designated remote area',
  increase: 'Monthly increase',
  newPension: 'New monthly basic pension',
  partsCaption: 'How the increase is made up',
  colRule: 'Calculation',
  notEntered: 'Not yet published',
  incomplete:
    'This rule set still has {count} parameters to be entered from the official plan, so the total increase cannot be given yet.',
  notEligible: 'Not covered by this adjustment: {reason}',
  announceAdjustment: 'Monthly increase {increase}, new pension {pension}',
};
export default en;
