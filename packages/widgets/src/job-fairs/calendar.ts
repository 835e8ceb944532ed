/**
 * `<hbrs-job-fair-calendar>`: the month view of <hbrs-job-fairs> (part of the views chunk, loaded on demand).
 * @module
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles, fill } from '@hbrs/core';
import type { JobFair, JobFairIndex } from '@hbrs/sdk';
import {
  addDays,
  daysInMonth,
  parseYmd,
  shownMonth,
  startOfDay,
  weekday,
  ymdOf,
  ymdString,
  type Ymd,
} from './dates.js';
import { baseQuery } from './filters.js';
import { formatCount } from './format.js';
import type { JobFairFilters } from './filters.js';
import { contentStyles } from './job-fairs.styles.js';
import { clampStyles } from '../internal/clamp.styles.js';
import { renderFairSummary, type SummaryContext } from './summary.js';
import { addMonths, formatDay, formatMonth, formatShortDay, weekdayNames, ymString } from './views.format.js';
import { viewMessages } from './views.messages.js';
import { calendarStyles } from './views.styles.js';

/** The events of the views' sub-elements, handled by <hbrs-job-fairs> (they do not leave its shadow root). */
export interface JobFairViewEventMap {
  /** A fair of the day list was chosen. */
  'i-hbrs-fair-open': CustomEvent<{ id: string }>;
  /** The month shown changed (`push`: a history entry, `replace`: none). */
  'i-hbrs-month-change': CustomEvent<{ month: string; history: 'push' | 'replace' }>;
  /** A message for the element's polite live region. */
  'i-hbrs-announce': CustomEvent<{ message: string }>;
}

/** Dispatches an internal (non-bubbling) event of a sub-element to its <hbrs-job-fairs>. */
export function emitInternal<K extends keyof JobFairViewEventMap>(
  el: HTMLElement,
  name: K,
  detail: JobFairViewEventMap[K]['detail'],
): void {
  el.dispatchEvent(new CustomEvent(name, { detail }));
}

/** The fairs of month `y`-`m`, by day (`YYYY-MM-DD`); a fair spanning several days is listed on each. */
function byDay(fairs: readonly JobFair[], y: number, m: number): Map<string, JobFair[]> {
  const map = new Map<string, JobFair[]>();
  const lo = startOfDay({ y, m, d: 1 });
  const hi = startOfDay(addDays({ y, m, d: daysInMonth(y, m) }, 1));
  for (const f of fairs) {
    const s = Math.max(Date.parse(f.startTime), lo);
    const e = Math.min(Date.parse(f.endTime), hi - 1);
    for (let d = ymdOf(s), n = 0; startOfDay(d) <= e && n < 31; d = addDays(d, 1), n++) {
      const k = ymdString(d);
      const list = map.get(k);
      if (list) list.push(f);
      else map.set(k, [f]);
    }
  }
  return map;
}

/**
 * The month view of `<hbrs-job-fairs>`: a keyboard-navigable grid of the month's days with their number of
 * fairs (arrows, Home/End, PageUp/PageDown, Enter), and the fairs of the picked day. Internal: rendered by
 * `<hbrs-job-fairs>` in its shadow root, which it inherits the `--_hbrs-*` tokens (theme, large text) from.
 *
 * @partOf hbrs-job-fairs
 * @tagname hbrs-job-fair-calendar
 * @summary Internal: the month grid of <hbrs-job-fairs>.
 *
 * @event i-hbrs-fair-open - A fair of the day list was chosen. `detail: { id: string }`.
 * @event i-hbrs-month-change - The month changed. `detail: { month: string; history: 'push' | 'replace' }`.
 * @event i-hbrs-announce - A message for the live region. `detail: { message: string }`.
 *
 * @csspart fair - One fair of the picked day.
 * @csspart status - The status badge of a fair.
 */
export class HbrsJobFairCalendar extends LitElement {
  static override styles = [baseStyles, contentStyles, calendarStyles, clampStyles];

  /** The fairs of the month shown (filtered by <hbrs-job-fairs>). */
  @property({ attribute: false }) fairs: readonly JobFair[] = [];

  /** The month shown (`YYYY-MM`); the month of `now` when empty. */
  @property() month = '';

  /** Every fair, and the filters: where the matching data starts and ends (said when the month is outside). */
  @property({ attribute: false }) index?: JobFairIndex;
  @property({ attribute: false }) filters?: JobFairFilters;

