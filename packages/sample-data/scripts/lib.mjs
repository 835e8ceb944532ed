// Small helpers for the sample-data generator: seeded PRNG, CSV reading, pinyin.
// Everything here is deterministic: same seed and same inputs give the same output.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

/**
 * mulberry32: a tiny 32-bit seeded PRNG (public-domain algorithm by Tommy Ettinger).
 * Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random source with convenience methods, built on mulberry32. */
export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max] (inclusive). */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Float in [min, max). */
  float(min, max) {
    return min + this.next() * (max - min);
  }
  /** true with probability p. */
  chance(p) {
    return this.next() < p;
  }
  /** One element of a non-empty array. */
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  /** One element by weight: entries are [value, weight]. */
  weighted(entries) {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  /** k distinct elements (k clamped to the array length), in random order. */
  sample(arr, k) {
    const copy = arr.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

/** Reads a simple CSV (no quoted commas in these files) into objects keyed by the header row. */
export function readCsv(path) {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const pyCache = new Map();
/**
 * Toneless pinyin of the Chinese characters in `text`, syllables separated by spaces, lower case, ü written as v
 * (as typed on keyboards). Non-Chinese characters and the （示例） sample marker are dropped.
 */
export function toPinyin(text) {
  const zh = text.replace(/（示例）/g, '').replace(/[^\u4e00-\u9fff]/g, '');
  if (zh === '') return '';
  let py = pyCache.get(zh);
  if (py === undefined) {
    py = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
      .map((s) => s.toLowerCase().replace(/ü/g, 'v'))
      .filter((s) => /^[a-z]+$/.test(s))
      .join(' ');
    pyCache.set(zh, py);
  }
  return py;
}

/** First letters of the syllables of a pinyin string. */
export function initialsOf(py) {
  return py
    .split(' ')
    .filter(Boolean)
    .map((s) => s[0])
    .join('');
}

/** `{ pinyin, initials }` for a searchable text. */
export function searchFields(text) {
  const py = toPinyin(text);
  return { pinyin: py, initials: initialsOf(py) };
}

/** Short form of a division name: 江岸区 → 江岸, 长阳土家族自治县 → 长阳, 神农架林区 → 神农架. */
export function shortDivisionName(name) {
  const m = /^(.+?)(土家族苗族自治州|土家族自治县|自治县|林区|新区|区|县|市)$/.exec(name);
  if (m && m[1].length >= 2) return m[1];
  return name;
}

/** Short form of a township name: 大智街道 → 大智, 陈贵镇 → 陈贵. */
export function shortTownshipName(name) {
  const m = /^(.+?)(街道办事处|街道|镇|乡|办事处|管理区|开发区|农场)$/.exec(name);
  if (m && m[1].length >= 2) return m[1];
  return name;
}

/** Rounds to `d` decimals. */
export function round(x, d) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Destination point `km` away from (lng, lat) in direction `bearingDeg` (spherical earth, fine for short distances). */
export function offsetPoint(lng, lat, km, bearingDeg) {
  const R = 6371.0088;
  const b = (bearingDeg * Math.PI) / 180;
  const dLat = ((km * Math.cos(b)) / R) * (180 / Math.PI);
  const dLng = ((km * Math.sin(b)) / (R * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI);
  return [lng + dLng, lat + dLat];
}

/** Keeps a point inside the Hubei bounding box used by the schemas (with a small margin). */
export function clampToHubei([lng, lat]) {
  return [Math.min(116.15, Math.max(108.35, lng)), Math.min(33.25, Math.max(29.05, lat))];
}
