import { html, nothing, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HbrsElement, fill, renderEmpty, renderLoading, type Dictionaries, type Locale } from '@hbrs/core';
import { cityOf } from '@hbrs/sdk';
import type { HbrsClient, JobFair, FeedKind } from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import { zhText } from '../internal/names.js';
import { DATE_PRESETS, parseYmd, shownMonth, type DatePreset } from './dates.js';
import { fairCounts, fairStatus } from './fair.js';
import {
  CLEARABLE,
  CLEARED,
  filterOptions,
  filtersActive,
  listConverter,
  listFairs,
  monthFairs,
  type JobFairFilterName,
  type JobFairFilters,
  type JobFairMode,
  type JobFairsView,
} from './filters.js';
import { renderFilterForm } from './filter-form.js';
import { formatCount } from './format.js';
import { setAudienceLabels } from './labels.js';
import { FairList, VIRTUALIZE_ABOVE } from './list.js';
import type { SummaryContext } from './summary.js';
import { fromUrl, shareLink, toUrl, type JobFairsDefaults } from './url-state.js';
import type * as WindowModule from './virtual-list.js';
import { contentStyles, jobFairsStyles } from './job-fairs.styles.js';
import { clampStyles } from '../internal/clamp.styles.js';
import zhCN, { type JobFairsMessages } from './locales/zh-CN.js';
import type * as EnModule from './locales/en.js';
import type { JobFairsData } from './types.js';
import type * as ViewsModule from './views.js';
import type { JobFairViewEventMap } from './views.js';

export { fairCounts, fairStatus, VIRTUALIZE_ABOVE };
export type { JobFairsData, JobFairsMessages, JobFairFilterName, JobFairFilters, JobFairMode, JobFairsView };

// zh-CN ships in the bundle; the English texts are a separate chunk, loaded with the data when the page is in
// English (or as soon as it switches), so Chinese pages never download them.
const texts = new LazyTexts<JobFairsMessages, typeof EnModule>(
  zhCN,
  () => import('./locales/en.js'),
  (m) => setAudienceLabels(m.EN_AUDIENCES),
);

type Views = typeof ViewsModule;

/**
 * The loaders of the parts that load on demand (separate chunks in the CDN build): the detail and month views
 * (the sub-elements `<hbrs-job-fair-detail>` and `<hbrs-job-fair-calendar>`), and the windowing of long lists.
 * Tests replace them to hold or fail a chunk.
 * @internal
 */
