import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fill, renderEmpty, safeUrl, type Dictionaries } from '@hbrs/core';
import {
  BANK_CODES,
  BANK_INFO,
  SERVICE_CODES,
  SERVICE_LABELS,
  WEEKDAY_LABELS,
  HOLIDAY_RULE_LABELS,
  DIVISION_NAMES_EN,
  isOpenAt,
  mapAppLinks,
  toShanghaiTime,
  toWgs84,
  type BankCode,
  type DivisionIndex,
  type FeedKind,
  type HbrsClient,
  type LngLat,
  type LocatedServicePoint,
  type ServiceCode,
  type ServicePoint,
  type ServicePointIndex,
  type ServicePointLocation,
} from '@hbrs/sdk';
import { HbrsDataElement } from '../internal/data-element.js';
import { CITY_SEATS } from './cities.js';
import { formatDistance, telOf, weekOf } from './hours.js';
import { MapView, loadMapModules, validTileTemplate, type TileConfig } from './map-view.js';
import { serviceMapStyles } from './service-map.styles.js';
import { mapStyles } from './map.styles.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

/** Message shape of <hbrs-service-map>. */
export type ServiceMapMessages = typeof zhCN;
const messages: Dictionaries<ServiceMapMessages> = { 'zh-CN': zhCN, en };

/** What <hbrs-service-map> loads: the service-point index and, when available, the divisions. */
export interface ServiceMapData {
  points: ServicePointIndex;
  divisions?: DivisionIndex | undefined;
}

/** Base map of the widget: `none` (offline, the default), `tianditu` or `custom`. */
export type ServiceMapTiles = 'none' | 'tianditu' | 'custom';

/** How the reference point for distances was set. */
export type LocateMethod = 'device' | 'division';

/** Filters of the widget, as the `hbrs-service-map-filter` event reports them. */
export interface ServiceMapFilter {
  keyword: string;
  service: string;
  bank: string;
  openNow: boolean;
  /** 市州 or 区县 code used as the reference point, or empty. */
  division: string;
}

declare module '@hbrs/core' {
  interface HbrsEventMap {
    /** A service point was opened (from the list, the map or the URL). */
    'hbrs-service-point-select': { id: string; name: string; source: 'list' | 'map' | 'url' };
    /** The filters changed; `count` is the number of matching points. */
    'hbrs-service-map-filter': ServiceMapFilter & { count: number };
    /**
     * The reference point for distances was set or failed. Never carries coordinates: the location
     * stays on the device.
     */
    'hbrs-service-map-locate': {
      method: LocateMethod;
      status: 'ok' | 'denied' | 'timeout' | 'unavailable' | 'cleared';
      division?: string;
    };
    /** The map drew for the first time (after the list). */
    'hbrs-service-map-ready': { points: number; objects: number };
  }
}

