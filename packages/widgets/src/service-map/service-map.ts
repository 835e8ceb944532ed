import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define, fill } from '@hbrs/core';
import type { FeedKind, HbrsClient, ServicePointIndex, ServicePointLocation } from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { loadEnglishNames } from '../internal/names.js';
import { fieldStyles } from '../internal/shared.styles.js';
import { clampStyles } from '../internal/clamp.styles.js';
import { MapController } from './map-controller.js';
import { benchMark } from '../internal/perf.js';
import { PagedList } from './paged-list.js';
import { tileConfigOf, type MapView, type TileConfig } from './map-view.js';
import { HbrsServicePointDetail, POINT_DETAIL_TAG } from './point-detail.js';
import { sharedStyles } from './parts.styles.js';
import { serviceMapStyles } from './service-map.styles.js';
import { mapStyles } from './map.styles.js';
import { distanceText, messages, texts } from './texts.js';
import {
  isBank,
  isService,
  type ServiceMapData,
  type ServiceMapFilter,
  type ServiceMapTiles,
} from './types.js';
import { renderFilters, renderList, renderMapFrame, renderWhere } from './views.js';
import { WhereController } from './where.js';
import type { ServiceMapMessages } from './locales/zh-CN.js';

/** The heading of an English page before its texts have arrived. */
const TITLE_EN = { title: 'Social security service points' };

/** Message shape of <hbrs-service-map>. */
export type { ServiceMapMessages };

export type { ServiceMapData, ServiceMapFilter, ServiceMapTiles, LocateMethod } from './types.js';

/**
 * Finds the nearest 社银合作 service point (bank outlets offering 社保卡 and 社保 services) that offers
 * the service a resident needs. A result list first (nearest first once a reference point is set, by
 * "use my location" or the 市州 → 区县 picker), synced with a map loaded afterwards (our own small engine): canvas
 * points, keyboard-reachable clusters, zoom buttons, a scale bar. The default base map is offline (a
 * graticule and city names, no boundaries, no request to any third party); Tianditu or a custom tile
 * service only when the portal configures one.
 *
 * @tagname hbrs-service-map
 * @summary Locator of the 4,000 social-security service points in Hubei banks, nearest first, with a map.
 *
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean; stale?: true; storedAt?: string }` (`stale`: the data source could not be reached and this is the last good copy, fetched at `storedAt`).
 * @event hbrs-error - Loading failed. `detail: { code: string; message: string }`.
 * @event hbrs-retry - The user pressed "retry". `detail: { reason: string }`.
 * @event hbrs-service-point-select - A point was opened. `detail: { id: string; name: string; source: 'list' | 'map' | 'url' }`.
 * @event hbrs-service-map-filter - Filters changed. `detail: { keyword, service, bank, openNow, division, only, count }` (`only`: only the points of `division`).
 * @event hbrs-service-map-locate - The reference point was set, cleared or failed (no coordinates). `detail: { method: 'device' | 'division'; status: string; division?: string }`.
 * @event hbrs-service-map-ready - The map drew for the first time. `detail: { points: number; objects: number }`.
 *
 * @csspart title - The heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
 * @csspart stale-notice - "数据更新于 …，暂无法连接数据源" with its retry: the data source cannot be reached and the last good copy is shown.
 * @csspart locate - The "where are you" block (location button and division picker).
 * @csspart filters - The filter form.
 * @csspart summary - The result count.
 * @csspart map - The map block (map, zoom buttons, notes).
 * @csspart list - The result list column.
 * @csspart item - A result in the list.
 * @csspart detail - The detail of a service point.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty-result view.
 * @csspart error - The error view.
 *
 * @cssprop [--hbrs-service-map-height=360px] - Height of the map (420px in wide layouts).
 * @cssprop [--hbrs-service-map-background=#eef2f6] - Background of the offline base map.
 * @cssprop [--hbrs-color-primary] - Points, buttons and links.
 */
export class HbrsServiceMap extends HbrsDataElement<ServiceMapData> {
  static override styles = [
    ...HbrsDataElement.styles,
    fieldStyles,
    mapStyles,
    sharedStyles,
    serviceMapStyles,
    clampStyles,
  ];

  /** Heading text; defaults to the localized title. */
  @property() heading?: string;

  /**
   * Base map: `none` (offline graticule and city names, no boundaries), `tianditu` (needs
   * `tianditu-key`) or `custom` (needs `tile-url`). Default: `tianditu` when a key is set, `custom`
   * when a tile URL is set, else `none`.
   */
  @property() tiles?: ServiceMapTiles;

