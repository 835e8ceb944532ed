import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  HbrsElement,
  fill,
  formatDateTime,
  errorMessage,
  renderEmpty,
  renderError,
  renderLoading,
  type Dictionaries,
} from '@hbrs/core';
import {
  parseDateBound,
  type FacetCount,
  type FeedKind,
  type HbrsClient,
  type PostdocIndex,
  type PostdocOpening,
  type PostdocProgramme,
} from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import {
  NO_FILTERS,
  compute,
  prepare,
  suggest,
  type Computed,
  type PostdocFilters,
  type Prepared,
  type ProgrammeMeta,
  type Suggestion,
} from './model.js';
import type { PostdocSupportScheme } from './schemes.js';
import type * as ViewsModule from './views.js';
import type { ViewContext } from './views.js';
import type * as EnModule from './locales/en.js';
import {
  CATEGORIES,
  CITIES,
  INDUSTRY_FIELDS,
  STATION_TYPES,
  label,
  money,
  setEnglishLabels,
} from './vocab.js';
import { postdocFinderStyles } from './postdoc-finder.styles.js';
import zhCN from './locales/zh-CN.js';

type Views = typeof ViewsModule;

/** Message shape of <hbrs-postdoc-finder>. */
export type PostdocFinderMessages = typeof zhCN;

/** The heading, in every locale, for the moment before a locale's texts have arrived. */
const TITLES: Dictionaries<string> = { 'zh-CN': zhCN.title, en: 'Find a postdoc programme in Hubei' };

/**
 * The texts: zh-CN ships in the bundle; the English ones are a separate chunk, loaded with the data when the
 * page is in English (or as soon as it switches), so Chinese pages never download them. Tests replace `importer` to fail the chunk,
 * and call `forget()` to start again as if the texts had never been requested.
 * @internal
 */
export const englishTexts = new LazyTexts<PostdocFinderMessages, typeof EnModule>(
  zhCN,
  () => import('./locales/en.js'),
  (m) => {
    const l = m.EN_LABELS;
    setEnglishLabels(CATEGORIES, l.categories);
    setEnglishLabels(CITIES, l.cities);
    setEnglishLabels(STATION_TYPES, l.types);
    setEnglishLabels(INDUSTRY_FIELDS, l.fields);
  },
);

/** Most programmes that can be pinned for comparison. */
export const POSTDOC_MAX_COMPARE = 3;

declare module '@hbrs/core' {
  interface HbrsEventMap {
    /** The filters or the keyword changed; `total` programmes match. */
    'hbrs-postdoc-search': { filters: PostdocFilters; total: number };
    /** A programme's detail opened (`id`), or the detail closed (`id: null`). */
    'hbrs-postdoc-select': { id: string | null; host: string | null };
    /** The programmes pinned for comparison changed. */
    'hbrs-postdoc-compare': { ids: string[] };
  }
}

const URL_KEYS = {
  q: 'q',
  category: 'cat',
  discipline: 'disc',
  type: 'type',
  city: 'city',
  host: 'host',
  field: 'field',
} as const satisfies Record<keyof PostdocFilters, string>;

type FacetKey = Exclude<keyof PostdocFilters, 'q'>;

