/**
 * The page object of <hbrs-job-fairs> (Lion's style): how the tests mount the widget, find its parts, across
 * its shadow root and those of its sub-elements (`<hbrs-job-fair-detail>`, `<hbrs-job-fair-calendar>`), and
 * act on it as a user would. Tests read the rendered widget through it, never its private state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { lazyChunks, type HbrsJobFairs } from '../job-fairs.js';
import { NOW, fakeClient, type FakeFeedOptions } from './fixtures.js';

const SUB_ELEMENTS = 'hbrs-job-fair-detail, hbrs-job-fair-calendar';

export class JobFairsPage {
  constructor(readonly el: HbrsJobFairs) {}

  /** The element's shadow root. */
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The roots to search: the element's, then its sub-elements'. */
  private roots(within: ParentNode = this.root): ParentNode[] {
    const subs = [...within.querySelectorAll(SUB_ELEMENTS)].map((s) => s.shadowRoot!).filter(Boolean);
    return [within, ...subs];
  }

  /** The first element matching `sel` in the widget (its sub-elements included). */
  find<T extends Element = HTMLElement>(sel: string): T | null {
    for (const r of this.roots()) {
      const hit = r.querySelector<T>(sel);
      if (hit) return hit;
    }
    return null;
  }

  /** Every element matching `sel` in the widget (its sub-elements included). */
  findAll<T extends Element = HTMLElement>(sel: string): T[] {
    return this.roots().flatMap((r) => [...r.querySelectorAll<T>(sel)]);
  }

  /** Ids of the fairs in the list, in display order. */
  ids(): (string | undefined)[] {
    return this.findAll<HTMLButtonElement>('.list button[data-fair]').map((b) => b.dataset.fair);
  }

  /** The result count as shown. */
  countText(): string {
    return this.find('#jf-count')?.textContent?.trim() ?? '';
  }

  /** The polite live region. */
  get live(): HTMLElement {
    return this.find('[aria-live=polite]')!;
  }

  /** The button that opens fair `id` (in the list or the day list). */
  fairButton(id: string): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>(`button[data-fair="${id}"]`);
  }

  /** Waits for the list (or the error view). */
  async settled(): Promise<void> {
    await waitUntil(() => this.find('#jf-count') || this.find('[part=error]'), 'widget did not load', {
      timeout: 4000,
    });
    await this.el.updateComplete;
  }

  /** Picks `value` in the select `#<id>`. */
  async select(id: string, value: string): Promise<void> {
    const s = this.find<HTMLSelectElement>(`#${id}`)!;
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  // Detail

  /** The detail dialog, when open. */
  get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  /** Clicks fair `id` and checks that its detail opened. */
  async openDetail(id: string): Promise<HTMLDialogElement> {
    this.fairButton(id)!.click();
    await this.el.updateComplete;
    const dialog = this.dialog!;
    expect(dialog.open).to.equal(true);
    return dialog;
  }

  /** The first element matching `sel` in the dialog (its detail body included). */
  inDialog<T extends Element = HTMLElement>(sel: string): T | null {
    const d = this.dialog;
    if (!d) return null;
    for (const r of this.roots(d)) {
      const hit = r.querySelector<T>(sel);
      if (hit) return hit;
    }
    return null;
  }

  /** Every element matching `sel` in the dialog (its detail body included). */
  inDialogAll<T extends Element = HTMLElement>(sel: string): T[] {
    const d = this.dialog;
    return d ? this.roots(d).flatMap((r) => [...r.querySelectorAll<T>(sel)]) : [];
  }

  /** The dialog's text: its heading and the detail body. */
  detailText(): string {
    const d = this.dialog;
    return d
      ? this.roots(d)
          .map((r) => r.textContent ?? '')
          .join(' ')
      : '';
  }

  /** The detail's action buttons: "add to calendar", then "share" (with `sync-url`). */
  actions(): HTMLButtonElement[] {
    return this.inDialogAll<HTMLButtonElement>('.detail-actions button');
  }

  // Month view

  /** The cell of day `day` (`YYYY-MM-DD`) in the month grid. */
  day(day: string): HTMLElement | null {
    return this.find(`td[data-day="${day}"]`);
  }

  /** The month grid's title. */
  monthTitle(): string {
    return this.find('#jf-month-title')?.textContent ?? '';
  }

  /** The view toggle's buttons: list, month. */
  viewButtons(): HTMLButtonElement[] {
    return this.findAll<HTMLButtonElement>('.view-toggle button');
  }
}

/** Mounts a widget on a fake feed (`options`) with `attrs`, inside an element of `lang`, and waits for it. */
export async function mount(
  options: FakeFeedOptions = {},
  attrs: Record<string, string> = {},
  wrapLang?: string,
): Promise<{ el: HbrsJobFairs; page: JobFairsPage } & ReturnType<typeof fakeClient>> {
  const fake = fakeClient(options);
  const el = document.createElement('hbrs-job-fairs');
  el.setAttribute('loading', 'eager'); // tests may stack several on one page
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.client = fake.client;
  el.now = NOW;
  const wrap = await fixture(html`<div lang=${wrapLang ?? 'zh-CN'}></div>`);
  wrap.append(el);
  const page = new JobFairsPage(el);
  if (!options.hold) await page.settled();
  return { el, page, ...fake };
}

/** Leaves no widget keys (`jf.*`, or the `prefixes` given) in the test page's URL. */
export function clearUrl(prefixes: string[] = ['jf.']): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()])
    if (prefixes.some((p) => k.startsWith(p))) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}

const originalChunks = { ...lazyChunks };

/** Puts the real chunk loaders back (after `holdChunk`). */
export function restoreChunks(): void {
  Object.assign(lazyChunks, originalChunks);
}

/** Replaces a chunk loader with one held until `settle()` (resolve) or `fail()` (reject). */
export function holdChunk(name: keyof typeof lazyChunks): {
  settle: () => void;
  fail: () => void;
  calls: () => number;
} {
  let calls = 0;
  let settle!: () => void;
  let fail!: () => void;
  (lazyChunks as Record<string, () => Promise<unknown>>)[name] = () => {
    calls++;
    return new Promise((resolve, reject) => {
      settle = () => void originalChunks[name]().then(resolve, reject);
      fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
    });
  };
  return { settle: () => settle(), fail: () => fail(), calls: () => calls };
}
