import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { HbrsElement, fill, renderEmpty, safeUrl, type Dictionaries, type Locale } from '@hbrs/core';
import { CAMPAIGN_CODES, TARGET_GROUPS, cityOf } from '@hbrs/sdk';
import type {
  DivisionIndex,
  FairStatus,
  HbrsClient,
  JobFair,
  JobFairIndex,
  JobFairQuery,
  FeedKind,
} from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import {
  DATE_PRESETS,
  addDays,
  addMonths,
  daysInMonth,
  parseYm,
  parseYmd,
  presetBounds,
  startOfDay,
  weekday,
  ymString,
  ymdOf,
  ymdString,
  type DatePreset,
  type Ymd,
} from './dates.js';
import {
  formatCount,
  formatDay,
  formatFairRange,
  formatInstant,
  formatMonth,
  formatSalary,
  formatShortDay,
  weekdayNames,
} from './format.js';
import { icsFileName, writeIcs } from './ics.js';
import { labels } from './labels.js';
import { VirtualWindow } from './virtual-list.js';
import { jobFairsStyles } from './job-fairs.styles.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

/** Message shape of <hbrs-job-fairs>. */
export type JobFairsMessages = typeof zhCN;
const messages: Dictionaries<JobFairsMessages> = { 'zh-CN': zhCN, en };

/** What <hbrs-job-fairs> loads: the fair index, the division index (when available) and filter options. */
export interface JobFairsData {
  fairs: JobFairIndex;
  divisions: DivisionIndex | undefined;
  /** Campaign codes present in the data, in vocabulary order. */
  campaigns: string[];
  /** Target groups present in the data. */
  audiences: string[];
}

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

declare module '@hbrs/core' {
  interface HbrsEventMap {
    /** The user changed a filter; `count` is the number of matching fairs. */
    'hbrs-filter-change': { filters: JobFairFilters; count: number };
    /** A fair's detail opened. */
    'hbrs-fair-open': { id: string; name: string };
    /** A fair's detail closed. */
    'hbrs-fair-close': { id: string };
    /** An `.ics` calendar file was generated for a fair. */
    'hbrs-fair-calendar': { id: string; filename: string; ics: string };
    /** The share link of a fair was copied (or offered for manual copying). */
    'hbrs-fair-share': { id: string; url: string; copied: boolean };
    /** The view changed between the list and the month grid. */
    'hbrs-view-change': { view: JobFairsView };
  }
}

const CAMPAIGN_ORDER: readonly string[] = CAMPAIGN_CODES;
const AUDIENCE_ORDER: readonly string[] = TARGET_GROUPS;

/** Lists longer than this are virtualised. */
export const VIRTUALIZE_ABOVE = 30;

const listConverter = {
  fromAttribute: (v: string | null): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (v: string[]): string => v.join(' '),
};

/** Status of a fair at instant `now`: cancelled/draft as published, else from its times. */
export function fairStatus(f: JobFair, now: number): FairStatus {
  if (f.status === 'cancelled' || f.status === 'draft') return f.status;
  const s = Date.parse(f.startTime);
  const e = Date.parse(f.endTime);
  return now < s ? 'upcoming' : now > e ? 'ended' : 'ongoing';
}

/** Number of employers and positions of a fair (published figures first, else counted). */
export function fairCounts(f: JobFair): { employers: number; positions: number } {
  let positions = 0;
  for (const e of f.employers) positions += e.positions.length;
  return {
    employers: f.stats?.employerCount ?? f.employers.length,
    positions: f.stats?.positionCount ?? positions,
  };
}

/**
 * The job-fair listing (招聘会): fairs soonest first with filters (city → county, date presets or a
 * custom range, online/on site, campaign, audience, keyword in Chinese, pinyin or initials), a
 * result count, a virtualised list that stays fast with tens of thousands of fairs, a month
 * calendar view, and a detail dialog with zones, employers and positions, contact, registration,
 * an "add to calendar" `.ics` file and a share link.
 *
 * @tagname hbrs-job-fairs
 * @summary Hubei job fairs: filters, virtualised list, month view and detail with .ics export.
 *
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean }`.
 * @event hbrs-error - Loading failed. `detail: { code: string; message: string }`.
 * @event hbrs-retry - The user pressed "retry". `detail: { reason: string }`.
 * @event hbrs-filter-change - The user changed a filter. `detail: { filters: JobFairFilters; count: number }`.
 * @event hbrs-fair-open - A fair's detail opened. `detail: { id: string; name: string }`.
 * @event hbrs-fair-close - A fair's detail closed. `detail: { id: string }`.
 * @event hbrs-fair-calendar - An `.ics` file was generated. `detail: { id: string; filename: string; ics: string }`.
 * @event hbrs-fair-share - The share link was copied or shown. `detail: { id: string; url: string; copied: boolean }`.
 * @event hbrs-view-change - List or month view chosen. `detail: { view: 'list' | 'month' }`.
 *
 * @csspart title - The heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
 * @csspart filters - The filter form.
 * @csspart count - The result count.
 * @csspart list - The (virtualised) list of fairs.
 * @csspart fair - One fair in the list.
 * @csspart status - The status badge of a fair.
 * @csspart calendar - The month view.
 * @csspart detail - The detail dialog.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty-result view.
 * @csspart error - The error view.
 *
 * @cssprop [--hbrs-color-primary] - Buttons, links and highlights.
 * @cssprop [--hbrs-job-fairs-list-height=560px] - Height of the scrolling, windowed list used when more than 30 fairs match (shorter results are shown in full).
 */
export class HbrsJobFairs extends HbrsDataElement<JobFairsData> {
  static override styles = [...HbrsElement.styles, jobFairsStyles];

  /** Division (GB/T 2260 code): a city (`420200`) or a county (`420281`); empty for the whole province. */
  @property() division = '';

  /** Date filter: `upcoming` (default), `week`, `month`, `past`, `all`, or `custom` (uses `from` / `to`). */
  @property() date: DatePreset = 'upcoming';

  /** First day (`YYYY-MM-DD`, Asia/Shanghai) of the custom date range. */
  @property() from = '';

  /** Last day (`YYYY-MM-DD`, Asia/Shanghai) of the custom date range. */
  @property() to = '';

  /** `online` (fairs with an online part), `offline` (with an on-site part), or empty for all. */
  @property() mode: JobFairMode = '';

