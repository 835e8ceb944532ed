/**
 * Form model of <hbrs-pension-estimator>: the fields, their bounds, parsing of what a person typed
 * (full-width digits accepted) and the computations through `@hbrs/sdk/policy`. No DOM.
 */
import { parseNumberInput, type NumberInputError } from '@hbrs/core';
import {
  PolicyError,
  basicPension,
  clampContributionBase,
  contributionSchedule,
  hubeiContributionBase,
  hubeiPensionBase,
  pensionAdjustment,
  projectAccount,
  statutoryRetirement,
  type AccountProjection,
  type AdjustmentResult,
  type AdjustmentRuleSet,
  type BasicPensionResult,
  type HubeiPensionBase,
  type StatutoryRetirement,
} from '@hbrs/sdk/policy';

/** The two modes of the estimator. */
export type PensionMode = 'adjustment' | 'retirement';
export const MODES: readonly PensionMode[] = ['adjustment', 'retirement'];

/** Numeric fields and their bounds (inclusive). */
export const SPECS = {
  // adjustment
  pension: { min: 0, max: 100000 },
  years: { min: 0, max: 70 },
  aby: { min: 1900, max: 2100, integer: true },
  // retirement
  base: { min: 1, max: 100000 },
  index: { min: 0.6, max: 3 },
  ry: { min: 0, max: 60 },
  deemed: { min: 0, max: 50, optional: true },
  balance: { min: 0, max: 100000000 },
  cbal: { min: 0, max: 100000000, optional: true },
  wage: { min: 0, max: 1000000 },
  left: { min: 0, max: 50, integer: true },
  rate: { min: 0, max: 20, optional: true },
  ageY: { min: 40, max: 70, integer: true },
  ageM: { min: 0, max: 11, integer: true, optional: true },
  rby: { min: 1930, max: 2100, integer: true, optional: true },
  // index estimate helper
  iw: { min: 0, max: 1000000 },
  ia: { min: 1, max: 1000000 },
} as const satisfies Record<
  string,
  { min: number; max: number; integer?: boolean; optional?: boolean }
>;

export type NumericField = keyof typeof SPECS;
/** Every field kept as the text the person typed or chose. */
export type FieldName = NumericField | 'abm' | 'remote' | 'city' | 'acct' | 'rbm' | 'cat';
export type Values = Partial<Record<FieldName, string>>;

/** Fields mirrored in the URL (the index helper stays local). */
export const URL_FIELDS: readonly FieldName[] = [
  'pension',
  'years',
  'aby',
  'abm',
  'remote',
  'city',
  'base',
  'index',
  'ry',
  'deemed',
  'acct',
  'balance',
  'cbal',
  'wage',
  'left',
  'rate',
  'ageY',
  'ageM',
  'rby',
  'rbm',
  'cat',
];

/** Default assumed future 记账利率, percent: the last confirmed national rate (2024: 2.62%). */
export const DEFAULT_FUTURE_RATE = 2.62;

export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: NumberInputError };

/** Parses one numeric field; an optional empty field is `{ ok: true, value: undefined }`. */
export function parseField(values: Values, name: NumericField, maxYear?: number): Parsed {
  const spec: { min: number; max: number; integer?: boolean; optional?: boolean } = SPECS[name];
  const raw = values[name] ?? '';
  if (spec.optional && raw.trim() === '') return { ok: true, value: undefined };
  const max = maxYear !== undefined && (name === 'aby' || name === 'rby') ? maxYear : spec.max;
  return parseNumberInput(raw, { min: spec.min, max, integer: spec.integer });
}

/** Bounds shown in an out-of-range message. */
export function boundsOf(name: NumericField, maxYear?: number): { min: number; max: number } {
  const spec = SPECS[name];
  return {
    min: spec.min,
    max: maxYear !== undefined && (name === 'aby' || name === 'rby') ? maxYear : spec.max,
  };
}

/** Year (and month) today in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get('year'), month: get('month') };
}

const pad2 = (m: number): string => String(m).padStart(2, '0');

/** `'YYYY-MM'` from a year and a month field, or undefined. */
export function yearMonth(year: number | undefined, month: string | undefined): string | undefined {
  const m = Number(month);
  if (year === undefined || !Number.isInteger(m) || m < 1 || m > 12) return undefined;
  return `${year}-${pad2(m)}`;
}

/** What the adjustment mode needs and produces. */
export interface AdjustmentOutcome {
  needsBirth: boolean;
  hasRemote: boolean;
  /** Undefined while a required field is missing or invalid. */
  result?: AdjustmentResult;
  missing: number;
  error?: PolicyError;
}

const num = (p: Parsed): number | undefined => (p.ok ? p.value : undefined);

