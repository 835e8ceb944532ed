/**
 * The map behind <hbrs-service-map>: a thin adapter over Leaflet 1.9 and supercluster, loaded lazily
 * (dynamic import) so the result list renders first. The element only talks to this interface, so a
 * move to Leaflet 2 stays local to this file.
 *
 * - Points are canvas `circleMarker`s (one shared canvas renderer); clusters are small DOM markers that
 *   are keyboard-reachable buttons and zoom in on activation. Layers are diffed by key on `moveend`,
 *   so only what changed is added or removed, and only the viewport (plus a margin) is ever on the map.
 * - Base maps: `none` (default) is an offline graticule drawn on canvas tiles plus the 市州 names, with
 *   no administrative boundaries and no network request; `tianditu` (vec_w + cva_w, the portal's key);
 *   `custom` (the portal's XYZ template and attribution, rendered as text).
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of Leaflet's ESM path, for every tsconfig that includes this file
/// <reference path="./leaflet-esm.d.ts" />
import type * as LT from 'leaflet';
import type Supercluster from 'supercluster';
import type { ClusterProperties } from 'supercluster';
import { CITY_SEATS, HUBEI_BOUNDS } from './cities.js';

type Leaflet = typeof LT;
type SuperclusterCtor = typeof Supercluster;

/** A point to draw: its id and WGS84 position. */
export interface MapPoint {
  id: string;
  lng: number;
  lat: number;
}

/** Which base map to draw. */
export type TileConfig =
  { kind: 'none' } | { kind: 'tianditu'; key: string } | { kind: 'custom'; url: string; attribution: string };

/** Texts the map needs, in the widget's locale. */
export interface MapTexts {
  /** Accessible name of a cluster of `count` points. */
  cluster: (count: number) => string;
  /** Attribution of the Tianditu base map. */
  tianditu: string;
  /** Whether city labels use English names. */
  english: boolean;
}

/** What one render put on the map. */
export interface MapRenderStats {
  /** Objects on the map (clusters + single points). */
  objects: number;
  /** Cluster markers among them. */
  clusters: number;
}

/** Options of {@link MapView.create}. */
export interface MapViewOptions {
  container: HTMLElement;
  tiles: TileConfig;
  texts: MapTexts;
  reducedMotion: boolean;
  /** A single point was clicked. */
  onSelect: (id: string) => void;
  /** The visible objects changed (after each render). */
  onRender?: (stats: MapRenderStats) => void;
}

interface Modules {
  L: Leaflet;
  Supercluster: SuperclusterCtor;
}

let modules: Promise<Modules> | undefined;

/** Starts (once) and returns the lazy load of Leaflet and supercluster. */
export function loadMapModules(): Promise<Modules> {
  modules ??= Promise.all([import('leaflet/dist/leaflet-src.esm.js'), import('supercluster')]).then(
    ([L, S]) => ({ L: L as unknown as Leaflet, Supercluster: S.default }),
  );
  modules.catch(() => (modules = undefined));
  return modules;
}

const MIN_ZOOM = 6;
const MAX_ZOOM = 18;
const CLUSTER_MAX_ZOOM = 14;

/** Placeholders Leaflet fills in a tile URL template; any other `{…}` would throw at tile time. */
const TILE_PLACEHOLDERS = /\{(?!(?:x|y|z|s|r)\})[^}]*\}/;

