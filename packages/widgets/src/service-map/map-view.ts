/**
 * The map behind <hbrs-service-map>: our small slippy map (./slippy-map.ts) plus supercluster, loaded
 * lazily (dynamic import) so the result list renders first. The element only talks to this interface.
 *
 * - Single points are drawn on one canvas and hit-tested on click; clusters are real `<button>`s
 *   (keyboard-reachable, zoom in on activation). Clusters are recomputed once a move settles, for the
 *   viewport plus a margin, and diffed by key, so a few hundred objects at most are ever on the map.
 * - Base maps: `none` (default) is an offline graticule drawn on canvas plus the 市州 names, with no
 *   administrative boundaries and no network request; `tianditu` (vec_w + cva_w, the portal's key);
 *   `custom` (the portal's XYZ template and attribution, rendered as text).
 *
 * Why not Leaflet 1.9: it is 42.6 KB gzipped, half of the widget's 85 KB budget, and its zoom-end
 * work (re-positioning every marker and pane in one task) made frames of 30–100 ms on this data.
 */
import type Supercluster from 'supercluster';
import type { ClusterProperties } from 'supercluster';
import { HUBEI_BOUNDS } from './cities.js';
import { addBase, placeLabels, type CityLabel, type TileConfig } from './base-map.js';
import { MapKeys, type MapObject } from './map-keys.js';
import type * as SlippyMapModule from './slippy-map.js';
import type { CanvasLayer, MapFrame, Marker, MarkerLayer, SlippyMap, WorldPoint } from './slippy-map.js';

export type { TileConfig };

type Engine = typeof SlippyMapModule;
type SuperclusterCtor = typeof Supercluster;

/** A point to draw: its id and WGS84 position. */
export interface MapPoint {
  id: string;
  lng: number;
  lat: number;
  /** Accessible name of the point on the map. */
  name?: string;
}

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

/** Options of {@link MapView.build}. */
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

/** The lazily loaded code of the map: the engine and supercluster. */
export interface MapModules {
  E: Engine;
  Supercluster: SuperclusterCtor;
}

let modules: Promise<MapModules> | undefined;

/** Starts (once per page; again after a failure) and returns the lazy load of the map engine and supercluster. */
export function loadMapModules(): Promise<MapModules> {
  modules ??= Promise.all([import('./slippy-map.js'), import('supercluster')]).then(([E, S]) => ({
    E,
    Supercluster: S.default,
  }));
  modules.catch(() => (modules = undefined));
  return modules;
}

const MIN_ZOOM = 6;
const MAX_ZOOM = 18;
const CLUSTER_MAX_ZOOM = 14;
const POINT_RADIUS = 7;
/** How far (px) from a point's centre a click still selects it. */
const HIT_RADIUS = 12;

/** Placeholders the tile layer fills in; any other `{…}` would be requested literally. */
const TILE_PLACEHOLDERS = /\{(?!(?:x|y|z|s)\})[^}]*\}/;

