/**
 * Annual pension adjustment (基本养老金调整) for existing retirees: 定额 + 挂钩 (缴费年限, 本人养老金) + 倾斜 (高龄,
 * 艰苦边远地区), driven by a JSON-serialisable rule set for one region and year.
 * @module
 */
import type {
  AdjustmentRule,
  AdjustmentRuleSet,
  AgeTiltRule,
  Amount,
  FlatRule,
  PerYearRule,
} from './adjustment-types.js';
import { missingParameters } from './adjustment-params.js';
import { PolicyError, assertNumber, describeValue } from './errors.js';
import type { Ratio } from './money.js';
import { add, cmp, fenToYuan, fromNumber, int, mul, ratio, roundHalfUp, sub, toFen } from './money.js';
import type { YearsInput } from './years.js';
import { yearsToRatio } from './years.js';
import { daysInMonth, parseDate, parseYearMonth } from './yearmonth.js';

/** The retiree, as needed by {@link pensionAdjustment}. */
export interface AdjustmentPerson {
  /** Monthly basic pension before the adjustment (e.g. 本人2024年12月基本养老金), yuan. */
  readonly pension: number;
  /** 缴费年限 including deemed years: decimal or `{ years, months }`. */
  readonly contributionYears: YearsInput;
  /** Birth `'YYYY-MM'` or `'YYYY-MM-DD'` (for age tilts). Either `birth` or `age` is needed if the set has tilts. */
  readonly birth?: string;
  /** Age in full years as of the rule set's `ageAsOf` date (overrides `birth`). */
  readonly age?: number;
  /** Retirement month `'YYYY-MM'` or date `'YYYY-MM-DD'`, checked against `eligibility.retiredBy` when given. */
  readonly retiredAt?: string;
  /** Lives in a designated 艰苦边远地区. */
  readonly remoteArea?: boolean;
}

/** One part of the adjustment, for the breakdown. */
export interface AdjustmentPart {
  /** Rule id. */
  readonly ruleId: string;
  /** Rule kind. */
  readonly kind: AdjustmentRule['kind'] | 'minimum' | 'maximum';
  /** Chinese label. */
  readonly labelZh: string;
  /** English label. */
  readonly labelEn: string;
  /** Amount in yuan/month (rounded half-up to the fen); `null` if the rule's parameter is not yet entered. */
  readonly amount: number | null;
  /** Formula with the numbers filled in. */
  readonly formula: string;
  /** The rule that produced the part (absent for the minimum / maximum corrections). */
  readonly rule?: AdjustmentRule;
}

/** Result of {@link pensionAdjustment}. */
export interface AdjustmentResult {
  /** Whether the person is covered by the rule set (retired by `retiredBy`). */
  readonly eligible: boolean;
  /** Reason when not eligible (en / zh). */
  readonly reason?: { readonly en: string; readonly zh: string };
  /** Total monthly increase, yuan (sum of the parts, after minimum / maximum). 0 when not eligible. */
  readonly total: number;
  /** Total in fen. */
  readonly totalFen: number;
  /** Pension after the adjustment, yuan. */
  readonly newPension: number;
  /** Parts, in rule order, then any minimum / maximum correction. */
  readonly parts: readonly AdjustmentPart[];
  /** `false` when some parameters are still `null` (only with `allowIncomplete`); the total then omits them. */
  readonly complete: boolean;
  /** `true` only if the rule set is marked official. */
  readonly official: boolean;
  /** Provenance of the rule set. */
  readonly provenance: AdjustmentRuleSet['provenance'];
  /** Age used for tilts, if any. */
  readonly ageUsed?: number;
}

/** Options of {@link pensionAdjustment}. */
export interface AdjustmentOptions {
  /** Compute with missing (`null`) parameters left out instead of throwing `RULES_INCOMPLETE`. */
  readonly allowIncomplete?: boolean;
}

export { adjustedPensionMonth, missingParameters } from './adjustment-params.js';

// ---------------------------------------------------------------------------------------------------------------
// Computation