/** A custom tile template is used only if it is http(s) and has only Leaflet's placeholders. */
export function validTileTemplate(url: string): boolean {
  if (!/^https?:\/\//i.test(url.trim()) || TILE_PLACEHOLDERS.test(url)) return false;
  try {
    new URL(url.replace(/\{[xyzsr]\}/g, '0'));
    return true;
  } catch {
    return false;
  }
}

/** Text made safe for Leaflet's attribution control (which sets innerHTML). */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Graticule spacing in degrees for a zoom level. */
function graticuleStep(z: number): number {
  if (z <= 7) return 1;
  if (z <= 9) return 0.5;
  if (z <= 11) return 0.1;
  if (z <= 13) return 0.05;
  return 0.01;
}

/** The map view. Create with {@link MapView.create}; call {@link destroy} when the element goes. */
export class MapView {
  readonly map: LT.Map;
  private readonly L: Leaflet;
  private readonly SC: SuperclusterCtor;
  private readonly o: MapViewOptions;
  private readonly renderer: LT.Canvas;
  private readonly group: LT.LayerGroup;
  private index?: Supercluster<{ id: string }>;
  private byId = new Map<string, MapPoint>();
  private layers = new Map<string, LT.Layer>();
  private highlight?: LT.Marker;
  private selectedId: string | undefined;
  private readonly ro: ResizeObserver;
  private resizeFrame = 0;
  private renderFrame = 0;
  private fitted = false;
  private colors: { point: string; ring: string; surface: string; grid: string; text: string };
  /** Stats of the last render. */
  stats: MapRenderStats = { objects: 0, clusters: 0 };

  /** Loads Leaflet and supercluster (once per page) and builds the map in `options.container`. */
  static async create(options: MapViewOptions): Promise<MapView> {
    const { L, Supercluster } = await loadMapModules();
    return new MapView(L, Supercluster, options);
  }

  private constructor(L: Leaflet, SC: SuperclusterCtor, o: MapViewOptions) {
    this.L = L;
    this.SC = SC;
    this.o = o;
    const css = getComputedStyle(o.container);
    const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
    this.colors = {
      point: v('--_hbrs-color-primary', '#0b57a4'),
      ring: v('--_hbrs-color-focus', '#0b57a4'),
      surface: v('--_hbrs-color-surface', '#ffffff'),
      grid: v('--_hbrs-color-border', '#c4ccd6'),
      text: v('--_hbrs-color-text-muted', '#57606a'),
    };
    const anim = !o.reducedMotion;
    const map = L.map(o.container, {
      zoomControl: false,
      attributionControl: true,
      preferCanvas: true,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomSnap: 1,
      maxBounds: L.latLngBounds(HUBEI_BOUNDS).pad(0.3),
      maxBoundsViscosity: 0.8,
      zoomAnimation: anim,
      fadeAnimation: anim,
      markerZoomAnimation: anim,
      inertia: anim,
      scrollWheelZoom: false,
      keyboardPanDelta: 120,
    });
    this.map = map;
    map.attributionControl.setPrefix(false);
    this.addBase(o.tiles);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    this.renderer = L.canvas({ padding: 0.3 });
    // A redraw frame that lands after the renderer lost its context (map removed) does nothing.
    const r = this.renderer as unknown as { _redraw: () => void; _ctx?: unknown; _redrawRequest: unknown };
    const redraw = r._redraw;
    r._redraw = function (this: typeof r) {
      if (this._ctx) redraw.call(this);
      else this._redrawRequest = null;
    };
    this.group = L.layerGroup().addTo(map);
    this.addCityLabels();
    this.fit();
    // Redraw the objects in the frame after a move ends, apart from Leaflet's own zoom-end work.
    map.on('moveend', () => {
      cancelAnimationFrame(this.renderFrame);
      this.renderFrame = requestAnimationFrame(() => this.render());
    });
    // No scroll-wheel capture until the user engages with the map (no page-scroll trap).
    map.on('focus click', () => map.scrollWheelZoom.enable());
    map.on('blur', () => map.scrollWheelZoom.disable());
    this.ro = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        map.invalidateSize({ pan: false });
        if (!this.fitted) this.fit();
      });
    });
    this.ro.observe(o.container);
  }

  private fit(): void {
    const size = this.map.getSize();
    if (size.x === 0 || size.y === 0) {
      this.map.setView([30.9, 112.3], 7, { animate: false });
      return;
    }
    this.fitted = true;
    this.map.fitBounds(HUBEI_BOUNDS, { animate: false });
  }

  private addBase(tiles: TileConfig): void {
    const { L, map } = this;
    if (tiles.kind === 'tianditu') {
      const tk = encodeURIComponent(tiles.key);
      for (const layer of ['vec', 'cva'] as const) {
        L.tileLayer(
          `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
            `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`,
          {
            subdomains: '01234567',
            maxZoom: MAX_ZOOM,
            ...(layer === 'vec' ? { attribution: escapeHtml(this.o.texts.tianditu) } : {}),
          },
        ).addTo(map);
      }
      return;
    }
    if (tiles.kind === 'custom') {
      L.tileLayer(tiles.url, { maxZoom: MAX_ZOOM, attribution: escapeHtml(tiles.attribution) }).addTo(map);
      return;
    }
    // Offline base: a graticule drawn on canvas tiles. No boundaries, no request.
    const colors = this.colors;
    const Graticule = L.GridLayer.extend({
      createTile(this: LT.GridLayer, coords: LT.Coords): HTMLElement {
        const tile = document.createElement('canvas');
        const size = this.getTileSize();
        tile.width = size.x;
        tile.height = size.y;
        const ctx = tile.getContext('2d');
        const m = this._map;
        if (!ctx || !m) return tile;
        const origin = coords.scaleBy(size);
        const nw = m.unproject(origin, coords.z);
        const se = m.unproject(origin.add(size), coords.z);
        const step = graticuleStep(coords.z);
        ctx.strokeStyle = colors.grid;
        ctx.lineWidth = 1;
        ctx.beginPath();
        for (let lng = Math.ceil(nw.lng / step) * step; lng <= se.lng; lng += step) {
          const x = Math.round(m.project([nw.lat, lng], coords.z).x - origin.x) + 0.5;
          ctx.moveTo(x, 0);
          ctx.lineTo(x, size.y);
        }
        for (let lat = Math.ceil(se.lat / step) * step; lat <= nw.lat; lat += step) {
          const y = Math.round(m.project([lat, nw.lng], coords.z).y - origin.y) + 0.5;
          ctx.moveTo(0, y);
          ctx.lineTo(size.x, y);
        }
        ctx.stroke();
        return tile;
      },
    }) as unknown as new (options?: LT.GridLayerOptions) => LT.GridLayer;
    // 512 px tiles: a quarter of the canvases to create on each zoom.
    new Graticule({ maxZoom: MAX_ZOOM, pane: 'tilePane', tileSize: 512 }).addTo(map);
  }

  private addCityLabels(): void {
    const { L } = this;
    const labels = L.layerGroup();
    for (const c of CITY_SEATS) {
      const span = document.createElement('span');
      span.className = 'sm-city-label';
      span.textContent = this.o.texts.english ? c.en : c.zh;
      span.setAttribute('aria-hidden', 'true');
      labels.addLayer(
        L.marker([c.lat, c.lng], {
          icon: L.divIcon({ html: span, className: 'sm-city', iconSize: undefined as unknown as LT.Point }),
          interactive: false,
          keyboard: false,
          pane: 'overlayPane',
        }),
      );
    }
    if (this.o.tiles.kind === 'none') labels.addTo(this.map);
  }

  /** Replaces the points (a filter changed). Rebuilds the cluster index and redraws. */
  setPoints(points: readonly MapPoint[]): void {
    this.byId = new Map(points.map((p) => [p.id, p]));
    const index = new this.SC<{ id: string }>({
      radius: 60,
      extent: 256,
      minZoom: MIN_ZOOM,
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 3,
    });
    index.load(
      points.map((p) => ({
        type: 'Feature' as const,
        properties: { id: p.id },
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
      })),
    );
    this.index = index;
    for (const layer of this.layers.values()) this.group.removeLayer(layer);
    this.layers.clear();
    this.render();
    if (this.selectedId && !this.byId.has(this.selectedId)) this.select(undefined);
  }

  /** Draws what is in view: clusters and single points, diffed against what is already there. */
  render(): void {
    cancelAnimationFrame(this.renderFrame);
    const index = this.index;
    if (!index) return;
    const b = this.map.getBounds().pad(0.25);
    const z = Math.round(this.map.getZoom());
    const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
    const features = index.getClusters(
      [
        clamp(b.getWest(), -180, 180),
        clamp(b.getSouth(), -85, 85),
        clamp(b.getEast(), -180, 180),
        clamp(b.getNorth(), -85, 85),
      ],
      z,
    );
    const next = new Map<string, LT.Layer>();
    let clusters = 0;
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<ClusterProperties> & { id?: string };
      const key = props.cluster ? `c${z}:${props.cluster_id}` : `p${props.id}`;
      if (props.cluster) clusters++;
      const have = this.layers.get(key);
      if (have) {
        next.set(key, have);
        this.layers.delete(key);
        continue;
      }
      const layer = props.cluster
        ? this.clusterMarker(lat, lng, props.cluster_id!, props.point_count!)
        : this.pointMarker(lat, lng, props.id!);
      this.group.addLayer(layer);
      next.set(key, layer);
    }
    for (const layer of this.layers.values()) this.group.removeLayer(layer);
    this.layers = next;
    this.stats = { objects: next.size, clusters };
    this.o.onRender?.(this.stats);
  }

  private clusterMarker(lat: number, lng: number, clusterId: number, count: number): LT.Marker {
    const { L } = this;
    const size = count < 10 ? 36 : count < 100 ? 42 : 48;
    const inner = document.createElement('span');
    inner.className = 'sm-cluster-inner';
    const num = document.createElement('span');
    num.setAttribute('aria-hidden', 'true');
    num.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
    const label = document.createElement('span');
    label.className = 'hbrs-visually-hidden';
    label.textContent = this.o.texts.cluster(count);
    inner.append(num, label);
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ html: inner, className: 'sm-cluster', iconSize: [size, size] }),
      keyboard: true,
      riseOnHover: true,
      bubblingMouseEvents: false,
    });
    const expand = (byKeyboard: boolean): void => {
      const zoom = Math.min(
        this.index?.getClusterExpansionZoom(clusterId) ?? this.map.getZoom() + 2,
        MAX_ZOOM,
      );
      this.whenIdle(() => this.map.setView([lat, lng], zoom, { animate: !this.o.reducedMotion }));
      // The activated cluster is gone at the new zoom: keep keyboard users in the map.
      if (byKeyboard) this.o.container.focus({ preventScroll: true });
    };
    marker.on('click', () => expand(false));
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('data-count', String(count));
      el?.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          expand(true);
        }
      });
    });
    return marker;
  }

  private pointMarker(lat: number, lng: number, id: string): LT.CircleMarker {
    return this.L.circleMarker([lat, lng], {
      renderer: this.renderer,
      radius: 7,
      weight: 2,
      color: this.colors.surface,
      fillColor: this.colors.point,
      fillOpacity: 1,
      bubblingMouseEvents: false,
    }).on('click', () => this.o.onSelect(id));
  }

  /**
   * Highlights a point with a ring above every other object (shape and size, not colour alone);
   * jumps to it when asked (no animation: a programmatic move must land where it was asked to).
   */
  select(id: string | undefined, options: { pan?: boolean } = {}): void {
    this.selectedId = id;
    this.highlight?.remove();
    this.highlight = undefined;
    const p = id === undefined ? undefined : this.byId.get(id);
    if (!p) return;
    const { L } = this;
    const ring = document.createElement('span');
    ring.setAttribute('aria-hidden', 'true');
    this.highlight = L.marker([p.lat, p.lng], {
      icon: L.divIcon({ html: ring, className: 'sm-selected', iconSize: [30, 30] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 10_000,
    }).addTo(this.map);
    if (options.pan) {
      this.whenIdle(() => {
        const zoom = Math.max(this.map.getZoom(), 14);
        if (zoom !== this.map.getZoom() || !this.map.getBounds().pad(-0.1).contains([p.lat, p.lng]))
          this.map.setView([p.lat, p.lng], zoom, { animate: false });
      });
    }
  }

  /** The highlighted point's id. */
  get selected(): string | undefined {
    return this.selectedId;
  }

  /**
   * Runs `fn` now, or once a running zoom animation ends: Leaflet 1.9 silently drops a zoom requested
   * while one is animating (two quick presses of a zoom button, or a 市州 then a 区县).
   */
  private whenIdle(fn: () => void): void {
    if ((this.map as unknown as { _animatingZoom?: boolean })._animatingZoom) this.map.once('zoomend', fn);
    else fn();
  }

  /** Centres the map on a point at a zoom level. */
  centre(lat: number, lng: number, zoom: number): void {
    this.whenIdle(() => this.map.setView([lat, lng], zoom, { animate: false }));
  }

  /** Zoom in one level. */
  zoomIn(): void {
    this.whenIdle(() => this.map.zoomIn(1, { animate: !this.o.reducedMotion }));
  }

  /** Zoom out one level. */
  zoomOut(): void {
    this.whenIdle(() => this.map.zoomOut(1, { animate: !this.o.reducedMotion }));
  }

  /** Shows the whole province. */
  showAll(): void {
    this.whenIdle(() => this.map.fitBounds(HUBEI_BOUNDS, { animate: !this.o.reducedMotion }));
  }

  /** Removes the map and its observers. */
  destroy(): void {
    this.ro.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    cancelAnimationFrame(this.renderFrame);
    const map = this.map;
    map.off();
    map.stop();
    // Leaflet 1.9 leaves a zoom-transition timer running after remove(), and removing canvas paths
    // after the renderer requests a redraw without a context; neutralise both so a widget removed
    // mid-animation throws nothing on the host page.
    (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    (this.renderer as unknown as { _requestRedraw: () => void })._requestRedraw = () => undefined;
    map.remove();
  }
}