  /** Campaign code, e.g. `chunfeng` (春风行动), `baitian_qianwan`, `jinqiu`; empty for all. */
  @property() campaign = '';

  /** Target group, e.g. `高校毕业生`; empty for all. */
  @property() audience = '';

  /** Keyword: Chinese text, full pinyin or initials of a fair, its venue, hosts, employers or positions. */
  @property() keyword = '';

  /** `list` (default) or `month` (calendar grid). */
  @property() view: JobFairsView = 'list';

  /** The month shown in the month view (`YYYY-MM`); the current month by default. */
  @property() month = '';

  /** Id of the fair whose detail is open; empty when none. */
  @property() selected = '';

  /** Filters to hide (space or comma separated): `keyword division date mode campaign audience view`. Preset them with their attributes. */
  @property({ attribute: 'hide-filters', converter: listConverter }) hideFilters: string[] = [];

  /** Heading text; defaults to the localized "招聘会". */
  @property() heading?: string;

  /** The current time used for statuses and date presets; defaults to the device clock (for demos and tests). */
  @property({ attribute: false }) now?: Date;

  /** The day picked in the month view (`YYYY-MM-DD`). */
  @state() private day = '';
  /** The day holding the roving focus in the month grid. */
  @state() private focusDay = '';
  /** Text shown next to the share button. */
  @state() private shareNote = '';
  @state() private shareUrl = '';

  protected override get dataKind(): FeedKind {
    return 'job-fairs';
  }

  protected override get urlPrefix(): string {
    return 'jf';
  }

  private get t(): JobFairsMessages {
    return messages[this.locale];
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  protected override async loadData(client: HbrsClient, signal: AbortSignal): Promise<JobFairsData> {
    const [fairs, divisions] = await Promise.all([
      client.jobFairs.index({ signal }),
      // Without divisions the widget still works; the division filter is then left out.
      client.divisions.index({ signal }).catch(() => undefined),
    ]);
    const campaigns = new Set<string>();
    const audiences = new Set<string>();
    for (const f of fairs.all()) {
      if (f.campaign && f.campaign.code !== 'none') campaigns.add(f.campaign.code);
      for (const g of f.targetGroups) audiences.add(g);
    }
    return {
      fairs,
      divisions,
      campaigns: CAMPAIGN_ORDER.filter((c) => c !== 'none' && campaigns.has(c)),
      audiences: [
        ...AUDIENCE_ORDER.filter((a) => audiences.has(a)),
        ...[...audiences].filter((a) => !AUDIENCE_ORDER.includes(a)),
      ],
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Filters and results

  /** Fairs matching the filters, in display order (recomputed when a filter or the data changes). */
  private results: JobFair[] = [];
  /** Fairs of the month shown in the month view, by day (`YYYY-MM-DD`). */
  private byDay = new Map<string, JobFair[]>();
  private monthTotal = 0;
  private resultsKey = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The filters in effect. */
  get filters(): JobFairFilters {
    return {
      division: this.division,
      date: this.date,
      from: this.from,
      to: this.to,
      mode: this.mode,
      campaign: this.campaign,
      audience: this.audience,
      keyword: this.keyword,
    };
  }

  /** Number of fairs matching the filters (after loading). */
  get resultCount(): number {
    return this.view === 'month' ? this.monthTotal : this.results.length;
  }

  private isHidden(name: JobFairFilterName): boolean {
    return this.hideFilters.includes(name);
  }

  private shownMonth(): { y: number; m: number } {
    const t = ymdOf(this.nowMs);
    return parseYm(this.month) ?? { y: t.y, m: t.m };
  }

  private baseQuery(): JobFairQuery {
    const q: JobFairQuery = {};
    if (this.division) q.division = this.division;
    if (this.mode === 'online') q.online = true;
    if (this.mode === 'offline') q.online = false;
    if (this.campaign) q.campaign = this.campaign;
    if (this.audience) q.targetGroup = this.audience;
    if (this.keyword.trim()) q.keyword = this.keyword;
    return q;
  }

  private compute(data: JobFairsData): void {
    const q = this.baseQuery();
    if (this.view === 'month') {
      const { y, m } = this.shownMonth();
      const first = { y, m, d: 1 };
      const last = { y, m, d: daysInMonth(y, m) };
      const fairs = data.fairs.filter({ ...q, from: ymdString(first), to: ymdString(last) });
      const byDay = new Map<string, JobFair[]>();
      const lo = startOfDay(first);
      const hi = startOfDay(addDays(last, 1));
      for (const f of fairs) {
        const s = Math.max(Date.parse(f.startTime), lo);
        const e = Math.min(Date.parse(f.endTime), hi - 1);
        // A fair spanning several days is listed on each of them (at most the month).
        for (let d = ymdOf(s), n = 0; startOfDay(d) <= e && n < 31; d = addDays(d, 1), n++) {
          const k = ymdString(d);
          const list = byDay.get(k);
          if (list) list.push(f);
          else byDay.set(k, [f]);
        }
      }
      this.byDay = byDay;
      this.monthTotal = fairs.length;
      return;
    }
    const b = presetBounds(this.date, this.nowMs, this.from, this.to);
    if (b.from) q.from = b.from;
    if (b.to) q.to = b.to;
    if (b.endedBefore !== undefined) {
      const before = b.endedBefore;
      this.results = data.fairs
        .filter({ ...q, sort: '-startTime' })
        .filter((f) => Date.parse(f.endTime) < before);
    } else {
      this.results = data.fairs.filter(q);
    }
    this.resultIds = this.results.map((f) => f.id);
    this.listScroll = 0;
    this.scrollReset = true;
  }

  private scrollReset = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An unknown preset from an attribute or a script falls back to the default.
    if (!(DATE_PRESETS as readonly string[]).includes(this.date)) this.date = 'upcoming';
    const mk = `${this.locale}|${this.largeText}|${this.theme ?? ''}`;
    if (mk !== this.measureKey) {
      this.measureKey = mk;
      this.vw.clear();
    }
    const data = this.loaded;
    if (!data) return;
    const key = JSON.stringify([
      this.filters,
      this.view,
      this.view === 'month' ? this.month : '',
      this.now?.getTime() ?? 0,
    ]);
    if (key === this.resultsKey && this.lastData === data) return;
    this.lastData = data;
    this.resultsKey = key;
    this.compute(data);
    this.scheduleAnnounce();
  }

  private lastData: JobFairsData | undefined;

  private scheduleAnnounce(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const n = this.resultCount;
      const msg = this.view === 'month' ? this.t.monthCount : this.t.found;
      this.announcer.announce(fill(msg, { count: formatCount(this.locale, n) }));
    }, 400);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
    this.listObserver?.disconnect();
    this.observedList = undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // URL state

  private defaults: (JobFairFilters & { view: JobFairsView }) | undefined;

  private urlSnapshot(): Record<string, string | undefined> {
    const d = this.defaults;
    const diff = (v: string, dv: string | undefined) => (v === (dv ?? '') ? undefined : v);
    return {
      q: diff(this.keyword, d?.keyword),
      division: diff(this.division, d?.division),
      date: diff(this.date, d?.date ?? 'upcoming'),
      from: this.date === 'custom' ? this.from || undefined : undefined,
      to: this.date === 'custom' ? this.to || undefined : undefined,
      mode: diff(this.mode, d?.mode),
      campaign: diff(this.campaign, d?.campaign),
      audience: diff(this.audience, d?.audience),
      view: diff(this.view, d?.view ?? 'list'),
      month: this.view === 'month' ? this.month || undefined : undefined,
      fair: this.selected || undefined,
    };
  }

  protected override applyUrlState(s: Record<string, string>): void {
    this.defaults ??= { ...this.filters, view: this.view };
    const d = this.defaults;
    const keep = (name: JobFairFilterName, v: string | undefined, dv: string): string =>
      this.isHidden(name) ? dv : (v ?? dv);
    this.keyword = keep('keyword', s.q, d.keyword);
    this.division = keep('division', s.division, d.division);
    const date = keep('date', s.date, d.date);
    this.date = (DATE_PRESETS as readonly string[]).includes(date) ? (date as DatePreset) : d.date;
    this.from = this.date === 'custom' ? (parseYmd(s.from) ? s.from! : d.from) : d.from;
    this.to = this.date === 'custom' ? (parseYmd(s.to) ? s.to! : d.to) : d.to;
    const mode = keep('mode', s.mode, d.mode);
    this.mode = mode === 'online' || mode === 'offline' ? mode : '';
    this.campaign = keep('campaign', s.campaign, d.campaign);
    this.audience = keep('audience', s.audience, d.audience);
    const view = keep('view', s.view, d.view);
    this.view = view === 'month' ? 'month' : 'list';
    this.month = parseYm(s.month) ? s.month! : '';
    const fair = s.fair ?? '';
    if (fair !== this.selected) {
      if (fair) this.selected = fair;
      else this.closeDetail(false);
    }
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    this.urlState.write(this.urlSnapshot(), mode);
  }

  // ---------------------------------------------------------------------------------------------
  // User actions

  private async changed(mode: 'push' | 'replace' = 'push'): Promise<void> {
    this.writeUrl(mode);
    await this.updateComplete;
    this.emit('hbrs-filter-change', { filters: this.filters, count: this.resultCount });
  }

  private readonly onKeyword = (e: Event): void => {
    this.keyword = (e.target as HTMLInputElement).value;
    void this.changed('replace');
  };

  private readonly onCity = (e: Event): void => {
    this.division = (e.target as HTMLSelectElement).value;
    void this.changed();
  };

  private readonly onCounty = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.division = v || this.cityCode();
    void this.changed();
  };

