import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  HbrsElement,
  errorMessage,
  fill,
  renderEmpty,
  renderError,
  renderLoading,
  safeUrl,
  type Dictionaries,
  type Locale,
} from '@hbrs/core';
import { CAMPAIGN_CODES, TARGET_GROUPS, cityOf } from '@hbrs/sdk';
import type { DivisionIndex, HbrsClient, JobFair, JobFairIndex, JobFairQuery, FeedKind } from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import {
  DATE_PRESETS,
  daysInMonth,
  parseYm,
  parseYmd,
  presetBounds,
  ymdOf,
  ymdString,
  type DatePreset,
} from './dates.js';
import { fairCounts, fairStatus } from './fair.js';
import { formatCount, formatFairRange } from './format.js';
import { labels, setAudienceLabels } from './labels.js';
import type * as WindowModule from './virtual-list.js';
import type { ListWindow } from './virtual-list.js';
import { jobFairsStyles } from './job-fairs.styles.js';
import zhCN from './locales/zh-CN.js';
import type * as EnModule from './locales/en.js';
import type * as ViewsModule from './views.js';
import type { ViewHost } from './views.js';

export { fairCounts, fairStatus };

/** Message shape of <hbrs-job-fairs> (the list; the detail and month texts travel with the views chunk). */
export type JobFairsMessages = typeof zhCN;

// zh-CN ships in the bundle; the English texts are a separate chunk, loaded with the data when the page is in
// English (or as soon as it switches), so Chinese pages never download them.
const texts = new LazyTexts<JobFairsMessages, typeof EnModule>(
  zhCN,
  () => import('./locales/en.js'),
  (m) => setAudienceLabels(m.EN_AUDIENCES),
);

type Views = typeof ViewsModule;

/**
 * The loaders of the parts that load on demand (separate chunks in the CDN build): the detail and month views,
 * and the windowing of long lists. Tests replace them to hold or fail a chunk.
 * @internal
 */
export const lazyChunks = {
  views: (): Promise<Views> => import('./views.js'),
  window: (): Promise<typeof WindowModule> => import('./virtual-list.js'),
};
/** The heading in every locale, for the moment before a locale's texts have arrived. */
const TITLES: Dictionaries<string> = { 'zh-CN': zhCN.title, en: 'Job fairs' };

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

/** The filters "clear" resets, with their cleared values. */
const CLEARED = {
  keyword: '',
  division: '',
  date: 'upcoming',
  mode: '',
  campaign: '',
  audience: '',
} as const;
const CLEARABLE = Object.keys(CLEARED) as (keyof typeof CLEARED)[];

/** Lists longer than this are virtualised. */
export const VIRTUALIZE_ABOVE = 30;

