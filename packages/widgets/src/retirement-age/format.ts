/**
 * How <hbrs-retirement-age> writes ages, durations, months and categories in one locale. No Intl: its first
 * use costs 10–25 ms on a slow phone.
 * @module
 */
import { fill, type Locale } from '@hbrs/core';
import type { RetirementCategory, StatutoryRetirement } from '@hbrs/sdk/policy';
import type { RetirementAgeMessages } from './locales/zh-CN.js';
import { parseYm } from './model.js';

/** The widget's texts in one locale and the ways it writes its figures with them. */
export class RetirementFormat {
  constructor(
    readonly t: RetirementAgeMessages,
    readonly locale: Locale,
  ) {}

  private monthsPart(m: number): string {
    return m === 0 ? '' : fill(m === 1 ? this.t.month1 : this.t.monthsN, { count: m });
  }

  /** An age in months, e.g. 61岁4个月 / 61 years 4 months. */
  age(totalMonths: number): string {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    return [fill(this.t.ageYears, { count: y }), this.monthsPart(m)].filter(Boolean).join(this.t.unitSep);
  }

  /** A duration in months, e.g. 15年6个月 / 15 years 6 months. */
  duration(totalMonths: number): string {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    const years = y === 0 ? '' : fill(y === 1 ? this.t.year1 : this.t.yearsN, { count: y });
    return (
      [years, this.monthsPart(m)].filter(Boolean).join(this.t.unitSep) || fill(this.t.monthsN, { count: 0 })
    );
  }

  /** Month names (English) or numbers (Chinese). */
  monthName(month: number): string {
    return this.t.monthNames[month - 1] ?? String(month);
  }

  /** A `'YYYY-MM'` month, e.g. 2031年5月 / May 2031. */
  date(ym: string): string {
    const p = parseYm(ym)!;
    return fill(this.t.date, { year: p.year, month: this.monthName(p.month) });
  }

  /** "延迟 4个月" / no delay. */
  delayText(r: StatutoryRetirement): string {
    return r.delayMonths === 0
      ? this.t.delayNone
      : fill(this.t.delayMonths, { months: this.monthsPart(r.delayMonths) });
  }

  /** The label of an original statutory category. */
  catLabel(c: RetirementCategory): string {
    return c === 'male'
      ? this.t.categoryMale
      : c === 'female-55'
        ? this.t.categoryFemale55
        : this.t.categoryFemale50;
  }
}