export const lazyChunks = {
  views: (): Promise<Views> => import('./views.js'),
  window: (): Promise<typeof WindowModule> => import('./virtual-list.js'),
};
/** The heading in every locale, for the moment before a locale's texts have arrived. */
const TITLES: Dictionaries<string> = { 'zh-CN': zhCN.title, en: 'Job fairs' };

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
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean; stale?: true; storedAt?: string }` (`stale`: the data source could not be reached and this is the last good copy, fetched at `storedAt`).
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
 * @csspart stale-notice - "数据更新于 …，暂无法连接数据源" with its retry: the data source cannot be reached and the last good copy is shown.
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
  static override styles = [...HbrsElement.styles, contentStyles, jobFairsStyles, clampStyles];

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

  /**
   * The current time used for statuses and date presets, and the day the built-in sample data is dated at;
   * defaults to the device clock (for demos and tests).
   */
  @property({ attribute: false }) now?: Date;

  protected override get dataNow(): number | undefined {
    return this.now?.getTime();
  }

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
    return { fairs, divisions, ...filterOptions(fairs.all()) };
  }

  // ---------------------------------------------------------------------------------------------
  // Filters and results

  /** The list: fairs matching the filters, in display order (recomputed when a filter or the data changes). */
  private readonly list = new FairList(
    this,
    () => lazyChunks.window(),
    () => this.view === 'list',
  );
  /** Fairs of the month shown in the month view. */
  private monthFairs: JobFair[] = [];
  private resultsKey = '';
  private lastData: JobFairsData | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusedFair: string | undefined;

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
    return (this.view === 'month' ? this.monthFairs : this.list.results).length;
  }

  private readonly isHidden = (name: JobFairFilterName): boolean => this.hideFilters.includes(name);

  private compute(data: JobFairsData): void {
    if (this.view === 'month') {
      const { y, m } = shownMonth(this.month, this.nowMs);
      this.monthFairs = monthFairs(data.fairs, this.filters, y, m);
      return;
    }
    this.list.set(listFairs(data.fairs, this.filters, this.nowMs));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The fair whose button has focus: focus stays with it if the render replaces its row.
    this.focusedFair = ((this.renderRoot as ShadowRoot | undefined)?.activeElement as HTMLElement | null)
      ?.dataset?.fair;
    void texts.load(this.locale)?.then(() => this.requestUpdate());
    // An unknown preset from an attribute or a script falls back to the default.
    if (!(DATE_PRESETS as readonly string[]).includes(this.date)) this.date = 'upcoming';
    this.list.setLook(`${this.locale}|${this.largeText}|${this.theme ?? ''}`);
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

  private scheduleAnnounce(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const msg = this.view === 'month' ? this.t.monthCount : this.t.found;
      this.announcer.announce(fill(msg, { count: formatCount(this.locale, this.resultCount) }));
    }, 400);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  // ---------------------------------------------------------------------------------------------
  // URL state (see url-state.ts)

  private defaults: JobFairsDefaults | undefined;

  protected override applyUrlState(s: Record<string, string>): void {
    this.defaults ??= { ...this.filters, view: this.view };
    const { fair, ...state } = fromUrl(s, this.defaults, this.isHidden);
    Object.assign(this, state);
    if (fair !== this.selected) {
      if (fair) this.selected = fair;
      else this.closeDetail(false);
    }
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const s = { ...this.filters, view: this.view, month: this.month, fair: this.selected };
    this.urlState.write(toUrl(s, this.defaults), mode);
  }

  /** The link that opens fair `id` here: this page's URL with only `<prefix>.fair=<id>` of this widget's keys. */
  shareLinkFor(id: string): string {
    return shareLink(window.location.href, this.urlState.keyPrefix(), id);
  }

  // ---------------------------------------------------------------------------------------------
  // User actions

  private async changed(mode: 'push' | 'replace' = 'push'): Promise<void> {
    this.writeUrl(mode);
    await this.updateComplete;
    this.emit('hbrs-filter-change', { filters: this.filters, count: this.resultCount });
  }

  /** Every filter field: its `name` is the filter it sets (`city` and `county` set the division). */
  private readonly onField = (e: Event): void => {
    const { name, value } = e.target as HTMLInputElement;
    if (name === 'keyword') this.keyword = value;
    else if (name === 'city') this.division = value;
    else if (name === 'county') this.division = value || this.cityCode();
    else if (name === 'from' || name === 'to') this[name] = parseYmd(value) ? value : '';
    else this[name as 'campaign'] = value;
    // Typing in the keyword box is no history entry.
    void this.changed(name === 'keyword' ? 'replace' : 'push');
  };

  private readonly setView = (view: JobFairsView): void => {
    if (view === this.view) return;
    this.view = view;
    this.writeUrl('push');
    this.emit('hbrs-view-change', { view });
  };

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

  private readonly onMonthChange = (e: JobFairViewEventMap['i-hbrs-month-change']): void => {
    this.month = e.detail.month;
    this.writeUrl(e.detail.history);
  };

  private readonly onAnnounce = (e: JobFairViewEventMap['i-hbrs-announce']): void =>
    this.announcer.announce(e.detail.message);

  // ---------------------------------------------------------------------------------------------
  // Detail

  private returnFocusTo = '';
  private openedId = '';

  /** Opens the detail of a fair (as if the user chose it). */
  readonly openFair = (id: string): void => {
    this.returnFocusTo = id;
    this.selected = id;
    this.writeUrl('push');
  };

  private closeDetail(writeUrl = true): void {
    if (!this.selected) return;
    const id = this.selected;
    this.selected = '';
    this.openedId = '';
    if (writeUrl) this.writeUrl('push');
    this.emit('hbrs-fair-close', { id });
    void this.updateComplete.then(() => this.restoreFocus(id));
  }

  /** After the detail closed: focus the fair's button (in the list or the day list), else the count. */
  private async restoreFocus(id: string): Promise<void> {
    const target = this.returnFocusTo || id;
    this.returnFocusTo = '';
    if (this.renderRoot.querySelector('hbrs-job-fair-calendar')?.focusFair(target)) return;
    ((await this.list.reveal(target)) ?? this.renderRoot.querySelector<HTMLElement>('#jf-count'))?.focus();
  }

  private readonly onDialogClose = (): void => {
    if (this.selected) this.closeDetail();
  };

  private readonly onDialogClick = (e: MouseEvent): void => {
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    if (e.target === e.currentTarget) (e.currentTarget as HTMLDialogElement).close();
  };

  private readonly onCloseButton = (): void => this.closeDetail();

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.inUpdated = true;
    const fair = this.focusedFair;
    if (fair && !(this.renderRoot as ShadowRoot).activeElement)
      this.renderRoot.querySelector<HTMLElement>(`button[data-fair="${CSS.escape(fair)}"]`)?.focus();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.selected && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('#jf-detail-title')?.focus();
    }
    const f = this.selected && this.loaded?.fairs.get(this.selected);
    if (f && dialog && this.openedId !== this.selected) {
      this.openedId = this.selected;
      this.emit('hbrs-fair-open', { id: f.id, name: f.name });
    }
    this.inUpdated = false;
  }

  // ---------------------------------------------------------------------------------------------
  // Parts loaded on demand: the views chunk (the sub-elements) and the windowing of long lists

  /**
   * The views chunk (the sub-elements): loaded when needed (a detail or the month view from the URL, an
   * attribute or a script), or earlier, as soon as someone points at or focuses the widget (`prefetch`).
   */
  private readonly views = new LazyChunk(this, () => lazyChunks.views(), {
    when: () => this.needsViews,
    // `updateComplete` waits for it only when the render needs it (see `getUpdateComplete`), not for a prefetch.
    holdUpdates: false,
    // Focus was on the pending view's retry button (now gone): back to the detail's heading.
    onReady: () =>
      void this.updateComplete.then(() => {
        if (this.selected && !(this.renderRoot as ShadowRoot).activeElement)
          this.renderRoot.querySelector<HTMLElement>('#jf-detail-title')?.focus();
      }),
  });

  private get needsViews(): boolean {
    return this.data.status === 'ready' && (!!this.selected || this.view === 'month');
  }

  private inUpdated = false;

  private readonly prefetch = (e?: Event): void => {
    // Focus moved by `updated()` (to the dialog's heading) prefetches after that update, not during it.
    if (this.inUpdated) return queueMicrotask(() => this.prefetch(e));
    const data = this.loaded;
    if (!data) return;
    // Pointing at or focusing a fair fetches its detail (summary feeds only), so opening it is instant.
    const id = (e?.composedPath()[0] as Element | undefined)?.closest?.<HTMLElement>('[data-fair]')?.dataset[
      'fair'
    ];
    const f = id ? data.fairs.get(id) : undefined;
    if (f) this.detailOf(f.id, f, (c) => c.jobFairs.get(f.id));
    // After a failure, only the retry button loads again (no flicker on every pointer move).
    void this.views.load();
    this.list.prefetch();
  };

  /** Also waits for the views chunk, the windowing or the English texts when the render needs them, and for the sub-elements. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let i = 0; i < 3; i++) {
      const waiting =
        this.needsViews && this.views.status === 'pending'
          ? this.views.ready
          : (this.list.loading ?? (!texts.get(this.locale) ? texts.loading : undefined));
      if (!waiting) break;
      await waiting;
      done = await super.getUpdateComplete();
    }
    const subs =
      this.renderRoot?.querySelectorAll<LitElement>('hbrs-job-fair-detail, hbrs-job-fair-calendar') ?? [];
    for (const sub of subs) await sub.updateComplete;
    return done;
  }

  /** The `.ics` text of a fair (loads the views chunk first when needed). */
  async icsFor(f: JobFair): Promise<string> {
    const views = await this.views.retry();
    if (!views) throw new Error('hbrs-job-fairs: the calendar writer could not be loaded');
    return views.icsFor(f, this.locale, this.nowMs);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private cityCode(): string {
    if (!this.division) return '';
    const d = this.loaded?.divisions;
    const city = d?.path(this.division).find((x) => x.level === 'prefecture' || x.parentCode === '429000');
    if (city) return city.code;
    return /^\d{6}$/.test(this.division) ? cityOf(this.division) : '';
  }

  private summaryContext(data: JobFairsData): SummaryContext {
    return {
      locale: this.locale,
      t: this.t,
      now: this.nowMs,
      divisions: data.divisions,
      open: this.openFair,
    };
  }

  /** The empty result, with its way out: clear the filters, else show any date. */
  private renderEmptyState(): TemplateResult {
    const t = this.t;
    const active = filtersActive(this.filters, this.isHidden);
    const anyDate = !active && !this.isHidden('date') && this.date !== 'all';
    return renderEmpty(
      this.coreText,
      active || anyDate
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

  private renderList(data: JobFairsData): TemplateResult {
    return this.list.render(this.summaryContext(data), this.t.listLabel, () => this.renderEmptyState());
  }

  private renderMonth(data: JobFairsData): TemplateResult {
    return html`<div class="calendar" part="calendar">
      ${this.views.render(
        () =>
          html`<hbrs-job-fair-calendar
            exportparts="fair, status"
            .fairs=${this.monthFairs}
            .month=${this.month}
            .index=${data.fairs}
            .filters=${this.filters}
            .context=${this.summaryContext(data)}
            @i-hbrs-fair-open=${(e: JobFairViewEventMap['i-hbrs-fair-open']) => this.openFair(e.detail.id)}
            @i-hbrs-month-change=${this.onMonthChange}
            @i-hbrs-announce=${this.onAnnounce}
          ></hbrs-job-fair-calendar>`,
      )}
    </div>`;
  }

  private renderDetail(data: JobFairsData): TemplateResult | typeof nothing {
    if (!this.selected) return nothing;
    const f = data.fairs.get(this.selected);
    // Over a feed layout the list has summaries: the detail waits for the full fair (prefetched on hover/focus).
    const full = f && this.detailOf(f.id, f, (c) => c.jobFairs.get(f.id));
    return html`<dialog
      part="detail"
      class="detail"
      aria-labelledby="jf-detail-title"
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
    >
      <div class="detail-body">
        <div class="detail-head">
          <h2 id="jf-detail-title" tabindex="-1">${f ? zhText(f.name) : this.t.detail}</h2>
          <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onCloseButton}>
            ${this.t.close}
          </button>
        </div>
        ${
          !f
            ? html`<p>${this.coreText.errorNotFound}</p>`
            : !full
              ? renderLoading(this.coreText)
              : this.views.render(
                  () =>
                    html`<hbrs-job-fair-detail
                      exportparts="status"
                      .fair=${full}
                      .context=${this.summaryContext(data)}
                      .shareLink=${this.syncUrl ? this.shareLinkFor(f.id) : ''}
                      @i-hbrs-announce=${this.onAnnounce}
                    ></hbrs-job-fair-detail>`,
                )
        }
      </div>
    </dialog>`;
  }

  private renderReady(data: JobFairsData): TemplateResult {
    const t = this.t;
    const n = this.resultCount;
    const city = this.cityCode();
    return html`${renderFilterForm({
        t,
        locale: this.locale,
        filters: this.filters,
        view: this.view,
        divisions: data.divisions,
        campaigns: data.campaigns,
        audiences: data.audiences,
        city,
        active: filtersActive(this.filters, this.isHidden),
        hidden: this.isHidden,
        onField: this.onField,
        onView: this.setView,
        onClear: this.onClear,
      })}
      <p id="jf-count" class="count" part="count" tabindex="-1">
        ${fill(n === 1 ? t.countOne : t.count, { count: formatCount(this.locale, n) })}
      </p>
      ${this.view === 'month' ? this.renderMonth(data) : this.renderList(data)} ${this.renderDetail(data)}`;
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    const state = this.renderDataState();
    const title = this.heading ?? texts.get(this.locale)?.title ?? TITLES[this.locale];
    return html`<section
      class="hbrs-root"
      lang=${this.locale as Locale}
      aria-labelledby="jf-title"
      @focusin=${this.prefetch}
      @pointerover=${this.prefetch}
    >
      <h2 id="jf-title" part="title">${title}</h2>
      ${this.renderNotices()} ${this.announcer.render()} ${state ?? (data ? this.renderReady(data) : nothing)}
    </section>`;
  }
}