const listConverter = {
  fromAttribute: (v: string | null): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (v: string[]): string => v.join(' '),
};

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
    return texts.text(this.locale);
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  protected override async loadData(client: HbrsClient, signal: AbortSignal): Promise<JobFairsData> {
    const [fairs, divisions] = await Promise.all([
      client.jobFairs.index({ signal }),
      // Without divisions the widget still works; the division filter is then left out.
      client.divisions.index({ signal }).catch(() => undefined),
      // A data load (first or retry) also asks again for English texts that failed before.
      texts.load(this.locale, true),
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
  /** Fairs of the month shown in the month view. */
  private monthFairs: JobFair[] = [];
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
    return (this.view === 'month' ? this.monthFairs : this.results).length;
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
      // The views chunk groups these by day.
      this.monthFairs = data.fairs.filter({
        ...q,
        from: ymdString({ y, m, d: 1 }),
        to: ymdString({ y, m, d: daysInMonth(y, m) }),
      });
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
    if (this.win) this.win.scroll = 0;
    this.scrollReset = true;
  }

  private scrollReset = false;
  private focusedFair: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The fair whose button has focus: focus stays with it if the render replaces its row.
    this.focusedFair = ((this.renderRoot as ShadowRoot | undefined)?.activeElement as HTMLElement | null)
      ?.dataset?.fair;
    void texts.load(this.locale)?.then(() => this.requestUpdate());
    // An unknown preset from an attribute or a script falls back to the default.
    if (!(DATE_PRESETS as readonly string[]).includes(this.date)) this.date = 'upcoming';
    const mk = `${this.locale}|${this.largeText}|${this.theme ?? ''}`;
    this.win?.setLook(mk);
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
    this.win?.disconnect();
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

  /** The date, mode, campaign and audience selects: the select's `name` is the property it sets. */
  private readonly onSelect = (e: Event): void => {
    const { name, value } = e.target as HTMLSelectElement;
    this[name as 'campaign'] = value;
    void this.changed();
  };

  /** The custom range's date inputs: the input's `name` is the property it sets (`from` or `to`). */
  private readonly onDateInput = (e: Event): void => {
    const { name, value } = e.target as HTMLInputElement;
    this[name as 'from'] = parseYmd(value) ? value : '';
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
    for (const k of CLEARABLE) if (!this.isHidden(k)) this[k as 'keyword'] = CLEARED[k];
    if (!this.isHidden('date')) this.from = this.to = '';
    void this.changed();
  }

  private readonly onClear = (): void => {
    this.clearFilters();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#jf-keyword')?.focus());
  };

  private get filtersActive(): boolean {
    return CLEARABLE.some((k) => !this.isHidden(k) && this[k] !== CLEARED[k]);
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
    void this.updateComplete.then(() =>
      this.views
        ? this.views.restoreFocus(this.asViewHost, id)
        : this.renderRoot.querySelector<HTMLElement>('#jf-count')?.focus(),
    );
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
    const fair = this.focusedFair;
    if (fair && !(this.renderRoot as ShadowRoot).activeElement)
      this.renderRoot.querySelector<HTMLElement>(`button[data-fair="${CSS.escape(fair)}"]`)?.focus();
    this.win?.layout(this.renderRoot.querySelector<HTMLElement>('.list.long'));
    if (this.needsWindow && !this.winPromise && !this.winFailed) void this.loadWindow();
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
    // The detail and the month view load when needed (a detail or the month view from the URL, an attribute
    // or a script), or earlier, as soon as someone points at or focuses the widget (see `prefetchViews`).
    if (this.needsViews && !this.viewsPromise && !this.viewsFailed) void this.loadViews();
  }

  // ---------------------------------------------------------------------------------------------
  // The views chunk (detail body, month grid, .ics, share)

  private views: Views | undefined;
  private viewsPromise: Promise<void> | undefined;
  @state() private viewsFailed = false;

  private get needsViews(): boolean {
    return !this.views && this.data.status === 'ready' && (!!this.selected || this.view === 'month');
  }

  private readonly prefetchViews = (): void => {
    if (this.data.status !== 'ready') return;
    // After a failure, only the retry button loads again (no flicker on every pointer move).
    if (!this.viewsPromise && !this.viewsFailed) void this.loadViews();
    if (!this.winPromise && !this.winFailed) void this.loadWindow();
  };

  private readonly loadViews = (): Promise<void> => {
    this.viewsFailed = false;
    this.viewsPromise ??= lazyChunks.views().then(
      (m) => {
        this.views = m;
        // The views bring their own styles: adopted next to the element's (constructable stylesheets, so a
        // strict CSP allows them).
        const own = (this.constructor as typeof HbrsJobFairs).elementStyles;
        adoptStyles(this.renderRoot as ShadowRoot, [...own, m.viewStyles]);
        this.requestUpdate();
        // Focus was on the pending view's retry button (now gone): back to the detail's heading.
        void this.updateComplete.then(() => {
          if (this.selected && !(this.renderRoot as ShadowRoot).activeElement)
            this.renderRoot.querySelector<HTMLElement>('#jf-detail-title')?.focus();
        });
      },
      () => {
        this.viewsPromise = undefined;
        this.viewsFailed = true;
      },
    );
    return this.viewsPromise;
  };

  /** The views seen through the element's own state (see `ViewHost`). */
  private get asViewHost(): ViewHost {
    return this as unknown as ViewHost;
  }

  /** Also waits for the views chunk or the English texts when the current render needs them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let i = 0; i < 3; i++) {
      const waiting =
        this.needsViews && !this.viewsFailed
          ? this.viewsPromise
          : this.needsWindow && !this.winFailed
            ? this.winPromise
            : !texts.get(this.locale)
              ? texts.loading
              : undefined;
      if (!waiting) break;
      await waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** A lazily loaded part's place while its code loads, or its error view with a retry. */
  private renderPending(failed: boolean, retry: () => unknown): TemplateResult {
    return failed
      ? renderError(this.coreText, {
          message: errorMessage(this.coreText, { code: 'network' }),
          onRetry: () => void retry(),
        })
      : renderLoading(this.coreText, 1);
  }

  /** The `.ics` text of a fair. */
  /** The `.ics` text of a fair (loads the views chunk first when needed). */
  async icsFor(f: JobFair): Promise<string> {
    await this.loadViews();
    if (!this.views) throw new Error('hbrs-job-fairs: the calendar writer could not be loaded');
    return this.views.icsFor(this.asViewHost, f);
  }

  shareLinkFor(id: string): string {
    const url = new URL(window.location.href);
    for (const k of [...url.searchParams.keys()]) if (k.startsWith('jf.')) url.searchParams.delete(k);
    url.searchParams.set('jf.fair', id);
    url.hash = '';
    return url.href;
  }

  // ---------------------------------------------------------------------------------------------
  // Month view

  private focusGrid = false;

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
          ? html`${this.select(
              'city',
              t.city,
              this.onCity,
              [['', t.allCities], ...divisions.cities().map((c) => [c.code, c.name] as const)],
              city,
            )}
            ${
              counties.length
                ? this.select(
                    'county',
                    t.county,
                    this.onCounty,
                    [['', t.allCounties], ...counties.map((c) => [c.code, c.name] as const)],
                    this.division === city ? '' : this.division,
                  )
                : nothing
            }`
          : nothing,
      )}
      ${
        this.view === 'list'
          ? field(
              'date',
              html`${this.select(
                'date',
                t.date,
                this.onSelect,
                DATE_PRESETS.map((p) => [p, this.presetLabel(p)] as const),
                this.date,
              )}
              ${
                this.date === 'custom'
                  ? html`${this.dateInput('from', t.from, this.from, undefined, this.to)}
                    ${this.dateInput('to', t.to, this.to, this.from, undefined)}`
                  : nothing
              }`,
            )
          : nothing
      }
      ${field(
        'mode',
        this.select(
          'mode',
          t.mode,
          this.onSelect,
          [
            ['', t.modeAll],
            ['offline', t.modeOffline],
            ['online', t.modeOnline],
          ],
          this.mode,
        ),
      )}
      ${field(
        'campaign',
        data.campaigns.length
          ? this.select(
              'campaign',
              t.campaign,
              this.onSelect,
              [['', t.campaignAll], ...data.campaigns.map((c) => [c, labels.campaign(c, loc)] as const)],
              this.campaign,
            )
          : nothing,
      )}
      ${field(
        'audience',
        data.audiences.length
          ? this.select(
              'audience',
              t.audience,
              this.onSelect,
              [['', t.audienceAll], ...data.audiences.map((a) => [a, labels.audience(a, loc)] as const)],
              this.audience,
            )
          : nothing,
      )}
      <div class="filter-actions">
        ${field(
          'view',
          html`<div class="view-toggle" role="group" aria-label=${t.view}>
            ${(['list', 'month'] as const).map(
              (v) =>
                html`<button
                  type="button"
                  class="hbrs-button"
                  data-variant=${this.view === v ? 'primary' : 'secondary'}
                  aria-pressed=${this.view === v ? 'true' : 'false'}
                  @click=${() => this.setView(v)}
                >
                  ${v === 'list' ? t.viewList : t.viewMonth}
                </button>`,
            )}
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

  /** A labelled select (`#jf-<name>`, `name` = `name`) of `[value, label]` options. */
  private select(
    name: string,
    label: string,
    onChange: (e: Event) => void,
    options: readonly (readonly [string, string])[],
    value: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for="jf-${name}">${label}</label>
      <select id="jf-${name}" name=${name} @change=${onChange}>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
    </div>`;
  }

  /** A labelled date input (`#jf-<name>`). */
  private dateInput(
    name: string,
    label: string,
    value: string,
    min: string | undefined,
    max: string | undefined,
  ): TemplateResult {
    return html`<div class="field">
      <label for="jf-${name}">${label}</label>
      <input
        id="jf-${name}"
        name=${name}
        type="date"
        .value=${value}
        min=${min || nothing}
        max=${max || nothing}
        @change=${this.onDateInput}
      />
    </div>`;
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

  /** The empty result, with its way out: clear the filters, else show any date. */
  private renderEmptyState(): TemplateResult {
    const t = this.t;
    const anyDate = !this.filtersActive && !this.isHidden('date') && this.date !== 'all';
    return renderEmpty(
      this.coreText,
      this.filtersActive || anyDate
        ? {
            message: t.emptyMessage,
            actionLabel: anyDate ? t.showAllDates : t.clear,
            onAction: anyDate
              ? () => {
                  this.date = 'all';
                  void this.changed();
                }
              : this.onClear,
          }
        : { message: t.emptyMessage },
    );
  }

  private renderList(): TemplateResult {
    const n = this.results.length;
    if (n === 0) return this.renderEmptyState();
    // Short lists render in full (no inner scrolling); long ones are windowed in a scroller of fixed
    // height, so the DOM holds only the rows in view whatever the number of results. Rows are keyed by
    // fair (focus stays on its fair) once the windowing code is here; until then (or if it failed to
    // load) a long list shows its first rows, then the loading or error view.
    const win = this.win;
    const rows = (first: number, last: number): unknown =>
      win
        ? win.rows(this.results, first, last, this.renderRow)
        : this.results.slice(first, last).map((f, j) => this.renderRow(f, first + j));
    if (n <= VIRTUALIZE_ABOVE) {
      return html`<div class="list short" part="list" role="list" aria-label=${this.t.listLabel}>
        ${rows(0, n)}
      </div>`;
    }
    const r = win ? win.rangeFor(this.resultIds) : { first: 0, last: VIRTUALIZE_ABOVE };
    return html`<div class="list long" part="list" @scroll=${win?.onScroll}>
        <div class="list-inner" role="list" aria-label=${this.t.listLabel}>${rows(r.first, r.last)}</div>
      </div>
      ${win ? nothing : this.renderPending(this.winFailed, this.loadWindow)}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Windowing of long lists (its code loads with the first list longer than VIRTUALIZE_ABOVE)

  private resultIds: string[] = [];
  private win: ListWindow | undefined;
  private winPromise: Promise<void> | undefined;
  @state() private winFailed = false;

  private get needsWindow(): boolean {
    return !this.win && this.view === 'list' && this.results.length > VIRTUALIZE_ABOVE;
  }

  private readonly loadWindow = (): Promise<void> => {
    this.winFailed = false;
    this.winPromise ??= lazyChunks.window().then(
      (m) => {
        this.win = new m.ListWindow(() => this.requestUpdate());
        this.requestUpdate();
      },
      () => {
        this.winPromise = undefined;
        this.winFailed = true;
      },
    );
    return this.winPromise;
  };

  private renderMonth(): TemplateResult {
    return this.views
      ? this.views.renderMonth(this.asViewHost)
      : html`<div class="calendar" part="calendar">
          ${this.renderPending(this.viewsFailed, this.loadViews)}
        </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    if (!this.selected) return nothing;
    const f = this.fairById(this.selected);
    return html`<dialog
      part="detail"
      class="detail"
      aria-labelledby="jf-detail-title"
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
    >
      <div class="detail-body">
        <div class="detail-head">
          <h2 id="jf-detail-title" tabindex="-1">${f ? f.name : this.t.detail}</h2>
          <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onCloseButton}>
            ${this.t.close}
          </button>
        </div>
        ${
          !f
            ? html`<p>${this.coreText.errorNotFound}</p>`
            : this.views
              ? this.views.renderDetailBody(this.asViewHost, f)
              : this.renderPending(this.viewsFailed, this.loadViews)
        }
      </div>
    </dialog>`;
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
    const title = this.heading ?? texts.get(this.locale)?.title ?? TITLES[this.locale];
    return html`<section
      class="hbrs-root"
      lang=${this.locale as Locale}
      aria-labelledby="jf-title"
      @focusin=${this.prefetchViews}
      @pointerover=${this.prefetchViews}
    >
      <h2 id="jf-title" part="title">${title}</h2>
      ${this.renderSampleNotice()} ${this.announcer.render()}
      ${state ?? (data ? this.renderReady(data) : nothing)}
    </section>`;
  }
}