  /** The locale, texts, current instant and division index of <hbrs-job-fairs> (its `open` is not used: choosing a fair emits `i-hbrs-fair-open`). */
  @property({ attribute: false }) context!: SummaryContext;

  /** The day picked (`YYYY-MM-DD`): its fairs are listed below the grid. */
  @state() private day = '';
  /** The day holding the roving focus of the grid. */
  @state() private focusDay = '';
  private focusGrid = false;
  private days: Map<string, JobFair[]> | undefined;
  private extentKey = '';
  private extentValue: { first: number; last: number } | undefined;

  private get shown(): { y: number; m: number } {
    return shownMonth(this.month, this.context.now);
  }

  private get locale() {
    return this.context.locale;
  }

  private get t() {
    return { ...this.context.t, ...viewMessages[this.locale] };
  }

  /** Focuses the button of fair `id` in the day list; `false` when it is not there. */
  focusFair(id: string): boolean {
    const b = [...this.renderRoot.querySelectorAll<HTMLElement>('button[data-fair]')].find(
      (x) => x.dataset.fair === id,
    );
    b?.focus();
    return !!b;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fairs') || changed.has('month') || changed.has('context')) this.days = undefined;
    // The day panel follows the month shown: to the focused day of the new month, else it closes.
    const { y, m } = this.shown;
    const inMonth = (s: string): boolean => {
      const d = parseYmd(s);
      return !!d && d.y === y && d.m === m;
    };
    if (this.day && !inMonth(this.day)) this.day = inMonth(this.focusDay) ? this.focusDay : '';
  }

  /** Starts of the first and the last fair matching the filters (any date), if any. */
  private extent(): { first: number; last: number } | undefined {
    if (!this.index) return undefined;
    const q = baseQuery(this.filters ?? ({} as JobFairFilters));
    const key = JSON.stringify(q);
    if (this.extentKey !== key || !this.extentValue) {
      this.extentKey = key;
      let first = Infinity;
      let last = -Infinity;
      for (const f of this.index.filter(q)) {
        const s = Date.parse(f.startTime);
        if (s < first) first = s;
        if (s > last) last = s;
      }
      this.extentValue = first <= last ? { first, last } : undefined;
    }
    return this.extentValue;
  }

  /** Where the data ends (or starts) when the month shown is past it, else nothing. */
  private dataNote(y: number, m: number): string {
    const x = this.extent();
    if (!x) return '';
    const t = this.t;
    if (startOfDay({ y, m, d: 1 }) > x.last)
      return fill(t.dataEndsAfter, { date: formatDay(this.locale, ymdOf(x.last)) });
    if (startOfDay(addDays({ y, m, d: daysInMonth(y, m) }, 1)) <= x.first)
      return fill(t.dataStartsBefore, { date: formatDay(this.locale, ymdOf(x.first)) });
    return '';
  }

