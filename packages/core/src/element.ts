import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './base.styles.js';
import { held, holdUpdateComplete } from './hold.js';
import { loadCoreTexts } from './english.js';
import type { HbrsEventMap, HbrsEventName } from './events.js';
import { coreMessages, type CoreMessages } from './i18n.js';
import { LocaleController, type Locale } from './locale.js';
import { stateStyles } from './states.js';
import { tokenStyles, type ThemeName } from './tokens.js';
import { VERSION } from './version.js';

/**
 * The base class of every hbrs widget: design tokens and themes, the large-text mode, locale
 * resolution (core's English texts loaded with their first use), typed events and the shared state styles. Widgets extend it and add their own
 * `static styles` after `HbrsElement.styles`.
 *
 * @cssprop [--hbrs-font-family] - Font stack of the widget.
 * @cssprop [--hbrs-font-size=16px] - Base font size (px; never rem).
 * @cssprop [--hbrs-font-scale=1] - Multiplier on the font size (1.25 in the large-text mode).
 * @cssprop [--hbrs-color-primary] - Brand colour of buttons, links and highlights.
 * @cssprop [--hbrs-color-text] - Body text colour.
 * @cssprop [--hbrs-color-surface] - Background colour.
 * @cssprop [--hbrs-radius=6px] - Corner radius.
 */
export abstract class HbrsElement extends LitElement {
  /** The hbrs version this element was built with; `define()` compares it on a second registration. */
  static readonly version: string = VERSION;

  static override styles = [tokenStyles, baseStyles, stateStyles];

  /**
   * Colour theme: `wuhan` or `xiangyang` (built in), another 市州's (`yichang`, `enshi`, … with `themes.css` on
   * the page), or empty for the default Hubei theme.
   */
  @property({ reflect: true }) theme?: ThemeName;

  /** Large-text (适老化) mode: larger type and targets for older readers. */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;

  private readonly localeController = new LocaleController(this);

  constructor() {
    super();
    // Core's English texts come with their first use: the update renders again when they are there.
    this.addController({
      hostUpdate: () => {
        const texts = loadCoreTexts(this.locale);
        if (texts) {
          holdUpdateComplete(this, texts);
          void texts.then(() => this.requestUpdate());
        }
      },
    });
  }

  /** The locale in effect: from `lang` on the element, its nearest ancestor, or `<html>`; zh-CN by default. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** Shared texts (state views, sample notice) in the current locale. */
  protected get coreText(): CoreMessages {
    return coreMessages[this.locale];
  }

  /** `updateComplete` also waits for work held by `holdUpdateComplete()` (modules loading on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The host's held work, and the update each piece of it asks for, until none is left.
    for (const work = held.get(this); work?.size; done = await super.getUpdateComplete())
      await Promise.all(work);
    return done;
  }

  /**
   * Dispatches a public `hbrs-*` event that bubbles and crosses shadow roots.
   * @returns `false` when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends HbrsEventName>(
    name: K,
    detail: HbrsEventMap[K],
    init: Omit<CustomEventInit, 'detail'> = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, ...init, detail }));
  }
}
