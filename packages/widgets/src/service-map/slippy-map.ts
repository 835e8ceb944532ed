/**
 * A small slippy map: the engine behind <hbrs-service-map> (≈ 4 KB gzipped, against 42.6 KB for
 * Leaflet 1.9, which alone was half of the widget's 85 KB budget). It does only what the locator needs:
 *
 * - a Web Mercator view (centre + fractional zoom) clamped to a bounding box;
 * - layers that draw themselves in one `requestAnimationFrame` per change (canvas, positioned DOM;
 *   raster XYZ tiles in ./tile-layer.ts), and a `settle` call once a move has ended, so heavy work (re-clustering)
 *   happens once per gesture, never per frame;
 * - navigation: drag (mouse, pen, one finger), pinch, wheel (only once the map was focused or
 *   clicked: no page-scroll trap), double click, arrow keys and +/−, and an animated zoom that a new
 *   request re-targets instead of dropping;
 * - a metric scale bar and a text-only attribution line.
 *
 * Styles (class names `sm-*`) live in the widget's stylesheet; all positioning goes through the
 * CSSOM (`element.style.transform`), which a strict `style-src` allows.
 */

/** Pixel size of a raster tile. */
export const TILE_SIZE = 256;
const MAX_LAT = 85.0511287798;
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** A WGS84 position. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A position in world units: x, y in [0, 1] across the Web Mercator square. */
export interface WorldPoint {
  x: number;
  y: number;
}

/** Web Mercator: WGS84 → world units. */
export function project(lat: number, lng: number): WorldPoint {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return { x: (lng + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) };
}

/** Web Mercator: world units → WGS84. */
export function unproject(x: number, y: number): LatLng {
  const n = Math.PI - 2 * Math.PI * y;
  return { lng: x * 360 - 180, lat: (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))) };
}

/** The view as layers see it in one frame. */
export interface MapFrame {
  /** Fractional zoom level. */
  zoom: number;
  /** Viewport size in CSS px. */
  width: number;
  height: number;
  /** Size of the world in CSS px at this zoom (`TILE_SIZE × 2^zoom`). */
  scale: number;
  /** World px of the viewport's top-left corner. */
  left: number;
  top: number;
}

/** Screen position (CSS px in the viewport) of a world point in a frame. */
export function toScreen(f: MapFrame, p: WorldPoint): { x: number; y: number } {
  return { x: p.x * f.scale - f.left, y: p.y * f.scale - f.top };
}

/** The north-west and south-east corners of a frame, grown by `pad` of its size on every side. */
export function frameBounds(f: MapFrame, pad = 0): { nw: LatLng; se: LatLng } {
  const px = f.width * pad;
  const py = f.height * pad;
  return {
    nw: unproject((f.left - px) / f.scale, (f.top - py) / f.scale),
    se: unproject((f.left + f.width + px) / f.scale, (f.top + f.height + py) / f.scale),
  };
}

/** Something the map draws. */
export interface MapLayer {
  /** The layer's element, appended to the map in the order layers are added. */
  readonly el: HTMLElement;
  /** Draws the layer for a frame (called once per animation frame in which the view changed). */
  draw(frame: MapFrame): void;
  /** The view settled (a drag, zoom, jump or resize ended). */
  settle?(frame: MapFrame): void;
}

/** Options of {@link SlippyMap}. */
export interface SlippyMapOptions {
  minZoom: number;
  maxZoom: number;
  /** The centre stays inside `[[south, west], [north, east]]`. */
  maxBounds: [[number, number], [number, number]];
  /** Animate zooms (off under prefers-reduced-motion). */
  animate: boolean;
  /** The view settled. */
  onSettle?: () => void;
}

interface Animation {
  start: number;
  duration: number;
  from: { x: number; y: number; z: number };
  to: { x: number; y: number; z: number };
  /** Screen point kept still while zooming (wheel, double click, pinch end). */
  anchor?: { sx: number; sy: number; wx: number; wy: number };
}

const KEY_PAN = 120;
const ZOOM_MS = 250;
/** Pointer travel (px) before a press becomes a drag (and its click is swallowed). */
const DRAG_THRESHOLD = 4;