  /** The portal's own Tianditu browser key (`tk`), bound to its domain. Never shipped with the widget. */
  @property({ attribute: 'tianditu-key' }) tiandituKey?: string;

  /** XYZ tile URL template for `tiles="custom"`, e.g. `https://tiles.example.gov.cn/{z}/{x}/{y}.png` (http/https only). */
  @property({ attribute: 'tile-url' }) tileUrl?: string;

  /**
   * Attribution shown as text on the map: the custom tile service's, or, with Tianditu, added after
   * "© 天地图" — put the 审图号 printed on tianditu.gov.cn here (the widget does not hard-code one).
   */
  @property() attribution?: string;

  /** The instant for "open now" and today's hours (default: the current time). */
  @property({ attribute: false }) now?: Date;

  @state() private keyword = '';
  @state() private service = '';
  @state() private bank = '';
  @state() private openNow = false;
  @state() private selectedId?: string | undefined;
  @state() private detailOpen = false;

  private returnFocus: 'list' | 'map' = 'list';
  private focusAfterUpdate?: (() => unknown) | undefined;
  private focusing?: unknown;
  private announceTimer = 0;
  private listMarked = false;

  // The SDK's English names of divisions (picker, origin, map labels): a chunk loaded once the widget is in English;
  // the map (its 市州 labels) waits for it.
  private readonly namesEn = new LazyChunk(this, loadEnglishNames, { when: () => this.locale === 'en' });

  private readonly map = new MapController(this, {
    container: () => (this.namesEn.status === 'pending' ? null : this.q<HTMLElement>('.sm-map')),
    // Chinese until the English texts are there (then the map is built again in English).
    config: () => ({
      tiles: this.tileConfig,
      locale: texts.get(this.locale) ? this.locale : 'zh-CN',
      theme: this.theme ?? '',
    }),
    points: () => ({
      // The point set does not depend on the reference point, only on the filters.
      key: JSON.stringify([...this.filterKey, this.memo ? 1 : 0]),
      items: () =>
        this.results.items.map((r) => ({ id: r.point.id, lng: r.lng, lat: r.lat, name: r.point.name })),
    }),
    selected: () => (this.detailOpen ? this.selectedId : undefined),
    onSelect: (id) => this.openDetail(id, 'map'),
    onReady: (view) =>
      this.emit('hbrs-service-map-ready', { points: this.results.total, objects: view.stats.objects }),
  });

  /** The reference point (device or division) and "only this area". */
  private readonly where = new WhereController(this, {
    divisions: () => this.loaded?.divisions,
    locale: () => this.locale,
    t: () => this.t,
    changed: () => this.filtersChanged(),
    centre: (p, zoom) => this.map.centre(p.lat, p.lng, zoom),
    announce: (m) => this.announcer.announce(m),
    locateEvent: (d) => this.emit('hbrs-service-map-locate', d),
    forgotten: () => (this.focusAfterUpdate = () => this.q<HTMLButtonElement>('#sm-locate')?.focus()),
  });
  /** The list on screen: 20 results, 20 more on request. */
  private readonly list = new PagedList(this, 20);

  constructor() {
    super();
    define(POINT_DETAIL_TAG, HbrsServicePointDetail);
  }

  protected get dataKind(): FeedKind {
    return 'service-points';
  }

  protected get urlPrefix(): string {
    return 'sm';
  }

  private get t(): ServiceMapMessages {
    return messages(this.locale);
  }

