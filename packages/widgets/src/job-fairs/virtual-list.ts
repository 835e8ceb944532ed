/**
 * A small windowing helper for long lists with rows of varying height: only the rows in view (plus a few
 * either side) are rendered, inside a scroller of fixed height; the space of the others is kept with
 * padding, from measured heights (or the running average for rows not yet measured).
 *
 * Heights are measured after each render (not from a ResizeObserver on the rows, so no ResizeObserver loop
 * can reach the host page's `onerror`); only the scroller itself is observed, for width changes.
 * @module
 */

import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** The rows to render and the padding that stands for the others. */
export interface WindowRange {
  /** First index rendered. */
  first: number;
  /** One past the last index rendered. */
  last: number;
  /** Height (px) of the rows before `first`. */
  before: number;
  /** Height (px) of the rows from `last` on. */
  after: number;
}

export class VirtualWindow {
  /** Measured heights by row key. */
  private readonly heights = new Map<string, number>();
  private sum = 0;
  private count = 0;
  private offsets = new Float64Array(1);
  private keys: readonly string[] = [];

  constructor(
    /** Rows rendered beyond each edge of the viewport. */
    readonly overscan = 4,
    /** Height assumed before anything is measured. */
    readonly initialEstimate = 120,
  ) {}

  /** Average measured height, or the initial estimate. */
  get estimate(): number {
    return this.count ? this.sum / this.count : this.initialEstimate;
  }

  /** Total height of all rows. */
  get total(): number {
    return this.offsets[this.keys.length] ?? 0;
  }

  /** Sets the rows (by key) and recomputes their offsets: O(n). */
  setKeys(keys: readonly string[]): void {
    this.keys = keys;
    const n = keys.length;
    if (this.offsets.length < n + 1) this.offsets = new Float64Array(n + 1);
    const est = this.estimate;
    let y = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = y;
      y += this.heights.get(keys[i]!) ?? est;
    }
    this.offsets[n] = y;
  }

  /** Offset (px) of row `i` from the top of the list. */
  offsetOf(i: number): number {
    return this.offsets[Math.max(0, Math.min(i, this.keys.length))] ?? 0;
  }

  /** The index of the row at offset `y` (binary search). */
  indexAt(y: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** Rows to render for a viewport at `scrollTop` of height `viewport`. */
  range(scrollTop: number, viewport: number): WindowRange {
    const n = this.keys.length;
    if (n === 0) return { first: 0, last: 0, before: 0, after: 0 };
    const first = Math.max(0, this.indexAt(scrollTop) - this.overscan);
    const last = Math.min(n, this.indexAt(scrollTop + viewport) + 1 + this.overscan);
    return { first, last, before: this.offsetOf(first), after: this.total - this.offsetOf(last) };
  }

  /** Records a measured height; returns true when it differs from what was assumed. */
  measure(key: string, height: number): boolean {
    const old = this.heights.get(key);
    if (old !== undefined && Math.abs(old - height) < 0.5) return false;
    if (old === undefined) {
      this.count++;
      this.sum += height;
    } else this.sum += height - old;
    this.heights.set(key, height);
    return true;
  }

  /** Forgets every measurement (after a change of width, font size or language). */
  clear(): void {
    this.heights.clear();
    this.sum = 0;
    this.count = 0;
  }
}

/**
 * Rows keyed by fair id (so that focus and DOM stay with their fair when the rows shift): `items[first..last)`,
 * `row` given each item and its index in `items`.
 */
function keyedRows<T extends { id: string }>(
  items: readonly T[],
  first: number,
  last: number,
  row: (item: T, index: number) => TemplateResult,
): unknown {
  return repeat(
    items.slice(first, last),
    (f) => f.id,
    (f, j) => row(f, first + j),
  );
}

/**
 * The windowing of the element's long list (loaded on demand, with this module, when a list first has more
 * rows than are rendered in full): the scroll position, the observed scroller, and the measuring passes.
 */
export class ListWindow {
  readonly vw = new VirtualWindow();
  /** The range last rendered. */
  range: WindowRange = { first: 0, last: 0, before: 0, after: 0 };
  /** The scroller's `scrollTop` as last seen. */
  scroll = 0;
  /** The scroller's height. */
  viewport = 560;
  private width = 0;
  private observed: Element | undefined;
  private passes = 0;
  private frame = 0;
  private look = '';
  private keys: readonly string[] = [];
  private readonly observer: ResizeObserver | undefined;

  constructor(private readonly update: () => void) {
    this.observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => {
            for (const e of entries) {
              this.viewport = e.contentRect.height || this.viewport;
              if (e.contentRect.width !== this.width) {
                if (this.width) this.vw.clear();
                this.width = e.contentRect.width;
              }
            }
            // Rows are not observed and the scroller's size does not depend on them: no observer loop.
            this.update();
          })
        : undefined;
  }

  /** The rows `items[first..last)`, keyed by id. */
  readonly rows = keyedRows;

  /** Forgets the measured heights when the look (locale, text size, theme) changed. */
  setLook(look: string): void {
    if (look !== this.look) {
      this.look = look;
      this.vw.clear();
    }
  }

  /** The rows to render for these keys at the current scroll position. */
  rangeFor(keys: readonly string[]): WindowRange {
    this.keys = keys;
    this.vw.setKeys(keys);
    return (this.range = this.vw.range(this.scroll, this.viewport));
  }

  readonly onScroll = (e: Event): void => {
    this.scroll = (e.currentTarget as HTMLElement).scrollTop;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const r = this.vw.range(this.scroll, this.viewport);
      if (r.first !== this.range.first || r.last !== this.range.last) this.update();
    });
  };

  /** After a render: observe the scroller, pad for the rows not rendered, measure the rendered ones. */
  layout(list: HTMLElement | null): void {
    if (list !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      if (list) this.observer?.observe(list);
      this.observed = list ?? undefined;
    }
    if (!list) return;
    const inner = list.firstElementChild as HTMLElement;
    let changed = false;
    for (const row of inner.children) {
      const key = (row as HTMLElement).dataset.key;
      if (key) changed = this.vw.measure(key, row.getBoundingClientRect().height) || changed;
    }
    if (changed) this.vw.setKeys(this.keys);
    const r = this.vw.range(this.scroll, this.viewport);
    inner.style.paddingTop = `${r.before}px`;
    inner.style.paddingBottom = `${r.after}px`;
    if ((changed || r.first !== this.range.first || r.last !== this.range.last) && this.passes < 4) {
      this.passes++;
      // A second pass with the measured heights, scheduled after this update has finished.
      queueMicrotask(this.update);
    } else {
      this.passes = 0;
    }
  }

  /** Scrolls `list` so that row `index` is in the middle of the window. */
  scrollTo(list: HTMLElement, index: number): void {
    list.scrollTop = Math.max(0, this.vw.offsetOf(index) - this.viewport / 2);
    this.scroll = list.scrollTop;
  }

  /** Stops observing (the element left the page). */
  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observed = undefined;
  }
}