/** `v` within [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Size of the world in CSS px at a zoom level. */
export const worldSize = (z: number): number => TILE_SIZE * 2 ** z;
const ease = (t: number): number => 1 - (1 - t) ** 3;

/** The map. Owns `container`'s children; call {@link destroy} when done. */
export class SlippyMap {
  readonly container: HTMLElement;
  private readonly o: SlippyMapOptions;
  private readonly layers: MapLayer[] = [];
  private x = 0.5;
  private y = 0.5;
  private z: number;
  private w = 0;
  private h = 0;
  private readonly bounds: { x0: number; y0: number; x1: number; y1: number };
  private raf = 0;
  private anim: Animation | undefined;
  private settlePending = false;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture:
    | { kind: 'drag'; sx: number; sy: number; moved: boolean }
    | { kind: 'pinch'; d0: number; z0: number; wx: number; wy: number; mx: number; my: number }
    | undefined;
  private swallowClick = false;
  private wheelOn = false;
  private wheelSum = 0;
  private readonly ro: ResizeObserver;
  private readonly off: Array<() => void> = [];
  private readonly scaleEl: HTMLElement;
  private readonly attributionEl: HTMLElement;
  /** Destroyed: a layer that arrives late (a lazy chunk) is not added. */
  private dead = false;

  constructor(container: HTMLElement, options: SlippyMapOptions) {
    this.container = container;
    this.o = options;
    this.z = options.minZoom;
    const [[s, w], [n, e]] = options.maxBounds;
    const nw = project(n, w);
    const se = project(s, e);
    this.bounds = { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y };
    this.scaleEl = document.createElement('div');
    this.scaleEl.className = 'sm-scale';
    this.scaleEl.setAttribute('aria-hidden', 'true');
    this.attributionEl = document.createElement('div');
    this.attributionEl.className = 'sm-attribution';
    this.attributionEl.hidden = true;
    container.append(this.scaleEl, this.attributionEl);
    this.listen();
    this.w = container.clientWidth;
    this.h = container.clientHeight;
    this.ro = new ResizeObserver(() => {
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (w === this.w && h === this.h) return;
      this.w = w;
      this.h = h;
      this.settlePending = true;
      this.invalidate();
    });
    this.ro.observe(container);
  }

  // ------------------------------------------------------------------ view

  /** Current zoom (fractional while animating or pinching). */
  get zoom(): number {
    return this.z;
  }

  /** Current centre. */
  get center(): LatLng {
    return unproject(this.x, this.y);
  }

  /** Viewport size in CSS px. */
  get size(): { x: number; y: number } {
    return { x: this.w, y: this.h };
  }

  /** Whether a zoom animation is running. */
  get animating(): boolean {
    return this.anim !== undefined;
  }

  /** The frame for the current view. */
  frame(): MapFrame {
    const scale = worldSize(this.z);
    return {
      zoom: this.z,
      width: this.w,
      height: this.h,
      scale,
      left: this.x * scale - this.w / 2,
      top: this.y * scale - this.h / 2,
    };
  }

  /** Adds a layer on top of the others, or at position `at` (0: the bottom). */
  addLayer(layer: MapLayer, at = this.layers.length): void {
    if (this.dead) return;
    this.container.insertBefore(layer.el, this.layers[at]?.el ?? this.scaleEl);
    this.layers.splice(at, 0, layer);
    this.settlePending = true;
    this.invalidate();
  }

  /** Shows `text` as the attribution line (text only), or hides it. */
  setAttribution(text: string): void {
    this.attributionEl.textContent = text;
    this.attributionEl.hidden = !text;
  }

  /** Jumps (or, with `animate`, glides) to a centre and zoom. */
  setView(lat: number, lng: number, zoom: number, options: { animate?: boolean } = {}): void {
    const p = project(lat, lng);
    this.go({ x: p.x, y: p.y, z: zoom }, options.animate);
  }

  /** Zooms by `delta` levels around a screen point (default: the centre). */
  zoomBy(delta: number, at?: { x: number; y: number }, animate = true): void {
    const target = (this.anim?.to.z ?? this.z) + delta;
    const z = clamp(Math.round(target), this.o.minZoom, this.o.maxZoom);
    if (!at) {
      const from = this.anim?.to ?? { x: this.x, y: this.y };
      this.go({ x: from.x, y: from.y, z }, animate);
      return;
    }
    const w = this.worldAt(at);
    const anchor = { sx: at.x, sy: at.y, wx: w.x, wy: w.y };
    const end = this.anchored(anchor, z);
    this.go({ ...end, z }, animate, anchor);
  }

