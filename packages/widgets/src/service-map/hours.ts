import { WEEKDAYS, type OpeningHours, type Weekday } from '@hbrs/sdk';

/** One opening period of a day, for display. */
export interface DayPeriod {
  /** `HH:MM` opening time. */
  open: string;
  /** `HH:MM` closing time. */
  close: string;
  /** Whether the period runs past midnight. */
  overnight: boolean;
  /** Restriction for this period, if any. */
  note?: string;
}

/** The periods of `day` in a weekly schedule, earliest first. */
export function periodsOf(hours: OpeningHours, day: Weekday): DayPeriod[] {
  const out: DayPeriod[] = [];
  for (const rule of hours.weekly) {
    if (!rule.days.includes(day)) continue;
    const p: DayPeriod = { open: rule.open, close: rule.close, overnight: rule.close <= rule.open };
    if (rule.servicesNote) p.note = rule.servicesNote;
    out.push(p);
  }
  return out.sort((a, b) => a.open.localeCompare(b.open));
}

/** The week Monday first, with each day's periods. */
export function weekOf(hours: OpeningHours): Array<{ day: Weekday; periods: DayPeriod[] }> {
  return WEEKDAYS.map((day) => ({ day, periods: periodsOf(hours, day) }));
}

/** Kilometres as a short localized distance: metres under 1 km, one decimal under 10 km. */
export function formatDistance(km: number, locale: string, units: { km: string; m: string }): string {
  if (km < 1) {
    const m = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return units.m.replace('{count}', new Intl.NumberFormat(locale).format(m));
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
  return units.km.replace('{count}', n);
}

/** A phone number reduced to what a `tel:` link may carry (digits, `+`, `-`), or `undefined`. */
export function telOf(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const tel = phone.replace(/[^\d+-]/g, '');
  return /\d{3,}/.test(tel) ? `tel:${tel}` : undefined;
}