  protected override updated(): void {
    if (this.focusGrid) {
      this.focusGrid = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  private byDay(): Map<string, JobFair[]> {
    const { y, m } = this.shown;
    return (this.days ??= byDay(this.fairs, y, m));
  }

  private setMonth(next: { y: number; m: number }, history: 'push' | 'replace'): void {
    this.month = ymString(next);
    emitInternal(this, 'i-hbrs-month-change', { month: this.month, history });
  }

  private moveMonth(n: number): void {
    const next = addMonths(this.shown, n);
    const d = Math.min(parseYmd(this.focusDay)?.d ?? 1, daysInMonth(next.y, next.m));
    this.focusDay = ymdString({ ...next, d });
    this.setMonth(next, 'push');
  }

  private currentFocusDay(): Ymd {
    const { y, m } = this.shown;
    const fd = parseYmd(this.focusDay);
    if (fd && fd.y === y && fd.m === m) return fd;
    const today = ymdOf(this.context.now);
    return today.y === y && today.m === m ? today : { y, m, d: 1 };
  }

  /** Keyboard navigation of the grid. */
  private readonly onGridKey = (e: KeyboardEvent): void => {
    const cur = this.currentFocusDay();
    let next: Ymd;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(cur, -1);
        break;
      case 'ArrowRight':
        next = addDays(cur, 1);
        break;
      case 'ArrowUp':
        next = addDays(cur, -7);
        break;
      case 'ArrowDown':
        next = addDays(cur, 7);
        break;
      case 'Home':
        next = addDays(cur, -weekday(cur));
        break;
      case 'End':
        next = addDays(cur, 6 - weekday(cur));
        break;
      case 'PageUp':
      case 'PageDown': {
        const ym = addMonths(cur, e.key === 'PageUp' ? -1 : 1);
        next = { ...ym, d: Math.min(cur.d, daysInMonth(ym.y, ym.m)) };
        break;
      }
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.pickDay(ymdString(cur));
        return;
      default:
        return;
    }
    e.preventDefault();
    const { y, m } = this.shown;
    this.focusDay = ymdString(next);
    if (next.y !== y || next.m !== m) this.setMonth(next, 'replace');
    this.focusGrid = true;
  };

  private pickDay(day: string): void {
    this.day = day;
    this.focusDay = day;
    const n = this.byDay().get(day)?.length ?? 0;
    const message = fill(this.t.dayLabel, {
      date: formatDay(this.locale, parseYmd(day)!),
      count: formatCount(this.locale, n),
    });
    emitInternal(this, 'i-hbrs-announce', { message });
  }

  private renderCell(d: Ymd | undefined, focus: Ymd, todayKey: string): TemplateResult {
    if (!d) return html`<td class="pad"></td>`;
    const t = this.t;
    const loc = this.locale;
    const key = ymdString(d);
    const n = this.byDay().get(key)?.length ?? 0;
    return html`<td
      role="gridcell"
      tabindex=${d.d === focus.d ? '0' : '-1'}
      data-day=${key}
      aria-selected=${key === this.day ? 'true' : 'false'}
      aria-current=${key === todayKey ? 'date' : nothing}
      class=${n ? 'has-fairs' : ''}
      @click=${() => this.pickDay(key)}
      @focus=${() => {
        if (this.focusDay !== key) this.focusDay = key;
      }}
    >
      <span class="day-num" aria-hidden="true">${d.d}</span>
      <span class="hbrs-visually-hidden"
        >${fill(t.dayLabel, { date: formatDay(loc, d), count: formatCount(loc, n) })}</span
      >
      ${
        n
          ? html`<span class="day-count" aria-hidden="true"
              >${fill(t.dayCount, { count: formatCount(loc, n) })}</span
            >`
          : nothing
      }
    </td>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const loc = this.locale;
    const { y, m } = this.shown;
    const focus = this.currentFocusDay();
    const cells: (Ymd | undefined)[] = [
      ...Array.from({ length: weekday({ y, m, d: 1 }) }, () => undefined),
      ...Array.from({ length: daysInMonth(y, m) }, (_, i) => ({ y, m, d: i + 1 })),
    ];
    while (cells.length % 7) cells.push(undefined);
    const weeks: (Ymd | undefined)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    const todayKey = ymdString(ymdOf(this.context.now));
    const picked = this.day ? parseYmd(this.day) : undefined;
    const dayFairs = picked ? (this.byDay().get(this.day) ?? []) : [];
    const ctx: SummaryContext = {
      ...this.context,
      open: (id) => emitInternal(this, 'i-hbrs-fair-open', { id }),
    };
    return html`<div class="month-nav">
        <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => this.moveMonth(-1)}>
          <span aria-hidden="true">‹</span> ${t.prevMonth}
        </button>
        <h3 id="jf-month-title" class="month-title">${formatMonth(loc, y, m)}</h3>
        <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => this.moveMonth(1)}>
          ${t.nextMonth} <span aria-hidden="true">›</span>
        </button>
      </div>
      <p id="jf-grid-hint" class="hint">${t.gridHint}</p>
      <p class="data-note" role="status">${this.dataNote(y, m)}</p>
      <table
        role="grid"
        class="grid"
        aria-labelledby="jf-month-title"
        aria-describedby="jf-grid-hint"
        @keydown=${this.onGridKey}
      >
        <thead>
          <tr>
            ${weekdayNames(loc).map((n) => html`<th scope="col" abbr=${n.long}>${n.short}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (w) =>
              html`<tr>
                ${w.map((d) => this.renderCell(d, focus, todayKey))}
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        picked
          ? html`<section class="day-fairs" aria-labelledby="jf-day-title">
              <h3 id="jf-day-title">${fill(t.dayFairs, { date: formatShortDay(loc, picked) })}</h3>
              ${
                dayFairs.length
                  ? html`<ul class="plain">
                      ${dayFairs.map((f) => html`<li class="fair" part="fair">${renderFairSummary(f, 4, ctx)}</li>`)}
                    </ul>`
                  : html`<p>${t.dayNone}</p>`
              }
            </section>`
          : nothing
      }`;
  }
}
