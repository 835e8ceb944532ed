/**
 * Pension-adjustment plans by year: several rule sets (one per `provenance.year`), the plan that applies to the
 * year a person asks about (that year's, else the latest published before it), and the list file
 * (`adjustment-list.ts`) a department publishes beside its rule sets. Pure, no I/O.
 * @module
 */
import { adjustedPensionMonth } from './adjustment-params.js';
import type { AdjustmentRuleSet } from './adjustment-types.js';
import { PolicyError, assertNumber, describeValue } from './errors.js';

/** How the plan used relates to the year asked about. */
export type AdjustmentMatch = 'exact' | 'earlier' | 'none';

/** Which plan applies to a year, and what to tell the person. */
export interface AdjustmentSelection {
  /** The year the person asks about. */
  readonly requestedYear: number;
  /** The plan used: that year's, else the latest before it; `undefined` when every plan is later. */
  readonly rules: AdjustmentRuleSet | undefined;
  /**
   * What to compute with: `rules` itself for its own year; for a later year, its parameters (the amounts) with
   * the dates carried to the year asked about (retired by, paid from, ages counted on, the pension adjusted, all
   * moved by the same number of years) and the rules' own labels (which name the plan's months) left out. So a
   * person asking about 2027 with only the 2026 plan loaded enters the pension of December 2026 (which already
   * includes the 2026 increase) and gets an estimate of the 2027 increase.
   */
  readonly applied: AdjustmentRuleSet | undefined;
  /** The year of the plan used. */
  readonly year: number | undefined;
  /** `exact`: the year's own plan; `earlier`: its plan is not loaded, an earlier one is used; `none`: no plan. */
  readonly match: AdjustmentMatch;
  /** `true` only when the plan used is marked official. */
  readonly official: boolean;
  /** The month whose pension `applied` adjusts, `YYYY-MM` (e.g. `2024-12` for the 2025 plan). */
  readonly pensionMonth: string | undefined;
}

/** Rule sets keyed by year. */
export interface AdjustmentRegistry {
  /** The years with a plan, ascending. */
  readonly years: readonly number[];
  /** The plans, by ascending year. */
  readonly sets: readonly AdjustmentRuleSet[];
  /** The latest plan. */
  readonly latest: AdjustmentRuleSet;
  /** The plan of `year`, if loaded. */
  get(year: number): AdjustmentRuleSet | undefined;
  /** The plan for `year` (default: the latest plan's year), see {@link selectAdjustmentRules}. */
  select(year?: number): AdjustmentSelection;
}

const rulesError = (
  path: string,
  message: string,
  messageZh: string,
  value?: unknown,
  index?: number,
): PolicyError =>
  new PolicyError('INVALID_RULES', message, messageZh, {
    path,
    value,
    ...(index === undefined ? {} : { index }),
  });

/**
 * What to tell the person when the asked year's own plan is missing (`earlier` or `none`), in English and Chinese,
 * e.g. "2026年调整方案尚未收录，以下按2025年示例参数测算。"; `undefined` for `exact`. (The widgets have the same
 * sentences in their own locale files.)
 */
export function adjustmentNotice(selection: AdjustmentSelection): { en: string; zh: string } | undefined {
  if (selection.match === 'exact') return undefined;
  const requested = selection.requestedYear;
  const set = selection.rules;
  if (!set) {
    return {
      en: `The ${requested} adjustment plan is not included, and no earlier plan is loaded.`,
      zh: `${requested}年调整方案尚未收录，也没有更早的方案可供测算。`,
    };
  }
  const y = set.provenance.year;
  return set.provenance.official
    ? {
        en: `The ${requested} adjustment plan is not included yet; the estimate below uses the ${y} plan.`,
        zh: `${requested}年调整方案尚未收录，以下按${y}年方案测算。`,
      }
    : {
        en: `The ${requested} adjustment plan is not included yet; the estimate below uses the ${y} example parameters.`,
        zh: `${requested}年调整方案尚未收录，以下按${y}年示例参数测算。`,
      };
}

