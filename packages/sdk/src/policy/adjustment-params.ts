/**
 * Reading a pension-adjustment rule set without validating it: the month it adjusts and the parameters not yet
 * entered. Shared by the validator (`adjustment-check.ts`) and the computation (`adjustment.ts`).
 * @module
 */
import type { AdjustmentRuleSet } from './adjustment-types.js';
import { parseDate } from './yearmonth.js';

/** The month whose pension the rule set adjusts, `YYYY-MM` (see `AdjustmentRuleSet.pensionMonth`). */
export function adjustedPensionMonth(rules: AdjustmentRuleSet): string {
  if (rules.pensionMonth) return rules.pensionMonth;
  const from = rules.eligibility?.effectiveFrom;
  if (from) {
    const d = parseDate(from, 'eligibility.effectiveFrom');
    const prev = d.month === 1 ? { y: d.year - 1, m: 12 } : { y: d.year, m: d.month - 1 };
    return `${prev.y}-${String(prev.m).padStart(2, '0')}`;
  }
  return `${rules.provenance.year - 1}-12`;
}

/**
 * Lists the parameters of a rule set that are still `null` (paths such as `rules[0].amount`).
 * An empty list means the rule set is complete.
 */
export function missingParameters(rules: AdjustmentRuleSet): string[] {
  const out: string[] = [];
  rules.rules.forEach((r, i) => {
    const p = `rules[${i}]`;
    switch (r.kind) {
      case 'flat':
        if (r.amount === null) out.push(`${p}.amount`);
        r.bands?.forEach((b, j) => b.amount === null && out.push(`${p}.bands[${j}].amount`));
        break;
      case 'per-year':
        if (r.amountPerYear === null) out.push(`${p}.amountPerYear`);
        if (r.minimumAmount === null) out.push(`${p}.minimumAmount`);
        r.segments?.forEach(
          (s, j) => s.amountPerYear === null && out.push(`${p}.segments[${j}].amountPerYear`),
        );
        break;
      case 'percent':
        if (r.percent === null) out.push(`${p}.percent`);
        break;
      case 'age-tilt':
        r.bands.forEach((b, j) => b.amount === null && out.push(`${p}.bands[${j}].amount`));
        break;
      case 'remote-area':
        if (r.amount === null) out.push(`${p}.amount`);
        break;
    }
  });
  if (rules.minimumIncrease === null) out.push('minimumIncrease');
  if (rules.maximumIncrease === null) out.push('maximumIncrease');
  return out;
}