/** Age in full years on `asOf` (`YYYY-MM-DD`) for a birth `YYYY-MM` or `YYYY-MM-DD`. */
export function ageOn(birth: string, asOf: string): number {
  const a = parseDate(asOf, 'ageAsOf');
  let by: number;
  let bm: number;
  let bd: number | undefined;
  if (typeof birth === 'string' && birth.length === 7) {
    const b = parseYearMonth(birth, 'birth');
    by = b.year;
    bm = b.month;
  } else {
    const b = parseDate(birth, 'birth');
    by = b.year;
    bm = b.month;
    bd = b.day;
  }
  let passed: boolean;
  if (bm !== a.month) passed = bm < a.month;
  else if (bd !== undefined) passed = bd <= a.day;
  else if (a.day === daysInMonth(a.year, a.month)) passed = true;
  else {
    throw new PolicyError(
      'MISSING_PARAMETER',
      `birth ${birth} is in the same month as the reference date ${asOf}: give the full birth date 'YYYY-MM-DD' or the age`,
      `出生年月 ${birth} 与年龄计算基准日 ${asOf} 同月：请提供完整出生日期“YYYY-MM-DD”或直接提供年龄`,
      { field: 'birth', value: birth },
    );
  }
  const age = a.year - by - (passed ? 0 : 1);
  if (age < 0) {
    throw new PolicyError(
      'OUT_OF_RANGE',
      `birth ${birth} is after ${asOf}`,
      `出生日期 ${birth} 晚于 ${asOf}`,
      {
        field: 'birth',
        value: birth,
      },
    );
  }
  return age;
}

const KIND_LABELS: Record<AdjustmentRule['kind'], { zh: string; en: string }> = {
  flat: { zh: '定额调整', en: 'Flat amount' },
  'per-year': { zh: '挂钩调整（缴费年限）', en: 'Per contribution year' },
  percent: { zh: '挂钩调整（本人基本养老金）', en: 'Percentage of own pension' },
  'age-tilt': { zh: '高龄倾斜', en: 'Age supplement' },
  'remote-area': { zh: '艰苦边远地区倾斜', en: 'Remote-area supplement' },
};

const yuan = (r: Ratio): string => fenToYuan(toFen(r)).toFixed(2);
const numStr = (r: Ratio): string => {
  const x = Number(r.n) / Number(r.d);
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(4)));
};

interface Ctx {
  pension: Ratio;
  years: Ratio;
  age: number | undefined;
  remote: boolean;
}

function countYears(years: Ratio, mode: PerYearRule['yearCounting']): Ratio {
  if (mode === 'exact') return years;
  const floor = years.n / years.d; // non-negative
  if (mode === 'round-up') return int(years.n % years.d === 0n ? floor : floor + 1n);
  return int(floor);
}