  /** Zoom in one level. */
  zoomIn(animate = true): void {
    this.zoomBy(1, undefined, animate);
  }

  /** Zoom out one level. */
  zoomOut(animate = true): void {
    this.zoomBy(-1, undefined, animate);
  }

  /** Pans by screen px (no animation). */
  panBy(dx: number, dy: number): void {
    this.stop();
    const scale = worldSize(this.z);
    this.place(this.x + dx / scale, this.y + dy / scale, this.z);
    this.settlePending = true;
    this.invalidate();
  }

  /** The largest whole zoom at which `[[south, west], [north, east]]` fits, and its centre. */
  fitBounds(b: [[number, number], [number, number]], options: { animate?: boolean } = {}): void {
    const nw = project(b[1][0], b[0][1]);
    const se = project(b[0][0], b[1][1]);
    const w = Math.max(this.w, 1);
    const h = Math.max(this.h, 1);
    const z = Math.floor(
      Math.log2(Math.min(w / ((se.x - nw.x) * TILE_SIZE), h / ((se.y - nw.y) * TILE_SIZE))),
    );
    this.go(
      { x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2, z: clamp(z, this.o.minZoom, this.o.maxZoom) },
      options.animate,
    );
  }

  /** Stops a running animation where it is. */
  stop(): void {
    if (!this.anim) return;
    this.anim = undefined;
    this.settlePending = true;
    this.invalidate();
  }

  private go(to: { x: number; y: number; z: number }, animate = false, anchor?: Animation['anchor']): void {
    const z = clamp(to.z, this.o.minZoom, this.o.maxZoom);
    if (!animate || !this.o.animate || !this.w) {
      this.anim = undefined;
      this.place(to.x, to.y, z);
      this.settlePending = true;
      this.invalidate();
      return;
    }
    this.anim = {
      start: performance.now(),
      duration: ZOOM_MS,
      from: { x: this.x, y: this.y, z: this.z },
      to: { x: to.x, y: to.y, z },
      ...(anchor ? { anchor } : {}),
    };
    this.invalidate();
  }

  /** The centre that keeps `a`'s world point under its screen point at zoom `z`. */
  private anchored(a: NonNullable<Animation['anchor']>, z: number): { x: number; y: number } {
    const scale = worldSize(z);
    return { x: a.wx - (a.sx - this.w / 2) / scale, y: a.wy - (a.sy - this.h / 2) / scale };
  }

  private place(x: number, y: number, z: number): void {
    const b = this.bounds;
    this.x = clamp(x, b.x0, b.x1);
    this.y = clamp(y, b.y0, b.y1);
    this.z = z;
  }

  // ------------------------------------------------------------------ frames

  /** Asks for a frame. */
  invalidate(): void {
    this.raf ||= requestAnimationFrame((t) => this.tick(t));
  }

  private tick(now: number): void {
    this.raf = 0;
    const a = this.anim;
    if (a) {
      const t = Math.min(1, Math.max(0, (now - a.start) / a.duration));
      const k = ease(t);
      const z = a.from.z + (a.to.z - a.from.z) * k;
      if (a.anchor) {
        const c = this.anchored(a.anchor, z);
        this.place(c.x, c.y, z);
      } else {
        this.place(a.from.x + (a.to.x - a.from.x) * k, a.from.y + (a.to.y - a.from.y) * k, z);
      }
      if (t >= 1) {
        this.anim = undefined;
        this.place(this.x, this.y, a.to.z);
        this.settlePending = true;
      } else this.invalidate();
    }
    const f = this.frame();
    for (const layer of this.layers) layer.draw(f);
    this.drawScale(f);
    if (this.settlePending && !this.anim && !this.gesture) {
      this.settlePending = false;
      for (const layer of this.layers) layer.settle?.(f);
      this.o.onSettle?.();
    }
  }

  private scaleText = '';