  private readonly onDate = (e: Event): void => {
    this.date = (e.target as HTMLSelectElement).value as DatePreset;
    void this.changed();
  };

  private readonly onFrom = (e: Event): void => {
    this.from = parseYmd((e.target as HTMLInputElement).value) ? (e.target as HTMLInputElement).value : '';
    void this.changed();
  };

  private readonly onTo = (e: Event): void => {
    this.to = parseYmd((e.target as HTMLInputElement).value) ? (e.target as HTMLInputElement).value : '';
    void this.changed();
  };

  private readonly onMode = (e: Event): void => {
    this.mode = (e.target as HTMLSelectElement).value as JobFairMode;
    void this.changed();
  };

  private readonly onCampaign = (e: Event): void => {
    this.campaign = (e.target as HTMLSelectElement).value;
    void this.changed();
  };

  private readonly onAudience = (e: Event): void => {
    this.audience = (e.target as HTMLSelectElement).value;
    void this.changed();
  };

  private setView(view: JobFairsView): void {
    if (view === this.view) return;
    this.view = view;
    this.writeUrl('push');
    this.emit('hbrs-view-change', { view });
  }

  /** Resets every visible filter to its default (hidden, preset filters stay). */
  clearFilters(): void {
    if (!this.isHidden('keyword')) this.keyword = '';
    if (!this.isHidden('division')) this.division = '';
    if (!this.isHidden('date')) {
      this.date = 'upcoming';
      this.from = '';
      this.to = '';
    }
    if (!this.isHidden('mode')) this.mode = '';
    if (!this.isHidden('campaign')) this.campaign = '';
    if (!this.isHidden('audience')) this.audience = '';
    void this.changed();
  }

  private readonly onClear = (): void => {
    this.clearFilters();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#jf-keyword')?.focus());
  };

