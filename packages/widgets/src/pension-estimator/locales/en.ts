import type { PensionEstimatorMessages } from '../pension-estimator.js';

/** Texts of <hbrs-pension-estimator> (en). */
const en: PensionEstimatorMessages = {
  title: 'Pension estimator',
  tablist: 'Type of estimate',
  tabAdjustment: 'Annual increase (retired)',
  tabRetirement: 'Pension at retirement (working)',
  rulesUnsafeUrl: 'The rules address is not valid: only http or https addresses are accepted.',
  perMonth: 'yuan/month',
  yuan: 'yuan',
  yearsUnit: 'years',
  birthYear: 'Year of birth',
  birthMonth: 'Month of birth',
  choose: 'Choose…',
  month: 'Month {m}',
  colPart: 'Part',
  colAmount: 'Amount (yuan/month)',
  emptyTitle: 'No estimate yet',
  emptyBody: 'Fill in the fields above and the result appears here straight away.',
  useExample: 'Fill in example values',
  computeError: 'Cannot estimate: {message}',
  glossary: 'Glossary',
  helpFor: 'What is the {term}?',
  close: 'Close',
  termBase: 'pension base',
  defBase:
    'The local average monthly wage used to compute the basic pension, published every year. Hubei sets it per city: Wuhan 9,112 yuan in 2025.',
  termIndex: 'contribution index',
  defIndex:
    "Each year's contribution base divided by the local standard (average wage) of that year, averaged over the contribution years. Contributing on the average wage gives 1; on 60% of it, 0.6.",
  termMonths: 'annuity divisor',
  defMonths:
    'The individual-account balance divided by this number of months gives the monthly account pension. It depends on the retirement age: 139 at 60, 170 at 55.',
  termDeemed: 'deemed contribution years',
  defDeemed:
    'Years of continuous work before individual accounts began (January 1996 in Hubei) that count as contribution years; they also earn the transitional pension.',
};
export default en;
