import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION, baseStyles, type Locale } from '@hbrs/core';
import type { PostdocFormat } from '../format.js';
import type { Prepared } from '../model.js';
import { postdocFinderStyles } from '../postdoc-finder.styles.js';
import { clampStyles } from '../../internal/clamp.styles.js';
import { viewMessages, type ViewMessages } from './messages.js';
import { viewStyles } from './styles.js';

/** What the finder's internal views tell it (plain, non-bubbling events on the view element). */
export interface PostdocViewEvents {
  /** Open programme `id`'s detail; `from: 'cmp'` when opened from the comparison table. */
  'i-hbrs-pd-open': { id: string; from?: 'cmp' };
  /** Close the detail. */
  'i-hbrs-pd-close': undefined;
  /** Pin or unpin `id` for comparison (the detail's button). */
  'i-hbrs-pd-pin': { id: string };
  /** Take `id` out of the comparison (the table's button). */
  'i-hbrs-pd-unpin': { id: string };
  /** Empty the comparison. */
  'i-hbrs-pd-clear': undefined;
}

type Texts = PostdocFormat['t'] & ViewMessages;
const merged = new WeakMap<PostdocFormat['t'], Partial<Record<Locale, Texts>>>();

/**
 * The base of the finder's internal views (detail, comparison). They live in the finder's shadow root and
 * take everything as properties: `fmt` (texts and formatting in the finder's locale), `prep` (the prepared
 * data) and `compared`. They read the finder's private `--_hbrs-*` tokens, which they inherit, so the
 * finder's theme and large-text mode apply to them.
 */
export abstract class PostdocView extends LitElement {
  static readonly version: string = VERSION;

  static override styles = [
    baseStyles,
    postdocFinderStyles,
    viewStyles,
    clampStyles,
    // The finder's host is the container its queries measure.
    css`
      :host {
        container-type: normal;
      }
    `,
  ];

  /** The finder's texts and formatting helpers, in its locale. */
  @property({ attribute: false }) fmt!: PostdocFormat;

  /** The finder's prepared data. */
  @property({ attribute: false }) prep!: Prepared;

  /** Ids of the pinned programmes. */
  @property({ attribute: false }) compared: readonly string[] = [];

  /** The finder's clock (ms): deadlines before it are past. Default: the device clock. */
  @property({ attribute: false }) now?: number;

  /**
   * The finder's texts plus the views' own, in the finder's locale (keyed by both: while the English texts
   * load, an English finder still gets the Chinese ones from the finder).
   */
  protected get t(): Texts {
    const { t, locale } = this.fmt;
    let byLocale = merged.get(t);
    if (!byLocale) merged.set(t, (byLocale = {}));
    return (byLocale[locale] ??= { ...t, ...viewMessages[locale] });
  }

  protected send<K extends keyof PostdocViewEvents>(name: K, detail?: PostdocViewEvents[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  /** Moves focus to the view's heading. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }
}