/** A custom tile template is used only if it is http(s) and has only `{x}`, `{y}`, `{z}`, `{s}`. */
export function validTileTemplate(url: string): boolean {
  if (!/^https?:\/\//i.test(url.trim()) || TILE_PLACEHOLDERS.test(url)) return false;
  try {
    new URL(url.replace(/\{[xyzs]\}/g, '0'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The base map the attributes ask for: `tiles` if set, else `tianditu` with a key, `custom` with a tile
 * URL, else `none`; an unusable choice (no key, an unsafe template) falls back to `none`.
 */
export function tileConfigOf(a: {
  tiles?: 'none' | 'tianditu' | 'custom' | undefined;
  tiandituKey?: string | undefined;
  tileUrl?: string | undefined;
  attribution?: string | undefined;
}): TileConfig {
  const kind = a.tiles ?? (a.tiandituKey ? 'tianditu' : a.tileUrl ? 'custom' : 'none');
  if (kind === 'tianditu' && a.tiandituKey?.trim())
    return { kind, key: a.tiandituKey.trim(), attribution: a.attribution?.trim() ?? '' };
  if (kind === 'custom' && a.tileUrl && validTileTemplate(a.tileUrl))
    return { kind, url: a.tileUrl.trim(), attribution: a.attribution ?? '' };
  return { kind: 'none' };
}

interface Drawn {
  id: string;
  at: WorldPoint;
}

/** The live map of each container (see {@link MapView.of}). */
const views = new WeakMap<HTMLElement, MapView>();

/** The map view. Create with {@link MapView.build}; call {@link destroy} when the element goes. */
export class MapView {
  /** The engine (view state, navigation); exposed for tests and benchmarks. */
  readonly map: SlippyMap;
  private readonly E: Engine;
  private readonly SC: SuperclusterCtor;
  private readonly o: MapViewOptions;
  private readonly pointsLayer: CanvasLayer;
  private readonly clusterLayer: MarkerLayer;
  private readonly ringLayer: MarkerLayer;
  private index?: Supercluster<{ id: string }>;
  private byId = new Map<string, MapPoint>();
  /** Single points currently drawn. */
  private singles: Drawn[] = [];
  /** Cluster buttons by key (`c<zoom>:<id>`). */
  private clusters = new Map<string, Marker>();
  private selectedId: string | undefined;
  private renderFrame = 0;
  private fitted = false;
  private readonly colors: { point: string; surface: string; grid: string };
  private readonly unlisten: () => void;
  private readonly labels: CityLabel[];
  private readonly keys: MapKeys;
  /** Stats of the last render. */
  stats: MapRenderStats = { objects: 0, clusters: 0 };

  /** The map drawn in `container`, if any: for tests and benchmarks, which see the element from outside. */
  static of(container: Element | null | undefined): MapView | undefined {
    return container instanceof HTMLElement ? views.get(container) : undefined;
  }

  /** Builds the map in `options.container` with the loaded engine and supercluster ({@link loadMapModules}). */
  static build({ E, Supercluster }: MapModules, options: MapViewOptions): MapView {
    return new MapView(E, Supercluster, options);
  }

  private constructor(E: Engine, SC: SuperclusterCtor, o: MapViewOptions) {
    this.E = E;
    this.SC = SC;
    this.o = o;
    const css = getComputedStyle(o.container);
    const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
    this.colors = {
      point: v('--_hbrs-color-primary', '#0b57a4'),
      surface: v('--_hbrs-color-surface', '#ffffff'),
      grid: v('--_hbrs-color-border', '#c4ccd6'),
    };
    const map = new E.SlippyMap(o.container, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: padBounds(HUBEI_BOUNDS, 0.3),
      animate: !o.reducedMotion,
      onSettle: () => {
        if (!this.fitted && map.size.x) this.fit();
        // Re-cluster in the frame after the move ended, apart from the move's last frame.
        cancelAnimationFrame(this.renderFrame);
        this.renderFrame = requestAnimationFrame(() => this.render());
      },
    });
    this.map = map;
    this.labels = addBase(E, map, o.tiles, {
      maxZoom: MAX_ZOOM,
      tianditu: o.texts.tianditu,
      english: o.texts.english,
      grid: this.colors.grid,
    });
    this.pointsLayer = new E.CanvasLayer((ctx, f) => this.paintPoints(ctx, f));
    map.addLayer(this.pointsLayer);
    this.clusterLayer = new E.MarkerLayer('sm-markers');
    map.addLayer(this.clusterLayer);
    this.ringLayer = new E.MarkerLayer('sm-markers');
    map.addLayer(this.ringLayer);
    this.keys = new MapKeys({
      container: o.container,
      map,
      layer: this.clusterLayer,
      objects: () => this.objects(),
      name: (id) => this.byId.get(id)?.name ?? id,
      select: (id) => this.o.onSelect(id),
    });
    this.fit();
    views.set(o.container, this);
    const onClick = (e: MouseEvent): void => {
      if ((e.target as Element).closest('button, .sm-attribution')) return;
      const id = this.hit(e);
      if (id) this.o.onSelect(id);
    };
    const onMove = (e: PointerEvent): void => {
      if (e.buttons) return;
      o.container.classList.toggle('sm-over-point', this.hit(e) !== undefined);
    };
    o.container.addEventListener('click', onClick);
    o.container.addEventListener('pointermove', onMove);
    this.unlisten = () => {
      o.container.removeEventListener('click', onClick);
      o.container.removeEventListener('pointermove', onMove);
    };
  }

  private fit(): void {
    if (this.map.size.x === 0 || this.map.size.y === 0) {
      this.map.setView(30.9, 112.3, 7);
      return;
    }
    this.fitted = true;
    this.map.fitBounds(HUBEI_BOUNDS);
  }

  private paintPoints(ctx: CanvasRenderingContext2D, f: MapFrame): void {
    if (!this.singles.length) return;
    ctx.fillStyle = this.colors.point;
    ctx.strokeStyle = this.colors.surface;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const p of this.singles) {
      const x = p.at.x * f.scale - f.left;
      const y = p.at.y * f.scale - f.top;
      if (x < -10 || y < -10 || x > f.width + 10 || y > f.height + 10) continue;
      ctx.moveTo(x + POINT_RADIUS, y);
      ctx.arc(x, y, POINT_RADIUS, 0, Math.PI * 2);
    }
    ctx.fill();
    ctx.stroke();
  }

  /** The id of the drawn point nearest to a mouse event, within the hit radius. */
  private hit(e: { clientX: number; clientY: number }): string | undefined {
    const f = this.map.frame();
    const at = this.map.local(e);
    const mx = at.x + f.left;
    const my = at.y + f.top;
    let best: string | undefined;
    let bestD = HIT_RADIUS * HIT_RADIUS;
    for (const p of this.singles) {
      const dx = p.at.x * f.scale - mx;
      const dy = p.at.y * f.scale - my;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = p.id;
      }
    }
    return best;
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
    this.keys.reset();
    this.clusterLayer.clear();
    this.clusters.clear();
    this.render();
    if (this.selectedId && !this.byId.has(this.selectedId)) this.select(undefined);
  }

  /** Computes what is in view (clusters and single points), diffs the cluster buttons, and redraws. */
  render(): void {
    cancelAnimationFrame(this.renderFrame);
    const index = this.index;
    if (!index) return;
    const f = this.map.frame();
    const { nw, se } = this.E.frameBounds(f, 0.25);
    const z = Math.round(f.zoom);
    const features = index.getClusters(
      [Math.max(nw.lng, -180), Math.max(se.lat, -85), Math.min(se.lng, 180), Math.min(nw.lat, 85)],
      z,
    );
    const next = new Map<string, Marker>();
    const refocus = this.keys.beforeRender();
    const singles: Drawn[] = [];
    for (const feature of features) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as Partial<ClusterProperties> & { id?: string };
      if (!props.cluster) {
        singles.push({ id: props.id!, at: this.E.project(lat, lng) });
        continue;
      }
      const key = `c${z}:${props.cluster_id}`;
      const have = this.clusters.get(key);
      if (have) {
        next.set(key, have);
        this.clusters.delete(key);
      } else
        next.set(
          key,
          this.clusterLayer.add(
            this.clusterButton(lat, lng, props.cluster_id!, props.point_count!),
            lat,
            lng,
          ),
        );
    }
    for (const m of this.clusters.values()) this.clusterLayer.remove(m);
    this.clusters = next;
    this.singles = singles;
    this.stats = { objects: next.size + singles.length, clusters: next.size };
    this.map.invalidate();
    // Positions for the new buttons now, not a frame later.
    this.clusterLayer.draw(f);
    this.placeLabels(f);
    refocus(this.objects());
    this.o.onRender?.(this.stats);
  }

  private clusterButton(lat: number, lng: number, clusterId: number, count: number): HTMLButtonElement {
    const size = count < 10 ? 36 : count < 100 ? 42 : 48;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sm-cluster';
    b.dataset.count = String(count);
    b.style.width = b.style.height = `${size}px`;
    const num = document.createElement('span');
    num.setAttribute('aria-hidden', 'true');
    num.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
    const label = document.createElement('span');
    label.className = 'hbrs-visually-hidden';
    label.textContent = this.o.texts.cluster(count);
    b.append(num, label);
    b.tabIndex = -1;
    b.addEventListener('click', () => {
      const zoom = Math.min(
        this.index?.getClusterExpansionZoom(clusterId) ?? Math.round(this.map.zoom) + 2,
        MAX_ZOOM,
      );
      // Focus (a keyboard's) moves to the object nearest to it once the zoom has re-clustered.
      this.map.setView(lat, lng, zoom, { animate: true });
    });
    return b;
  }

  /** The clusters and single points drawn now. */
  private objects(): MapObject[] {
    return [...this.clusters.values(), ...this.singles];
  }

  /**
   * Moves the 市州 names aside from the clusters; a name with no free spot is hidden and named by the
   * nearest cluster instead (its accessible name starts with the city).
   */
  private placeLabels(f: MapFrame): void {
    if (!this.labels.length) return;
    const at = (p: WorldPoint): { x: number; y: number } => this.E.toScreen(f, p);
    const boxes = [...this.clusters.values()].map((m) => {
      const { x, y } = at(m.at);
      const r = m.el.offsetWidth / 2 + 2;
      return { x0: x - r, y0: y - r, x1: x + r, y1: y + r, m, x, y };
    });
    for (const l of this.labels) l.marker.el.hidden = false;
    const spots = this.labels.map(({ marker: { el, at: p } }) => ({
      ...at(p),
      w: el.offsetWidth,
      h: el.offsetHeight,
    }));
    const names = new Map<Marker, string[]>();
    placeLabels(spots, boxes).forEach((off, i) => {
      const { marker, name } = this.labels[i]!;
      const s = spots[i]!;
      // No free spot: hidden, and named by the nearest cluster (names crowded only by names stay).
      const near = off
        ? undefined
        : boxes.reduce<(typeof boxes)[number] | undefined>(
            (a, b) => (a && Math.hypot(a.x - s.x, a.y - s.y) < Math.hypot(b.x - s.x, b.y - s.y) ? a : b),
            undefined,
          );
      marker.el.hidden = Boolean(near);
      marker.el.style.translate =
        off && (off[0] || off[1]) ? `${off[0] - s.w / 2}px ${off[1] - s.h / 2}px` : '';
      if (near) names.set(near.m, [...(names.get(near.m) ?? []), name]);
    });
    for (const m of this.clusters.values()) {
      const label = m.el.lastElementChild!;
      const text = [...(names.get(m) ?? []), this.o.texts.cluster(Number(m.el.dataset.count))].join(' ');
      if (label.textContent !== text) label.textContent = text;
    }
  }

  /**
   * Highlights a point with a ring above every other object (shape and size, not colour alone);
   * jumps to it when asked (no animation: a programmatic move must land where it was asked to).
   */
  select(id: string | undefined, options: { pan?: boolean } = {}): void {
    this.selectedId = id;
    this.ringLayer.clear();
    const p = id === undefined ? undefined : this.byId.get(id);
    if (!p) return;
    const ring = document.createElement('span');
    ring.className = 'sm-selected';
    ring.append(document.createElement('span'));
    this.ringLayer.add(ring, p.lat, p.lng);
    this.ringLayer.draw(this.map.frame());
    if (options.pan) {
      const f = this.map.frame();
      const s = this.E.toScreen(f, this.E.project(p.lat, p.lng));
      const inside =
        s.x > f.width * 0.1 && s.x < f.width * 0.9 && s.y > f.height * 0.1 && s.y < f.height * 0.9;
      // Past the last cluster level, so the selected point stands on its own.
      const zoom = Math.max(Math.round(this.map.zoom), CLUSTER_MAX_ZOOM + 1);
      if (zoom !== this.map.zoom || !inside) this.map.setView(p.lat, p.lng, zoom);
    }
  }

  /** The highlighted point's id. */
  get selected(): string | undefined {
    return this.selectedId;
  }

  /** Centres the map on a point at a zoom level. */
  centre(lat: number, lng: number, zoom: number): void {
    this.map.setView(lat, lng, zoom);
  }

  /** Zoom in one level. */
  zoomIn(): void {
    this.map.zoomIn();
  }

  /** Zoom out one level. */
  zoomOut(): void {
    this.map.zoomOut();
  }

  /** Shows the whole province. */
  showAll(): void {
    this.map.fitBounds(HUBEI_BOUNDS, { animate: true });
  }

  /** Screen position (relative to the map) of a point, for tests and benchmarks. */
  screenPoint(id: string): { x: number; y: number } | undefined {
    const p = this.byId.get(id);
    return p && this.E.toScreen(this.map.frame(), this.E.project(p.lat, p.lng));
  }

  /** Removes the map, its listeners and observers. */
  destroy(): void {
    cancelAnimationFrame(this.renderFrame);
    this.unlisten();
    this.keys.destroy();
    this.map.destroy();
    this.o.container.classList.remove('sm-over-point');
    if (views.get(this.o.container) === this) views.delete(this.o.container);
  }
}

/** Bounds grown by `ratio` of their size on every side. */
function padBounds(
  b: [[number, number], [number, number]],
  ratio: number,
): [[number, number], [number, number]] {
  const dLat = (b[1][0] - b[0][0]) * ratio;
  const dLng = (b[1][1] - b[0][1]) * ratio;
  return [
    [b[0][0] - dLat, b[0][1] - dLng],
    [b[1][0] + dLat, b[1][1] + dLng],
  ];
}
