/**
 * How the finder writes a programme's facts as text (discipline, pay, deadline, openings, scheme names) in
 * one locale. Shared by the element's list and by the detail and comparison, which get it as a property.
 * @module
 */
import { fill, formatDateTime, type Locale } from '@hbrs/core';
import { parseDateBound, type PostdocOpening, type PostdocProgramme } from '@hbrs/sdk';
import type { ProgrammeMeta } from './model.js';
import type { PostdocSupportScheme } from './schemes.js';
import type { PostdocFinderMessages } from './locales/zh-CN.js';
import { INDUSTRY_FIELDS, label, money } from './vocab.js';
import { names } from '../internal/names.js';

/** The finder's texts in one locale and the ways it writes a programme's facts with them. */
export class PostdocFormat {
  /**
   * @param t - the element's texts in `locale` (the Chinese ones while the English ones load)
   * @param locale - the element's locale
   * @param schemes - the schemes whose names `schemeName` gives
   */
  constructor(
    readonly t: PostdocFinderMessages,
    readonly locale: Locale,
    readonly schemes: readonly PostdocSupportScheme[],
  ) {}

  /** `（x）` / ` (x)`. */
  paren = (x: string): string => fill(this.t.paren, { x });

  /** A date (`2026-06-30`) in the locale's medium style. */
  date = (d: string): string => formatDateTime(this.locale, parseDateBound(d) ?? d, { dateStyle: 'medium' });

  /** The programme's 一级学科 with its code, else its industry fields. */
  disciplineText = (p: PostdocProgramme): string => {
    if (p.discipline)
      return `${this.disciplineName(p.discipline.code, p.discipline.name)}${this.paren(p.discipline.code)}`;
    return p.industryFields.map((f) => label(INDUSTRY_FIELDS, f, this.locale)).join(this.t.sep);
  };

  /** A 一级学科's name in the current locale, from its code and its Chinese name. */
  disciplineName = (code: string, zh: string): string => names.discipline(code, zh, this.locale);

  /** A funding scheme's display name in the current locale (the id, or its English label, when it is not in `schemes`). */
  schemeName = (id: string): string =>
    this.schemes.find((s) => s.id === id)?.name[this.locale] ?? names.term(id, this.locale);

  /** A salary range, or undefined without figures. */
  salaryText = (min: number | undefined, max: number | undefined): string | undefined => {
    const { t, locale } = this;
    if (min === undefined && max === undefined) return undefined;
    if (min !== undefined && max !== undefined)
      return min === max
        ? money(locale, min)
        : fill(t.salaryRange, { min: money(locale, min), max: money(locale, max) });
    if (min !== undefined) return fill(t.salaryFrom, { min: money(locale, min) });
    return fill(t.salaryUpTo, { max: money(locale, max!) });
  };

  /** "截止 2026年6月30日" / 长期有效 / 已截止 for a set of openings. */
  deadlineText = (openings: readonly PostdocOpening[], now: number): string | undefined => {
    if (openings.length === 0) return undefined;
    let next: string | undefined;
    let last: string | undefined;
    let rolling = false;
    for (const o of openings) {
      if (o.rolling) rolling = true;
      if (!o.deadline) continue;
      const end = parseDateBound(o.deadline, true) ?? -Infinity;
      if (end >= now && (next === undefined || o.deadline < next)) next = o.deadline;
      if (last === undefined || o.deadline > last) last = o.deadline;
    }
    if (next) return this.date(next);
    if (rolling) return this.t.rolling;
    return last ? `${this.t.closed}${this.paren(this.date(last))}` : undefined;
  };

  /** "2 份招收启事 · 3 个招收方向 · 共 4 个名额". */
  openingsText = (p: PostdocProgramme, m: ProgrammeMeta): string => {
    const t = this.t;
    if (p.openings.length === 0) return t.noOpenings;
    const parts = [
      fill(t.openingsCount, { count: p.openings.length }),
      fill(t.directionsCount, { count: m.directions }),
    ];
    if (m.places) parts.push(fill(t.places, { count: m.places }));
    return parts.join(' · ');
  };
}