  private get filtersActive(): boolean {
    return (
      (!this.isHidden('keyword') && this.keyword !== '') ||
      (!this.isHidden('division') && this.division !== '') ||
      (!this.isHidden('date') && this.date !== 'upcoming') ||
      (!this.isHidden('mode') && this.mode !== '') ||
      (!this.isHidden('campaign') && this.campaign !== '') ||
      (!this.isHidden('audience') && this.audience !== '')
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Detail

  private returnFocusTo = '';
  private openedId = '';

  /** Opens the detail of a fair (as if the user chose it). */
  openFair(id: string): void {
    this.returnFocusTo = id;
    this.selected = id;
    this.shareNote = '';
    this.shareUrl = '';
    this.writeUrl('push');
  }

  private closeDetail(writeUrl = true): void {
    if (!this.selected) return;
    const id = this.selected;
    this.selected = '';
    this.openedId = '';
    if (writeUrl) this.writeUrl('push');
    this.emit('hbrs-fair-close', { id });
    void this.updateComplete.then(() => this.restoreFocus(id));
  }

  private async restoreFocus(id: string): Promise<void> {
    const target = this.returnFocusTo || id;
    this.returnFocusTo = '';
    const find = () =>
      [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-fair]')].find(
        (b) => b.dataset.fair === target,
      );
    let button = find();
    const list = this.renderRoot.querySelector<HTMLElement>('.list.long');
    if (!button && list && this.view === 'list') {
      const index = this.results.findIndex((f) => f.id === target);
      if (index >= 0) {
        list.scrollTop = Math.max(0, this.vw.offsetOf(index) - this.viewport / 2);
        this.listScroll = list.scrollTop;
        this.requestUpdate();
        await this.updateComplete;
        button = find();
      }
    }
    (button ?? this.renderRoot.querySelector<HTMLElement>('#jf-count'))?.focus();
  }

  private readonly onDialogClose = (): void => {
    if (this.selected) this.closeDetail();
  };

  private readonly onDialogClick = (e: MouseEvent): void => {
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    if (e.target === e.currentTarget) (e.currentTarget as HTMLDialogElement).close();
  };

  private readonly onCloseButton = (): void => {
    this.closeDetail();
  };

  private fairById(id: string): JobFair | undefined {
    return this.loaded?.fairs.get(id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollReset) {
      this.scrollReset = false;
      const list = this.renderRoot.querySelector<HTMLElement>('.list.long');
      if (list) list.scrollTop = 0;
    }
    this.layoutList();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.selected && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('#jf-detail-title')?.focus();
    }
    if (this.selected && this.openedId !== this.selected && dialog) {
      const f = this.fairById(this.selected);
      if (f) {
        this.openedId = this.selected;
        this.emit('hbrs-fair-open', { id: f.id, name: f.name });
      }
    }
    if (this.focusGrid) {
      this.focusGrid = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  /** The `.ics` text of a fair. */
  icsFor(f: JobFair): string {
    const venue = [f.venue?.name, f.venue?.address].filter(Boolean).join(' ');
    const online = safeUrl(f.online?.url, ['http:', 'https:']);
    const lines = [
      f.theme,
      f.description,
      f.organizers.hosts.length ? `${this.t.organizer}: ${f.organizers.hosts.join('、')}` : undefined,
      f.contact?.phone ? `${this.t.phone}: ${f.contact.phone}` : undefined,
      online ? `${this.t.online}: ${online}` : undefined,
    ].filter((x): x is string => !!x);
    return writeIcs(
      [
        {
          uid: `${f.id}@hbrs-job-fairs`,
          summary: f.name,
          start: f.startTime,
          end: f.endTime,
          ...(venue || online ? { location: venue || online } : {}),
          ...(lines.length ? { description: lines.join('\n') } : {}),
          ...(online || f.source?.url ? { url: online ?? f.source?.url } : {}),
          status: f.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
          organizer: f.organizers.hosts[0],
          ...(f.campaign ? { categories: [labels.campaign(f.campaign.code, this.locale)] } : {}),
        },
      ],
      { now: new Date(this.nowMs) },
    );
  }

  private downloadIcs(f: JobFair): void {
    const ics = this.icsFor(f);
    const filename = icsFileName(f.name);
    const proceed = this.emit('hbrs-fair-calendar', { id: f.id, filename, ics }, { cancelable: true });
    if (proceed) {
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.hidden = true;
      this.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    this.announcer.announce(fill(this.t.calendarSaved, { file: filename }));
  }

  /** The link that opens this fair's detail (the page URL with `jf.fair=<id>`). */
  shareLinkFor(id: string): string {
    const url = new URL(window.location.href);
    for (const k of [...url.searchParams.keys()]) if (k.startsWith('jf.')) url.searchParams.delete(k);
    url.searchParams.set('jf.fair', id);
    url.hash = '';
    return url.href;
  }

  private async share(f: JobFair): Promise<void> {
    const url = this.shareLinkFor(f.id);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    this.shareUrl = url;
    this.shareNote = copied ? this.t.copied : this.t.copyFailed;
    this.announcer.announce(this.shareNote);
    this.emit('hbrs-fair-share', { id: f.id, url, copied });
  }

  // ---------------------------------------------------------------------------------------------
  // Month view

  private focusGrid = false;

  private moveMonth(n: number): void {
    const next = addMonths(this.shownMonth(), n);
    this.month = ymString(next);
    const fd = parseYmd(this.focusDay);
    const d = Math.min(fd?.d ?? 1, daysInMonth(next.y, next.m));
    this.focusDay = ymdString({ ...next, d });
    this.writeUrl('push');
  }

  private readonly onPrevMonth = (): void => this.moveMonth(-1);
  private readonly onNextMonth = (): void => this.moveMonth(1);

  private currentFocusDay(): Ymd {
    const { y, m } = this.shownMonth();
    const fd = parseYmd(this.focusDay);
    if (fd && fd.y === y && fd.m === m) return fd;
    const today = ymdOf(this.nowMs);
    return today.y === y && today.m === m ? today : { y, m, d: 1 };
  }

  private readonly onGridKey = (e: KeyboardEvent): void => {
    const cur = this.currentFocusDay();
    let next: Ymd | undefined;
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
    const { y, m } = this.shownMonth();
    this.focusDay = ymdString(next);
    if (next.y !== y || next.m !== m) {
      this.month = ymString(next);
      this.writeUrl('replace');
    }
    this.focusGrid = true;
  };

  private pickDay(day: string): void {
    this.day = day;
    this.focusDay = day;
    const n = this.byDay.get(day)?.length ?? 0;
    const v = parseYmd(day)!;
    this.announcer.announce(
      fill(this.t.dayLabel, { date: formatDay(this.locale, v), count: formatCount(this.locale, n) }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private cityCode(): string {
    if (!this.division) return '';
    const d = this.loaded?.divisions;
    if (d) {
      const path = d.path(this.division);
      const city = path.find((x) => x.level === 'prefecture' || x.parentCode === '429000');
      if (city) return city.code;
    }
    return /^\d{6}$/.test(this.division) ? cityOf(this.division) : '';
  }

  private divisionName(code: string): string {
    const d = this.loaded?.divisions;
    if (!d) return '';
    const path = d.path(code).filter((x) => x.level !== 'province' && x.level !== 'group');
    return path.map((x) => x.name).join(' ');
  }

  private renderFilters(data: JobFairsData): TemplateResult {
    const t = this.t;
    const loc = this.locale;
    const city = this.cityCode();
    const divisions = data.divisions;
    const counties = divisions && city ? divisions.children(city) : [];
    const field = (
      name: JobFairFilterName,
      body: TemplateResult | typeof nothing,
    ): TemplateResult | typeof nothing => (this.isHidden(name) ? nothing : body);
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${t.filters}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${field(
        'keyword',
        html`<div class="field field-wide">
          <label for="jf-keyword">${t.keyword}</label>
          <input
            id="jf-keyword"
            type="search"
            autocomplete="off"
            aria-describedby="jf-keyword-hint"
            .value=${this.keyword}
            @input=${this.onKeyword}
          />
          <span id="jf-keyword-hint" class="hint">${t.keywordHint}</span>
        </div>`,
      )}
      ${field(
        'division',
        divisions
          ? html`<div class="field">
                <label for="jf-city">${t.city}</label>
                <select id="jf-city" @change=${this.onCity}>
                  <option value="" ?selected=${!city}>${t.allCities}</option>
                  ${divisions
                    .cities()
                    .map(
                      (c) => html`<option value=${c.code} ?selected=${c.code === city}>${c.name}</option>`,
                    )}
                </select>
              </div>
              ${
                counties.length
                  ? html`<div class="field">
                      <label for="jf-county">${t.county}</label>
                      <select id="jf-county" @change=${this.onCounty}>
                        <option value="" ?selected=${this.division === city}>${t.allCounties}</option>
                        ${counties.map(
                          (c) =>
                            html`<option value=${c.code} ?selected=${c.code === this.division}>
                              ${c.name}
                            </option>`,
                        )}
                      </select>
                    </div>`
                  : nothing
              }`
          : nothing,
      )}
      ${
        this.view === 'list'
          ? field(
              'date',
              html`<div class="field">
                  <label for="jf-date">${t.date}</label>
                  <select id="jf-date" @change=${this.onDate}>
                    ${DATE_PRESETS.map(
                      (p) =>
                        html`<option value=${p} ?selected=${p === this.date}>${this.presetLabel(p)}</option>`,
                    )}
                  </select>
                </div>
                ${
                  this.date === 'custom'
                    ? html`<div class="field">
                          <label for="jf-from">${t.from}</label>
                          <input
                            id="jf-from"
                            type="date"
                            .value=${this.from}
                            max=${this.to || nothing}
                            @change=${this.onFrom}
                          />
                        </div>
                        <div class="field">
                          <label for="jf-to">${t.to}</label>
                          <input
                            id="jf-to"
                            type="date"
                            .value=${this.to}
                            min=${this.from || nothing}
                            @change=${this.onTo}
                          />
                        </div>`
                    : nothing
                }`,
            )
          : nothing
      }
      ${field(
        'mode',
        html`<div class="field">
          <label for="jf-mode">${t.mode}</label>
          <select id="jf-mode" @change=${this.onMode}>
            <option value="" ?selected=${this.mode === ''}>${t.modeAll}</option>
            <option value="offline" ?selected=${this.mode === 'offline'}>${t.modeOffline}</option>
            <option value="online" ?selected=${this.mode === 'online'}>${t.modeOnline}</option>
          </select>
        </div>`,
      )}
      ${field(
        'campaign',
        data.campaigns.length
          ? html`<div class="field">
              <label for="jf-campaign">${t.campaign}</label>
              <select id="jf-campaign" @change=${this.onCampaign}>
                <option value="" ?selected=${this.campaign === ''}>${t.campaignAll}</option>
                ${data.campaigns.map(
                  (c) =>
                    html`<option value=${c} ?selected=${c === this.campaign}>
                      ${labels.campaign(c, loc)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing,
      )}
      ${field(
        'audience',
        data.audiences.length
          ? html`<div class="field">
              <label for="jf-audience">${t.audience}</label>
              <select id="jf-audience" @change=${this.onAudience}>
                <option value="" ?selected=${this.audience === ''}>${t.audienceAll}</option>
                ${data.audiences.map(
                  (a) =>
                    html`<option value=${a} ?selected=${a === this.audience}>
                      ${labels.audience(a, loc)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing,
      )}
      <div class="filter-actions">
        ${field(
          'view',
          html`<div class="view-toggle" role="group" aria-label=${t.view}>
            <button
              type="button"
              class="hbrs-button"
              data-variant=${this.view === 'list' ? 'primary' : 'secondary'}
              aria-pressed=${this.view === 'list' ? 'true' : 'false'}
              @click=${() => this.setView('list')}
            >
              ${t.viewList}
            </button>
            <button
              type="button"
              class="hbrs-button"
              data-variant=${this.view === 'month' ? 'primary' : 'secondary'}
              aria-pressed=${this.view === 'month' ? 'true' : 'false'}
              @click=${() => this.setView('month')}
            >
              ${t.viewMonth}
            </button>
          </div>`,
        )}
        ${
          this.filtersActive
            ? html`<button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onClear}>
                ${t.clear}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private presetLabel(p: DatePreset): string {
    const t = this.t;
    return {
      upcoming: t.dateUpcoming,
      week: t.dateWeek,
      month: t.dateMonth,
      past: t.datePast,
      all: t.dateAll,
      custom: t.dateCustom,
    }[p];
  }

  private renderStatus(f: JobFair): TemplateResult {
    const s = fairStatus(f, this.nowMs);
    return html`<span class="status" part="status" data-status=${s}>${labels.status(s, this.locale)}</span>`;
  }

  private renderWhere(f: JobFair): TemplateResult {
    const loc = this.locale;
    const place = [this.divisionName(f.divisionCode), f.venue?.name].filter(Boolean).join(' · ');
    const online = f.mode !== 'offline' ? safeUrl(f.online?.url, ['http:', 'https:']) : undefined;
    return html`<span class="mode">${labels.mode(f.mode, loc)}</span>
      ${f.mode !== 'online' && place ? html`<span>${place}</span>` : nothing}
      ${
        f.mode !== 'offline'
          ? online
            ? html`<a href=${online} target="_blank" rel="noopener noreferrer"
                >${f.online?.platform ?? this.t.onlineOpen}</a
              >`
            : f.online?.platform
              ? html`<span>${f.online.platform}</span>`
              : nothing
          : nothing
      }`;
  }

  private renderFairSummary(f: JobFair, headingLevel: 3 | 4): TemplateResult {
    const t = this.t;
    const loc = this.locale;
    const c = fairCounts(f);
    const name = html`<button
      type="button"
      class="fair-name"
      data-fair=${f.id}
      @click=${() => this.openFair(f.id)}
    >
      ${f.name}
    </button>`;
    return html`${headingLevel === 3 ? html`<h3 class="fair-title">${name}</h3>` : html`<h4 class="fair-title">${name}</h4>`}
      <p class="fair-when">
        ${this.renderStatus(f)}
        <time datetime=${f.startTime}>${formatFairRange(loc, f.startTime, f.endTime)}</time>
      </p>
      <p class="fair-where">${this.renderWhere(f)}</p>
      <p class="fair-meta">
        ${f.organizers.hosts[0] ? html`<span>${f.organizers.hosts[0]}</span>` : nothing}
        ${f.zones.length ? html`<span>${fill(t.zonesCount, { count: formatCount(loc, f.zones.length) })}</span>` : nothing}
        <span>${fill(t.employersCount, { count: formatCount(loc, c.employers) })}</span>
        <span>${fill(t.positionsCount, { count: formatCount(loc, c.positions) })}</span>
        ${
          f.campaign && f.campaign.code !== 'none'
            ? html`<span class="campaign">${labels.campaign(f.campaign.code, loc)}</span>`
            : nothing
        }
        ${
          f.targetGroups.length
            ? html`<span
                >${t.audience}: ${f.targetGroups.map((g) => labels.audience(g, loc)).join('、')}</span
              >`
            : nothing
        }
      </p>`;
  }

  private readonly renderRow = (f: JobFair, i: number): TemplateResult =>
    html`<div
      class="fair"
      part="fair"
      role="listitem"
      data-key=${f.id}
      aria-setsize=${this.results.length}
      aria-posinset=${i + 1}
    >
      ${this.renderFairSummary(f, 3)}
    </div>`;

  private renderEmptyState(): TemplateResult {
    const t = this.t;
    if (this.filtersActive) {
      return renderEmpty(this.coreText, {
        message: t.emptyMessage,
        actionLabel: t.clear,
        onAction: this.onClear,
      });
    }
    if (!this.isHidden('date') && this.date !== 'all') {
      return renderEmpty(this.coreText, {
        message: t.emptyMessage,
        actionLabel: t.showAllDates,
        onAction: () => {
          this.date = 'all';
          void this.changed();
        },
      });
    }
    return renderEmpty(this.coreText, { message: t.emptyMessage });
  }

  private renderList(): TemplateResult {
    const n = this.results.length;
    if (n === 0) return this.renderEmptyState();
    // Short lists render in full (no inner scrolling); long ones are windowed in a scroller of fixed
    // height, so the DOM holds only the rows in view whatever the number of results.
    if (n <= VIRTUALIZE_ABOVE) {
      return html`<div class="list short" part="list" role="list" aria-label=${this.t.listLabel}>
        ${repeat(this.results, (f) => f.id, this.renderRow)}
      </div>`;
    }
    this.vw.setKeys(this.resultIds);
    const r = (this.range = this.vw.range(this.listScroll, this.viewport));
    const slice = this.results.slice(r.first, r.last);
    return html`<div class="list long" part="list" @scroll=${this.onListScroll}>
      <div class="list-inner" role="list" aria-label=${this.t.listLabel}>
        ${repeat(
          slice,
          (f) => f.id,
          (f, j) => this.renderRow(f, r.first + j),
        )}
      </div>
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Windowing of long lists

  private readonly vw = new VirtualWindow();
  private resultIds: string[] = [];
  private range = { first: 0, last: 0, before: 0, after: 0 };
  private listScroll = 0;
  private viewport = 560;
  private listWidth = 0;
  private observedList: Element | undefined;
  private measurePasses = 0;
  private scrollFrame = 0;
  private measureKey = '';
  private readonly listObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          for (const e of entries) {
            this.viewport = e.contentRect.height || this.viewport;
            if (e.contentRect.width !== this.listWidth) {
              if (this.listWidth) this.vw.clear();
              this.listWidth = e.contentRect.width;
            }
          }
          // Rows are not observed and the scroller's size does not depend on them: no observer loop.
          this.requestUpdate();
        })
      : undefined;

  private readonly onListScroll = (e: Event): void => {
    this.listScroll = (e.currentTarget as HTMLElement).scrollTop;
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const r = this.vw.range(this.listScroll, this.viewport);
      if (r.first !== this.range.first || r.last !== this.range.last) this.requestUpdate();
    });
  };

  /** After a render of a long list: pad for the rows not rendered, measure the rendered ones. */
  private layoutList(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list.long');
    if (list !== this.observedList) {
      if (this.observedList) this.listObserver?.unobserve(this.observedList);
      if (list) this.listObserver?.observe(list);
      this.observedList = list ?? undefined;
    }
    if (!list) return;
    const inner = list.firstElementChild as HTMLElement;
    let changed = false;
    for (const row of inner.children) {
      const key = (row as HTMLElement).dataset.key;
      if (key) changed = this.vw.measure(key, row.getBoundingClientRect().height) || changed;
    }
    if (changed) this.vw.setKeys(this.resultIds);
    const r = this.vw.range(this.listScroll, this.viewport);
    inner.style.paddingTop = `${r.before}px`;
    inner.style.paddingBottom = `${r.after}px`;
    if ((changed || r.first !== this.range.first || r.last !== this.range.last) && this.measurePasses < 4) {
      this.measurePasses++;
      // A second pass with the measured heights, scheduled after this update has finished.
      queueMicrotask(() => this.requestUpdate());
    } else {
      this.measurePasses = 0;
    }
  }

  private renderMonth(): TemplateResult {
    const t = this.t;
    const loc = this.locale;
    const { y, m } = this.shownMonth();
    const focus = this.currentFocusDay();
    const first = { y, m, d: 1 };
    const lead = weekday(first);
    const days = daysInMonth(y, m);
    const cells: (Ymd | undefined)[] = [
      ...Array.from({ length: lead }, () => undefined),
      ...Array.from({ length: days }, (_, i) => ({ y, m, d: i + 1 })),
    ];
    while (cells.length % 7) cells.push(undefined);
    const weeks: (Ymd | undefined)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    const names = weekdayNames(loc);
    const todayKey = ymdString(ymdOf(this.nowMs));
    const picked = this.day && parseYmd(this.day);
    const dayFairs = picked ? (this.byDay.get(this.day) ?? []) : [];
    return html`<div class="calendar" part="calendar">
      <div class="month-nav">
        <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onPrevMonth}>
          <span aria-hidden="true">‹</span> ${t.prevMonth}
        </button>
        <h3 id="jf-month-title" class="month-title">${formatMonth(loc, y, m)}</h3>
        <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onNextMonth}>
          ${t.nextMonth} <span aria-hidden="true">›</span>
        </button>
      </div>
      <p id="jf-grid-hint" class="hint">${t.gridHint}</p>
      <table
        role="grid"
        class="grid"
        aria-labelledby="jf-month-title"
        aria-describedby="jf-grid-hint"
        @keydown=${this.onGridKey}
      >
        <thead>
          <tr>
            ${names.map((n) => html`<th scope="col" abbr=${n.long}>${n.short}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (w) =>
              html`<tr>
                ${w.map((d) => {
                  if (!d) return html`<td class="pad"></td>`;
                  const key = ymdString(d);
                  const n = this.byDay.get(key)?.length ?? 0;
                  const isFocus = d.d === focus.d;
                  return html`<td
                    role="gridcell"
                    tabindex=${isFocus ? '0' : '-1'}
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
                })}
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
                      ${dayFairs.map((f) => html`<li class="fair" part="fair">${this.renderFairSummary(f, 4)}</li>`)}
                    </ul>`
                  : html`<p>${t.dayNone}</p>`
              }
            </section>`
          : nothing
      }
    </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    if (!this.selected) return nothing;
    const f = this.fairById(this.selected);
    const t = this.t;
    const loc = this.locale;
    if (!f) {
      return html`<dialog
        part="detail"
        class="detail"
        aria-labelledby="jf-detail-title"
        @close=${this.onDialogClose}
      >
        <div class="detail-head">
          <h2 id="jf-detail-title" tabindex="-1">${t.detail}</h2>
          <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onCloseButton}>
            ${t.close}
          </button>
        </div>
        <p>${this.coreText.errorNotFound}</p>
      </dialog>`;
    }
    const c = fairCounts(f);
    const online = safeUrl(f.online?.url, ['http:', 'https:']);
    const live = safeUrl(f.online?.liveStreamUrl, ['http:', 'https:']);
    const digits = f.contact?.phone?.replace(/[^\d+]/g, '') ?? '';
    const phone = /^\+?\d{3,}$/.test(digits) ? safeUrl(`tel:${digits}`, ['tel:']) : undefined;
    const jsUrl = safeUrl(f.registration?.jobseeker?.url, ['http:', 'https:']);
    const emUrl = safeUrl(f.registration?.employer?.url, ['http:', 'https:']);
    const srcUrl = safeUrl(f.source?.url, ['http:', 'https:']);
    const zoneName = new Map(f.zones.map((z) => [z.code, z.name]));
    const headcount = f.stats?.headcountTotal;
    return html`<dialog
      part="detail"
      class="detail"
      aria-labelledby="jf-detail-title"
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
    >
      <div class="detail-body">
        <div class="detail-head">
          <h2 id="jf-detail-title" tabindex="-1">${f.name}</h2>
          <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onCloseButton}>
            ${t.close}
          </button>
        </div>
        ${f.theme ? html`<p class="theme">${f.theme}</p>` : nothing}
        <dl class="facts">
          <dt>${t.time}</dt>
          <dd>
            ${this.renderStatus(f)}
            <time datetime=${f.startTime}>${formatFairRange(loc, f.startTime, f.endTime)}</time>
          </dd>
          <dt>${t.venue}</dt>
          <dd>${this.renderDetailWhere(f, online, live)}</dd>
          ${
            f.venue?.transit
              ? html`<dt>${t.transit}</dt>
                  <dd>${f.venue.transit}</dd>`
              : nothing
          }
          <dt>${t.organizer}</dt>
          <dd>${f.organizers.hosts.join('、')}</dd>
          ${
            f.organizers.undertakers.length
              ? html`<dt>${t.undertaker}</dt>
                  <dd>${f.organizers.undertakers.join('、')}</dd>`
              : nothing
          }
          ${
            f.organizers.coOrganizers.length
              ? html`<dt>${t.coOrganizer}</dt>
                  <dd>${f.organizers.coOrganizers.join('、')}</dd>`
              : nothing
          }
          ${
            f.campaign && f.campaign.code !== 'none'
              ? html`<dt>${t.campaignLabel}</dt>
                  <dd>${f.campaign.name ?? labels.campaign(f.campaign.code, loc)}</dd>`
              : nothing
          }
          ${
            f.fairType
              ? html`<dt>${t.fairType}</dt>
                  <dd>${labels.fairType(f.fairType, loc)}</dd>`
              : nothing
          }
          ${
            f.targetGroups.length
              ? html`<dt>${t.audience}</dt>
                  <dd>${f.targetGroups.map((g) => labels.audience(g, loc)).join('、')}</dd>`
              : nothing
          }
          <dt>${t.employers}</dt>
          <dd>
            ${fill(t.employersCount, { count: formatCount(loc, c.employers) })} ·
            ${fill(t.positionsCount, { count: formatCount(loc, c.positions) })}
            ${headcount ? html` · ${fill(t.headcountTotal, { count: formatCount(loc, headcount) })}` : nothing}
          </dd>
        </dl>
        ${
          f.description
            ? html`<h3>${t.description}</h3>
                <p class="prose">${f.description}</p>`
            : nothing
        }
        ${
          f.zones.length
            ? html`<h3>${t.zones}</h3>
                <ul class="zones">
                  ${f.zones.map(
                    (z) =>
                      html`<li>
                        <strong>${z.name}</strong>
                        ${z.kind ? html`<span class="muted">${labels.zoneKind(z.kind, loc)}</span>` : nothing}
                        ${z.boothRange ? html`<span class="muted">${fill(t.booth, { booth: z.boothRange })}</span>` : nothing}
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        <h3>${t.employers}</h3>
        ${
          f.employers.length
            ? html`<ul class="employers">
                ${f.employers.map(
                  (e) =>
                    html`<li class="employer">
                      <h4>${e.name}</h4>
                      <p class="muted">
                        ${[
                          e.boothNo ? fill(t.booth, { booth: e.boothNo }) : '',
                          e.zoneCode ? (zoneName.get(e.zoneCode) ?? '') : '',
                          e.nature ?? '',
                          e.industry?.name ?? '',
                          e.scale ?? '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      ${
                        e.positions.length
                          ? html`<ul class="positions">
                              ${e.positions.map(
                                (p) =>
                                  html`<li>
                                    <strong>${p.title}</strong>
                                    <span
                                      >${
                                        p.headcount > 0
                                          ? fill(t.headcount, { count: formatCount(loc, p.headcount) })
                                          : t.headcountAny
                                      }</span
                                    >
                                    <span
                                      >${
                                        p.education.code === '00'
                                          ? labels.education('00', loc)
                                          : p.education.orAbove
                                            ? fill(t.orAbove, {
                                                label: labels.education(p.education.code, loc),
                                              })
                                            : labels.education(p.education.code, loc)
                                      }</span
                                    >
                                    <span class="salary">${formatSalary(loc, p.salary, t)}</span>
                                  </li>`,
                              )}
                            </ul>`
                          : html`<p class="muted">${t.noPositions}</p>`
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noEmployers}</p>`
        }
        ${
          f.contact && (f.contact.name || f.contact.phone || f.contact.email)
            ? html`<h3>${t.contact}</h3>
                <dl class="facts">
                  ${
                    f.contact.name
                      ? html`<dt>${t.contactName}</dt>
                          <dd>${f.contact.name}</dd>`
                      : nothing
                  }
                  ${
                    f.contact.phone
                      ? html`<dt>${t.phone}</dt>
                          <dd>${phone ? html`<a href=${phone}>${f.contact.phone}</a>` : f.contact.phone}</dd>`
                      : nothing
                  }
                  ${
                    f.contact.email
                      ? html`<dt>${t.email}</dt>
                          <dd>${f.contact.email}</dd>`
                      : nothing
                  }
                </dl>`
            : nothing
        }
        ${
          f.registration?.jobseeker || f.registration?.employer
            ? html`<h3>${t.registration}</h3>
                <ul class="plain">
                  ${
                    f.registration.jobseeker
                      ? html`<li>
                          ${
                            jsUrl
                              ? html`<a href=${jsUrl} target="_blank" rel="noopener noreferrer"
                                  >${t.registerJobseeker}</a
                                >`
                              : html`<span>${t.registerJobseeker}</span>`
                          }
                          ${f.registration.jobseeker.required ? html`<span class="muted">${t.registerRequired}</span>` : nothing}
                          ${
                            f.registration.jobseeker.method
                              ? html`<span class="muted">${f.registration.jobseeker.method}</span>`
                              : nothing
                          }
                        </li>`
                      : nothing
                  }
                  ${
                    f.registration.employer
                      ? html`<li>
                          ${
                            emUrl
                              ? html`<a href=${emUrl} target="_blank" rel="noopener noreferrer"
                                  >${t.registerEmployer}</a
                                >`
                              : html`<span>${t.registerEmployer}</span>`
                          }
                          ${
                            f.registration.employer.deadline
                              ? html`<span class="muted"
                                  >${fill(t.deadline, { date: formatInstant(loc, f.registration.employer.deadline) })}</span
                                >`
                              : nothing
                          }
                          ${
                            f.registration.employer.method
                              ? html`<span class="muted">${f.registration.employer.method}</span>`
                              : nothing
                          }
                        </li>`
                      : nothing
                  }
                </ul>`
            : nothing
        }
        <div class="detail-actions" role="group" aria-label=${t.actions}>
          <button type="button" class="hbrs-button" @click=${() => this.downloadIcs(f)}>
            ${t.addToCalendar}
          </button>
          ${
            this.syncUrl
              ? html`<button
                  type="button"
                  class="hbrs-button"
                  data-variant="secondary"
                  @click=${() => this.share(f)}
                >
                  ${t.share}
                </button>`
              : nothing
          }
        </div>
        ${
          this.shareUrl
            ? html`<p class="share" role="status">${this.shareNote}</p>
                <label class="share-field"
                  >${t.shareLink}<input type="text" readonly .value=${this.shareUrl} @focus=${this.selectAll}
                /></label>`
            : nothing
        }
        ${
          srcUrl || f.source?.platform
            ? html`<p class="muted source">
                ${t.source}:
                ${
                  srcUrl
                    ? html`<a href=${srcUrl} target="_blank" rel="noopener noreferrer"
                        >${f.source?.platform ?? srcUrl}</a
                      >`
                    : f.source?.platform
                }
              </p>`
            : nothing
        }
      </div>
    </dialog>`;
  }

  private readonly selectAll = (e: Event): void => (e.target as HTMLInputElement).select();

  private renderDetailWhere(f: JobFair, online?: string, live?: string): TemplateResult {
    const loc = this.locale;
    const division = this.divisionName(f.divisionCode);
    return html`<span class="mode">${labels.mode(f.mode, loc)}</span> ${
        f.mode !== 'online'
          ? html`${division ? html`<span>${division}</span>` : nothing}
            ${f.venue?.name ? html`<span>${f.venue.name}</span>` : nothing}
            ${f.venue?.address ? html`<span>${f.venue.address}</span>` : nothing}`
          : nothing
      }
      ${
        f.mode !== 'offline'
          ? html`${f.online?.platform ? html`<span>${f.online.platform}</span>` : nothing}
            ${
              online
                ? html`<a href=${online} target="_blank" rel="noopener noreferrer">${this.t.onlineOpen}</a>`
                : nothing
            }
            ${live ? html`<a href=${live} target="_blank" rel="noopener noreferrer">${this.t.liveStream}</a>` : nothing}`
          : nothing
      }`;
  }

  private renderReady(data: JobFairsData): TemplateResult {
    const t = this.t;
    const n = this.resultCount;
    void data;
    return html`${this.renderFilters(data)}
      <p id="jf-count" class="count" part="count" tabindex="-1">
        ${fill(n === 1 ? t.countOne : t.count, { count: formatCount(this.locale, n) })}
      </p>
      ${this.view === 'month' ? this.renderMonth() : this.renderList()} ${this.renderDetail()}`;
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    const state = this.renderDataState();
    return html`<section class="hbrs-root" lang=${this.locale as Locale} aria-labelledby="jf-title">
      <h2 id="jf-title" part="title">${this.heading ?? this.t.title}</h2>
      ${this.renderSampleNotice()} ${this.announcer.render()}
      ${state ?? (data ? this.renderReady(data) : nothing)}
    </section>`;
  }
}