/** `YYYY-MM-DD` or `YYYY-MM` moved by `years` (29 February becomes 28 February in a common year). */
function shiftDate(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (rest === '-02-29' && !leap) rest = '-02-28';
  return `${y}${rest}`;
}

/** `set`'s parameters with its dates carried forward to `year` (see `AdjustmentSelection.applied`). */
function carriedTo(set: AdjustmentRuleSet, year: number): AdjustmentRuleSet {
  const n = year - set.provenance.year;
  if (n === 0) return set;
  const e = set.eligibility;
  const eligibility = e && {
    ...(e.retiredBy === undefined ? {} : { retiredBy: shiftDate(e.retiredBy, n) }),
    ...(e.effectiveFrom === undefined ? {} : { effectiveFrom: shiftDate(e.effectiveFrom, n) }),
  };
  return {
    ...set,
    ...(eligibility ? { eligibility } : {}),
    ageAsOf: shiftDate(set.ageAsOf ?? `${set.provenance.year - 1}-12-31`, n),
    pensionMonth: shiftDate(adjustedPensionMonth(set), n),
    rules: set.rules.map(({ labelZh: _label, ...rule }) => rule),
  };
}

function selectIn(sorted: readonly AdjustmentRuleSet[], year: number): AdjustmentSelection {
  assertNumber(year, 'year', { integer: true, min: 1900, max: 2200 });
  let used: AdjustmentRuleSet | undefined;
  for (const s of sorted) if (s.provenance.year <= year) used = s;
  const match: AdjustmentMatch = !used ? 'none' : used.provenance.year === year ? 'exact' : 'earlier';
  const applied = used && carriedTo(used, year);
  return {
    requestedYear: year,
    rules: used,
    applied,
    year: used?.provenance.year,
    match,
    official: used?.provenance.official === true,
    pensionMonth: applied ? adjustedPensionMonth(applied) : undefined,
  };
}

/**
 * {@link adjustmentRegistry} for rule sets known to be valid (the built-in ones, or sets validated before): keyed
 * by year without validating each again, so code on trusted rule sets does not carry the validator.
 * @throws {@link PolicyError} `INVALID_RULES`: no rule set, or two for one year
 */
export function trustedAdjustmentRegistry(sets: readonly AdjustmentRuleSet[]): AdjustmentRegistry {
  return registryOf(sets, (set) => set as AdjustmentRuleSet);
}

/** Keys rule sets by year, each read (validated, or taken as it is) by `read`. */
export function registryOf(
  input: readonly unknown[],
  read: (raw: unknown, index: number) => AdjustmentRuleSet,
): AdjustmentRegistry {
  if (!Array.isArray(input) || input.length === 0) {
    throw rulesError(
      '(root)',
      `adjustment rules: expected at least one rule set, got ${describeValue(input)}`,
      `调整规则：至少需要一个规则集，实际为 ${describeValue(input)}`,
      input,
    );
  }
  const byYear = new Map<number, { set: AdjustmentRuleSet; index: number }>();
  input.forEach((raw: unknown, index) => {
    const set = read(raw, index);
    const year = set.provenance.year;
    const other = byYear.get(year);
    if (other) {
      throw rulesError(
        `[${index}].provenance.year`,
        `adjustment rules: rule sets ${other.index + 1} (${other.set.provenance.region}) and ${index + 1} (${set.provenance.region}) are both for ${year}; give one plan per year`,
        `调整规则：第 ${other.index + 1} 个（${other.set.provenance.region}）和第 ${index + 1} 个（${set.provenance.region}）规则集都是${year}年的；每年只能有一个方案`,
        year,
        index,
      );
    }
    byYear.set(year, { set, index });
  });
  const sets = [...byYear.values()].map((v) => v.set).sort((a, b) => a.provenance.year - b.provenance.year);
  const latest = sets[sets.length - 1]!;
  return {
    years: sets.map((s) => s.provenance.year),
    sets,
    latest,
    get: (year) => byYear.get(year)?.set,
    select: (year) => selectIn(sets, year ?? latest.provenance.year),
  };
}
