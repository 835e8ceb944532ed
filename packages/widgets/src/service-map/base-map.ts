/**
 * The base maps of <hbrs-service-map> (see map-view.ts): Tianditu (vec_w + cva_w with the portal's key),
 * a custom XYZ service (the tile layer loads only then), or the offline one: a graticule on canvas and the 市州 names, no boundaries, no
 * request. The names move aside from the clusters (`placeLabels`) so they stay readable.
 */
import { CITY_SEATS } from './cities.js';
import type * as SlippyMapModule from './slippy-map.js';
import type { MapFrame, Marker, SlippyMap } from './slippy-map.js';

type Engine = typeof SlippyMapModule;

/** Which base map to draw. */
export type TileConfig =
  | { kind: 'none' }
  | { kind: 'tianditu'; key: string; attribution: string }
  | { kind: 'custom'; url: string; attribution: string };

/** Graticule spacing in degrees for a zoom level. */
function graticuleStep(z: number): number {
  if (z <= 7) return 1;
  if (z <= 9) return 0.5;
  if (z <= 11) return 0.1;
  if (z <= 13) return 0.05;
  return 0.01;
}

/** A 市州 name on the offline base map. */
export interface CityLabel {
  marker: Marker;
  /** The name (a cluster that covers a label it cannot move names the city instead). */
  name: string;
}

/** Adds the base layers to `map`; returns the 市州 labels (none over tiles). */
export function addBase(
  E: Engine,
  map: SlippyMap,
  tiles: TileConfig,
  o: { maxZoom: number; tianditu: string; english: boolean; grid: string },
): CityLabel[] {
  if (tiles.kind !== 'none') {
    const tdt = tiles.kind === 'tianditu';
    const urls = tdt
      ? ['vec', 'cva'].map(
          (layer) =>
            `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
            `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tiles.key)}`,
        )
      : [tiles.url];
    // The tile code is a chunk of its own; its layers go under the others once it is in.
    void import('./tile-layer.js')
      .then(({ TileLayer }) =>
        urls.forEach((url, i) =>
          map.addLayer(
            new TileLayer({ url, subdomains: tdt ? '01234567' : 'abc', minZoom: 1, maxZoom: o.maxZoom }),
            i,
          ),
        ),
      )
      .catch(() => undefined);
    map.setAttribution(tdt ? [o.tianditu, tiles.attribution].filter(Boolean).join(' ') : tiles.attribution);
    return [];
  }
  // Offline base: a graticule and the 市州 names. No boundaries, no request.
  map.addLayer(new E.CanvasLayer((ctx, f) => paintGraticule(E, ctx, f, o.grid)));
  const layer = new E.MarkerLayer('sm-labels');
  const labels = CITY_SEATS.map((c) => {
    const span = document.createElement('span');
    span.className = 'sm-city-label';
    span.textContent = o.english ? c.en : c.zh;
    return { marker: layer.add(span, c.lat, c.lng), name: span.textContent };
  });
  layer.el.setAttribute('aria-hidden', 'true');
  map.addLayer(layer);
  return labels;
}

function paintGraticule(E: Engine, ctx: CanvasRenderingContext2D, f: MapFrame, grid: string): void {
  const { project } = E;
  const { nw, se } = E.frameBounds(f);
  const step = graticuleStep(Math.round(f.zoom));
  ctx.strokeStyle = grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = Math.ceil(nw.lng / step); i * step <= se.lng; i++) {
    const x = Math.round(project(0, i * step).x * f.scale - f.left) + 0.5;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, f.height);
  }
  for (let i = Math.ceil(se.lat / step); i * step <= nw.lat; i++) {
    const y = Math.round(project(i * step, 0).y * f.scale - f.top) + 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(f.width, y);
  }
  ctx.stroke();
}

/** A screen rectangle. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Puts each label (centre `x`, `y`, size `w` × `h`, in screen px) on its anchor, or above, below, right or
 * left of it, at the first spot that overlaps neither an obstacle (a cluster) nor a label placed before.
 * Returns the offset of its centre, or `undefined` where every spot is taken.
 */
export function placeLabels(
  labels: readonly { x: number; y: number; w: number; h: number }[],
  obstacles: readonly Box[],
  gap = 26,
): Array<[number, number] | undefined> {
  const taken = [...obstacles];
  return labels.map(({ x, y, w, h }) => {
    for (const [dx, dy] of [
      [0, 0],
      [0, -h / 2 - gap],
      [0, h / 2 + gap],
      [w / 2 + gap, 0],
      [-w / 2 - gap, 0],
    ] as const) {
      const box = { x0: x + dx - w / 2, y0: y + dy - h / 2, x1: x + dx + w / 2, y1: y + dy + h / 2 };
      if (!taken.some((b) => overlaps(b, box))) {
        taken.push(box);
        return [dx, dy];
      }
    }
    return undefined;
  });
}