  protected async loadData(client: HbrsClient, signal: AbortSignal): Promise<ServiceMapData> {
    const [points, divisions] = await Promise.all([
      client.servicePoints.index({ signal }),
      client.divisions.index({ signal }).catch(() => undefined),
      // A data load (first or retry) also asks again for English texts that failed before.
      texts.load(this.locale, true),
    ]);
    benchMark('hbrs-service-map:data');
    return { points, divisions };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A page switched to English loads the English texts.
    void texts.load(this.locale)?.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.announceTimer);
  }

  // ---------------------------------------------------------------- URL state

  protected override applyUrlState(s: Record<string, string>): void {
    this.keyword = s.q ?? '';
    this.service = s.svc && isService(s.svc) ? s.svc : '';
    this.bank = s.bank && isBank(s.bank) ? s.bank : '';
    this.openNow = s.open === '1';
    this.where.apply(s);
    const id = s.id || undefined;
    if (id !== this.selectedId || Boolean(id) !== this.detailOpen) {
      this.selectedId = id;
      this.detailOpen = Boolean(id);
      if (id) this.map.panNext = true;
    }
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    this.urlState.write(
      {
        q: this.keyword.trim(),
        svc: this.service,
        bank: this.bank,
        open: this.openNow ? '1' : '',
        ...this.where.url,
        id: this.detailOpen ? this.selectedId : '',
      },
      mode,
    );
  }

  // ---------------------------------------------------------------- data

  private get tileConfig(): TileConfig {
    return tileConfigOf(this);
  }

  /** The instant for "open now" and today's hours: `now`, else the current time; `undefined` for an invalid `now`. */
  private get clock(): Date | undefined {
    const at = this.now ?? new Date();
    return at instanceof Date && Number.isFinite(at.getTime()) ? at : undefined;
  }

  /** The filters that decide the result set (not its order), with the minute "open now" is evaluated at. */
  private get filterKey(): unknown[] {
    const minute = this.openNow ? Math.floor((this.now ?? new Date()).getTime() / 60000) : 0;
    return [this.keyword.trim(), this.service, this.bank, minute, this.where.area];
  }

  private memo?: { key: string; index: ServicePointIndex; results: ServicePointLocation };

  /** The SDK's `locate()` of the filters: matching active points in WGS84, nearest first with km from the reference point. */
  private get results(): ServicePointLocation {
    const index = this.loaded?.points;
    if (!index) return { items: [], total: 0 };
    const o = this.where.origin?.point;
    const area = this.where.area;
    const key = JSON.stringify([...this.filterKey, o?.lng, o?.lat]);
    if (this.memo?.key === key && this.memo.index === index) return this.memo.results;
    const clock = this.clock;
    const results = index.locate({
      ...(this.keyword.trim() ? { keyword: this.keyword.trim() } : {}),
      ...(this.service && isService(this.service) ? { service: this.service } : {}),
      ...(this.bank && isBank(this.bank) ? { bank: this.bank } : {}),
      ...(this.openNow && clock ? { openAt: clock } : {}),
      ...(area ? { division: area } : {}),
      origin: o,
    });
    this.memo = { key, index, results };
    return results;
  }

  private summaryText({ items, total }: ServicePointLocation): string {
    const nearest = items[0]?.distanceKm;
    return nearest === undefined
      ? fill(this.t.count, { count: total })
      : fill(this.t.countNearest, { count: total, distance: distanceText(nearest, this.locale) });
  }

  /** After a filter change: URL, event, announcement (debounced while typing). */
  private filtersChanged(delay = 0): void {
    this.list.reset();
    this.writeUrl('replace');
    const filter: ServiceMapFilter = {
      keyword: this.keyword.trim(),
      service: this.service,
      bank: this.bank,
      openNow: this.openNow,
      division: this.where.county || this.where.city,
      only: Boolean(this.where.area),
    };
    this.emit('hbrs-service-map-filter', { ...filter, count: this.results.total });
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(
      () => this.announcer.announce(this.summaryText(this.results)),
      delay,
    );
  }

  // ---------------------------------------------------------------- handlers

  private onKeyword = (e: Event): void => {
    this.keyword = (e.target as HTMLInputElement).value;
    this.filtersChanged(500);
  };

  private onService = (e: Event): void => {
    this.service = (e.target as HTMLSelectElement).value;
    this.filtersChanged();
  };

  private onBank = (e: Event): void => {
    this.bank = (e.target as HTMLSelectElement).value;
    this.filtersChanged();
  };

  private onOpenNow = (e: Event): void => {
    this.openNow = (e.target as HTMLInputElement).checked;
    this.filtersChanged();
  };

  private clearFilters = (): void => {
    this.keyword = '';
    this.service = '';
    this.bank = '';
    this.openNow = false;
    this.where.only = false;
    this.filtersChanged();
    this.focusAfterUpdate = () => this.q<HTMLInputElement>('#sm-keyword')?.focus();
  };

  private openDetail(id: string, source: 'list' | 'map' | 'url'): void {
    const p = this.loaded?.points.get(id);
    this.selectedId = id;
    this.detailOpen = true;
    this.returnFocus = source === 'map' ? 'map' : 'list';
    this.map.select(id, { pan: source !== 'map' });
    if (source !== 'url') {
      this.writeUrl('push');
      this.focusAfterUpdate = () => this.detail?.focusHeading();
    }
    if (p) this.emit('hbrs-service-point-select', { id, name: p.name, source });
  }

  private closeDetail = (): void => {
    this.detailOpen = false;
    this.writeUrl('push');
    const id = this.selectedId;
    const idx = this.results.items.findIndex((r) => r.point.id === id);
    this.list.reveal(idx);
    this.focusAfterUpdate =
      this.returnFocus === 'map'
        ? () => this.map.focus()
        : () =>
            (
              this.q<HTMLElement>(`.item[data-id="${CSS.escape(id ?? '')}"]`) ??
              this.q<HTMLElement>('#sm-list-title')
            )?.focus();
  };

  private onItemClick = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset.id;
    if (id) this.openDetail(id, 'list');
  };

  private skipMap = (): void => {
    if (this.detailOpen) void this.detail?.focusHeading();
    else this.q<HTMLElement>('#sm-list-title')?.focus();
  };

  private onAnnounce = (e: CustomEvent<{ message: string }>): void => {
    this.announcer.announce(e.detail.message);
  };

  // ---------------------------------------------------------------- updates

  private q<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private get detail(): HbrsServicePointDetail | null {
    return this.q<HbrsServicePointDetail>(POINT_DETAIL_TAG);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.loaded && !this.listMarked) {
      this.listMarked = true;
      benchMark('hbrs-service-map:list');
      this.announcer.announce(this.summaryText(this.results));
      if (this.map.panNext && this.selectedId) {
        const p = this.loaded.points.get(this.selectedId);
        if (p) this.emit('hbrs-service-point-select', { id: p.id, name: p.name, source: 'url' });
      }
    }
    if (!this.loaded) this.listMarked = false;
    const f = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (f) this.focusing = f();
  }

  /** Also waits for the focus move of the update (into the point detail once it has rendered). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.focusing;
    return done;
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    return html`<section class="hbrs-root" lang=${this.locale} aria-labelledby="sm-title">
      <h2 id="sm-title" part="title">${this.heading ?? (texts.get(this.locale) ?? TITLE_EN).title}</h2>
      ${this.renderNotices()} ${this.announcer.render()} ${this.renderDataState() ?? this.renderReady()}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const { t, locale } = this;
    const { items, total } = this.results;
    const view = (): MapView | undefined => this.map.view;
    return html`<p class="sm-intro">${t.intro}</p>
      ${renderWhere(this.where.view())}
      ${renderFilters({
        t,
        locale,
        keyword: this.keyword,
        service: this.service,
        bank: this.bank,
        openNow: this.openNow,
        onKeyword: this.onKeyword,
        onService: this.onService,
        onBank: this.onBank,
        onOpenNow: this.onOpenNow,
        onClear: this.clearFilters,
      })}
      <p class="sm-summary" part="summary">${this.summaryText({ items, total })}</p>
      <div class="sm-layout">
        <div class="sm-map-col" part="map">
          ${renderMapFrame({
            t,
            status: this.map.status,
            offline: this.tileConfig.kind === 'none',
            onSkip: this.skipMap,
            onZoomIn: () => view()?.zoomIn(),
            onZoomOut: () => view()?.zoomOut(),
            onShowAll: () => view()?.showAll(),
          })}
        </div>
        <div class="sm-list-col" part="list">
          ${
            this.detailOpen && this.selectedId
              ? html`<hbrs-service-point-detail
                  part="detail"
                  lang=${locale}
                  theme=${this.theme ?? nothing}
                  ?large-text=${this.largeText}
                  .located=${this.loaded?.points.located(this.selectedId, this.where.origin?.point)}
                  .at=${this.clock}
                  @i-hbrs-detail-close=${this.closeDetail}
                  @i-hbrs-announce=${this.onAnnounce}
                ></hbrs-service-point-detail>`
              : renderList({
                  t,
                  core: this.coreText,
                  locale,
                  items,
                  total,
                  shown: this.list.shown,
                  selectedId: this.selectedId,
                  at: this.clock,
                  onItemClick: this.onItemClick,
                  onShowMore: this.list.more,
                  // An empty feed (no filter set) has nothing to clear.
                  onClear:
                    this.keyword || this.service || this.bank || this.openNow || this.where.area
                      ? this.clearFilters
                      : undefined,
                })
          }
        </div>
      </div>`;
  }
}
