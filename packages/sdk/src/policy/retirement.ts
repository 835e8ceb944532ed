/**
 * Statutory retirement age after the 2025 reform (渐进式延迟法定退休年龄) and flexible retirement bounds.
 *
 * Implements 《国务院关于渐进式延迟法定退休年龄的办法》 第一条 (rates, targets), 第二条 (minimum contribution)
 * and 第三条 (flexible early / delayed retirement), at month granularity. The birth day is ignored.
 * @module
 */
import { PolicyError, assertNumber, describeValue } from './errors.js';
import type { MinimumContribution } from './contribution.js';
import { minimumContribution } from './contribution.js';
import type { PolicySourceId } from './sources.js';
import type { YearMonth, YearMonthParts, YearsMonths } from './yearmonth.js';
import {
  formatAgeZh,
  formatYearMonth,
  fromMonthIndex,
  monthIndex,
  parseYearMonth,
  toYearsMonths,
} from './yearmonth.js';

/**
 * The person's **original** statutory retirement category (not a job title):
 * - `male`: men, originally 60, delayed to 63;
 * - `female-55`: women whose original statutory age is 55 (often called 女干部), delayed to 58;
 * - `female-50`: women whose original statutory age is 50 (often called 女工人), delayed to 55.
 */
export type RetirementCategory = 'male' | 'female-55' | 'female-50';

/** Parameters of one category (办法 第一条, HIGH). */
export interface CategoryRule {
  /** Category key. */
  readonly category: RetirementCategory;
  /** Chinese label. */
  readonly labelZh: string;
  /** Original statutory age in years (60 / 55 / 50). */
  readonly originalAgeYears: number;
  /** Target age in years (63 / 58 / 55). */
  readonly targetAgeYears: number;
  /** One month of delay per `step` birth months (4 / 4 / 2). */
  readonly step: number;
  /** Maximum delay in months (36 / 36 / 60). */
  readonly maxDelayMonths: number;
  /** First birth month affected by the reform (original retirement month 2025-01). */
  readonly firstAffectedBirth: YearMonth;
  /** First birth month reaching the cap. */
  readonly capReachedBirth: YearMonth;
  /** Last row of the official 对照表 (附件1–3); later births keep the target age. */
  readonly lastTableBirth: YearMonth;
}

/** The three category rules (办法 第一条; 附件1–3). */
export const CATEGORY_RULES: Readonly<Record<RetirementCategory, CategoryRule>> = {
  male: {
    category: 'male',
    labelZh: '男职工',
    originalAgeYears: 60,
    targetAgeYears: 63,
    step: 4,
    maxDelayMonths: 36,
    firstAffectedBirth: '1965-01' as YearMonth,
    capReachedBirth: '1976-09' as YearMonth,
    lastTableBirth: '1976-12' as YearMonth,
  },
  'female-55': {
    category: 'female-55',
    labelZh: '原法定退休年龄五十五周岁的女职工',
    originalAgeYears: 55,
    targetAgeYears: 58,
    step: 4,
    maxDelayMonths: 36,
    firstAffectedBirth: '1970-01' as YearMonth,
    capReachedBirth: '1981-09' as YearMonth,
    lastTableBirth: '1981-12' as YearMonth,
  },
  'female-50': {
    category: 'female-50',
    labelZh: '原法定退休年龄五十周岁的女职工',
    originalAgeYears: 50,
    targetAgeYears: 55,
    step: 2,
    maxDelayMonths: 60,
    firstAffectedBirth: '1975-01' as YearMonth,
    capReachedBirth: '1984-11' as YearMonth,
    lastTableBirth: '1984-12' as YearMonth,
  },
};

/** The date the reform took effect. */
export const REFORM_EFFECTIVE: YearMonth = '2025-01' as YearMonth;
/** Flexible early retirement: at most this many months before the statutory age (办法 第三条). */
export const FLEXIBLE_EARLY_MAX_MONTHS = 36;
/** Flexible delayed retirement: at most this many months after the statutory age (办法 第三条). */
export const FLEXIBLE_DELAY_MAX_MONTHS = 36;

