import type { ReactiveController, ReactiveElement } from 'lit';
import { holdUpdateComplete } from '@hbrs/core';
import type { HbrsPostdocCompare } from './views/compare.js';
import type { HbrsPostdocDetail } from './views/detail.js';

/**
 * Where focus goes in the finder after an action: to the detail's heading when a detail opens, back to the
 * card or comparison button that opened it when it closes, to the next chip when one is removed, to the search
 * box when nothing else is left. Focus moves once the finder and its views (their own shadow roots, maybe
 * still loading) have rendered; the finder's `updateComplete` waits for that.
 */
export class FinderFocus implements ReactiveController {
  /** The card or comparison button that opened the detail. */
  private opener: { id: string | undefined; attr: 'open' | 'cmpOpen' } | undefined;
  /** Focus to move once this update (and the views' updates) are done. */
  private next: (() => void) | undefined;
  /** Move focus to the detail's heading as soon as the detail is rendered (it may wait for the views). */
  private toDetail = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private all(sel: string): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(sel)];
  }

  private get compareView(): HbrsPostdocCompare | null {
    return this.host.renderRoot.querySelector('hbrs-postdoc-compare');
  }

  /** Focuses the search box. */
  input = (): void => this.all('#pd-q')[0]?.focus();

  /** Focuses the card button that opens `id`; false when there is none. */
  private card(id: string | undefined): boolean {
    const b = this.all('[data-open]').find((x) => x.dataset.open === id);
    b?.focus();
    return b !== undefined;
  }

  /** After this update: the search box. */
  toInput(): void {
    this.next = this.input;
  }

  /** After this update: the chip now at `index` (the next one), else the last, else the search box. */
  toChip(index: number): void {
    this.next = () => {
      const chips = this.all('[data-chip]');
      const c = chips[Math.min(index, chips.length - 1)];
      if (c) c.focus();
      else this.input();
    };
  }

  /** After this update: the result card at `index` (the first of those "show more" added). */
  toCardAt(index: number): void {
    this.next = () => this.all('[data-open]')[index]?.focus();
  }

  /** After this update: the comparison's heading, else the search box. */
  toCompare(): void {
    this.next = () => {
      const view = this.compareView;
      if (view) view.focusTitle();
      else this.input();
    };
  }

  /** Detail `id` opens (from a card, from the comparison, or from within the detail). */
  opened(id: string, from?: 'card' | 'cmp'): void {
    if (from || !this.opener) this.opener = { id, attr: from === 'cmp' ? 'cmpOpen' : 'open' };
    this.toDetail = true;
  }

  /** The detail of `id` closes: focus goes back to what opened it, else the search box. */
  closed(id: string | undefined): void {
    const back = this.opener ?? { id, attr: 'open' };
    this.opener = undefined;
    this.toDetail = false;
    this.next = () => {
      const done =
        back.attr === 'cmpOpen' && back.id ? this.compareView?.focusOpener(back.id) : this.card(back.id);
      if (!done) this.input();
    };
  }

  /**
   * The selected programme changed through the URL (Back/Forward): with focus in the widget, keep it where the
   * person is, on the detail heading or on the card the closed detail belonged to.
   */
  urlChanged(was: string | undefined, now: string | undefined): void {
    if (was === now || !this.host.matches(':focus-within')) return;
    if (now) this.toDetail = true;
    else if (was) {
      this.opener = undefined;
      this.next = () => this.card(was) || this.input();
    }
  }

  hostUpdated(): void {
    const fn = this.next;
    this.next = undefined;
    const root = this.host.renderRoot;
    const detail = this.toDetail ? root.querySelector<HbrsPostdocDetail>('hbrs-postdoc-detail') : null;
    if (detail) this.toDetail = false;
    const views = root.querySelectorAll<HbrsPostdocDetail | HbrsPostdocCompare>(
      'hbrs-postdoc-detail, hbrs-postdoc-compare',
    );
    // `updateComplete` waits for the views inside, and focus moves once they have rendered.
    if (fn || detail || views.length)
      holdUpdateComplete(
        this.host,
        Promise.all([...views].map((v) => v.updateComplete)).then(() => {
          fn?.();
          detail?.focusTitle();
        }),
      );
  }
}
