import type { PensionEstimatorMessages } from '../pension-estimator.js';

/** Texts of <hbrs-pension-estimator> (en). */
const en: PensionEstimatorMessages = {
  title: 'Pension estimator',
  tablist: 'Type of estimate',
  tabAdjustment: 'Annual increase (retired)',
  tabRetirement: 'Pension at retirement (working)',
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
  rulesUnsafeUrl: 'The rules address is not valid: only http or https addresses are accepted.',
  pension: 'Your current monthly basic pension',
  perMonth: 'yuan/month',
  yuan: 'yuan',
  years: 'Contribution years (including deemed years)',
  yearsUnit: 'years',
  birthYear: 'Year of birth',
  birthMonth: 'Month of birth',
  birthAdjHint: 'Used for the age supplement.',
  choose: 'Choose…',
  month: 'Month {m}',
  remote: 'I live in a designated remote area',
  increase: 'Monthly increase',
  newPension: 'New monthly basic pension',
  partsCaption: 'How the increase is made up',
  colPart: 'Part',
  colRule: 'Calculation',
  colAmount: 'Amount (yuan/month)',
  notEntered: 'Not yet published',
  incomplete:
    'This rule set still has {count} parameters to be entered from the official plan, so the total increase cannot be given yet.',
  notEligible: 'Not covered by this adjustment: {reason}',
  emptyTitle: 'No estimate yet',
  emptyBody: 'Fill in the fields above and the result appears here straight away.',
  useExample: 'Fill in example values',
  computeError: 'Cannot estimate: {message}',
  glossary: 'Glossary',
  helpFor: 'What is the {term}?',
  close: 'Close',
  termBase: 'pension base (计发基数)',
  defBase:
    'The local average monthly wage used to compute the basic pension, published every year. Hubei sets it per city: Wuhan 9,112 yuan in 2025.',
  termIndex: 'contribution index (缴费指数)',
  defIndex:
    "Each year's contribution base divided by the local standard (average wage) of that year, averaged over the contribution years. Contributing on the average wage gives 1; on 60% of it, 0.6.",
  termMonths: 'annuity divisor (计发月数)',
  defMonths:
    'The individual-account balance divided by this number of months gives the monthly account pension. It depends on the retirement age: 139 at 60, 170 at 55.',
  termDeemed: 'deemed contribution years (视同缴费年限)',
  defDeemed:
    'Years of continuous work before individual accounts began (January 1996 in Hubei) that count as contribution years; they also earn the transitional pension.',
  announceAdjustment: 'Monthly increase {increase}, new pension {pension}',
};
export default en;