/** Input of {@link statutoryRetirement}. */
export interface RetirementInput {
  /** Birth month, `'YYYY-MM'` (the birth day is ignored by the rule). */
  readonly birth: string;
  /** Original statutory category. `'female_55'` / `'female_50'` are accepted as aliases. */
  readonly category: RetirementCategory | 'female_55' | 'female_50';
}

/** A retirement point: an age and the calendar month it is reached. */
export interface RetirementPoint {
  /** Age `{ years, months }`. */
  readonly age: YearsMonths;
  /** Age in months. */
  readonly ageMonths: number;
  /** Chinese label, e.g. `60岁1个月`. */
  readonly ageZh: string;
  /** Calendar month, `'YYYY-MM'`. */
  readonly at: YearMonth;
  /**
   * Minimum contribution that applies when retiring at this point: the statutory year for statutory and delayed
   * retirement (第二条, HIGH / 94号, MED), the chosen year for flexible early retirement (MED).
   */
  readonly minContribution: MinimumContribution;
}

/** Result of {@link statutoryRetirement}. */
export interface StatutoryRetirement {
  /** Normalised birth month. */
  readonly birth: YearMonth;
  /** Normalised category. */
  readonly category: RetirementCategory;
  /** Category parameters used. */
  readonly rule: CategoryRule;
  /** Original statutory age (60 / 55 / 50). */
  readonly originalAge: YearsMonths;
  /** Month the original age would have been reached. */
  readonly originalRetireAt: YearMonth;
  /** `true` if the reform delays this person (birth ≥ first affected month). */
  readonly affected: boolean;
  /** Delay in months (延迟月数), 0 for people not affected. */
  readonly delayMonths: number;
  /** `true` if the delay has reached the category cap. */
  readonly capReached: boolean;
  /** `true` if the birth month is after the last row of the official 对照表 (flat target age). */
  readonly beyondOfficialTable: boolean;
  /** New statutory age (改革后法定退休年龄). */
  readonly age: YearsMonths;
  /** New statutory age in months. */
  readonly ageMonths: number;
  /** Chinese label, e.g. `61岁4个月`. */
  readonly ageZh: string;
  /** Statutory retirement month (改革后退休时间), `'YYYY-MM'`. */
  readonly retireAt: YearMonth;
  /** Minimum contribution for the statutory retirement year (最低缴费年限). */
  readonly minContribution: MinimumContribution;
  /** Earliest flexible retirement: `max(original age, statutory − 36 months)`. Needs the minimum contribution. */
  readonly earliest: RetirementPoint;
  /** Latest flexible retirement: statutory + 36 months. Needs the employer's agreement. */
  readonly latest: RetirementPoint;
  /**
   * `true` if the statutory month is before 2025-01: the flexible-retirement rules (in force from 2025-01-01) did not
   * exist then, so `earliest` / `latest` are formula values only.
   */
  readonly beforeReform: boolean;
  /** Step-by-step explanation of the computation, in Chinese and English, for display. */
  readonly steps: readonly RetirementStep[];
  /** Source ids for the figures (see `policySource`). */
  readonly sources: readonly PolicySourceId[];
}

/** One line of the retirement explanation. */
export interface RetirementStep {
  /** Which step. */
  readonly key: 'delay' | 'age' | 'retireAt' | 'minContribution' | 'earliest' | 'latest';
  /** Chinese text. */
  readonly zh: string;
  /** English text. */
  readonly en: string;
}

/**
 * Normalises and validates a category.
 * @throws {@link PolicyError} `UNKNOWN_CATEGORY`
 */
export function parseCategory(value: unknown): RetirementCategory {
  if (value === 'male' || value === 'female-55' || value === 'female-50') return value;
  if (value === 'female_55') return 'female-55';
  if (value === 'female_50') return 'female-50';
  throw new PolicyError(
    'UNKNOWN_CATEGORY',
    `category must be 'male', 'female-55' or 'female-50' (the person's original statutory retirement age), got ${describeValue(value)}`,
    `category 必须是 'male'（男职工）、'female-55'（原55周岁女职工）或 'female-50'（原50周岁女职工），实际为 ${describeValue(value)}`,
    { field: 'category', value },
  );
}

