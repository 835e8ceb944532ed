/**
 * A page object for <hbrs-postdoc-finder>: mounts the widget and names what a person sees and does, so the
 * tests read as behaviour and do not depend on where a part is rendered (the detail and the comparison are
 * internal elements with their own shadow roots).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HbrsClient } from '@hbrs/sdk';
import '../define.js';
import type { HbrsPostdocFinder } from '../postdoc-finder.js';
import { fixtureClient } from './fixtures.js';

/** Text content with whitespace collapsed. */
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface MountOptions {
  client?: HbrsClient;
  lang?: string;
  syncUrl?: boolean;
  pageSize?: number;
  /** Point at the widget after loading, so the detail views are fetched (default true). */
  prefetch?: boolean;
}

export class PostdocPage {
  constructor(readonly el: HbrsPostdocFinder) {}

  /** Mounts a finder (in a wrapper with `lang`), waits for a settled state and, by default, fetches the views. */
  static async mount(o: MountOptions = {}): Promise<PostdocPage> {
    const client = o.client ?? fixtureClient();
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang=${o.lang ?? 'zh-CN'}>
        <hbrs-postdoc-finder
          loading="eager"
          .client=${client}
          ?sync-url=${o.syncUrl}
          page-size=${o.pageSize ?? 20}
        ></hbrs-postdoc-finder>
      </div>`,
    );
    const page = new PostdocPage(wrap.querySelector('hbrs-postdoc-finder')!);
    await page.settled();
    // The detail and comparison views are a separate module, fetched when someone points at or focuses the
    // widget; most tests start from that point.
    if (o.prefetch !== false) {
      page.section.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
      await import('../views.js');
      await page.el.updateComplete;
    }
    return page;
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  private one<T extends Element = HTMLElement>(sel: string, within: ParentNode = this.root): T | null {
    return within.querySelector<T>(sel);
  }

  private all<T extends Element = HTMLElement>(sel: string, within: ParentNode = this.root): T[] {
    return [...within.querySelectorAll<T>(sel)];
  }

  /** Resolves once the list, the empty or error view, or the detail is there. */
  settled(): Promise<void> {
    return waitUntil(
      () => this.one('.cards, .hbrs-empty, .hbrs-error, .detail, hbrs-postdoc-detail'),
      'widget never settled',
    );
  }

  get section(): HTMLElement {
    return this.one('section')!;
  }
  get heading(): HTMLElement | null {
    return this.one('h2');
  }
  /** The first label (the search box's). */
  get label(): HTMLElement | null {
    return this.one('label');
  }
  get sampleNotice(): HTMLElement | null {
    return this.one('[part=sample-notice]');
  }
  get loading(): HTMLElement | null {
    return this.one('[part=loading]');
  }
  get skeleton(): HTMLElement | null {
    return this.one('.hbrs-skeleton');
  }
  get error(): HTMLElement | null {
    return this.one('[part=error]');
  }
  get empty(): HTMLElement | null {
    return this.one('[part=empty]');
  }
  get liveRegions(): HTMLElement[] {
    return this.all('[aria-live]');
  }

  // ---- search ----

  get input(): HTMLInputElement {
    return this.one<HTMLInputElement>('#pd-q')!;
  }
  get listbox(): HTMLElement {
    return this.one('#pd-listbox')!;
  }
  get options(): HTMLElement[] {
    return this.all('[role=option]');
  }

  /** Types into the search box the way a person does: focus, then real key presses. */
  async typeKeyword(value: string): Promise<void> {
    this.input.focus();
    await sendKeys({ type: value });
    await this.el.updateComplete;
  }

  /** Sets the keyword in one input event. */
  async setKeyword(value: string): Promise<void> {
    const i = this.input;
    i.value = value;
    i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }

  // ---- facets and chips ----

  facet(key: string): HTMLSelectElement {
    return this.one<HTMLSelectElement>(`#pd-f-${key}`)!;
  }
  facetOptions(key: string): HTMLOptionElement[] {
    return this.all<HTMLOptionElement>('option', this.facet(key));
  }

  async select(key: string, value: string): Promise<void> {
    const s = this.facet(key);
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  get chipList(): HTMLElement | null {
    return this.one('[part=chips]');
  }
  get chips(): HTMLElement[] {
    return this.all('[data-chip]');
  }
  chip(key: string): HTMLElement | null {
    return this.one(`[data-chip=${key}]`);
  }

  // ---- results ----

  get count(): HTMLElement | null {
    return this.one('.count');
  }
  get cards(): HTMLElement[] {
    return this.all('.card');
  }
  /** The buttons that open a programme's detail (one per card). */
  get openers(): HTMLElement[] {
    return this.all('[data-open]');
  }
  /** The cards' compare buttons. */
  get pins(): HTMLElement[] {
    return this.all('.card .pin');
  }
  get showMore(): HTMLElement | null {
    return this.one('[part=show-more]');
  }

  // ---- detail ----

  private get detailView(): HTMLElement | null {
    return this.one('hbrs-postdoc-detail');
  }
  /** The detail, or its place while its code loads; null when closed. */
  get detail(): HTMLElement | null {
    const view = this.detailView;
    return view ? this.one('[part=detail]', view.shadowRoot!) : this.one('[part=detail]');
  }
  get detailTitle(): HTMLElement | null {
    const view = this.detailView;
    return view ? this.one('#pd-detail-title', view.shadowRoot!) : null;
  }
  /** The detail's way back to the results. */
  get back(): HTMLElement {
    return this.one('.back', this.detail!)!;
  }
  /** The detail's compare button. */
  get detailPin(): HTMLElement {
    return this.one('.pin', this.detail!)!;
  }
  /** The buttons to the host's other programmes. */
  get others(): HTMLElement[] {
    return this.all('.others button', this.detail!);
  }
  /** An opening in the detail. */
  get opening(): HTMLElement | null {
    const d = this.detail;
    return d ? this.one('.opening', d) : null;
  }

  /** Resolves once the detail heading is rendered. */
  detailOpened(message = 'detail never opened', timeout = 1000): Promise<void> {
    return waitUntil(() => this.detailTitle, message, { timeout });
  }

  // ---- comparison ----

  get compare(): HTMLElement | null {
    const view = this.one('hbrs-postdoc-compare');
    return view ? this.one('[part=compare]', view.shadowRoot!) : null;
  }
  get compareTitle(): HTMLElement | null {
    const c = this.compare;
    return c ? this.one('#pd-compare-title', c) : null;
  }
  get unpins(): HTMLElement[] {
    const c = this.compare;
    return c ? this.all('.unpin', c) : [];
  }
  /** The table's buttons that open a programme's detail. */
  get compareOpeners(): HTMLElement[] {
    const c = this.compare;
    return c ? this.all('[data-cmp-open]', c) : [];
  }
}

/** Removes every `pd.*` key from the page's query string. */
export function clearUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('pd.')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}

/** The `pd.*` keys of the page's query string. */
export const pdParams = (): Record<string, string> =>
  Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k.startsWith('pd.')));
