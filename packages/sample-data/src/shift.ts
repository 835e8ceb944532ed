/**
 * Keeps the sample data current: the committed feeds are dated around one fixed year (the generator's "as of"
 * date), and {@link shiftFeed} moves every date of a job fair or a postdoc opening by a whole number of 52-week
 * periods (364 days: weekdays and seasons stay, 春风行动 stays in spring) so that it lands in a window around the
 * caller's date. The caller gives the date: nothing here reads the system clock.
 * @module
 */

const DAY = 86_400_000;
/** Shanghai is UTC+8 all year (no daylight saving time). */
const SHANGHAI = 8 * 3_600_000;
/** One shift period: 52 weeks. */
export const PERIOD_DAYS = 364;
/** How many days before the caller's date a fair may start and stay in the past ("a few just past"). */
export const PAST_DAYS = 42;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The UTC midnight of the Asia/Shanghai calendar day of `now`. */
function shanghaiDay(now: number): number {
  return Math.floor((now + SHANGHAI) / DAY) * DAY;
}

/** The calendar day (UTC midnight) an ISO date or date-time names in its own offset. */
function dayOf(iso: string): number {
  const m = ISO_DATE.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** `iso` (a date or a date-time with its offset) `days` calendar days later, in the same form and offset. */
export function shiftIso(iso: string, days: number): string {
  const day = dayOf(iso);
  if (!Number.isFinite(day) || days === 0) return iso;
  return new Date(day + days * DAY).toISOString().slice(0, 10) + iso.slice(10);
}

/** `20xx年` in a name or title, `years` later (a fair moved by one period belongs to next year's campaign). */
function shiftYears(text: string, years: number): string {
  return years === 0 ? text : text.replace(/(20\d\d)年/g, (_m, y: string) => `${Number(y) + years}年`);
}

/** The whole number of periods that puts `day` in `[from, from + PERIOD)`. */
function periodsInto(day: number, from: number): number {
  return Math.ceil((from - day) / (PERIOD_DAYS * DAY));
}

type Json = Record<string, unknown>;

function shiftFair(fair: Json, now: number, today: number, latest: string): Json {
  const start = typeof fair['startTime'] === 'string' ? fair['startTime'] : '';
  const k = periodsInto(dayOf(start), today - PAST_DAYS * DAY);
  if (!Number.isFinite(k)) return fair;
  const days = k * PERIOD_DAYS;
  const out: Json = { ...fair };
  for (const f of ['startTime', 'endTime', 'updatedAt'] as const)
    if (typeof fair[f] === 'string') out[f] = shiftIso(fair[f], days);
  // Never updated after the data set was made.
  if (typeof out['updatedAt'] === 'string' && Date.parse(out['updatedAt']) > Date.parse(latest))
    out['updatedAt'] = latest;
  if (typeof fair['name'] === 'string') out['name'] = shiftYears(fair['name'], k);
  const campaign = fair['campaign'] as Json | undefined;
  if (campaign && typeof campaign['year'] === 'number')
    out['campaign'] = { ...campaign, year: campaign['year'] + k };
  const reg = fair['registration'] as Record<string, Json | undefined> | undefined;
  if (reg) {
    const r: Record<string, Json | undefined> = { ...reg };
    for (const who of ['employer', 'jobseeker'] as const) {
      const d = reg[who]?.['deadline'];
      if (typeof d === 'string') r[who] = { ...reg[who], deadline: shiftIso(d, days) };
    }
    out['registration'] = r;
  }
  if (
    fair['status'] !== 'cancelled' &&
    typeof out['startTime'] === 'string' &&
    typeof out['endTime'] === 'string'
  ) {
    out['status'] =
      Date.parse(out['endTime']) < now
        ? 'ended'
        : Date.parse(out['startTime']) <= now
          ? 'ongoing'
          : 'upcoming';
  }
  return out;
}

function shiftOpening(o: Json, today: number): Json {
  const published = typeof o['publishDate'] === 'string' ? o['publishDate'] : '';
  // Published within the last period, never in the future; the deadline moves with it (open, closing or closed).
  const k = periodsInto(dayOf(published), today - (PERIOD_DAYS - 1) * DAY);
  if (!Number.isFinite(k) || k === 0) return o;
  const days = k * PERIOD_DAYS;
  const out: Json = { ...o, publishDate: shiftIso(published, days) };
  if (typeof o['deadline'] === 'string') out['deadline'] = shiftIso(o['deadline'], days);
  if (typeof o['title'] === 'string') out['title'] = shiftYears(o['title'], k);
  return out;
}

/**
 * The feed document `doc` of `kind` with its dates moved around `now` (ms since the epoch):
 * - job fairs: every fair by whole 52-week periods so that it starts between {@link PAST_DAYS} days before the
 *   Asia/Shanghai day of `now` and a period later (start, end, registration deadlines, last update, the year in
 *   its name and campaign); its status (ended, ongoing, upcoming) is recomputed at `now`, cancelled stays;
 * - postdoc: every opening so that it was published in the period up to that day (publication date, deadline,
 *   the year in its title), so some calls are open, some closing and some closed;
 * - `meta.generatedAt` by whole weeks to the last week before `now`.
 * Other kinds come back unchanged. The result is deterministic in the day of `now`; `doc` is not modified.
 */
export function shiftFeed(kind: string, doc: unknown, now: number): unknown {
  if (kind !== 'job-fairs' && kind !== 'postdoc') return doc;
  if (!doc || typeof doc !== 'object' || !Number.isFinite(now)) return doc;
  const { meta, items } = doc as { meta?: Json; items?: unknown };
  if (!Array.isArray(items)) return doc;
  const today = shanghaiDay(now);
  const generated = typeof meta?.['generatedAt'] === 'string' ? meta['generatedAt'] : undefined;
  const latest = generated
    ? shiftIso(generated, 7 * Math.floor((now - Date.parse(generated)) / (7 * DAY)))
    : new Date(now).toISOString();
  const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);
  const shifted =
    kind === 'job-fairs'
      ? items.map((f) => (isObject(f) ? shiftFair(f, now, today, latest) : f))
      : items.map((p) =>
          isObject(p) && Array.isArray(p['openings'])
            ? { ...p, openings: p['openings'].map((o) => (isObject(o) ? shiftOpening(o, today) : o)) }
            : p,
        );
  return {
    ...doc,
    ...(meta ? { meta: { ...meta, ...(generated ? { generatedAt: latest } : {}) } } : {}),
    items: shifted,
  };
}
