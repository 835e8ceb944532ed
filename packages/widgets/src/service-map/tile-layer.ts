/**
 * Raster XYZ tiles for the slippy map (./slippy-map.ts): a chunk of its own, loaded only when the portal
 * configures a tile service (Tianditu or its own), never for the default offline base map.
 */
import { TILE_SIZE, clamp, worldSize, type MapFrame, type MapLayer } from './slippy-map.js';

interface TileLevel {
  z: number;
  el: HTMLElement;
  /** Tile origin of the level element (keeps transforms small at high zoom). */
  ox: number;
  oy: number;
  tiles: Map<string, { img: HTMLImageElement; done: boolean }>;
}

/** Options of {@link TileLayer}. */
export interface TileLayerOptions {
  /** XYZ template with `{x}`, `{y}`, `{z}` and optionally `{s}`. */
  url: string;
  subdomains?: string;
  minZoom: number;
  maxZoom: number;
}

/**
 * Raster XYZ tiles as `<img>`s. Tiles of the whole zoom level nearest the view are shown (scaled while
 * zooming); the previous level stays underneath until the new one has loaded.
 */
export class TileLayer implements MapLayer {
  readonly el: HTMLElement = document.createElement('div');
  private readonly o: TileLayerOptions;
  private readonly levels = new Map<number, TileLevel>();
  private current: TileLevel | undefined;
  private range = { x0: 0, y0: 0, x1: -1, y1: -1 };

  constructor(options: TileLayerOptions) {
    this.o = options;
    this.el.className = 'sm-layer';
    this.el.setAttribute('aria-hidden', 'true');
  }

  /** The URL of one tile. */
  url(x: number, y: number, z: number): string {
    const subs = this.o.subdomains ?? '';
    return this.o.url
      .replace('{s}', subs ? subs[(x + y) % subs.length]! : '')
      .replace('{x}', String(x))
      .replace('{y}', String(y))
      .replace('{z}', String(z));
  }

  draw(f: MapFrame): void {
    const tz = clamp(Math.round(f.zoom), this.o.minZoom, this.o.maxZoom);
    // The view in tile units of level tz.
    const k = f.scale / worldSize(tz);
    const left = f.left / k / TILE_SIZE;
    const top = f.top / k / TILE_SIZE;
    let level = this.levels.get(tz);
    if (!level) {
      const el = document.createElement('div');
      el.className = 'sm-tile-level';
      level = { z: tz, el, ox: Math.floor(left), oy: Math.floor(top), tiles: new Map() };
      this.levels.set(tz, level);
      // Keep at most the new level and the one shown before it (tiles that never load must not
      // pile up levels while someone zooms on and on).
      for (const [z, l] of this.levels) {
        if (this.levels.size <= 2) break;
        if (l === level || l === this.current) continue;
        l.el.remove();
        this.levels.delete(z);
      }
    }
    if (this.current !== level) {
      this.current = level;
      this.el.append(level.el);
    }
    const n = 2 ** tz;
    const r = {
      x0: clamp(Math.floor(left), 0, n - 1),
      y0: clamp(Math.floor(top), 0, n - 1),
      x1: clamp(Math.floor(left + f.width / k / TILE_SIZE), 0, n - 1),
      y1: clamp(Math.floor(top + f.height / k / TILE_SIZE), 0, n - 1),
    };
    this.range = r;
    for (let y = r.y0; y <= r.y1; y++)
      for (let x = r.x0; x <= r.x1; x++) if (!level.tiles.has(`${x}/${y}`)) this.addTile(level, x, y);
    for (const l of this.levels.values()) {
      const lk = f.scale / worldSize(l.z);
      const tx = l.ox * TILE_SIZE * lk - f.left;
      const ty = l.oy * TILE_SIZE * lk - f.top;
      l.el.style.transform = `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${lk})`;
    }
  }

  private addTile(level: TileLevel, x: number, y: number): void {
    const img = document.createElement('img');
    img.className = 'sm-tile';
    img.alt = '';
    img.draggable = false;
    img.decoding = 'async';
    img.style.transform = `translate(${(x - level.ox) * TILE_SIZE}px, ${(y - level.oy) * TILE_SIZE}px)`;
    const tile = { img, done: false };
    const done = (): void => {
      tile.done = true;
      this.prune();
    };
    img.addEventListener('load', done, { once: true });
    img.addEventListener(
      'error',
      () => {
        img.style.visibility = 'hidden';
        done();
      },
      { once: true },
    );
    img.src = this.url(x, y, level.z);
    level.tiles.set(`${x}/${y}`, tile);
    level.el.append(img);
  }

  settle(): void {
    const level = this.current;
    if (!level) return;
    const r = this.range;
    for (const [key, tile] of level.tiles) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      if (x < r.x0 - 1 || x > r.x1 + 1 || y < r.y0 - 1 || y > r.y1 + 1) {
        tile.img.remove();
        level.tiles.delete(key);
      }
    }
    this.prune();
  }

  /** Removes other levels once every tile of the current view has loaded (or failed). */
  private prune(): void {
    const level = this.current;
    if (!level || this.levels.size < 2) return;
    const r = this.range;
    for (let y = r.y0; y <= r.y1; y++)
      for (let x = r.x0; x <= r.x1; x++) if (!level.tiles.get(`${x}/${y}`)?.done) return;
    for (const [z, l] of this.levels) {
      if (l === level) continue;
      l.el.remove();
      this.levels.delete(z);
    }
  }
}
