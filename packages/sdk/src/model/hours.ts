/**
 * Opening-hours helpers. All times are Asia/Shanghai local time, computed as UTC+8 (China has no daylight saving
 * time), so results do not depend on the machine's time zone.
 * @module
 */
import type { OpeningHours } from './service-point.js';
import { WEEKDAYS, type Weekday } from './vocab.js';

/** Offset of Asia/Shanghai from UTC, in milliseconds (UTC+8, no DST). */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A moment expressed in Asia/Shanghai local time. */
export interface ShanghaiTime {
  /** Local calendar date `YYYY-MM-DD`. */
  date: string;
  /** Local day of the week. */
  weekday: Weekday;
  /** Minutes since local midnight (0–1439). */
  minutes: number;
}

/** Converts an instant (a `Date` or epoch milliseconds) to Asia/Shanghai local date, weekday and minute of day. */
export function toShanghaiTime(at: Date | number): ShanghaiTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('toShanghaiTime: invalid date');
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  const day = local.getUTCDay(); // 0 = Sunday
  return {
    date: local.toISOString().slice(0, 10),
    weekday: WEEKDAYS[(day + 6) % 7]!,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Options of {@link isOpenAt}. */
export interface IsOpenOptions {
  /**
   * Tells whether a local date (`YYYY-MM-DD`) is a public holiday. The SDK ships no holiday calendar; without this
   * callback `holidayRule` is not applied and the weekly schedule alone decides.
   */
  isPublicHoliday?: (date: string) => boolean;
}

/**
 * Whether a service point is open at the given instant, in Asia/Shanghai time.
 *
 * A weekly rule covers `[open, close)` on each of its days; a rule whose `close` is at or before its `open` runs past
 * midnight into the next day. A point whose `status` is not `active` is never open. With
 * `options.isPublicHoliday`, a point whose `holidayRule` is `closed_on_public_holidays` is closed on holidays.
 *
 * @param point - anything with `openingHours` (and optionally `status`), e.g. a {@link ServicePoint}
 * @param at - the instant to check (`Date` or epoch milliseconds)
 * @param options - optional public-holiday calendar
 */
export function isOpenAt(
  point: { openingHours: OpeningHours; status?: string },
  at: Date | number,
  options: IsOpenOptions = {},
): boolean {
  if (point.status !== undefined && point.status !== 'active') return false;
  const now = toShanghaiTime(at);
  const hours = point.openingHours;
  if (hours.holidayRule === 'closed_on_public_holidays' && options.isPublicHoliday?.(now.date)) return false;
  const today = now.weekday;
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(today) + 6) % 7]!;
  for (const rule of hours.weekly) {
    const open = toMinutes(rule.open);
    const close = toMinutes(rule.close);
    if (close > open) {
      if (rule.days.includes(today) && now.minutes >= open && now.minutes < close) return true;
    } else {
      if (rule.days.includes(today) && now.minutes >= open) return true;
      if (rule.days.includes(yesterday) && now.minutes < close) return true;
    }
  }
  return false;
}