/**
 * Finds a postdoc programme in Hubei: 博士后科研流动站, 工作站 and 创新实践基地, searched as you type (Chinese, pinyin
 * or initials: `jsj` finds 计算机科学与技术) through an accessible combobox with host and discipline suggestions,
 * narrowed by facets with counts (学科门类 → 一级学科, station type, 市州, host, industry field) shown as removable
 * chips. Each result opens a detail with the openings (directions, supervisors, requirements, pay, deadline, how
 * to apply), the host's other programmes and the support schemes that apply; up to three programmes can be
 * compared side by side. With `sync-url`, filters, the open programme and the comparison live in the query string
 * under `pd.*`.
 *
 * @tagname hbrs-postdoc-finder
 * @summary Search Hubei postdoc programmes by discipline, host, city and type, with details and comparison.
 *
 * @event hbrs-postdoc-search - Filters or keyword changed. `detail: { filters: PostdocFilters; total: number }`.
 * @event hbrs-postdoc-select - A detail opened or closed. `detail: { id: string | null; host: string | null }`.
 * @event hbrs-postdoc-compare - The compared programmes changed. `detail: { ids: string[] }`.
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean }`.
 * @event hbrs-error - Loading failed. `detail: { code: string; message: string }`.
 * @event hbrs-retry - The user retried after an error. `detail: { reason: string }`.
 *
 * @csspart title - The widget heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
 * @csspart search - The search box with its suggestions.
 * @csspart filters - The facet selects.
 * @csspart chips - The active filters.
 * @csspart count - The result count.
 * @csspart results - The result list.
 * @csspart card - One result card.
 * @csspart show-more - The "show more" button under the results.
 * @csspart detail - The programme detail.
 * @csspart compare - The comparison table.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty-result view.
 * @csspart error - The error view.
 *
 * @cssprop [--hbrs-color-primary] - Buttons, links, active chips.
 * @cssprop [--hbrs-color-surface-alt] - Card and chip background.
 * @cssprop [--hbrs-radius=6px] - Corner radius.
 */
export class HbrsPostdocFinder extends HbrsDataElement<PostdocIndex> {
  static override styles = [...HbrsElement.styles, postdocFinderStyles];

  /**
   * Support schemes shown on a programme's detail. Unset: the built-in national, Hubei and Wuhan schemes
   * (`POSTDOC_SUPPORT_SCHEMES`).
   */
  @property({ attribute: false }) schemes?: readonly PostdocSupportScheme[];

  /** Results shown at first and added by each "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private filters: PostdocFilters = { ...NO_FILTERS };
  @state() private selected: string | undefined;
  @state() private compared: string[] = [];
  @state() private limit = 0;
  @state() private listOpen = false;
  @state() private active = -1;

  /** Where focus returns when the detail closes: the card or comparison button that opened it. */
  private opener: { id: string | undefined; attr: 'open' | 'cmpOpen' } | undefined;
  private afterUpdate: (() => void) | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected get dataKind(): FeedKind {
    return 'postdoc';
  }

  protected get urlPrefix(): string {
    return 'pd';
  }

  protected async loadData(client: HbrsClient, signal: AbortSignal): Promise<PostdocIndex> {
    const [index] = await Promise.all([
      client.postdoc.index({ signal }),
      // A data load (first or retry) also asks again for English texts that failed before.
      englishTexts.load(this.locale, true),
    ]);
    return index;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    void englishTexts.load(this.locale)?.then(() => this.requestUpdate());
  }

  private get t(): PostdocFinderMessages {
    return englishTexts.text(this.locale);
  }

  /** The current filters (a copy). */
  get currentFilters(): PostdocFilters {
    return { ...this.filters };
  }

  /** Ids of the programmes pinned for comparison (a copy). */
  get comparedIds(): string[] {
    return [...this.compared];
  }

  // ---- derived data (memoised on identity) -----------------------------------------------------------------

  private prepCache: { index: PostdocIndex; prep: Prepared } | undefined;
  private get prep(): Prepared | undefined {
    const index = this.loaded;
    if (!index) return undefined;
    if (this.prepCache?.index !== index) this.prepCache = { index, prep: prepare(index) };
    return this.prepCache.prep;
  }

  private computeCache: { prep: Prepared; filters: PostdocFilters; out: Computed } | undefined;
  private get computed(): Computed | undefined {
    const prep = this.prep;
    if (!prep) return undefined;
    const c = this.computeCache;
    if (c?.prep === prep && c.filters === this.filters) return c.out;
    const out = compute(prep, this.filters);
    this.computeCache = { prep, filters: this.filters, out };
    return out;
  }

  private suggestCache: { prep: Prepared; q: string; out: Suggestion[] } | undefined;
  private get suggestions(): Suggestion[] {
    const prep = this.prep;
    if (!prep) return [];
    const c = this.suggestCache;
    if (c?.prep === prep && c.q === this.filters.q) return c.out;
    const out = suggest(prep, this.filters.q);
    this.suggestCache = { prep, q: this.filters.q, out };
    return out;
  }

