import type { ReactiveController } from 'lit';
import { fill, type Locale } from '@hbrs/core';
import { LazyChunk, type LazyChunkHost } from '../internal/lazy-chunk.js';
import { benchMark } from '../internal/perf.js';
import { MapView, loadMapModules, type MapModules, type MapPoint, type TileConfig } from './map-view.js';
import { messages } from './texts.js';

/** What the element tells its {@link MapController}, read after every update. */
export interface MapControllerOptions {
  /** The element the map lives in, or `null` while it is not rendered (loading, error). */
  container: () => HTMLElement | null;
  /** The base map, the locale of its texts and the theme of its colours; a change (by value) rebuilds the map. */
  config: () => { tiles: TileConfig; locale: Locale; theme: string };
  /** The points to draw: `key` changes when the set changes; `items` is read only then. */
  points: () => { key: string; items: () => readonly MapPoint[] };
  /** The point to highlight, if any. */
  selected: () => string | undefined;
  /** A point was clicked on the map. */
  onSelect: (id: string) => void;
  /** The map drew for the first time with the current points. */
  onReady: (view: MapView) => void;
}

/**
 * The life of the map inside <hbrs-service-map>: starts loading the engine (a `LazyChunk` over the
 * page-wide `loadMapModules()`) when the element connects,
 * builds the map after the list has painted, rebuilds it when the base map or the container changes,
 * gives it the points and the selection after each update, and destroys it (listeners, observers,
 * animation) when the container goes or the element leaves the page. Resizing is the engine's own
 * (a ResizeObserver on the container).
 */
export class MapController implements ReactiveController {
  /** `idle` while loading, `ready` once drawn, `error` when the engine failed to load. */
  status: 'idle' | 'ready' | 'error' = 'idle';
  /** The map, once ready. */
  view?: MapView | undefined;
  /** Jump to the next selection when it is applied (a selection from the URL). */
  panNext = false;

  private container?: HTMLElement | undefined;
  private configKey = '';
  private pointsKey = '';
  private build = 0;
  /** The engine's code. Updates do not wait for it: the map announces itself with `onReady`. */
  private readonly engine: LazyChunk<MapModules>;

  constructor(
    private readonly host: LazyChunkHost,
    private readonly o: MapControllerOptions,
  ) {
    this.engine = new LazyChunk(host, loadMapModules, { holdUpdates: false });
    host.addController(this);
  }

  hostConnected(): void {
    // Start fetching the map code alongside the data; it is used once the list is on screen.
    void this.engine.load();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  hostUpdated(): void {
    // The map comes after the list has painted: a task queued from the next animation frame runs
    // after that frame is on screen, so building the map never holds the list back.
    if (!this.container && this.o.container())
      requestAnimationFrame(() => setTimeout(() => this.host.isConnected && this.sync()));
    else this.sync();
  }

  /** Centres the map on a point at a zoom level (no-op before the map is ready). */
  centre(lat: number, lng: number, zoom: number): void {
    this.view?.centre(lat, lng, zoom);
  }

  /** Highlights a point now (and pans to it when asked). */
  select(id: string | undefined, options: { pan?: boolean } = {}): void {
    this.view?.select(id, options);
  }

  /** Focuses the map container. */
  focus(): void {
    this.container?.focus({ preventScroll: true });
  }

  private setStatus(status: MapController['status']): void {
    if (status === this.status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private destroy(): void {
    this.build++;
    this.view?.destroy();
    this.view = undefined;
    this.container = undefined;
    this.pointsKey = '';
  }

  private sync(): void {
    const container = this.o.container();
    if (!container) {
      if (this.container) {
        this.destroy();
        this.setStatus('idle');
      }
      return;
    }
    const { tiles, locale, theme } = this.o.config();
    const key = JSON.stringify([tiles, locale, theme]);
    if (container !== this.container || key !== this.configKey) {
      this.destroy();
      this.container = container;
      this.configKey = key;
      // 'idle' shows the same "loading the map" note; unchanged on first creation, so no extra update.
      this.setStatus('idle');
      const build = ++this.build;
      benchMark('hbrs-service-map:map-start');
      const t = messages(locale);
      // A map built after a failed load tries the engine again.
      void this.engine.retry().then((modules) => {
        if (build !== this.build) return;
        if (!modules) {
          this.setStatus('error');
          return;
        }
        let view: MapView;
        try {
          view = MapView.build(modules, {
            container,
            tiles,
            texts: {
              cluster: (n) => fill(t.cluster, { count: n }),
              tianditu: t.tianditu,
              english: locale === 'en',
            },
            reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
            onSelect: (id) => this.o.onSelect(id),
          });
        } catch {
          this.setStatus('error');
          return;
        }
        this.view = view;
        this.setStatus('ready');
        this.push();
        benchMark('hbrs-service-map:map');
        this.o.onReady(view);
      });
      return;
    }
    this.push();
  }

  /** Gives the map the current points (only when they changed) and the selection. */
  private push(): void {
    const view = this.view;
    if (!view) return;
    const points = this.o.points();
    if (points.key !== this.pointsKey) {
      this.pointsKey = points.key;
      view.setPoints(points.items());
    }
    const sel = this.o.selected();
    if (view.selected !== sel) view.select(sel, { pan: this.panNext });
    this.panNext = false;
  }
}
