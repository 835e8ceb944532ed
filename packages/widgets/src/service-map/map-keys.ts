/**
 * The keyboard inside the map of <hbrs-service-map>: the map is ONE tab stop (its container). There,
 * arrow keys pan and +/− zoom (the engine's); Enter or Space moves focus onto the cluster or point
 * nearest the centre; then arrow keys move to the nearest object in that direction (panning when there is
 * none), Enter opens a point or zooms into a cluster, and Escape goes back to the container. Clusters are
 * buttons out of the tab order; a single point (drawn on canvas) gets focus through one stand-in button
 * placed on it (`.sm-cursor`). When a render removes the focused object (a zoom), focus goes to the
 * object nearest to where it was.
 */
import type { MapFrame, Marker, MarkerLayer, SlippyMap, WorldPoint } from './slippy-map.js';

/** A cluster (its button) or a single point (its id) on the map, at a world point. */
export interface MapObject {
  at: WorldPoint;
  el?: HTMLElement | undefined;
  id?: string | undefined;
}

/** What the keyboard needs from the map view. */
export interface MapKeysHost {
  readonly container: HTMLElement;
  readonly map: SlippyMap;
  /** The layer the stand-in button of a point goes to. */
  readonly layer: MarkerLayer;
  /** The objects drawn now. */
  objects(): MapObject[];
  /** A point's accessible name. */
  name(id: string): string;
  select(id: string): void;
}

const DIRS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const screen = (f: MapFrame, p: WorldPoint): [number, number] => [
  p.x * f.scale - f.left,
  p.y * f.scale - f.top,
];

export class MapKeys {
  private cursor?: { marker: Marker; id: string; at: WorldPoint } | undefined;

  constructor(private readonly h: MapKeysHost) {
    h.container.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    this.h.container.removeEventListener('keydown', this.onKey);
  }

  private get active(): Element | null {
    return (this.h.container.getRootNode() as Document | ShadowRoot).activeElement;
  }

  /** The object that has focus, if any. */
  private focused(objects: readonly MapObject[]): MapObject | undefined {
    const a = this.active;
    if (this.cursor && a === this.cursor.marker.el) return this.cursor;
    return objects.find((o) => o.el && o.el === a);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const { container, map } = this.h;
    const f = map.frame();
    const objects = this.h.objects();
    if (e.target === container) {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      this.nearest(objects, { x: (f.left + f.width / 2) / f.scale, y: (f.top + f.height / 2) / f.scale });
      return;
    }
    const from = this.focused(objects);
    if (!from) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      container.focus({ preventScroll: true });
      return;
    }
    const d = DIRS[e.key];
    if (!d) return;
    e.preventDefault();
    const [x0, y0] = screen(f, from.at);
    let best: MapObject | undefined;
    let bestScore = Infinity;
    for (const o of objects) {
      const [x, y] = screen(f, o.at);
      const along = (x - x0) * d[0] + (y - y0) * d[1];
      const score = along + 2 * Math.abs((x - x0) * d[1] - (y - y0) * d[0]);
      if (along > 1 && score < bestScore && x >= 0 && y >= 0 && x <= f.width && y <= f.height) {
        best = o;
        bestScore = score;
      }
    }
    if (best) this.focus(best);
    else map.panBy(d[0] * 120, d[1] * 120);
  };

  /** Focuses the object nearest to a world point; `false` when there is none. */
  nearest(objects: readonly MapObject[], at: WorldPoint): boolean {
    let best: MapObject | undefined;
    let bestD = Infinity;
    for (const o of objects) {
      const d = (o.at.x - at.x) ** 2 + (o.at.y - at.y) ** 2;
      if (d < bestD) {
        best = o;
        bestD = d;
      }
    }
    if (best) this.focus(best);
    return Boolean(best);
  }

  private focus(o: MapObject): void {
    let el = o.el;
    if (!el && o.id) {
      this.drop();
      const id = o.id;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'sm-cursor';
      b.tabIndex = -1;
      b.setAttribute('aria-label', this.h.name(id));
      b.addEventListener('click', () => this.h.select(id));
      this.cursor = { marker: this.h.layer.add(b, 0, 0), id, at: o.at };
      this.cursor.marker.at = o.at;
      this.h.layer.draw(this.h.map.frame());
      el = b;
    }
    el?.focus({ preventScroll: true });
  }

  private drop(): void {
    if (this.cursor) this.h.layer.remove(this.cursor.marker);
    this.cursor = undefined;
  }

  /**
   * Before a render replaces the objects: returns a function to call after it, which moves focus to the
   * object nearest the focused one if that one is gone (and drops the stand-in of a point no longer drawn).
   */
  beforeRender(): (objects: readonly MapObject[]) => void {
    const from = this.focused(this.h.objects());
    return (objects) => {
      const c = this.cursor;
      if (c && !objects.some((o) => o.id === c.id)) this.drop();
      if (from && !from.el?.isConnected && !(from === c && this.cursor))
        if (!this.nearest(objects, from.at)) this.h.container.focus({ preventScroll: true });
    };
  }

  /** The points were replaced: the stand-in goes. */
  reset(): void {
    this.drop();
  }
}
