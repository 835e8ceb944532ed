/**
 * The filters of <hbrs-job-fairs> as data: their types and cleared values, the SDK query they make, the
 * fairs they select (for the list or one month), and the filter options present in the data.
 * @module
 */
import { CAMPAIGN_CODES, TARGET_GROUPS } from '@hbrs/sdk';
import type { JobFair, JobFairIndex, JobFairQuery } from '@hbrs/sdk';
import { daysInMonth, presetBounds, ymdString, type DatePreset } from './dates.js';

/** `online`: fairs with an online part; `offline`: fairs with an on-site part; empty: all. */
export type JobFairMode = '' | 'online' | 'offline';
/** List or month (calendar grid) view. */
export type JobFairsView = 'list' | 'month';
/** Filters that can be hidden with `hide-filters`. */
export type JobFairFilterName = 'keyword' | 'division' | 'date' | 'mode' | 'campaign' | 'audience' | 'view';

/** The filters in effect, as in `hbrs-filter-change`. */
export interface JobFairFilters {
  division: string;
  date: DatePreset;
  from: string;
  to: string;
  mode: JobFairMode;
  campaign: string;
  audience: string;
  keyword: string;
}

/** The filters "clear" resets, with their cleared values. */
export const CLEARED = {
  keyword: '',
  division: '',
  date: 'upcoming',
  mode: '',
  campaign: '',
  audience: '',
} as const;
export const CLEARABLE = Object.keys(CLEARED) as (keyof typeof CLEARED)[];

/** Whether a visible filter differs from its home: the portal's preset (`home`), else its cleared value. */
export function filtersActive(
  f: JobFairFilters,
  hidden: (name: JobFairFilterName) => boolean,
  home: Partial<JobFairFilters> = CLEARED,
): boolean {
  return CLEARABLE.some((k) => !hidden(k) && f[k] !== (home[k] ?? CLEARED[k]));
}

/** The SDK query of the filters other than the date. */
export function baseQuery(f: JobFairFilters): JobFairQuery {
  const q: JobFairQuery = {};
  if (f.division) q.division = f.division;
  if (f.mode === 'online') q.online = true;
  if (f.mode === 'offline') q.online = false;
  if (f.campaign) q.campaign = f.campaign;
  if (f.audience) q.targetGroup = f.audience;
  if (f.keyword.trim()) q.keyword = f.keyword;
  return q;
}

/** The fairs of the list: matching the filters, soonest first (`past`: latest first). */
export function listFairs(fairs: JobFairIndex, f: JobFairFilters, now: number): JobFair[] {
  const q = baseQuery(f);
  const b = presetBounds(f.date, now, f.from, f.to);
  if (b.from) q.from = b.from;
  if (b.to) q.to = b.to;
  if (b.endedBefore === undefined) return fairs.filter(q);
  const before = b.endedBefore;
  return fairs.filter({ ...q, sort: '-startTime' }).filter((x) => Date.parse(x.endTime) < before);
}

/** The fairs of month `y`-`m` matching the filters other than the date (the calendar groups them by day). */
export function monthFairs(fairs: JobFairIndex, f: JobFairFilters, y: number, m: number): JobFair[] {
  return fairs.filter({
    ...baseQuery(f),
    from: ymdString({ y, m, d: 1 }),
    to: ymdString({ y, m, d: daysInMonth(y, m) }),
  });
}

const CAMPAIGN_ORDER: readonly string[] = CAMPAIGN_CODES;
const AUDIENCE_ORDER: readonly string[] = TARGET_GROUPS;

/** The campaign codes (vocabulary order) and target groups present in the data: the filters' options. */
export function filterOptions(fairs: Iterable<JobFair>): { campaigns: string[]; audiences: string[] } {
  const campaigns = new Set<string>();
  const audiences = new Set<string>();
  for (const f of fairs) {
    if (f.campaign && f.campaign.code !== 'none') campaigns.add(f.campaign.code);
    for (const g of f.targetGroups) audiences.add(g);
  }
  return {
    campaigns: CAMPAIGN_ORDER.filter((c) => c !== 'none' && campaigns.has(c)),
    audiences: [
      ...AUDIENCE_ORDER.filter((a) => audiences.has(a)),
      ...[...audiences].filter((a) => !AUDIENCE_ORDER.includes(a)),
    ],
  };
}

/** The `hide-filters` attribute: names separated by spaces or commas. */
export const listConverter = {
  fromAttribute: (v: string | null): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (v: string[]): string => v.join(' '),
};