/** Computes one rule: exact amount or null (missing parameter), plus a formula. */
function applyRule(rule: AdjustmentRule, c: Ctx): { exact: Ratio | null; formula: string } {
  switch (rule.kind) {
    case 'flat': {
      if (rule.bands) {
        const band = (rule as FlatRule).bands!.find(
          (b) =>
            (b.minPension === undefined || cmp(c.pension, fromNumber(b.minPension)) >= 0) &&
            (b.maxPension === undefined || cmp(c.pension, fromNumber(b.maxPension)) < 0),
        );
        if (!band) return { exact: int(0), formula: `pension ${numStr(c.pension)} matches no band → 0` };
        const range = `[${band.minPension ?? '−∞'}, ${band.maxPension ?? '+∞'})`;
        if (band.amount === null) return { exact: null, formula: `band ${range}: amount not entered` };
        return { exact: fromNumber(band.amount), formula: `band ${range} → ${band.amount}` };
      }
      if (rule.amount === null || rule.amount === undefined)
        return { exact: null, formula: 'amount not entered' };
      return { exact: fromNumber(rule.amount), formula: `${rule.amount}` };
    }
    case 'per-year': {
      const counted = countYears(c.years, rule.yearCounting ?? 'full-years');
      let exact: Ratio | null;
      let formula: string;
      if (rule.segments) {
        exact = int(0);
        const parts: string[] = [];
        for (const s of rule.segments) {
          const from = fromNumber(s.fromYears);
          const to = s.toYears === undefined || s.toYears === null ? undefined : fromNumber(s.toYears);
          const upper = to === undefined || cmp(counted, to) < 0 ? counted : to;
          const inSeg = cmp(upper, from) > 0 ? sub(upper, from) : int(0);
          if (cmp(inSeg, int(0)) === 0) continue;
          if (s.amountPerYear === null) {
            exact = null;
            parts.push(`${numStr(inSeg)} × (not entered)`);
            continue;
          }
          if (exact) exact = add(exact, mul(inSeg, fromNumber(s.amountPerYear)));
          parts.push(`${numStr(inSeg)} × ${s.amountPerYear}`);
        }
        formula = parts.length ? parts.join(' + ') : '0';
      } else if (rule.amountPerYear === null || rule.amountPerYear === undefined) {
        return { exact: null, formula: `${numStr(counted)} years × (not entered)` };
      } else {
        exact = mul(counted, fromNumber(rule.amountPerYear));
        formula = `${numStr(counted)} × ${rule.amountPerYear}`;
      }
      if (exact && rule.minimumAmount !== undefined) {
        if (rule.minimumAmount === null) return { exact: null, formula: `${formula}; minimum not entered` };
        const min = fromNumber(rule.minimumAmount);
        if (cmp(exact, min) < 0) {
          formula = `${formula} = ${yuan(exact)} < minimum ${rule.minimumAmount} → ${rule.minimumAmount}`;
          exact = min;
        }
      }
      return { exact, formula: exact ? `${formula} = ${yuan(exact)}` : formula };
    }
    case 'percent': {
      if (rule.percent === null) return { exact: null, formula: `${numStr(c.pension)} × (not entered)%` };
      const exact = mul(c.pension, mul(fromNumber(rule.percent), ratio(1n, 100n)));
      return { exact, formula: `${numStr(c.pension)} × ${rule.percent}% = ${yuan(exact)}` };
    }
    case 'age-tilt': {
      const age = c.age;
      if (age === undefined) throw new Error('unreachable: age required');
      const matching = (rule as AgeTiltRule).bands.filter(
        (b) => age >= b.minAge && (b.maxAge === undefined || b.maxAge === null || age <= b.maxAge),
      );
      if (matching.length === 0) return { exact: int(0), formula: `age ${age}: no band → 0` };
      const used = rule.cumulative
        ? matching
        : [matching.reduce((best, b) => (b.minAge > best.minAge ? b : best))];
      if (used.some((b) => b.amount === null))
        return { exact: null, formula: `age ${age}: amount not entered` };
      const exact = used.reduce<Ratio>((s, b) => add(s, fromNumber(b.amount as number)), int(0));
      const bands = used.map((b) => `${b.minAge}–${b.maxAge ?? ''}: ${b.amount}`).join(' + ');
      return { exact, formula: `age ${age} → ${bands}` };
    }
    case 'remote-area': {
      if (!c.remote) return { exact: int(0), formula: 'not in a designated remote area → 0' };
      if (rule.amount === null) return { exact: null, formula: 'amount not entered' };
      return { exact: fromNumber(rule.amount), formula: `${rule.amount}` };
    }
  }
}

/**
 * {@link pensionAdjustment} for a rule set known to be valid (checked once by {@link parseAdjustmentRules} or
 * `adjustmentRegistry`, or one of the built-in rule sets): the same result, without validating the rule set
 * again, so code that computes with trusted rule sets does not carry the validator. A rule set of the wrong
 * shape gives undefined results here.
 * @throws {@link PolicyError} `RULES_INCOMPLETE`, `INVALID_NUMBER`, `MISSING_PARAMETER`
 */