  private drawScale(f: MapFrame): void {
    const lat = unproject(this.x, this.y).lat;
    const metresPerPx = (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / f.scale;
    const max = metresPerPx * 100;
    const pow = 10 ** Math.floor(Math.log10(max));
    const d = max / pow;
    const nice = (d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1) * pow;
    const text = nice >= 1000 ? `${nice / 1000} km` : `${nice} m`;
    this.scaleEl.style.width = `${Math.round(nice / metresPerPx)}px`;
    if (text !== this.scaleText) this.scaleEl.textContent = this.scaleText = text;
  }

  // ------------------------------------------------------------------ input

  private on<K extends keyof HTMLElementEventMap>(
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    this.container.addEventListener(type, fn as EventListener, options);
    this.off.push(() => this.container.removeEventListener(type, fn as EventListener, options));
  }

  /** A pointer event's position in the map (CSS px from its top-left corner). */
  local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  /** The world point under a point of the map (CSS px) at the current view. */
  worldAt(p: { x: number; y: number }): WorldPoint {
    const scale = worldSize(this.z);
    return { x: this.x + (p.x - this.w / 2) / scale, y: this.y + (p.y - this.h / 2) / scale };
  }

  private listen(): void {
    this.on('pointerdown', (e) => {
      if (e.button !== 0 || (e.target as Element).closest?.('.sm-attribution')) return;
      this.wheelOn = true;
      this.pointers.set(e.pointerId, this.local(e));
      this.startGesture();
    });
    this.on('pointermove', (e) => {
      const p = this.pointers.get(e.pointerId);
      if (!p) return;
      const q = this.local(e);
      this.pointers.set(e.pointerId, q);
      this.moveGesture(e, p, q);
    });
    const end = (e: PointerEvent): void => {
      if (!this.pointers.delete(e.pointerId)) return;
      const g = this.gesture;
      if (g?.kind === 'pinch') {
        // Snap to a whole zoom around the last midpoint.
        this.gesture = undefined;
        this.zoomBy(0, { x: g.mx, y: g.my });
      } else if (g?.kind === 'drag' && g.moved) {
        this.container.classList.remove('sm-dragging');
        this.swallowClick = true;
        setTimeout(() => (this.swallowClick = false), 0);
        this.settlePending = true;
      }
      this.gesture = undefined;
      if (this.pointers.size) this.startGesture();
      this.invalidate();
    };
    this.on('pointerup', end);
    this.on('pointercancel', end);
    // A press that became a drag is not a click on whatever was under it.
    this.on(
      'click',
      (e) => {
        if (!this.swallowClick) return;
        e.stopPropagation();
        e.preventDefault();
      },
      { capture: true },
    );
    this.on('dblclick', (e) => {
      if ((e.target as Element).closest?.('button, .sm-attribution')) return;
      e.preventDefault();
      this.zoomBy(e.shiftKey ? -1 : 1, this.local(e));
    });
    this.on('focusin', () => (this.wheelOn = true));
    this.on('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      this.wheelOn = !!to && this.container.contains(to);
    });
    this.on(
      'wheel',
      (e) => {
        if (!this.wheelOn) return;
        e.preventDefault();
        this.wheelSum += e.deltaY * (e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 400 : 1);
        if (Math.abs(this.wheelSum) < 60) return;
        const dir = this.wheelSum < 0 ? 1 : -1;
        this.wheelSum = 0;
        this.zoomBy(dir, this.local(e));
      },
      { passive: false },
    );
    this.on('keydown', (e) => {
      if (e.target !== this.container || e.altKey || e.ctrlKey || e.metaKey) return;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [-KEY_PAN, 0],
        ArrowRight: [KEY_PAN, 0],
        ArrowUp: [0, -KEY_PAN],
        ArrowDown: [0, KEY_PAN],
      };
      const d = pan[e.key];
      if (d) this.panBy(d[0], d[1]);
      else if (e.key === '+' || e.key === '=') this.zoomIn();
      else if (e.key === '-' || e.key === '_') this.zoomOut();
      else return;
      e.preventDefault();
    });
  }

  private startGesture(): void {
    this.stop();
    const pts = [...this.pointers.values()];
    if (pts.length >= 2) {
      const [a, b] = pts as [{ x: number; y: number }, { x: number; y: number }];
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      const w = this.worldAt({ x: mx, y: my });
      this.gesture = {
        kind: 'pinch',
        d0: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        z0: this.z,
        wx: w.x,
        wy: w.y,
        mx,
        my,
      };
    } else if (pts.length === 1) {
      this.gesture = { kind: 'drag', sx: pts[0]!.x, sy: pts[0]!.y, moved: false };
    }
  }

  private moveGesture(e: PointerEvent, p: { x: number; y: number }, q: { x: number; y: number }): void {
    const g = this.gesture;
    if (!g) return;
    if (g.kind === 'drag') {
      if (!g.moved) {
        if (Math.hypot(q.x - g.sx, q.y - g.sy) < DRAG_THRESHOLD) return;
        g.moved = true;
        this.container.classList.add('sm-dragging');
        // Capture only once it is a drag, so a plain press still clicks what is under it.
        this.container.setPointerCapture?.(e.pointerId);
      }
      const scale = worldSize(this.z);
      this.place(this.x - (q.x - p.x) / scale, this.y - (q.y - p.y) / scale, this.z);
      this.invalidate();
      return;
    }
    const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
    g.mx = (a.x + b.x) / 2;
    g.my = (a.y + b.y) / 2;
    const z = clamp(
      g.z0 + Math.log2(Math.hypot(a.x - b.x, a.y - b.y) / g.d0),
      this.o.minZoom,
      this.o.maxZoom,
    );
    const c = this.anchored({ sx: g.mx, sy: g.my, wx: g.wx, wy: g.wy }, z);
    this.place(c.x, c.y, z);
    this.settlePending = true;
    this.invalidate();
  }

  /** Removes listeners, observers and the map's elements. */
  destroy(): void {
    this.dead = true;
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.anim = undefined;
    this.ro.disconnect();
    for (const off of this.off) off();
    this.off.length = 0;
    for (const layer of this.layers) layer.el.remove();
    this.layers.length = 0;
    this.scaleEl.remove();
    this.attributionEl.remove();
    this.container.classList.remove('sm-dragging');
  }
}