/**
 * Delay in months for a birth month (办法 第一条; algorithm §1.3 of the reference):
 * `d = birth − firstAffected; delay = d < 0 ? 0 : min(floor(d / step) + 1, cap)`.
 */
export function delayMonthsFor(birth: YearMonthParts, rule: CategoryRule): number {
  const d = monthIndex(birth) - monthIndex(parseYearMonth(rule.firstAffectedBirth));
  return d < 0 ? 0 : Math.min(Math.floor(d / rule.step) + 1, rule.maxDelayMonths);
}

function point(birthIndex: number, ageMonths: number, minYear: number): RetirementPoint {
  const age = toYearsMonths(ageMonths);
  return {
    age,
    ageMonths,
    ageZh: formatAgeZh(age),
    at: formatYearMonth(fromMonthIndex(birthIndex + ageMonths)),
    minContribution: minimumContribution(minYear),
  };
}

/**
 * Statutory retirement age and month after the 2025 reform, with the flexible early / delayed bounds.
 *
 * @param input - `{ birth: 'YYYY-MM', category: 'male' | 'female-55' | 'female-50' }`
 * @throws {@link PolicyError} `INVALID_YEAR_MONTH` (bad format, month 13), `OUT_OF_RANGE` (year outside 1900–2100),
 *   `UNKNOWN_CATEGORY`
 *
 * @example
 * ```ts
 * const r = statutoryRetirement({ birth: '1970-01', category: 'male' });
 * r.delayMonths; // 16
 * r.age;         // { years: 61, months: 4 }
 * r.retireAt;    // '2031-05'
 * r.minContribution; // 16 years (192 months)
 * r.earliest.at; // '2030-01' (60y0m); r.latest.at: '2034-05' (64y4m)
 * ```
 */