  // ---- URL state ----------------------------------------------------------------------------------------------

  protected override applyUrlState(s: Record<string, string>): void {
    const f = { ...NO_FILTERS };
    for (const [k, key] of Object.entries(URL_KEYS) as Array<[keyof PostdocFilters, string]>)
      f[k] = s[key]?.trim() ?? '';
    if (!/^\d{4}$/.test(f.discipline)) f.discipline = '';
    if (!/^\d{2}$/.test(f.category)) f.category = '';
    if (f.discipline) f.category = f.discipline.slice(0, 2);
    if (f.type && !Object.prototype.hasOwnProperty.call(STATION_TYPES, f.type)) f.type = '';
    this.filters = f;
    const was = this.selected;
    this.selected = s.id || undefined;
    // Back/Forward with focus in the widget: keep focus where the person is, on the detail heading or on
    // the card the closed detail belonged to.
    if (was !== this.selected && this.matches(':focus-within')) {
      if (this.selected) this.focusTarget = '#pd-detail-title';
      else if (was) {
        this.opener = undefined;
        this.afterUpdate = () =>
          (
            [...this.renderRoot.querySelectorAll<HTMLElement>('[data-open]')].find(
              (b) => b.dataset.open === was,
            ) ?? this.input
          )?.focus();
      }
    }
    this.compared = [...new Set((s.cmp ?? '').split(',').filter(Boolean))].slice(0, POSTDOC_MAX_COMPARE);
    this.listOpen = false;
    this.active = -1;
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const f = this.filters;
    const out: Record<string, string | undefined> = {};
    for (const [k, key] of Object.entries(URL_KEYS) as Array<[keyof PostdocFilters, string]>) out[key] = f[k];
    out.id = this.selected;
    out.cmp = this.compared.join(',');
    this.urlState.write(out, mode);
  }

  // ---- actions ------------------------------------------------------------------------------------------------