export function applyAdjustmentRules(
  person: AdjustmentPerson,
  set: AdjustmentRuleSet,
  options: AdjustmentOptions = {},
): AdjustmentResult {
  const missing = missingParameters(set);
  if (missing.length > 0 && !options.allowIncomplete) {
    throw new PolicyError(
      'RULES_INCOMPLETE',
      `the ${set.provenance.region} ${set.provenance.year} rule set has parameters not yet entered: ${missing.join(', ')}`,
      `${set.provenance.region}${set.provenance.year}年调整规则尚有未填写的参数：${missing.join('、')}`,
      { missing },
    );
  }
  if (typeof person !== 'object' || person === null) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `person must be an object, got ${describeValue(person)}`,
      `person 应为对象，实际为 ${describeValue(person)}`,
      { field: 'person', value: person },
    );
  }
  assertNumber(person.pension, 'pension', { min: 0 });
  const pension = fromNumber(person.pension, 'pension');
  const years = yearsToRatio(person.contributionYears, 'contributionYears');
  const official = set.provenance.official;
  const pensionFen = toFen(pension);
  const base = {
    provenance: set.provenance,
    official,
    complete: missing.length === 0,
  };

  // Eligibility
  const retiredBy = set.eligibility?.retiredBy;
  if (retiredBy !== undefined && person.retiredAt !== undefined) {
    const by = parseDate(retiredBy, 'eligibility.retiredBy');
    const at =
      person.retiredAt.length === 7
        ? { ...parseYearMonth(person.retiredAt, 'retiredAt'), day: 1 }
        : parseDate(person.retiredAt, 'retiredAt');
    const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
    if (key(at) > key(by)) {
      return {
        ...base,
        eligible: false,
        reason: {
          en: `Retired after ${retiredBy}: not covered by the ${set.provenance.year} adjustment.`,
          zh: `${retiredBy}以后退休，不在${set.provenance.year}年调整范围内。`,
        },
        total: 0,
        totalFen: 0,
        newPension: fenToYuan(pensionFen),
        parts: [],
      };
    }
  }

  // Age for tilts
  let age: number | undefined;
  if (set.rules.some((r) => r.kind === 'age-tilt')) {
    if (person.age !== undefined) age = assertNumber(person.age, 'age', { integer: true, min: 0, max: 150 });
    else if (person.birth !== undefined) {
      const asOf = set.ageAsOf ?? `${set.provenance.year - 1}-12-31`;
      age = ageOn(person.birth, asOf);
    } else {
      throw new PolicyError(
        'MISSING_PARAMETER',
        "the rule set has age supplements: give the person's birth or age",
        '该调整规则含高龄倾斜：请提供出生年月或年龄',
        { field: 'birth' },
      );
    }
  }

  const ctx: Ctx = { pension, years, age, remote: person.remoteArea === true };
  const parts: AdjustmentPart[] = [];
  let totalFen = 0;
  for (const rule of set.rules) {
    const { exact, formula } = applyRule(rule, ctx);
    const label = KIND_LABELS[rule.kind];
    const fen = exact === null ? null : toFen(exact);
    if (fen !== null) totalFen += fen;
    parts.push({
      ruleId: rule.id,
      kind: rule.kind,
      labelZh: rule.labelZh ?? label.zh,
      labelEn: label.en,
      amount: fen === null ? null : fenToYuan(fen),
      formula,
      rule,
    });
  }
  if (typeof set.minimumIncrease === 'number') {
    const minFen = Number(roundHalfUp(mul(fromNumber(set.minimumIncrease), int(100))));
    if (totalFen < minFen) {
      parts.push({
        ruleId: 'minimumIncrease',
        kind: 'minimum',
        labelZh: '补足至最低调整额',
        labelEn: 'Top-up to the minimum increase',
        amount: fenToYuan(minFen - totalFen),
        formula: `${fenToYuan(totalFen).toFixed(2)} < ${set.minimumIncrease} → +${fenToYuan(minFen - totalFen).toFixed(2)}`,
      });
      totalFen = minFen;
    }
  }
  if (typeof set.maximumIncrease === 'number') {
    const maxFen = Number(roundHalfUp(mul(fromNumber(set.maximumIncrease), int(100))));
    if (totalFen > maxFen) {
      parts.push({
        ruleId: 'maximumIncrease',
        kind: 'maximum',
        labelZh: '超过最高调整额部分扣减',
        labelEn: 'Capped at the maximum increase',
        amount: fenToYuan(maxFen - totalFen),
        formula: `${fenToYuan(totalFen).toFixed(2)} > ${set.maximumIncrease} → ${fenToYuan(maxFen - totalFen).toFixed(2)}`,
      });
      totalFen = maxFen;
    }
  }
  return {
    ...base,
    eligible: true,
    total: fenToYuan(totalFen),
    totalFen,
    newPension: fenToYuan(pensionFen + totalFen),
    parts,
    ...(age === undefined ? {} : { ageUsed: age }),
  };
}

/** Re-exported for convenience: the `Amount` type of rule parameters. */
export type { Amount };