export function statutoryRetirement(input: RetirementInput): StatutoryRetirement {
  if (typeof input !== 'object' || input === null) {
    throw new PolicyError(
      'INVALID_YEAR_MONTH',
      `statutoryRetirement expects { birth: 'YYYY-MM', category }, got ${describeValue(input)}`,
      `statutoryRetirement 的参数应为 { birth: 'YYYY-MM', category }，实际为 ${describeValue(input)}`,
      { value: input },
    );
  }
  const category = parseCategory(input.category);
  const birthParts = parseYearMonth(input.birth, 'birth');
  const rule = CATEGORY_RULES[category];
  const birthIndex = monthIndex(birthParts);
  const originalMonths = rule.originalAgeYears * 12;
  const delayMonths = delayMonthsFor(birthParts, rule);
  const ageMonths = originalMonths + delayMonths;
  const age = toYearsMonths(ageMonths);
  const retireIndex = birthIndex + ageMonths;
  const retireYear = fromMonthIndex(retireIndex).year;
  const earliestMonths = Math.max(originalMonths, ageMonths - FLEXIBLE_EARLY_MAX_MONTHS);
  const latestMonths = ageMonths + FLEXIBLE_DELAY_MAX_MONTHS;
  const earliestYear = fromMonthIndex(birthIndex + earliestMonths).year;
  const retireAt = formatYearMonth(fromMonthIndex(retireIndex));
  const birth = formatYearMonth(birthParts);
  const minContribution = minimumContribution(retireYear);
  const earliest = point(birthIndex, earliestMonths, Math.min(earliestYear, retireYear));
  const latest = point(birthIndex, latestMonths, retireYear);
  const d = birthIndex - monthIndex(parseYearMonth(rule.firstAffectedBirth));
  const stepWord = rule.step === 4 ? '四' : '二';
  const steps: RetirementStep[] = [
    d < 0
      ? {
          key: 'delay',
          zh: `出生于${birth}，早于${rule.firstAffectedBirth}，不延迟（延迟0个月）。`,
          en: `Born ${birth}, before ${rule.firstAffectedBirth}: not affected (0 months).`,
        }
      : {
          key: 'delay',
          zh: `出生于${birth}，比${rule.firstAffectedBirth}晚${d}个月；每${stepWord}个月延迟一个月：⌊${d}÷${rule.step}⌋+1 = ${Math.floor(d / rule.step) + 1}${Math.floor(d / rule.step) + 1 > rule.maxDelayMonths ? `，以${rule.maxDelayMonths}个月为上限` : ''}，延迟${delayMonths}个月。`,
          en: `Born ${birth}, ${d} months after ${rule.firstAffectedBirth}; one month per ${rule.step} months: ⌊${d}/${rule.step}⌋+1 = ${Math.floor(d / rule.step) + 1}${Math.floor(d / rule.step) + 1 > rule.maxDelayMonths ? `, capped at ${rule.maxDelayMonths}` : ''}: ${delayMonths} months.`,
        },
    {
      key: 'age',
      zh: `法定退休年龄 = ${rule.originalAgeYears}岁 + ${delayMonths}个月 = ${formatAgeZh(age)}。`,
      en: `Statutory age = ${rule.originalAgeYears} years + ${delayMonths} months = ${age.years} years ${age.months} months.`,
    },
    {
      key: 'retireAt',
      zh: `退休时间 = ${birth} + ${formatAgeZh(age)} = ${retireAt}。`,
      en: `Retirement month = ${birth} + ${age.years}y${age.months}m = ${retireAt}.`,
    },
    {
      key: 'minContribution',
      zh: `${retireYear}年到龄，最低缴费年限为${minContribution.labelZh}。`,
      en: `Reaching the age in ${retireYear}: minimum contribution ${minContribution.years} years ${minContribution.months} months.`,
    },
    {
      key: 'earliest',
      zh: `弹性提前最早${earliest.ageZh}（${earliest.at}），不早于原法定退休年龄${rule.originalAgeYears}岁，须达到最低缴费年限（${earliest.minContribution.labelZh}）。`,
      en: `Earliest flexible retirement ${earliest.age.years}y${earliest.age.months}m (${earliest.at}), never below ${rule.originalAgeYears}; needs the minimum contribution.`,
    },
    {
      key: 'latest',
      zh: `弹性延迟最晚${latest.ageZh}（${latest.at}），须与单位协商一致。`,
      en: `Latest flexible retirement ${latest.age.years}y${latest.age.months}m (${latest.at}), with the employer's agreement.`,
    },
  ];
  return {
    birth,
    category,
    rule,
    originalAge: { years: rule.originalAgeYears, months: 0 },
    originalRetireAt: formatYearMonth(fromMonthIndex(birthIndex + originalMonths)),
    affected: delayMonths > 0,
    delayMonths,
    capReached: delayMonths === rule.maxDelayMonths,
    beyondOfficialTable: birthIndex > monthIndex(parseYearMonth(rule.lastTableBirth)),
    age,
    ageMonths,
    ageZh: formatAgeZh(age),
    retireAt,
    minContribution,
    earliest,
    latest,
    beforeReform: retireIndex < monthIndex(parseYearMonth(REFORM_EFFECTIVE)),
    steps,
    sources: ['retirement-age', 'min-contribution', 'flexible-retirement', 'flexible-min-contribution-year'],
  };
}

/** Kind of a chosen retirement month relative to the statutory one. */
export type RetirementChoiceKind = 'early' | 'statutory' | 'delayed';

/** Result of {@link checkRetirementChoice}. */
export interface RetirementChoice {
  /** The chosen month. */
  readonly retireAt: YearMonth;
  /** Age at the chosen month. */
  readonly age: YearsMonths;
  /** Chinese age label. */
  readonly ageZh: string;
  /** Early (弹性提前), statutory, or delayed (弹性延迟). */
  readonly kind: RetirementChoiceKind;
  /** Months before (negative) or after (positive) the statutory month. */
  readonly offsetMonths: number;
  /** `true` if the month is within the flexible bounds. */
  readonly withinBounds: boolean;
  /** Minimum contribution that applies to this choice. */
  readonly minContribution: MinimumContribution;
  /**
   * `true` / `false` when `contributionMonths` was given: whether the minimum is met (required for early retirement;
   * otherwise the person may 延长缴费 or 一次性缴费, 第二条). `undefined` when not given.
   */
  readonly meetsMinimum: boolean | undefined;
  /** Months still missing to the minimum (0 if met or unknown). */
  readonly shortfallMonths: number;
  /** Conditions that apply, in English and Chinese. */
  readonly conditions: readonly { readonly en: string; readonly zh: string }[];
  /** The statutory computation this choice was checked against. */
  readonly statutory: StatutoryRetirement;
}

