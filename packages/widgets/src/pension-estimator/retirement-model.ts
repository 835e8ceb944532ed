/**
 * The model of the "pension at retirement" tab: account projection, 计发基数 by city, statutory retirement
 * age and `basicPension`, from the form's values. No DOM; part of the retirement tab's chunk.
 */
import {
  HUBEI_REGIONS,
  PolicyError,
  basicPension,
  clampContributionBase,
  hubeiContributionBase,
  hubeiPensionBase,
  statutoryRetirement,
  type AccountProjection,
  type BasicPensionResult,
  type HubeiPensionBase,
  type StatutoryRetirement,
} from '@hbrs/sdk/policy';
import { num, parseField, yearMonth, type Values } from './model.js';
import type { ProjectionModule } from './tabs.js';

/** Default assumed future 记账利率, percent: the last confirmed national rate (2024: 2.62%). */
export const DEFAULT_FUTURE_RATE = 2.62;

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

/**
 * Runs the account projection and `basicPension` when every required field is valid. Without the
 * projection engine (`projection`, loaded on demand), a projected account has no balance yet.
 */
export function computeRetirement(
  values: Values,
  today: { year: number },
  projection?: ProjectionModule,
): RetirementOutcome {
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
      if (projection && wage !== undefined && left !== undefined && rateField.ok) {
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
          const contributions = projection.contributionSchedule({
            fromYear: from,
            toYear: to,
            monthlyBase: clampContributionBase(wage, bounds),
          });
          out.projection = projection.projectAccount({ balance: current, contributions, futureRate: rate });
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
      // An invalid birth year shows its error and no total: never a stale result beside an error.
      !parseField(values, 'rby', today.year).ok ||
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

/** Region code for a city name, full name or code; Wuhan when unknown. */
export function cityCode(city: string | undefined): string {
  const c = city?.trim() ?? '';
  return HUBEI_REGIONS.find((r) => r.code === c || r.name === c || r.fullName === c)?.code ?? '420100';
}

/**
 * Fills the retirement age from birth and category, and the 计发基数 from the city: always when `force`
 * (the person changed one of them), else only into empty fields (first load, a shared link).
 */
export function prefill(
  values: Values,
  force: boolean,
  baseEdited: boolean,
  today: { year: number },
): Values {
  const v: Values = { ...values, city: cityCode(values.city) };
  const s = statutoryFrom(v, today.year);
  if (s && (force || !v.ageY)) {
    v.ageY = String(s.age.years);
    v.ageM = String(s.age.months);
  }
  if (!baseEdited && (force || !v.base)) {
    const out = computeRetirement(v, today);
    if (out.defaultBase) v.base = String(out.defaultBase.value);
  }
  return v;
}

/** The example of the empty state: Wuhan, index 1, 35 years, 139000 yuan at 60. */
export const EXAMPLE: Values = {
  city: '420100',
  index: '1',
  ry: '35',
  deemed: '0',
  acct: 'balance',
  balance: '139000',
  ageY: '60',
  ageM: '0',
  rby: '',
  rbm: '',
  cat: '',
};