const PAGE = 20;
const isService = (s: string): s is ServiceCode => (SERVICE_CODES as readonly string[]).includes(s);
const isBank = (s: string): s is BankCode => (BANK_CODES as readonly string[]).includes(s);

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
 * @event hbrs-load - Data loaded. `detail: { count: number; sample: boolean }`.
 * @event hbrs-error - Loading failed. `detail: { code: string; message: string }`.
 * @event hbrs-retry - The user pressed "retry". `detail: { reason: string }`.
 * @event hbrs-service-point-select - A point was opened. `detail: { id: string; name: string; source: 'list' | 'map' | 'url' }`.
 * @event hbrs-service-map-filter - Filters changed. `detail: { keyword, service, bank, openNow, division, count }`.
 * @event hbrs-service-map-locate - The reference point was set, cleared or failed (no coordinates). `detail: { method: 'device' | 'division'; status: string; division?: string }`.
 * @event hbrs-service-map-ready - The map drew for the first time. `detail: { points: number; objects: number }`.
 *
 * @csspart title - The heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
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
  static override styles = [...HbrsDataElement.styles, mapStyles, serviceMapStyles];

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
  @state() private city = '';
  @state() private county = '';
  @state() private device?: LngLat | undefined;
  @state() private locating = false;
  @state() private locateMessage = '';
  @state() private selectedId?: string | undefined;
  @state() private detailOpen = false;
  @state() private shown = PAGE;
  @state() private mapStatus: 'idle' | 'ready' | 'error' = 'idle';

  private mapView?: MapView | undefined;
  private mapContainer?: HTMLElement | undefined;
  private mapBuild = 0;
  private mapKey = '';
  private returnFocus: 'list' | 'map' = 'list';
  private focusAfterUpdate?: (() => void) | undefined;
  private announceTimer = 0;
  private listMarked = false;

  protected get dataKind(): FeedKind {
    return 'service-points';
  }

  protected get urlPrefix(): string {
    return 'sm';
  }

  private get t(): ServiceMapMessages {
    return messages[this.locale];
  }

  protected async loadData(client: HbrsClient, signal: AbortSignal): Promise<ServiceMapData> {
    const [points, divisions] = await Promise.all([
      client.servicePoints.index({ signal }),
      client.divisions.index({ signal }).catch(() => undefined),
    ]);
    mark('hbrs-service-map:data');
    return { points, divisions };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Start fetching the map code alongside the data; it is used once the list is on screen.
    loadMapModules().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.announceTimer);
    this.destroyMap();
  }

  // ---------------------------------------------------------------- URL state

  protected override applyUrlState(s: Record<string, string>): void {
    this.keyword = s.q ?? '';
    this.service = s.svc && isService(s.svc) ? s.svc : '';
    this.bank = s.bank && isBank(s.bank) ? s.bank : '';
    this.openNow = s.open === '1';
    this.city = /^\d{6}$/.test(s.city ?? '') ? s.city! : '';
    this.county = /^\d{6}$/.test(s.county ?? '') ? s.county! : '';
    if (this.city) this.device = undefined;
    const id = s.id || undefined;
    if (id !== this.selectedId || Boolean(id) !== this.detailOpen) {
      this.selectedId = id;
      this.detailOpen = Boolean(id);
      if (id) this.pendingUrlSelect = true;
    }
  }

  private pendingUrlSelect = false;

  private writeUrl(mode: 'push' | 'replace'): void {
    this.urlState.write(
      {
        q: this.keyword.trim(),
        svc: this.service,
        bank: this.bank,
        open: this.openNow ? '1' : '',
        city: this.city,
        county: this.county,
        id: this.detailOpen ? this.selectedId : '',
      },
      mode,
    );
  }

  // ---------------------------------------------------------------- data

  private get tileConfig(): TileConfig {
    const kind = this.tiles ?? (this.tiandituKey ? 'tianditu' : this.tileUrl ? 'custom' : 'none');
    if (kind === 'tianditu' && this.tiandituKey?.trim())
      return { kind, key: this.tiandituKey.trim(), attribution: this.attribution?.trim() ?? '' };
    if (kind === 'custom' && this.tileUrl && validTileTemplate(this.tileUrl))
      return { kind, url: this.tileUrl.trim(), attribution: this.attribution ?? '' };
    return { kind: 'none' };
  }

  /** The reference point for distances: the device location, else the chosen division's seat. */
  private get origin(): { point: LngLat; name: string; code: string } | undefined {
    if (this.device) return { point: this.device, name: '', code: '' };
    const code = this.county || this.city;
    if (!code) return undefined;
    const d = this.loaded?.divisions?.get(code);
    if (d?.seat) return { point: toWgs84(d.seat), name: this.divisionName(code, d.name), code };
    const c = CITY_SEATS.find((s) => s.code === code);
    if (c) return { point: { lng: c.lng, lat: c.lat }, name: this.locale === 'en' ? c.en : c.zh, code };
    return undefined;
  }

  /** The instant for "open now" and today's hours: `now`, else the current time; `undefined` for an invalid `now`. */
  private get clock(): Date | undefined {
    const at = this.now ?? new Date();
    return at instanceof Date && Number.isFinite(at.getTime()) ? at : undefined;
  }

  private memo?: { key: string; results: ServicePointLocation };

  private filterKey(): string {
    const minute = this.openNow ? Math.floor((this.now ?? new Date()).getTime() / 60000) : 0;
    const o = this.origin?.point;
    return JSON.stringify([this.keyword.trim(), this.service, this.bank, minute, o?.lng, o?.lat]);
  }

  /** The SDK's `locate()` of the filters: matching active points in WGS84, nearest first with km from the reference point. */
  private get results(): ServicePointLocation {
    const index = this.loaded?.points;
    if (!index) return { items: [], total: 0 };
    const key = this.filterKey();
    if (this.memo?.key === key && this.memoIndex === index) return this.memo.results;
    const clock = this.clock;
    const results = index.locate({
      ...(this.keyword.trim() ? { keyword: this.keyword.trim() } : {}),
      ...(this.service && isService(this.service) ? { service: this.service } : {}),
      ...(this.bank && isBank(this.bank) ? { bank: this.bank } : {}),
      ...(this.openNow && clock ? { openAt: clock } : {}),
      origin: this.origin?.point,
    });
    this.memo = { key, results };
    this.memoIndex = index;
    return results;
  }

  private memoIndex?: ServicePointIndex;

  private get filterState(): ServiceMapFilter {
    return {
      keyword: this.keyword.trim(),
      service: this.service,
      bank: this.bank,
      openNow: this.openNow,
      division: this.county || this.city,
    };
  }

  private summaryText({ items, total }: ServicePointLocation): string {
    const nearest = items[0]?.distanceKm;
    return nearest === undefined
      ? fill(this.t.count, { count: total })
      : fill(this.t.countNearest, { count: total, distance: this.distanceText(nearest) });
  }

  private distanceText(km: number): string {
    return formatDistance(km, this.locale, { km: this.t.km, m: this.t.m });
  }

  /** After a filter change: URL, event, announcement (debounced while typing). */
  private filtersChanged(delay = 0): void {
    this.shown = PAGE;
    this.writeUrl('replace');
    this.emit('hbrs-service-map-filter', { ...this.filterState, count: this.results.total });
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
    this.filtersChanged();
    this.focusAfterUpdate = () => this.q<HTMLInputElement>('#sm-keyword')?.focus();
  };

  private onCity = (e: Event): void => {
    this.city = (e.target as HTMLSelectElement).value;
    this.county = '';
    this.divisionChanged();
  };

  private onCounty = (e: Event): void => {
    this.county = (e.target as HTMLSelectElement).value;
    this.divisionChanged();
  };

  private divisionChanged(): void {
    this.device = undefined;
    this.locateMessage = '';
    const o = this.origin;
    this.filtersChanged();
    if (o) {
      this.locateMessage = fill(this.t.sortedFrom, { place: o.name });
      this.mapView?.centre(o.point.lat, o.point.lng, this.county ? 12 : 10);
      this.emit('hbrs-service-map-locate', { method: 'division', status: 'ok', division: o.code });
    } else {
      this.emit('hbrs-service-map-locate', { method: 'division', status: 'cleared' });
    }
  }

  private locate = (): void => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    const fail = (status: 'denied' | 'timeout' | 'unavailable'): void => {
      this.locating = false;
      this.locateMessage =
        status === 'denied'
          ? this.t.locateDenied
          : status === 'timeout'
            ? this.t.locateTimeout
            : this.t.locateUnavailable;
      this.announcer.announce(this.locateMessage);
      this.emit('hbrs-service-map-locate', { method: 'device', status });
    };
    if (!geo) {
      fail('unavailable');
      return;
    }
    this.locating = true;
    this.locateMessage = this.t.locating;
    try {
      geo.getCurrentPosition(
        (pos) => {
          const { longitude: lng, latitude: lat } = pos.coords;
          if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
            fail('unavailable');
            return;
          }
          this.locating = false;
          this.device = { lng, lat };
          this.city = '';
          this.county = '';
          this.locateMessage = this.t.locateOk;
          this.filtersChanged();
          this.mapView?.centre(lat, lng, 13);
          this.emit('hbrs-service-map-locate', { method: 'device', status: 'ok' });
        },
        (err) => fail(err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable'),
        { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
      );
    } catch {
      fail('unavailable');
    }
  };

  private forgetLocation = (): void => {
    this.device = undefined;
    this.locateMessage = '';
    this.filtersChanged();
    this.emit('hbrs-service-map-locate', { method: 'device', status: 'cleared' });
    this.focusAfterUpdate = () => this.q<HTMLButtonElement>('#sm-locate')?.focus();
  };

  private openDetail(id: string, source: 'list' | 'map' | 'url'): void {
    const p = this.loaded?.points.get(id);
    this.selectedId = id;
    this.detailOpen = true;
    this.returnFocus = source === 'map' ? 'map' : 'list';
    this.mapView?.select(id, { pan: source !== 'map' });
    if (source !== 'url') {
      this.writeUrl('push');
      this.focusAfterUpdate = () => this.q<HTMLElement>('#sm-detail-title')?.focus();
    }
    if (p) this.emit('hbrs-service-point-select', { id, name: p.name, source });
  }

  private closeDetail = (): void => {
    this.detailOpen = false;
    this.writeUrl('push');
    const id = this.selectedId;
    const idx = this.results.items.findIndex((r) => r.point.id === id);
    if (idx >= this.shown) this.shown = Math.ceil((idx + 1) / PAGE) * PAGE;
    this.focusAfterUpdate =
      this.returnFocus === 'map'
        ? () => this.mapContainer?.focus({ preventScroll: true })
        : () =>
            (
              this.q<HTMLElement>(`.item[data-id="${CSS.escape(id ?? '')}"]`) ??
              this.q<HTMLElement>('#sm-list-title')
            )?.focus();
  };

  private onDetailKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeDetail();
    }
  };

  private onItemClick = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset.id;
    if (id) this.openDetail(id, 'list');
  };

  private showMore = (): void => {
    this.shown += PAGE;
  };

  private skipMap = (): void => {
    this.q<HTMLElement>(this.detailOpen ? '#sm-detail-title' : '#sm-list-title')?.focus();
  };

  private copyAddress = async (): Promise<void> => {
    const p = this.selectedId ? this.loaded?.points.get(this.selectedId) : undefined;
    if (!p) return;
    try {
      await navigator.clipboard.writeText(p.address);
      this.announcer.announce(this.t.copied);
    } catch {
      this.announcer.announce(this.t.copyFailed);
    }
  };

  // ---------------------------------------------------------------- map lifecycle

  private q<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private destroyMap(): void {
    this.mapBuild++;
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapContainer = undefined;
    this.mapKey = '';
  }

  private syncMap(): void {
    const container = this.q<HTMLElement>('.sm-map');
    const tiles = this.tileConfig;
    const tilesKey = JSON.stringify([tiles, this.locale, this.theme ?? '']);
    if (!container) {
      if (this.mapContainer) {
        this.destroyMap();
        this.mapStatus = 'idle';
      }
      return;
    }
    if (container !== this.mapContainer || tilesKey !== this.mapTilesKey) {
      this.destroyMap();
      this.mapContainer = container;
      this.mapTilesKey = tilesKey;
      // 'idle' shows the same "loading the map" note; unchanged on first creation, so no extra update.
      this.mapStatus = 'idle';
      const build = ++this.mapBuild;
      const t = this.t;
      mark('hbrs-service-map:map-start');
      MapView.create({
        container,
        tiles,
        texts: {
          cluster: (n) => fill(t.cluster, { count: n }),
          tianditu: t.tianditu,
          english: this.locale === 'en',
        },
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        onSelect: (id) => this.openDetail(id, 'map'),
      }).then(
        (view) => {
          if (build !== this.mapBuild) {
            view.destroy();
            return;
          }
          this.mapView = view;
          this.mapStatus = 'ready';
          this.pushPoints();
          mark('hbrs-service-map:map');
          this.emit('hbrs-service-map-ready', { points: this.results.total, objects: view.stats.objects });
        },
        () => {
          if (build === this.mapBuild) this.mapStatus = 'error';
        },
      );
      return;
    }
    this.pushPoints();
  }

  private mapTilesKey = '';

  /** Gives the map the current results (only when they changed) and the selection. */
  private pushPoints(): void {
    const view = this.mapView;
    if (!view) return;
    const key = this.filterKeyForMap();
    if (key !== this.mapKey) {
      this.mapKey = key;
      view.setPoints(this.results.items.map((r) => ({ id: r.point.id, lng: r.lng, lat: r.lat })));
    }
    const sel = this.detailOpen ? this.selectedId : undefined;
    if (view.selected !== sel) view.select(sel, { pan: this.pendingUrlSelect });
    this.pendingUrlSelect = false;
  }

  private filterKeyForMap(): string {
    // The point set does not depend on the reference point, only on the filters.
    const minute = this.openNow ? Math.floor((this.now ?? new Date()).getTime() / 60000) : 0;
    return JSON.stringify([this.keyword.trim(), this.service, this.bank, minute, this.memoIndex ? 1 : 0]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.loaded && !this.listMarked) {
      this.listMarked = true;
      mark('hbrs-service-map:list');
      this.announcer.announce(this.summaryText(this.results));
      if (this.pendingUrlSelect && this.selectedId) {
        const p = this.loaded.points.get(this.selectedId);
        if (p) this.emit('hbrs-service-point-select', { id: p.id, name: p.name, source: 'url' });
      }
    }
    if (!this.loaded) this.listMarked = false;
    // The map comes after the list has painted: a task queued from the next animation frame runs
    // after that frame is on screen, so building the map never holds the list back.
    if (this.loaded && !this.mapContainer)
      requestAnimationFrame(() => setTimeout(() => this.isConnected && this.syncMap()));
    else this.syncMap();
    const f = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    f?.();
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    return html`<section class="hbrs-root" lang=${this.locale} aria-labelledby="sm-title">
      <h2 id="sm-title" part="title">${this.heading ?? this.t.title}</h2>
      ${this.renderSampleNotice()} ${this.announcer.render()} ${this.renderDataState() ?? this.renderReady()}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const t = this.t;
    const results = this.results;
    return html`<p class="sm-intro">${t.intro}</p>
      ${this.renderWhere()} ${this.renderFilters()}
      <p class="sm-summary" part="summary">${this.summaryText(results)}</p>
      <div class="sm-layout">
        <div class="sm-map-col" part="map">
          <button type="button" class="sm-skip" @click=${this.skipMap}>${t.skipMap}</button>
          <div class="sm-map-frame">
            <div
              class="sm-map"
              role="region"
              aria-label=${t.mapLabel}
              aria-describedby="sm-map-hint"
              tabindex="0"
            ></div>
            ${
              this.mapStatus === 'ready'
                ? nothing
                : html`<p class="sm-map-status">
                    ${this.mapStatus === 'error' ? t.mapFailed : t.mapLoading}
                  </p>`
            }
            <div class="sm-zoom">
              <button
                type="button"
                class="sm-zoom-in"
                aria-label=${t.zoomIn}
                title=${t.zoomIn}
                @click=${() => this.mapView?.zoomIn()}
              >
                <span aria-hidden="true">+</span>
              </button>
              <button
                type="button"
                class="sm-zoom-out"
                aria-label=${t.zoomOut}
                title=${t.zoomOut}
                @click=${() => this.mapView?.zoomOut()}
              >
                <span aria-hidden="true">−</span>
              </button>
              <button
                type="button"
                class="sm-zoom-all"
                aria-label=${t.showAll}
                title=${t.showAll}
                @click=${() => this.mapView?.showAll()}
              >
                <span aria-hidden="true">⌂</span>
              </button>
            </div>
          </div>
          <p id="sm-map-hint" class="sm-note">${t.mapHint}</p>
          ${this.tileConfig.kind === 'none' ? html`<p class="sm-note">${t.offlineNote}</p>` : nothing}
        </div>
        <div class="sm-list-col" part="list">
          ${this.detailOpen && this.selectedId ? this.renderDetail(this.selectedId) : this.renderList(results)}
        </div>
      </div>`;
  }

  private renderWhere(): TemplateResult {
    const t = this.t;
    const en = this.locale === 'en';
    const divisions = this.loaded?.divisions;
    const ordered = divisions?.ordered().filter((o) => o.role === 'city') ?? [];
    const cities = ordered.length
      ? ordered.map(({ division: d, nameEn }) => ({ code: d.code, name: en ? (nameEn ?? d.name) : d.name }))
      : CITY_SEATS.map((c) => ({ code: c.code, name: en ? c.en : c.zh }));
    const counties = this.city && divisions ? divisions.countiesOf(this.city).map((o) => o.division) : [];
    return html`<fieldset class="sm-where" part="locate">
      <legend>${t.whereLabel}</legend>
      <div class="sm-locate-row">
        ${
          this.device
            ? html`<button
                type="button"
                id="sm-locate"
                class="hbrs-button"
                data-variant="secondary"
                @click=${this.forgetLocation}
              >
                ${t.forgetLocation}
              </button>`
            : html`<button
                type="button"
                id="sm-locate"
                class="hbrs-button"
                ?disabled=${this.locating}
                @click=${this.locate}
              >
                ${t.locate}
              </button>`
        }
        <p class="sm-hint">${t.locateHint}</p>
      </div>
      ${this.locateMessage ? html`<p class="sm-locate-msg">${this.locateMessage}</p>` : nothing}
      <div class="sm-fields">
        <label class="sm-field">
          <span>${t.city}</span>
          <select id="sm-city" @change=${this.onCity} .value=${this.city}>
            <option value="" ?selected=${!this.city}>${t.anyCity}</option>
            ${cities.map((c) => html`<option value=${c.code} ?selected=${c.code === this.city}>${c.name}</option>`)}
          </select>
        </label>
        ${
          counties.length
            ? html`<label class="sm-field">
                <span>${t.county}</span>
                <select id="sm-county" @change=${this.onCounty} .value=${this.county}>
                  <option value="" ?selected=${!this.county}>${t.anyCounty}</option>
                  ${counties.map(
                    (c) =>
                      html`<option value=${c.code} ?selected=${c.code === this.county}>${c.name}</option>`,
                  )}
                </select>
              </label>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const en = this.locale === 'en';
    const active = this.keyword || this.service || this.bank || this.openNow;
    return html`<form
      class="sm-filters"
      part="filters"
      role="search"
      aria-label=${t.filters}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <label class="sm-field sm-keyword">
        <span>${t.keyword}</span>
        <input
          id="sm-keyword"
          type="search"
          autocomplete="off"
          aria-describedby="sm-keyword-hint"
          .value=${this.keyword}
          @input=${this.onKeyword}
        />
        <span id="sm-keyword-hint" class="sm-hint">${t.keywordHint}</span>
      </label>
      <label class="sm-field">
        <span>${t.service}</span>
        <select id="sm-service" @change=${this.onService} .value=${this.service}>
          <option value="" ?selected=${!this.service}>${t.anyService}</option>
          ${SERVICE_CODES.map(
            (c) =>
              html`<option value=${c} ?selected=${c === this.service}>
                ${en ? SERVICE_LABELS[c].en : SERVICE_LABELS[c].zh}
              </option>`,
          )}
        </select>
      </label>
      <label class="sm-field">
        <span>${t.bank}</span>
        <select id="sm-bank" @change=${this.onBank} .value=${this.bank}>
          <option value="" ?selected=${!this.bank}>${t.anyBank}</option>
          ${BANK_CODES.map(
            (c) =>
              html`<option value=${c} ?selected=${c === this.bank}>
                ${en ? BANK_INFO[c].en : BANK_INFO[c].zh}
              </option>`,
          )}
        </select>
      </label>
      <label class="sm-check">
        <input id="sm-open" type="checkbox" .checked=${this.openNow} @change=${this.onOpenNow} />
        <span>${t.openNow}</span>
      </label>
      ${
        active
          ? html`<button
              type="button"
              class="hbrs-button sm-clear"
              data-variant="secondary"
              @click=${this.clearFilters}
            >
              ${t.clear}
            </button>`
          : nothing
      }
    </form>`;
  }

  private renderList({ items, total }: ServicePointLocation): TemplateResult {
    const t = this.t;
    const at = this.clock;
    const slice = items.slice(0, this.shown);
    return html`<h3 id="sm-list-title" class="sm-list-title" tabindex="-1">${t.list}</h3>
      ${
        total === 0
          ? renderEmpty(this.coreText, {
              message: t.emptyMessage,
              actionLabel: t.clear,
              onAction: this.clearFilters,
            })
          : html`<ol class="sm-list" aria-labelledby="sm-list-title">
              ${slice.map((r) => this.renderItem(r, at))}
            </ol>`
      }
      ${
        total > this.shown
          ? html`<button
              type="button"
              class="hbrs-button sm-more"
              data-variant="secondary"
              @click=${this.showMore}
            >
              ${fill(t.showMore, { count: total - this.shown })}
            </button>`
          : nothing
      }`;
  }

  private renderItem(r: LocatedServicePoint, at: Date | undefined): TemplateResult {
    const t = this.t;
    const p = r.point;
    const open = openAt(p, at);
    const current = p.id === this.selectedId;
    return html`<li>
      <button
        type="button"
        class="item"
        part="item"
        data-id=${p.id}
        aria-current=${current ? 'true' : 'false'}
        @click=${this.onItemClick}
      >
        <span class="sm-item-name">${p.name}</span>
        <span class="sm-item-meta">
          <span class=${open ? 'sm-open' : 'sm-closed'}>${open ? t.open : t.closed}</span>
          · ${this.bankName(p)}
          ${r.distanceKm === undefined ? nothing : html`· <span class="sm-km">${fill(t.distance, { distance: this.distanceText(r.distanceKm) })}</span>`}
        </span>
        <span class="sm-item-addr">${p.address}</span>
      </button>
    </li>`;
  }

  /** A division's name in the current locale: the SDK's English names of 市州 (county names stay as published). */
  private divisionName(code: string, name: string): string {
    return this.locale === 'en' ? (DIVISION_NAMES_EN[code] ?? name) : name;
  }

  private bankName(p: ServicePoint): string {
    if (this.locale === 'en') return BANK_INFO[p.bank.code]?.en ?? p.bank.name;
    return p.bank.name;
  }

  private renderDetail(id: string): TemplateResult {
    const t = this.t;
    const en = this.locale === 'en';
    const located = this.loaded?.points.located(id, this.origin?.point);
    if (!located) {
      return html`<div class="sm-detail" part="detail" @keydown=${this.onDetailKey}>
        <h3 id="sm-detail-title" tabindex="-1">${t.notFound}</h3>
        <button type="button" class="hbrs-button" @click=${this.closeDetail}>${t.back}</button>
      </div>`;
    }
    const at = this.clock;
    const today = at && toShanghaiTime(at).weekday;
    const { point: p, distanceKm: km } = located;
    const open = openAt(p, at);
    const tel = telOf(p.phone);
    const telHref = tel ? safeUrl(tel) : undefined;
    const links = mapAppLinks(located, { name: p.name, address: p.address });
    const f = p.facilities ?? {};
    const facilities = [
      f.accessible && t.facilityAccessible,
      f.elderlyFriendly && t.facilityElderly,
      f.selfServiceKiosk && t.facilityKiosk,
      f.instantCardMachine && t.facilityInstant,
      f.homeVisit && t.facilityHomeVisit,
    ].filter((x): x is string => Boolean(x));
    return html`<article
      class="sm-detail"
      part="detail"
      aria-labelledby="sm-detail-title"
      @keydown=${this.onDetailKey}
    >
      <button type="button" class="hbrs-button sm-back" data-variant="secondary" @click=${this.closeDetail}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
      <h3 id="sm-detail-title" tabindex="-1">${p.name}</h3>
      <p class="sm-status">
        <span class=${open ? 'sm-open' : 'sm-closed'}>${open ? t.open : t.closed}</span>
      </p>
      <dl class="sm-facts">
        <dt>${t.bank}</dt>
        <dd>${this.bankName(p)}</dd>
        <dt>${t.address}</dt>
        <dd>
          <span class="sm-address">${p.address}</span>
          <button
            type="button"
            class="hbrs-button sm-copy"
            data-variant="secondary"
            @click=${this.copyAddress}
          >
            ${t.copyAddress}
          </button>
        </dd>
        ${
          km === undefined
            ? nothing
            : html`<dt>${t.distanceLabel}</dt>
                <dd>${fill(t.distance, { distance: this.distanceText(km) })}</dd>`
        }
        ${
          p.phone
            ? html`<dt>${t.phone}</dt>
                <dd>${telHref ? html`<a href=${telHref}>${p.phone}</a>` : p.phone}</dd>`
            : nothing
        }
      </dl>
      <h4>${t.hours}</h4>
      ${p.openingHours.text ? html`<p class="sm-hours-text">${p.openingHours.text}</p>` : nothing}
      <table class="sm-hours">
        <caption class="hbrs-visually-hidden">
          ${t.hours}
        </caption>
        <tbody>
          ${weekOf(p.openingHours).map(
            ({ day, periods }) =>
              html`<tr
                class=${day === today ? 'sm-today' : ''}
                aria-current=${day === today ? 'date' : 'false'}
              >
                <th scope="row">
                  ${en ? WEEKDAY_LABELS[day].en : WEEKDAY_LABELS[day].zh}${day === today ? html`<strong>${t.today}</strong>` : nothing}
                </th>
                <td>
                  ${
                    periods.length === 0
                      ? t.dayClosed
                      : periods.map(
                          (x, i) =>
                            html`${i > 0 ? '，' : ''}${x.open}–${x.overnight ? `${t.nextDay} ` : ''}${x.close}${x.note ? html` <span class="sm-note-inline">(${x.note})</span>` : nothing}`,
                        )
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        p.openingHours.holidayRule
          ? html`<p class="sm-hint">
              ${en ? HOLIDAY_RULE_LABELS[p.openingHours.holidayRule].en : HOLIDAY_RULE_LABELS[p.openingHours.holidayRule].zh}
            </p>`
          : nothing
      }
      <h4>${t.services}</h4>
      <ul class="sm-services">
        ${p.services.map((s) => html`<li>${SERVICE_LABELS[s] ? (en ? SERVICE_LABELS[s].en : SERVICE_LABELS[s].zh) : s}</li>`)}
      </ul>
      ${
        facilities.length
          ? html`<h4>${t.facilities}</h4>
              <ul class="sm-services">
                ${facilities.map((x) => html`<li>${x}</li>`)}
              </ul>`
          : nothing
      }
      <h4>${t.openIn}</h4>
      <ul class="sm-apps">
        ${(['amap', 'baidu', 'tencent'] as const).map((k) => {
          const href = safeUrl(links[k], ['https:']);
          return href
            ? html`<li>
                <a href=${href} target="_blank" rel="noopener noreferrer" data-app=${k}
                  >${t[k]}<span class="hbrs-visually-hidden">${t.newWindow}</span></a
                >
              </li>`
            : nothing;
        })}
      </ul>
    </article>`;
  }
}

/** A user-timing mark for the benchmark (harmless elsewhere). */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no user timing */
  }
}

/** Open at `at` (records come validated from the SDK); never open when the clock is invalid. */
function openAt(p: ServicePoint, at: Date | undefined): boolean {
  return at !== undefined && isOpenAt(p, at);
}
