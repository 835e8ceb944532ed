import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HbrsElement, fill, renderEmpty, renderLoading, type Dictionaries } from '@hbrs/core';
import type { FeedKind, HbrsClient, PostdocIndex, PostdocProgramme } from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import { renderChips, renderFilters, type FacetKey } from './filters.js';
import { FinderFocus } from './focus.js';
import { PostdocFormat } from './format.js';
import {
  NO_FILTERS,
  compute,
  prepare,
  suggest,
  type Computed,
  type PostdocFilters,
  type Prepared,
  type Suggestion,
} from './model.js';
import { renderResults } from './results.js';
import type { PostdocSupportScheme } from './schemes.js';
import { SearchCombobox } from './search.js';
import type { PostdocViewEvents } from './views/view-element.js';
import type * as EnModule from './locales/en.js';
import { CATEGORIES, CITIES, INDUSTRY_FIELDS, STATION_TYPES, setEnglishLabels } from './vocab.js';
import { postdocFinderStyles } from './postdoc-finder.styles.js';
import { clampStyles } from '../internal/clamp.styles.js';
import zhCN, { type PostdocFinderMessages } from './locales/zh-CN.js';

export type { PostdocFinderMessages };

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
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean; stale?: true; storedAt?: string }` (`stale`: the data source could not be reached and this is the last good copy, fetched at `storedAt`).
 * @event hbrs-error - Loading failed. `detail: { code: string; message: string }`.
 * @event hbrs-retry - The user retried after an error. `detail: { reason: string }`.
 *
 * @csspart title - The widget heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
 * @csspart stale-notice - "数据更新于 …，暂无法连接数据源" with its retry: the data source cannot be reached and the last good copy is shown.
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
  static override styles = [...HbrsElement.styles, postdocFinderStyles, clampStyles];

  /**
   * Support schemes shown on a programme's detail. Unset: the built-in national, Hubei and Wuhan schemes
   * (`POSTDOC_SUPPORT_SCHEMES`).
   */
  @property({ attribute: false }) schemes?: readonly PostdocSupportScheme[];

  /** Results shown at first and added by each "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * The current time used for deadlines (open or closed), and the day the built-in sample data is dated at;
   * defaults to the device clock (for demos and tests).
   */
  @property({ attribute: false }) now?: Date;

  protected override get dataNow(): number | undefined {
    return this.now?.getTime();
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  @state() private filters: PostdocFilters = { ...NO_FILTERS };
  @state() private selected: string | undefined;
  @state() private compared: string[] = [];
  @state() private limit = 0;

  private readonly search = new SearchCombobox(this, {
    query: () => this.filters.q,
    suggestions: () => this.suggestions,
    onInput: (q) => this.setFilters({ q }, 'replace'),
    onChoose: (s) =>
      this.setFilters(
        s.kind === 'host'
          ? { host: s.value, q: '' }
          : { discipline: s.value, category: s.value.slice(0, 2), q: '' },
        'push',
      ),
    onClear: () => this.setFilters({ q: '' }, 'replace'),
  });

  private readonly moveFocus = new FinderFocus(this);

  /**
   * The detail and comparison views, a chunk loaded when needed (a detail or comparison, e.g. from the
   * URL), or earlier, as soon as someone points at or focuses the widget (see `prefetchViews`).
   */
  private readonly views = new LazyChunk(this, () => import('./views.js'), {
    when: () => this.data.status === 'ready' && (!!this.selected || this.compared.length > 0),
  });
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

  /** The current filters (a copy). */
  get currentFilters(): PostdocFilters {
    return { ...this.filters };
  }

  /** Ids of the programmes pinned for comparison (a copy). */
  get comparedIds(): string[] {
    return [...this.compared];
  }

  // ---- derived data (memoised on identity) -----------------------------------------------------------------

  private fmtCache: PostdocFormat | undefined;
  /** Texts and formatting in the current locale. */
  private get fmt(): PostdocFormat {
    const t = englishTexts.text(this.locale);
    const schemes = this.schemes ?? this.views.value?.POSTDOC_SUPPORT_SCHEMES ?? [];
    const c = this.fmtCache;
    if (c?.t === t && c.locale === this.locale && c.schemes === schemes) return c;
    return (this.fmtCache = new PostdocFormat(t, this.locale, schemes));
  }

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

  private suggestCache: { prep: Prepared; filters: PostdocFilters; out: Suggestion[] } | undefined;
  /** The combobox suggestions for the keyword, each leaving programmes under the other filters. */
  private get suggestions(): Suggestion[] {
    const prep = this.prep;
    if (!prep) return [];
    const c = this.suggestCache;
    if (c?.prep === prep && c.filters === this.filters) return c.out;
    const out = suggest(prep, this.filters);
    this.suggestCache = { prep, filters: this.filters, out };
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
    this.moveFocus.urlChanged(was, this.selected);
    this.compared = [...new Set((s.cmp ?? '').split(',').filter(Boolean))].slice(0, POSTDOC_MAX_COMPARE);
    this.search.close();
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
      if (n !== undefined) this.announcer.announce(fill(this.fmt.t.resultCount, { count: n }));
    }, 400);
  }

  private onSelect = (key: FacetKey, value: string): void => {
    if (key === 'category') {
      const d = this.filters.discipline;
      this.setFilters({ category: value, discipline: value && d.startsWith(value) ? d : '' }, 'push');
    } else if (key === 'discipline') {
      this.setFilters(
        { discipline: value, category: value ? value.slice(0, 2) : this.filters.category },
        'push',
      );
    } else this.setFilters({ [key]: value }, 'push');
  };

  private removeFilter = (key: keyof PostdocFilters, index: number): void => {
    if (key === 'category') this.setFilters({ category: '', discipline: '' }, 'push');
    else this.setFilters({ [key]: '' }, 'push');
    this.moveFocus.toChip(index);
  };

  private clearAll = (): void => {
    this.setFilters({ ...NO_FILTERS }, 'push');
    this.moveFocus.toInput();
  };

  private openDetail = (id: string, from?: 'card' | 'cmp'): void => {
    this.moveFocus.opened(id, from);
    this.selected = id;
    this.search.close();
    this.writeUrl('push');
    const p = this.prep?.index.get(id);
    this.emit('hbrs-postdoc-select', { id, host: p?.host.name ?? null });
  };

  private closeDetail = (): void => {
    this.moveFocus.closed(this.selected);
    this.selected = undefined;
    this.writeUrl('push');
    this.emit('hbrs-postdoc-select', { id: null, host: null });
  };

  private togglePin = (id: string): void => {
    const t = this.fmt.t;
    const i = this.compared.indexOf(id);
    if (i >= 0) this.compared = this.compared.filter((x) => x !== id);
    else if (this.compared.length >= POSTDOC_MAX_COMPARE) {
      this.announcer.announce(t.compareFull);
      return;
    } else this.compared = [...this.compared, id];
    this.writeUrl('push');
    this.emit('hbrs-postdoc-compare', { ids: [...this.compared] });
    this.announcer.announce(
      fill(i >= 0 ? t.comparedRemoved : t.comparedAdded, { count: this.compared.length }),
    );
  };

  private unpin(id: string): void {
    this.togglePin(id);
    this.moveFocus.toCompare();
  }

  private clearCompare = (): void => {
    this.compared = [];
    this.writeUrl('push');
    this.emit('hbrs-postdoc-compare', { ids: [] });
    this.announcer.announce(fill(this.fmt.t.comparedRemoved, { count: 0 }));
    this.moveFocus.toInput();
  };

  private showMore = (from: number): void => {
    this.limit = from + this.pageSize;
    this.moveFocus.toCardAt(from);
  };

  private fullProgramme(p: PostdocProgramme): PostdocProgramme | undefined {
    return this.detailOf(p.id, p, (c) => c.postdoc.get(p.id));
  }

  private fullOf = (id: string): PostdocProgramme | undefined => {
    const p = this.prep?.index.get(id);
    return p && this.fullProgramme(p);
  };

  private prefetchViews = (e: Event): void => {
    if (this.data.status !== 'ready') return;
    void this.views.load();
    // Pointing at or focusing a result fetches its full programme (summary feeds only), so it opens at once.
    const id = (e.composedPath()[0] as Element | undefined)?.closest?.<HTMLElement>('[data-open]')?.dataset[
      'open'
    ];
    const p = id ? this.prep?.index.get(id) : undefined;
    if (p) this.fullProgramme(p);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
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
      ${this.renderNotices()} ${this.renderDataState() ?? this.renderReady()} ${this.announcer.render()}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const computed = this.computed!;
    const fmt = this.fmt;
    const prep = this.prep!;
    const selected = this.selected;
    const v = this.views.value;
    type Ev<K extends keyof PostdocViewEvents> = CustomEvent<PostdocViewEvents[K]>;
    const onOpen = (e: Ev<'i-hbrs-pd-open'>) => this.openDetail(e.detail.id, e.detail.from);
    // Over a feed layout the results are summaries: the detail waits for the full programme (prefetched on hover).
    const record = selected ? prep.index.get(selected) : undefined;
    const full = record && this.fullProgramme(record);
    return html`${this.search.render(fmt)} ${renderFilters(fmt, prep, this.filters, computed, this.onSelect)}
    ${renderChips(fmt, prep, this.filters, this.removeFilter, this.clearAll)}
    ${
      this.compared.length && v
        ? html`<hbrs-postdoc-compare
            exportparts="compare"
            .fmt=${fmt}
            .prep=${prep}
            .compared=${this.compared}
            .now=${this.nowMs}
            .fullOf=${(id: string) => this.fullOf(id)}
            @i-hbrs-pd-open=${onOpen}
            @i-hbrs-pd-unpin=${(e: Ev<'i-hbrs-pd-unpin'>) => this.unpin(e.detail.id)}
            @i-hbrs-pd-clear=${this.clearCompare}
          ></hbrs-postdoc-compare>`
        : nothing
    }
    ${
      selected
        ? v && (full || !record)
          ? html`<hbrs-postdoc-detail
              exportparts="detail"
              .fmt=${fmt}
              .prep=${prep}
              .compared=${this.compared}
              .programme=${selected}
              .now=${this.nowMs}
              .full=${full}
              @i-hbrs-pd-open=${onOpen}
              @i-hbrs-pd-close=${this.closeDetail}
              @i-hbrs-pd-pin=${(e: Ev<'i-hbrs-pd-pin'>) => this.togglePin(e.detail.id)}
            ></hbrs-postdoc-detail>`
          : html`<div class="detail" part="detail">
              ${v ? renderLoading(this.coreText, 2) : this.views.render(() => html``, { rows: 2 })}
            </div>`
        : this.renderList(computed)
    }`;
  }

  private renderList(c: Computed): TemplateResult {
    const fmt = this.fmt;
    if (c.results.length === 0) {
      const filtered = Object.values(this.filters).some((v) => v !== '');
      return renderEmpty(this.coreText, {
        message: fmt.t.emptyMessage,
        ...(filtered ? { actionLabel: fmt.t.clearFilters, onAction: this.clearAll } : {}),
      });
    }
    return renderResults({
      fmt,
      prep: this.prep!,
      results: c.results,
      compared: this.compared,
      shown: Math.max(this.limit, this.pageSize),
      now: this.nowMs,
      onOpen: (id) => this.openDetail(id, 'card'),
      onPin: this.togglePin,
      onMore: this.showMore,
    });
  }
}
