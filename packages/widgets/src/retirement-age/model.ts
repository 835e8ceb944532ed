/**
 * The pure part of <hbrs-retirement-age>: input parsing and the derived figures (contribution track,
 * early-retirement check, timeline scale) on top of `statutoryRetirement` from `@hbrs/sdk/policy`.
 * DOM-free, so it is tested and benchmarked on its own.
 * @module
 */
import { parseYearMonth, type YearMonth } from '@hbrs/core';
import {
  parseCategory,
  statutoryRetirement,
  type RetirementCategory,
  type StatutoryRetirement,
} from '@hbrs/sdk/policy';

/** Earliest birth year offered by the year select (and accepted from `birth` / the URL). */
export const MIN_BIRTH_YEAR = 1940;
/** Youngest age offered: the year select ends `MIN_AGE_YEARS` before the current year. */
export const MIN_AGE_YEARS = 16;
/** Highest contribution years accepted by the optional input. */
export const MAX_CONTRIBUTION_YEARS = 60;

/** A parsed year-month. */
export type Ym = YearMonth;

/** `year * 12 + month - 1`: month arithmetic as integer arithmetic. */
export const ymIndex = (ym: Ym): number => ym.year * 12 + ym.month - 1;

/** `'YYYY-MM'` of a year-month. */
export const ymString = (ym: Ym): string => `${ym.year}-${String(ym.month).padStart(2, '0')}`;

/**
 * Parses a year-month typed or preset by a person or a portal (`1970-05`, `1970-05-17`, `1970年5月`,
 * full-width digits and separators): the one parser of `@hbrs/core`, shared with the pension estimator.
 */
export const parseYm: (value: unknown) => Ym | undefined = parseYearMonth;

/** Parses a preset category (`male`, `female-55`, `female-50`, or the `_` aliases). */
export function parseCategoryValue(value: unknown): RetirementCategory | undefined {
  try {
    return parseCategory(typeof value === 'string' ? value.trim() : value);
  } catch {
    return undefined;
  }
}

/**
 * The current month in Asia/Shanghai (the rules and the portals live there, whatever the device's zone). China
 * has kept UTC+8 without daylight saving since 1991, so no Intl is needed (its first use is slow on old phones).
 */
export function currentMonth(date: Date = new Date()): Ym {
  const d = new Date(date.getTime() + 8 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** How the person's contributions compare with the minimum for their statutory retirement year. */
export type TrackKind = 'met' | 'on-track' | 'short';

/** Contribution figures for the result, all in months. */
export interface Track {
  kind: TrackKind;
  /** Contributed so far. */
  have: number;
  /** Contributed by the statutory month if contributions continue every month from `now`. */
  projected: number;
  /** Minimum for the statutory year. */
  min: number;
  /** Months missing at the statutory month (0 unless `short`). */
  short: number;
}

/** Whether flexible early retirement at the earliest month would meet its minimum. */
export interface EarlyCheck {
  /** Contributed by the earliest month if contributions continue every month from `now`. */
  projected: number;
  /** Minimum for the earliest month's year. */
  min: number;
  ok: boolean;
}

/** Everything the widget shows for one person. */
export interface RetirementModel {
  statutory: StatutoryRetirement;
  /** The month the result is for (`YYYY-MM`, the widget's `now`). */
  now: string;
  /** The earliest flexible retirement month is before `now` (and the statutory one too: `statutoryPast`). */
  earliestPast: boolean;
  statutoryPast: boolean;
  track?: Track;
  early?: EarlyCheck;
}

/**
 * Computes the result for a birth month and category, plus the contribution track when the contribution
 * months so far are known (counted up to `now`, continuing every month afterwards).
 * @throws PolicyError from the engine on input it rejects.
 */
export function computeModel(
  birth: Ym,
  category: RetirementCategory,
  now: Ym,
  contributionMonths?: number,
): RetirementModel {
  const statutory = statutoryRetirement({ birth: ymString(birth), category });
  const nowIndex = ymIndex(now);
  const base = {
    statutory,
    now: ymString(now),
    earliestPast: ymIndex(parseYm(statutory.earliest.at)!) < nowIndex,
    statutoryPast: ymIndex(parseYm(statutory.retireAt)!) < nowIndex,
  };
  if (contributionMonths === undefined) return base;
  const until = (at: string) => Math.max(0, ymIndex(parseYm(at)!) - nowIndex);
  const min = statutory.minContribution.totalMonths;
  const projected = contributionMonths + until(statutory.retireAt);
  const kind: TrackKind = contributionMonths >= min ? 'met' : projected >= min ? 'on-track' : 'short';
  const track: Track = {
    kind,
    have: contributionMonths,
    projected,
    min,
    short: Math.max(0, min - projected),
  };
  const earlyMin = statutory.earliest.minContribution.totalMonths;
  const earlyProjected = contributionMonths + until(statutory.earliest.at);
  return {
    ...base,
    track,
    early: { projected: earlyProjected, min: earlyMin, ok: earlyProjected >= earlyMin },
  };
}

/** The timeline's scale: whole years of age from the earliest point to just after the latest, in viewBox units. */
export interface TimelineScale {
  fromYears: number;
  toYears: number;
  /** x of an age in months. */
  x: (ageMonths: number) => number;
  /** Whole years of age and their x. */
  ticks: { years: number; x: number }[];
}

/** Lays out the timeline of `r` on a `width`-unit-wide axis with `pad` units of margin on each side. */
export function timelineScale(r: StatutoryRetirement, width = 360, pad = 24): TimelineScale {
  const fromYears = Math.floor(Math.min(r.originalAge.years * 12, r.earliest.ageMonths) / 12);
  const toYears = Math.ceil((r.latest.ageMonths + 1) / 12);
  const x = (m: number) =>
    Math.round((pad + ((m - fromYears * 12) / ((toYears - fromYears) * 12)) * (width - 2 * pad)) * 10) / 10;
  const ticks = [];
  for (let y = fromYears; y <= toYears; y++) ticks.push({ years: y, x: x(y * 12) });
  return { fromYears, toYears, x, ticks };
}