  private setFilters(next: Partial<PostdocFilters>, mode: 'push' | 'replace'): void {
    this.filters = { ...this.filters, ...next };
    this.limit = 0;
    if (this.selected) {
      this.selected = undefined;
      this.emit('hbrs-postdoc-select', { id: null, host: null });
    }
    this.writeUrl(mode);
    const total = this.computed?.results.length ?? 0;
    this.emit('hbrs-postdoc-search', { filters: { ...this.filters }, total });
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const n = this.computed?.results.length;
      if (n !== undefined) this.announcer.announce(fill(this.t.resultCount, { n }));
    }, 400);
  }

  private onInput = (e: InputEvent): void => {
    const q = (e.target as HTMLInputElement).value;
    this.setFilters({ q }, 'replace');
    this.listOpen = this.suggestions.length > 0;
    this.active = -1;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing) return;
    const list = this.suggestions;
    const n = list.length;
    switch (e.key) {
      case 'ArrowDown':
        if (n === 0) return;
        e.preventDefault();
        if (!this.listOpen || e.altKey) {
          this.listOpen = true;
          if (!e.altKey) this.active = 0;
        } else this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        if (n === 0) return;
        e.preventDefault();
        if (!this.listOpen) this.listOpen = true;
        this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.listOpen && this.active >= 0 && list[this.active]) {
          e.preventDefault();
          this.choose(list[this.active]!);
        } else this.closeList();
        break;
      case 'Escape':
        if (this.listOpen) {
          e.preventDefault();
          this.closeList();
        } else if (this.filters.q) {
          e.preventDefault();
          this.setFilters({ q: '' }, 'replace');
        }
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // Editing keys act on the text; visual focus leaves the list.
        this.active = -1;
        break;
      default:
    }
  };

  private closeList = (): void => {
    this.listOpen = false;
    this.active = -1;
  };

  private choose(s: Suggestion): void {
    this.closeList();
    if (s.kind === 'host') this.setFilters({ host: s.value, q: '' }, 'push');
    else this.setFilters({ discipline: s.value, category: s.value.slice(0, 2), q: '' }, 'push');
  }

  private onSelect(key: FacetKey, value: string): void {
    if (key === 'category') {
      const d = this.filters.discipline;
      this.setFilters({ category: value, discipline: value && d.startsWith(value) ? d : '' }, 'push');
    } else if (key === 'discipline') {
      this.setFilters(
        { discipline: value, category: value ? value.slice(0, 2) : this.filters.category },
        'push',
      );
    } else this.setFilters({ [key]: value }, 'push');
  }

  private removeFilter(key: keyof PostdocFilters, index: number): void {
    if (key === 'category') this.setFilters({ category: '', discipline: '' }, 'push');
    else this.setFilters({ [key]: '' }, 'push');
    this.afterUpdate = () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-chip]')];
      (chips[Math.min(index, chips.length - 1)] ?? this.input)?.focus();
    };
  }

  private clearAll = (): void => {
    this.setFilters({ ...NO_FILTERS }, 'push');
    this.afterUpdate = () => this.input?.focus();
  };

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#pd-q');
  }

  private openDetail(id: string, from?: 'card' | 'cmp'): void {
    if (from || !this.opener) this.opener = { id, attr: from === 'cmp' ? 'cmpOpen' : 'open' };
    this.selected = id;
    this.closeList();
    this.writeUrl('push');
    const p = this.prep?.index.get(id);
    this.emit('hbrs-postdoc-select', { id, host: p?.host.name ?? null });
    this.focusTarget = '#pd-detail-title';
  }

  private closeDetail = (): void => {
    const back = this.opener ?? { id: this.selected, attr: 'open' };
    this.selected = undefined;
    this.opener = undefined;
    this.focusTarget = undefined;
    this.writeUrl('push');
    this.emit('hbrs-postdoc-select', { id: null, host: null });
    this.afterUpdate = () => {
      const target = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-open], [data-cmp-open]')].find(
        (b) => b.dataset[back.attr] === back.id,
      );
      (target ?? this.input)?.focus();
    };
  };

  private togglePin(id: string): void {
    const i = this.compared.indexOf(id);
    if (i >= 0) this.compared = this.compared.filter((x) => x !== id);
    else if (this.compared.length >= POSTDOC_MAX_COMPARE) {
      this.announcer.announce(this.t.compareFull);
      return;
    } else this.compared = [...this.compared, id];
    this.writeUrl('push');
    this.emit('hbrs-postdoc-compare', { ids: [...this.compared] });
    this.announcer.announce(
      fill(i >= 0 ? this.t.comparedRemoved : this.t.comparedAdded, { n: this.compared.length }),
    );
  }

  private unpin(id: string): void {
    this.togglePin(id);
    this.afterUpdate = () =>
      (this.renderRoot.querySelector<HTMLElement>('#pd-compare-title') ?? this.input)?.focus();
  }

  private clearCompare = (): void => {
    this.compared = [];
    this.writeUrl('push');
    this.emit('hbrs-postdoc-compare', { ids: [] });
    this.announcer.announce(fill(this.t.comparedRemoved, { n: 0 }));
    this.afterUpdate = () => this.input?.focus();
  };

  private showMore(from: number): void {
    this.limit = from + this.pageSize;
    this.afterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('[data-open]').item(from)?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const fn = this.afterUpdate;
    this.afterUpdate = undefined;
    fn?.();
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      if (target) {
        this.focusTarget = undefined;
        target.focus();
      }
    }
    // The detail and comparison views load when needed (a detail or comparison from the URL), or earlier,
    // as soon as someone points at or focuses the widget (see `prefetchViews`).
    if (this.data.status === 'ready' && (this.selected || this.compared.length) && !this.viewsPromise)
      void this.loadViews();
  }

  private views: Views | undefined;
  private viewsPromise: Promise<void> | undefined;
  @state() private viewsFailed = false;
  /** An element to focus as soon as it is rendered (the detail heading, while the views load). */
  private focusTarget: string | undefined;

  private prefetchViews = (): void => {
    if (this.data.status === 'ready' && !this.viewsPromise) void this.loadViews();
  };

  private loadViews(): Promise<void> {
    this.viewsFailed = false;
    this.viewsPromise ??= import('./views.js').then(
      (m) => {
        this.views = m;
        // The views bring their own styles: adopt them next to the element's (constructable stylesheets, so
        // a strict CSP allows them).
        const own = (this.constructor as typeof HbrsPostdocFinder).elementStyles;
        adoptStyles(this.renderRoot as ShadowRoot, [...own, m.viewStyles]);
        this.requestUpdate();
      },
      () => {
        this.viewsPromise = undefined;
        this.viewsFailed = true;
      },
    );
    return this.viewsPromise;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  // ---- labels -------------------------------------------------------------------------------------------------

  private disciplineText(p: PostdocProgramme): string {
    if (p.discipline) return `${p.discipline.name}${this.paren(p.discipline.code)}`;
    return p.industryFields.map((f) => label(INDUSTRY_FIELDS, f, this.locale)).join(this.t.sep);
  }

  /** A funding scheme's display name in the current locale (the id when it is not in `schemes`). */
  private schemeName = (id: string): string =>
    (this.schemes ?? this.views?.POSTDOC_SUPPORT_SCHEMES ?? []).find((s) => s.id === id)?.name[this.locale] ??
    id;

  private paren(x: string): string {
    return fill(this.t.paren, { x });
  }

  private date(d: string): string {
    return formatDateTime(this.locale, parseDateBound(d) ?? d, { dateStyle: 'medium' });
  }

  private salaryText(min: number | undefined, max: number | undefined): string | undefined {
    const t = this.t;
    if (min === undefined && max === undefined) return undefined;
    if (min !== undefined && max !== undefined)
      return min === max
        ? money(this.locale, min)
        : fill(t.salaryRange, { min: money(this.locale, min), max: money(this.locale, max) });
    if (min !== undefined) return fill(t.salaryFrom, { min: money(this.locale, min) });
    return fill(t.salaryUpTo, { max: money(this.locale, max!) });
  }

  /** "截止 2026年6月30日" / 长期有效 / 已截止 for a set of openings. */
  private deadlineText(openings: readonly PostdocOpening[], now: number): string | undefined {
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
  }

  // ---- render -------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section
      class="hbrs-root"
      lang=${this.locale}
      aria-labelledby="pd-title"
      @focusin=${this.prefetchViews}
      @pointerover=${this.prefetchViews}
    >
      <h2 id="pd-title" part="title">${englishTexts.get(this.locale)?.title ?? TITLES[this.locale]}</h2>
      ${this.renderSampleNotice()} ${this.renderDataState() ?? this.renderReady()} ${this.announcer.render()}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const computed = this.computed!;
    const selected = this.selected;
    const v = this.views;
    const ctx = v ? this.viewContext : undefined;
    return html`${this.renderSearch()} ${this.renderFilters(computed)} ${this.renderChips()}
    ${this.compared.length && v ? v.renderCompare(ctx!) : nothing}
    ${selected ? (v ? v.renderDetail(ctx!, selected) : this.renderViewsPending()) : this.renderResults(computed.results)}`;
  }

  /** The detail's place while its code loads (or failed to load). */
  private renderViewsPending(): TemplateResult {
    return html`<div class="detail" part="detail">
      ${
        this.viewsFailed
          ? renderError(this.coreText, {
              message: errorMessage(this.coreText, { code: 'network' }),
              onRetry: () => void this.loadViews(),
            })
          : renderLoading(this.coreText, 2)
      }
    </div>`;
  }

  private get viewContext(): ViewContext {
    return {
      t: this.t,
      locale: this.locale,
      prep: this.prep!,
      compared: this.compared,
      schemes: this.schemes ?? this.views?.POSTDOC_SUPPORT_SCHEMES ?? [],
      disciplineText: (p) => this.disciplineText(p),
      schemeName: this.schemeName,
      paren: (x) => this.paren(x),
      date: (d) => this.date(d),
      salaryText: (min, max) => this.salaryText(min, max),
      deadlineText: (o, now) => this.deadlineText(o, now),
      openingsText: (p, m) => this.openingsText(p, m),
      openDetail: (id, from) => this.openDetail(id, from),
      closeDetail: this.closeDetail,
      togglePin: (id) => this.togglePin(id),
      unpin: (id) => this.unpin(id),
      clearCompare: this.clearCompare,
    };
  }

  private renderSearch(): TemplateResult {
    const t = this.t;
    const list = this.suggestions;
    const open = this.listOpen && list.length > 0;
    return html`<div class="search" part="search">
      <label for="pd-q">${t.searchLabel}</label>
      <p id="pd-q-hint" class="hint">${t.searchHint}</p>
      <div class="combo">
        <input
          id="pd-q"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="pd-listbox"
          aria-describedby="pd-q-hint"
          aria-activedescendant=${open && this.active >= 0 ? `pd-opt-${this.active}` : nothing}
          placeholder=${t.searchPlaceholder}
          .value=${this.filters.q}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.closeList}
        />
        <ul id="pd-listbox" role="listbox" aria-label=${t.suggestions} ?hidden=${!open}>
          ${
            open
              ? list.map(
                  (s, i) =>
                    html`<li
                      id="pd-opt-${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.choose(s)}
                    >
                      <span class="opt-label"
                        >${s.label}${s.kind === 'discipline' ? this.paren(s.value) : ''}</span
                      >
                      <span class="opt-kind"
                        >${s.kind === 'host' ? t.suggestionHost : t.suggestionDiscipline} · ${s.count}</span
                      >
                    </li>`,
                )
              : nothing
          }
        </ul>
      </div>
    </div>`;
  }

  private renderSelect(
    key: FacetKey,
    text: string,
    counts: FacetCount[],
    name: (v: string) => string,
  ): TemplateResult {
    const current = this.filters[key];
    const options =
      current && !counts.some((c) => c.value === current)
        ? [{ value: current, count: 0 }, ...counts]
        : counts;
    return html`<div class="field">
      <label for="pd-f-${key}">${text}</label>
      <select
        id="pd-f-${key}"
        @change=${(e: Event) => this.onSelect(key, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${current === ''}>${this.t.any}</option>
        ${options.map(
          (o) =>
            html`<option value=${o.value} ?selected=${o.value === current}>
              ${name(o.value)} (${o.count})
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderFilters(c: Computed): TemplateResult {
    const t = this.t;
    const loc = this.locale;
    const names = this.prep!.disciplineNames;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${this.renderSelect('category', t.category, c.facets.category, (v) => `${v} ${label(CATEGORIES, v, loc)}`)}
      ${this.renderSelect('discipline', t.discipline, c.facets.discipline, (v) => `${v} ${names.get(v) ?? ''}`)}
      ${this.renderSelect('type', t.stationType, c.facets.type, (v) => label(STATION_TYPES, v, loc))}
      ${this.renderSelect('city', t.city, c.facets.city, (v) => label(CITIES, v, loc))}
      ${this.renderSelect('host', t.host, c.facets.host, (v) => v)}
      ${this.renderSelect('field', t.field, c.facets.field, (v) => label(INDUSTRY_FIELDS, v, loc))}
    </div>`;
  }

  private filterLabel(key: keyof PostdocFilters, v: string): string {
    const loc = this.locale;
    switch (key) {
      case 'category':
        return label(CATEGORIES, v, loc);
      case 'discipline':
        return `${this.prep?.disciplineNames.get(v) ?? ''}${this.paren(v)}`;
      case 'type':
        return label(STATION_TYPES, v, loc);
      case 'city':
        return label(CITIES, v, loc);
      case 'field':
        return label(INDUSTRY_FIELDS, v, loc);
      default:
        return v;
    }
  }

  private renderChips(): TemplateResult | typeof nothing {
    const t = this.t;
    const f = this.filters;
    const names: Record<keyof PostdocFilters, string> = {
      q: t.keyword,
      category: t.category,
      discipline: t.discipline,
      type: t.stationType,
      city: t.city,
      host: t.host,
      field: t.field,
    };
    const active = (Object.keys(names) as Array<keyof PostdocFilters>).filter(
      (k) => f[k] !== '' && !(k === 'category' && f.discipline),
    );
    if (active.length === 0) return nothing;
    return html`<div class="chips" part="chips">
      <h3 class="hbrs-visually-hidden" id="pd-chips-title">${t.activeFilters}</h3>
      <ul aria-labelledby="pd-chips-title">
        ${active.map(
          (k, i) =>
            html`<li>
              <button type="button" class="chip" data-chip=${k} @click=${() => this.removeFilter(k, i)}>
                <span class="hbrs-visually-hidden">${fill(t.removeFilter, { label: '' })}</span
                >${names[k]}${t.colon}${this.filterLabel(k, f[k])}<span class="x" aria-hidden="true">×</span>
              </button>
            </li>`,
        )}
        <li>
          <button type="button" class="chip clear" data-chip="all" @click=${this.clearAll}>
            ${t.clearAll}
          </button>
        </li>
      </ul>
    </div>`;
  }

  private renderResults(results: PostdocProgramme[]): TemplateResult {
    const t = this.t;
    if (results.length === 0) {
      const filtered = Object.values(this.filters).some((v) => v !== '');
      return renderEmpty(this.coreText, {
        message: t.emptyMessage,
        ...(filtered ? { actionLabel: t.clearFilters, onAction: this.clearAll } : {}),
      });
    }
    const shown = Math.max(this.limit, this.pageSize);
    const now = Date.now();
    const visible = results.slice(0, shown);
    const left = results.length - visible.length;
    return html`<div class="results" part="results">
      <p class="count" part="count" id="pd-count">${fill(t.resultCount, { n: results.length })}</p>
      <ul class="cards" aria-labelledby="pd-count">
        ${visible.map((p) => this.renderCard(p, now))}
      </ul>
      ${
        left > 0
          ? html`<button
              type="button"
              class="hbrs-button more"
              data-variant="secondary"
              part="show-more"
              @click=${() => this.showMore(visible.length)}
            >
              ${fill(t.showMore, { n: left })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderCard(p: PostdocProgramme, now: number): TemplateResult {
    const t = this.t;
    const m = this.prep!.meta.get(p.id)!;
    const pinned = this.compared.includes(p.id);
    const salary = this.salaryText(m.salaryMin, m.salaryMax);
    const deadline = this.deadlineText(p.openings, now);
    const disc = this.disciplineText(p);
    return html`<li class="card" part="card">
      <h3 class="card-title">
        <button type="button" class="open" data-open=${p.id} @click=${() => this.openDetail(p.id, 'card')}>
          <span class="host">${p.host.name}</span>
          ${disc ? html`<span class="disc">${disc}</span>` : nothing}
        </button>
      </h3>
      <p class="sub">
        ${label(STATION_TYPES, p.stationType, this.locale)} · ${label(CITIES, m.city, this.locale)}
      </p>
      <ul class="facts">
        <li>${this.openingsText(p, m)}</li>
        ${salary ? html`<li>${t.salary}${t.colon}${salary}</li>` : nothing}
        ${deadline ? html`<li>${t.deadline}${t.colon}${deadline}</li>` : nothing}
        ${
          m.funding.length
            ? html`<li>
                ${t.funding}${t.colon}${m.funding.slice(0, 2).map(this.schemeName).join(this.t.sep)}${m.funding.length > 2 ? '…' : ''}
              </li>`
            : nothing
        }
      </ul>
      <button
        type="button"
        class="pin"
        aria-pressed=${pinned ? 'true' : 'false'}
        @click=${() => this.togglePin(p.id)}
      >
        ${t.compare}<span class="hbrs-visually-hidden">${t.colon}${p.host.name} ${disc}</span>
      </button>
    </li>`;
  }

  private openingsText(p: PostdocProgramme, m: ProgrammeMeta): string {
    const t = this.t;
    if (p.openings.length === 0) return t.noOpenings;
    const parts = [
      fill(t.openingsCount, { n: p.openings.length }),
      fill(t.directionsCount, { n: m.directions }),
    ];
    if (m.places) parts.push(fill(t.places, { n: m.places }));
    return parts.join(' · ');
  }
}
