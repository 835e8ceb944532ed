/**
 * The URL state of <hbrs-job-fairs> under `sync-url`: which keys the filters, the view and the open fair
 * write (only those that differ from the element's own presets), how a URL is read back (never over a
 * hidden preset), and the share link of a fair.
 * @module
 */
import { DATE_PRESETS, parseYm, parseYmd, type DatePreset } from './dates.js';
import type { JobFairFilterName, JobFairFilters, JobFairsView } from './filters.js';

/** Everything the URL holds: the filters, the view, its month, and the open fair. */
export interface JobFairsUrlFields extends JobFairFilters {
  view: JobFairsView;
  month: string;
  /** The open fair's id; empty when none. */
  fair: string;
}

/** The element's presets (attributes and properties before the URL was read). */
export type JobFairsDefaults = JobFairFilters & { view: JobFairsView };

/** The keys (without prefix) to write for `s`: values equal to their preset are left out. */
export function toUrl(
  s: JobFairsUrlFields,
  d: JobFairsDefaults | undefined,
): Record<string, string | undefined> {
  const diff = (v: string, dv: string | undefined) => (v === (dv ?? '') ? undefined : v);
  const custom = s.date === 'custom';
  return {
    q: diff(s.keyword, d?.keyword),
    division: diff(s.division, d?.division),
    date: diff(s.date, d?.date ?? 'upcoming'),
    from: custom ? s.from || undefined : undefined,
    to: custom ? s.to || undefined : undefined,
    mode: diff(s.mode, d?.mode),
    campaign: diff(s.campaign, d?.campaign),
    audience: diff(s.audience, d?.audience),
    view: diff(s.view, d?.view ?? 'list'),
    month: s.view === 'month' ? s.month || undefined : undefined,
    fair: s.fair || undefined,
  };
}

/** The state a URL's keys (`s`, without prefix) give; hidden filters keep their preset, bad values fall back. */
export function fromUrl(
  s: Record<string, string>,
  d: JobFairsDefaults,
  hidden: (name: JobFairFilterName) => boolean,
): JobFairsUrlFields {
  const keep = (name: JobFairFilterName, v: string | undefined, dv: string): string =>
    hidden(name) ? dv : (v ?? dv);
  const presetDate = keep('date', s.date, d.date);
  const date = (DATE_PRESETS as readonly string[]).includes(presetDate) ? (presetDate as DatePreset) : d.date;
  const custom = date === 'custom';
  const mode = keep('mode', s.mode, d.mode);
  return {
    keyword: keep('keyword', s.q, d.keyword),
    division: keep('division', s.division, d.division),
    date,
    from: custom && parseYmd(s.from) ? s.from! : d.from,
    to: custom && parseYmd(s.to) ? s.to! : d.to,
    mode: mode === 'online' || mode === 'offline' ? mode : '',
    campaign: keep('campaign', s.campaign, d.campaign),
    audience: keep('audience', s.audience, d.audience),
    view: keep('view', s.view, d.view) === 'month' ? 'month' : 'list',
    month: parseYm(s.month) ? s.month! : '',
    fair: s.fair ?? '',
  };
}

/**
 * The link that opens fair `id` on page `href`: the widget's keys (under `prefix`, with its dot, e.g. `jf.`
 * or `north.` for `sync-url="north"`) replaced by `<prefix>fair=<id>`; other parameters kept, no hash.
 */
export function shareLink(href: string, prefix: string, id: string): string {
  const url = new URL(href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith(prefix)) url.searchParams.delete(k);
  url.searchParams.set(`${prefix}fair`, id);
  url.hash = '';
  return url.href;
}