/**
 * Checks a chosen retirement month against the statutory month and the flexible bounds (办法 第三条).
 *
 * @param input - birth, category, the chosen month `retireAt` and optionally the contribution months so far
 *   (counted up to the chosen month)
 * @throws {@link PolicyError} on invalid input
 *
 * @example
 * ```ts
 * checkRetirementChoice({ birth: '1965-11', category: 'male', retireAt: '2025-12', contributionMonths: 400 });
 * // kind 'early', age 60y1m, withinBounds true, meetsMinimum true
 * ```
 */
export function checkRetirementChoice(
  input: RetirementInput & { readonly retireAt: string; readonly contributionMonths?: number },
): RetirementChoice {
  const statutory = statutoryRetirement(input);
  const chosen = parseYearMonth(input.retireAt, 'retireAt');
  if (input.contributionMonths !== undefined)
    assertNumber(input.contributionMonths, 'contributionMonths', { min: 0, integer: true });
  const birthIndex = monthIndex(parseYearMonth(statutory.birth));
  const ageMonths = monthIndex(chosen) - birthIndex;
  const offsetMonths = ageMonths - statutory.ageMonths;
  const kind: RetirementChoiceKind = offsetMonths < 0 ? 'early' : offsetMonths > 0 ? 'delayed' : 'statutory';
  const withinBounds = ageMonths >= statutory.earliest.ageMonths && ageMonths <= statutory.latest.ageMonths;
  const minContribution = kind === 'early' ? minimumContribution(chosen.year) : statutory.minContribution;
  const meetsMinimum =
    input.contributionMonths === undefined
      ? undefined
      : input.contributionMonths >= minContribution.totalMonths;
  const shortfallMonths =
    input.contributionMonths === undefined
      ? 0
      : Math.max(0, minContribution.totalMonths - input.contributionMonths);
  const conditions: { en: string; zh: string }[] = [];
  if (!withinBounds) {
    conditions.push({
      en: `Outside the flexible range ${statutory.earliest.at} – ${statutory.latest.at}.`,
      zh: `超出弹性退休范围 ${statutory.earliest.at} 至 ${statutory.latest.at}。`,
    });
  }
  if (kind === 'early') {
    conditions.push({
      en: 'Flexible early retirement is voluntary and requires the minimum contribution years; notify the employer in writing at least 3 months before (人社部发〔2024〕94号, MED).',
      zh: '弹性提前退休须本人自愿且达到最低缴费年限，并提前3个月以书面形式告知所在单位（人社部发〔2024〕94号，中等可信度）。',
    });
  }
  if (kind === 'delayed') {
    conditions.push({
      en: "Flexible delayed retirement needs the employer's agreement, in writing at least 1 month before the statutory date (人社部发〔2024〕94号, MED).",
      zh: '弹性延迟退休须所在单位与职工协商一致，并在达到法定退休年龄前1个月以书面形式确定（人社部发〔2024〕94号，中等可信度）。',
    });
  }
  if (meetsMinimum === false && kind !== 'early') {
    conditions.push({
      en: 'Below the minimum contribution: contributions may be extended (延长缴费) or paid as a lump sum (一次性缴费) (办法 第二条).',
      zh: '未达到最低缴费年限的，可以按照规定通过延长缴费或者一次性缴费的办法达到最低缴费年限（办法第二条）。',
    });
  }
  const age = toYearsMonths(Math.max(0, ageMonths));
  return {
    retireAt: formatYearMonth(chosen),
    age,
    ageZh: formatAgeZh(age),
    kind,
    offsetMonths,
    withinBounds: withinBounds && ageMonths >= 0,
    minContribution,
    meetsMinimum,
    shortfallMonths,
    conditions,
    statutory,
  };
}