/** Runs `pensionAdjustment` when every required field is valid. */
export function computeAdjustment(
  values: Values,
  rules: AdjustmentRuleSet,
  missing: number,
  maxYear: number,
): AdjustmentOutcome {
  const needsBirth = rules.rules.some((r) => r.kind === 'age-tilt');
  const hasRemote = rules.rules.some((r) => r.kind === 'remote-area');
  const out: AdjustmentOutcome = { needsBirth, hasRemote, missing };
  const pension = num(parseField(values, 'pension'));
  const years = num(parseField(values, 'years'));
  if (pension === undefined || years === undefined) return out;
  let birth: string | undefined;
  if (needsBirth) {
    birth = yearMonth(num(parseField(values, 'aby', maxYear)), values.abm);
    if (birth === undefined) return out;
  }
  try {
    out.result = pensionAdjustment(
      { pension, contributionYears: years, birth, remoteArea: values.remote === '1' },
      rules,
      { allowIncomplete: true },
    );
  } catch (e) {
    if (e instanceof PolicyError) out.error = e;
    else throw e;
  }
  return out;
}

/** What the retirement mode needs and produces. */
export interface RetirementOutcome {
  /** Year the person retires (for the default 计发基数). */
  year: number;
  statutory?: StatutoryRetirement;
  defaultBase?: HubeiPensionBase;
  projection?: AccountProjection;
  projectionRange?: { from: number; to: number; lower: number; upper: number };
  deemedTooLarge: boolean;
  result?: BasicPensionResult;
  error?: PolicyError;
}

/** Statutory retirement from the optional birth and category fields, if both are valid. */
export function statutoryFrom(values: Values, maxYear: number): StatutoryRetirement | undefined {
  const birth = yearMonth(num(parseField(values, 'rby', maxYear)), values.rbm);
  if (!birth || !values.cat) return undefined;
  try {
    return statutoryRetirement({ birth, category: values.cat as 'male' });
  } catch {
    return undefined;
  }
}

/** Default 计发基数 of a city for a year (latest earlier year when not on file). */
export function defaultBase(city: string, year: number): HubeiPensionBase | undefined {
  for (const y of [year, 2025]) {
    try {
      return hubeiPensionBase(city, y);
    } catch {
      // year before the first known one, or unknown city: try the latest year
    }
  }
  return undefined;
}

/** Runs the account projection and `basicPension` when every required field is valid. */
export function computeRetirement(values: Values, today: { year: number }): RetirementOutcome {
  const statutory = statutoryFrom(values, today.year);
  const birthYear = num(parseField(values, 'rby', today.year));
  const ageY = num(parseField(values, 'ageY'));
  const ageM = num(parseField(values, 'ageM')) ?? 0;
  let year = statutory ? Number(statutory.retireAt.slice(0, 4)) : today.year;
  if (!statutory && birthYear !== undefined && ageY !== undefined) {
    const m = Number(values.rbm) || 1;
    year = birthYear + ageY + Math.floor((m - 1 + ageM) / 12);
  }
  const city = values.city || '420100';
  const out: RetirementOutcome = {
    year,
    statutory,
    defaultBase: defaultBase(city, Math.max(year, today.year)),
    deemedTooLarge: false,
  };
  const base = num(parseField(values, 'base'));
  const index = num(parseField(values, 'index'));
  const ry = num(parseField(values, 'ry'));
  const deemed = num(parseField(values, 'deemed'));
  if (ry !== undefined && deemed !== undefined && deemed > ry) out.deemedTooLarge = true;
  try {
    let balance: number | undefined;
    if (values.acct === 'project') {
      const wage = num(parseField(values, 'wage'));
      const left = num(parseField(values, 'left'));
      const rateField = parseField(values, 'rate');
      const current = num(parseField(values, 'cbal')) ?? 0;
      if (wage !== undefined && left !== undefined && rateField.ok) {
        const rate = (rateField.value ?? DEFAULT_FUTURE_RATE) / 100;
        if (left === 0) {
          balance = current;
        } else {
          let bounds = { lower: 0, upper: Number.MAX_SAFE_INTEGER };
          try {
            bounds = hubeiContributionBase(city, 2025);
          } catch {
            // city without a tier: no clamping
          }
          const from = today.year;
          const to = today.year + left - 1;
          const contributions = contributionSchedule({
            fromYear: from,
            toYear: to,
            monthlyBase: clampContributionBase(wage, bounds),
          });
          out.projection = projectAccount({ balance: current, contributions, futureRate: rate });
          out.projectionRange = { from, to, lower: bounds.lower, upper: bounds.upper };
          balance = out.projection.balance;
        }
      }
    } else {
      balance = num(parseField(values, 'balance'));
    }
    if (
      base === undefined ||
      index === undefined ||
      ry === undefined ||
      ageY === undefined ||
      balance === undefined ||
      !parseField(values, 'deemed').ok ||
      !parseField(values, 'ageM').ok ||
      out.deemedTooLarge
    )
      return out;
    out.result = basicPension({
      base,
      averageIndex: index,
      contributionYears: ry,
      accountBalance: balance,
      retireAge: { years: ageY, months: ageM },
      transitional: deemed ? { deemedYears: deemed } : undefined,
    });
  } catch (e) {
    if (e instanceof PolicyError) out.error = e;
    else throw e;
  }
  return out;
}

/** Estimated contribution index: wage ÷ average, kept within 0.6–3 and rounded to two decimals. */
export function estimateIndex(values: Values): number | undefined {
  const w = num(parseField(values, 'iw'));
  const a = num(parseField(values, 'ia'));
  if (w === undefined || a === undefined) return undefined;
  const i = Math.min(3, Math.max(0.6, w / a));
  return Math.round(i * 100) / 100;
}