// -------------------------------------------------------------------- layers

/** A full-viewport canvas, sized for the device pixel ratio, redrawn every frame by `paint`. */
export class CanvasLayer implements MapLayer {
  readonly el: HTMLCanvasElement = document.createElement('canvas');
  private readonly paint: (ctx: CanvasRenderingContext2D, f: MapFrame) => void;

  constructor(paint: (ctx: CanvasRenderingContext2D, f: MapFrame) => void) {
    this.paint = paint;
    this.el.className = 'sm-layer';
    this.el.setAttribute('aria-hidden', 'true');
  }

  draw(f: MapFrame): void {
    const c = this.el;
    const dpr = Math.min(globalThis.devicePixelRatio || 1, 2);
    const w = Math.round(f.width * dpr);
    const h = Math.round(f.height * dpr);
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
      c.style.width = `${f.width}px`;
      c.style.height = `${f.height}px`;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, f.width, f.height);
    this.paint(ctx, f);
  }
}

/** An element placed at a world point (its own CSS centres it). */
export interface Marker {
  el: HTMLElement;
  at: WorldPoint;
}

/** DOM elements that follow world points (clusters, labels, the selection ring). */
export class MarkerLayer implements MapLayer {
  readonly el: HTMLElement = document.createElement('div');
  private readonly markers = new Set<Marker>();

  constructor(className: string) {
    this.el.className = `sm-layer ${className}`;
  }

  add(el: HTMLElement, lat: number, lng: number): Marker {
    const m = { el, at: project(lat, lng) };
    this.markers.add(m);
    this.el.append(el);
    return m;
  }

  remove(m: Marker): void {
    this.markers.delete(m);
    m.el.remove();
  }

  clear(): void {
    for (const m of this.markers) m.el.remove();
    this.markers.clear();
  }

  draw(f: MapFrame): void {
    for (const m of this.markers) {
      const s = toScreen(f, m.at);
      m.el.style.transform = `translate(${s.x.toFixed(1)}px, ${s.y.toFixed(1)}px)`;
    }
  }
}
