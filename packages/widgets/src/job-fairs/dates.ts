/**
 * Calendar arithmetic in Asia/Shanghai (UTC+8 all year since 1991), whatever the device's time zone:
 * calendar days as `YYYY-MM-DD` strings, weeks starting on Monday, and the date presets of the filter.
 * @module
 */

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** A calendar day in Asia/Shanghai. */
export interface Ymd {
  y: number;
  /** 1–12. */
  m: number;
  /** 1–31. */
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The Asia/Shanghai calendar day of an instant. */
export function ymdOf(t: number): Ymd {
  const d = new Date(t + OFFSET_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function ymdString(v: Ymd): string {
  return `${String(v.y).padStart(4, '0')}-${pad(v.m)}-${pad(v.d)}`;
}

/** Parses `YYYY-MM-DD` (a real calendar date), else `undefined`. */
export function parseYmd(s: string | undefined | null): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return undefined;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const check = new Date(Date.UTC(v.y, v.m - 1, v.d));
  return check.getUTCMonth() === v.m - 1 && check.getUTCDate() === v.d ? v : undefined;
}

/** Parses `YYYY-MM`, else `undefined`. */
export function parseYm(s: string | undefined | null): { y: number; m: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(s ?? '');
  if (!m) return undefined;
  const v = { y: Number(m[1]), m: Number(m[2]) };
  return v.m >= 1 && v.m <= 12 ? v : undefined;
}

/** The month `month` (`YYYY-MM`) names, else the month of `now` (Asia/Shanghai). */
export function shownMonth(month: string, now: number): { y: number; m: number } {
  const t = ymdOf(now);
  return parseYm(month) ?? { y: t.y, m: t.m };
}

/** The day `n` days after `v`. */
export function addDays(v: Ymd, n: number): Ymd {
  const d = new Date(Date.UTC(v.y, v.m - 1, v.d) + n * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekday(v: Ymd): number {
  return (new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay() + 6) % 7;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Start of an Asia/Shanghai day, epoch ms. */
export function startOfDay(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d) - OFFSET_MS;
}

/** The date presets of the filter. */
export const DATE_PRESETS = ['upcoming', 'week', 'month', 'past', 'all', 'custom'] as const;
/** One of {@link DATE_PRESETS}. */
export type DatePreset = (typeof DATE_PRESETS)[number];

/** The query bounds of a preset: `from`/`to` as the SDK takes them, and `endedBefore` for past fairs. */
export interface DateBounds {
  from?: string;
  to?: string;
  /** Only fairs that ended before this instant (epoch ms). */
  endedBefore?: number;
}

/**
 * Bounds for a date preset at instant `now`: `upcoming` = not yet ended; `week` = Monday–Sunday of the
 * current week; `month` = the current calendar month; `past` = ended; `custom` = `from`–`to` days
 * (either may be open); `all` = no bound.
 */
export function presetBounds(preset: DatePreset, now: number, from?: string, to?: string): DateBounds {
  const today = ymdOf(now);
  switch (preset) {
    case 'upcoming':
      return { from: new Date(now).toISOString() };
    case 'week': {
      const monday = addDays(today, -weekday(today));
      return { from: ymdString(monday), to: ymdString(addDays(monday, 6)) };
    }
    case 'month':
      return {
        from: ymdString({ ...today, d: 1 }),
        to: ymdString({ ...today, d: daysInMonth(today.y, today.m) }),
      };
    case 'past':
      return { endedBefore: now };
    case 'custom': {
      const f = parseYmd(from);
      const t = parseYmd(to);
      return {
        ...(f ? { from: ymdString(f) } : {}),
        ...(t ? { to: ymdString(t) } : {}),
      };
    }
    default:
      return {};
  }
}
