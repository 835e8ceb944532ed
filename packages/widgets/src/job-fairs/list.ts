/**
 * The list of <hbrs-job-fairs> as a reactive controller: the fairs it shows, the windowing of long lists (its
 * code loads on demand: a list longer than {@link VIRTUALIZE_ABOVE} shows its first rows plainly, and loads the
 * windowing when the person scrolls it, focuses or points into the widget, or a fair further down must be
 * shown), the list's rendering, and bringing a fair's row back into view to focus it.
 * @module
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { HbrsElement } from '@hbrs/core';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { JobFair } from '@hbrs/sdk';
import { renderFairSummary, type SummaryContext } from './summary.js';
import type * as WindowModule from './virtual-list.js';
import type { ListWindow } from './virtual-list.js';

/** Lists longer than this are virtualised. */
export const VIRTUALIZE_ABOVE = 30;

export class FairList implements ReactiveController {
  /** The fairs shown, in display order. */
  results: JobFair[] = [];
  private ids: string[] = [];
  private win: ListWindow | undefined;
  private scrollReset = false;
  /** The fair whose button had focus before the update: focus stays with it if the render replaces its row. */
  private focusedFair: string | undefined;
  /** True while `hostUpdated` moves focus (the element's focus handlers wait for the update to end). */
  moving = false;
  /** The windowing code: loaded when a long list is scrolled, on `prefetch()`, or to reveal a row not rendered. */
  private readonly chunk: LazyChunk<typeof WindowModule>;

  /**
   * @param host - the element whose shadow root holds the list
   * @param importer - loads the windowing code
   * @param shown - whether the list is on screen (the list view)
   */
  constructor(
    private readonly host: HbrsElement,
    importer: () => Promise<typeof WindowModule>,
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
    this.chunk = new LazyChunk(host, importer, {
      // `updateComplete` waits for it only while a long list is shown (see `loading`), not for a prefetch.
      holdUpdates: false,
      onReady: (m) => {
        // Where the person scrolled the plain first rows to, the window starts.
        this.win = new m.ListWindow(() => host.requestUpdate());
        this.win.scroll = this.scroller?.scrollTop ?? 0;
      },
    });
  }

  private get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.list.long');
  }

  /** Shows `results`, from the top. */
  set(results: JobFair[]): void {
    this.results = results;
    this.ids = results.map((f) => f.id);
    if (this.win) this.win.scroll = 0;
    this.scrollReset = true;
  }

  /** The windowing code's load, while the list waits for it. */
  get loading(): Promise<void> | undefined {
    return this.long && this.chunk.status === 'pending' ? this.chunk.ready : undefined;
  }

  private get long(): boolean {
    return this.shown() && this.results.length > VIRTUALIZE_ABOVE;
  }

  /** A scroll of a long list before the windowing is here: the rows below the first ones are wanted. */
  private readonly onPlainScroll = (): void => this.prefetch();

  /** Starts loading the windowing code early (a pointer or focus on the widget); not again after a failure. */
  prefetch(): void {
    void this.chunk.load();
  }

  /** Row heights depend on the look (`locale|large-text|theme`): a new look measures again. */
  setLook(look: string): void {
    this.win?.setLook(look);
  }

  hostUpdate(): void {
    const root = this.host.renderRoot as ShadowRoot | undefined;
    this.focusedFair = (root?.activeElement as HTMLElement | null)?.dataset?.fair;
  }

  hostUpdated(): void {
    const fair = this.focusedFair;
    if (fair && !(this.host.renderRoot as ShadowRoot).activeElement) {
      this.moving = true;
      this.host.renderRoot.querySelector<HTMLElement>(`button[data-fair="${CSS.escape(fair)}"]`)?.focus();
      this.moving = false;
    }
    const list = this.scroller;
    if (this.scrollReset) {
      this.scrollReset = false;
      if (list) list.scrollTop = 0;
    }
    this.win?.layout(list);
  }

  hostDisconnected(): void {
    this.win?.disconnect();
  }

  /** The button of fair `id`, scrolled into the window first when the list is long. */
  async reveal(id: string): Promise<HTMLElement | null> {
    const find = () =>
      this.host.renderRoot.querySelector<HTMLElement>(`button[data-fair="${CSS.escape(id)}"]`);
    const index = this.ids.indexOf(id);
    // A row past the first ones of a long list needs the windowing to be shown.
    if (!find() && !this.win && this.long && index >= 0) {
      await this.chunk.load();
      await this.host.updateComplete;
    }
    const list = this.scroller;
    if (!find() && list && this.shown() && index >= 0) {
      this.win?.scrollTo(list, index);
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    return find();
  }

  /**
   * The list (named `label`; `empty()` without fairs): short lists in full (no inner scrolling); long ones windowed in a scroller of fixed height, so the
   * DOM holds only the rows in view whatever the number of results. Rows are keyed by fair (focus stays on its
   * fair) once the windowing code is here; until then (or if it failed to load) a long list shows its first rows,
   * then, once it was asked for, the loading or error view.
   */
  render(ctx: SummaryContext, label: string, empty: () => TemplateResult): TemplateResult {
    const n = this.results.length;
    if (n === 0) return empty();
    const row = (f: JobFair, i: number): TemplateResult =>
      html`<div
        class="fair"
        part="fair"
        role="listitem"
        data-key=${f.id}
        aria-setsize=${n}
        aria-posinset=${i + 1}
      >
        ${renderFairSummary(f, 3, ctx)}
      </div>`;
    const win = this.win;
    const rows = (first: number, last: number): unknown =>
      win
        ? win.rows(this.results, first, last, row)
        : this.results.slice(first, last).map((f, j) => row(f, first + j));
    if (n <= VIRTUALIZE_ABOVE) {
      return html`<div class="list short" part="list" role="list" aria-label=${label}>${rows(0, n)}</div>`;
    }
    const r = win ? win.rangeFor(this.ids) : { first: 0, last: VIRTUALIZE_ABOVE };
    return html`<div class="list long" part="list" @scroll=${win ? win.onScroll : this.onPlainScroll}>
        <div class="list-inner" role="list" aria-label=${label}>${rows(r.first, r.last)}</div>
      </div>
      ${win || this.chunk.status === 'idle' ? nothing : this.chunk.render(() => html``)}`;
  }
}
