/**
 * A page object for <hbrs-retirement-age>: mounts the widget and names what a person sees and does (the
 * fields, the result's facts, the calculation, the states), so the tests read as behaviour.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { RetirementCategory } from '@hbrs/sdk/policy';
import '../define.js';
import type { HbrsRetirementAge } from '../retirement-age.js';

/** Text content with whitespace collapsed. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Polls `cond` for up to 2 s, then asserts it (for focus moves and announcements after an update). */
export async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(cond(), what).to.equal(true);
}

const initialUrl = window.location.href;

/** Puts the page back after a test: its URL, screen media, motion and colours. */
export async function restorePage(): Promise<void> {
  history.replaceState(null, '', initialUrl);
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' });
}

/** The month the tests compute from. */
export const NOW = '2026-11';

export class RetirementPage {
  constructor(readonly el: HbrsRetirementAge) {}

  /** Renders `template` (the widget, or a wrapper around it) and returns the page of the widget in it. */
  static async mount(template: TemplateResult): Promise<RetirementPage> {
    const node = await fixture<HTMLElement>(template);
    const el = (
      node.localName === 'hbrs-retirement-age' ? node : node.querySelector('hbrs-retirement-age')!
    ) as HbrsRetirementAge;
    await el.updateComplete;
    return new RetirementPage(el);
  }

  /** The shadow root, for checks over the whole rendering (hostile markup, style attributes). */
  get shadow(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  private one<T extends Element = HTMLElement>(sel: string): T | null {
    return this.shadow.querySelector<T>(sel);
  }

  /** An element by its CSS part name. */
  part(name: string): HTMLElement | null {
    return this.one(`[part=${name}]`);
  }

  /** An element by id (e.g. one named by `aria-labelledby`). */
  byId(id: string): HTMLElement | null {
    return this.one(`#${id}`);
  }

  get frame(): HTMLElement {
    return this.one('.hbrs-root')!;
  }
  get heading(): HTMLElement | null {
    return this.one('h2');
  }

  // ---- form ----

  get form(): HTMLElement | null {
    return this.part('form');
  }
  get year(): HTMLSelectElement {
    return this.one<HTMLSelectElement>('#ra-year')!;
  }
  get month(): HTMLSelectElement {
    return this.one<HTMLSelectElement>('#ra-month')!;
  }
  radio(category: RetirementCategory): HTMLInputElement {
    return this.one<HTMLInputElement>(`#ra-cat-${category}`)!;
  }
  get radios(): HTMLInputElement[] {
    return [...this.shadow.querySelectorAll<HTMLInputElement>('[type=radio]')];
  }
  /** The contribution-years input. */
  get contribution(): HTMLInputElement {
    return this.one<HTMLInputElement>('#ra-years')!;
  }
  get contributionError(): HTMLElement | null {
    return this.one('#ra-years-error');
  }
  get resetButton(): HTMLButtonElement {
    return this.one<HTMLButtonElement>('.reset')!;
  }

  /** Sets the contribution years in one input event. */
  async typeContribution(value: string, init: EventInit = { bubbles: true, composed: true }): Promise<void> {
    const input = this.contribution;
    input.value = value;
    input.dispatchEvent(new Event('input', init));
    await this.el.updateComplete;
  }

  // ---- states ----

  get empty(): HTMLElement | null {
    return this.part('empty');
  }
  get emptyAction(): HTMLButtonElement {
    return this.empty!.querySelector('button')!;
  }
  get error(): HTMLElement | null {
    return this.part('error');
  }
  get errorAction(): HTMLButtonElement {
    return this.error!.querySelector('button')!;
  }

  // ---- result ----

  get result(): HTMLElement | null {
    return this.part('result');
  }
  /** The row of fact `key` (`age`, `retire-at`, `delay`, `min-contribution`, `track`, `earliest`, `latest`). */
  factRow(key: string): HTMLElement | null {
    return this.one(`[data-key="${key}"]`);
  }
  /** The value of fact `key`. */
  factValue(key: string): HTMLElement | null {
    return this.one(`[data-key="${key}"] dd`);
  }
  /** The text of fact `key`. */
  fact(key: string): string {
    return text(this.factValue(key));
  }
  /** The machine-readable month of fact `key`. */
  factTime(key: string): string {
    return this.one(`[data-key="${key}"] dd time`)?.getAttribute('datetime') ?? '';
  }
  get notice(): HTMLElement | null {
    return this.one('.notice');
  }
  get live(): HTMLElement {
    return this.one('[aria-live=polite]')!;
  }
  get liveRegions(): NodeListOf<Element> {
    return this.shadow.querySelectorAll('[aria-live]');
  }

  // ---- timeline ----

  get timeline(): HTMLElement | null {
    return this.part('timeline');
  }
  get chart(): SVGSVGElement | null {
    return this.one<SVGSVGElement>('.chart');
  }
  /** A shape of the chart: `band`, `axis`, `statutory`, `earliest`, `latest`, `label`. */
  chartShape(name: string): SVGElement {
    return this.chart!.querySelector<SVGElement>(`.tl-${name}`)!;
  }
  get legendItems(): HTMLElement[] {
    return [...this.shadow.querySelectorAll<HTMLElement>('.legend li')];
  }

  // ---- calculation ----

  get stepsToggle(): HTMLButtonElement {
    return this.one<HTMLButtonElement>('#ra-steps-toggle')!;
  }
  get steps(): HTMLElement {
    return this.one('#ra-steps')!;
  }
  get stepsTitle(): HTMLElement | null {
    return this.one('#ra-steps-title');
  }
  get stepsClose(): HTMLButtonElement {
    return this.one<HTMLButtonElement>('.steps-close')!;
  }
  get stepItems(): HTMLElement[] {
    return [...this.shadow.querySelectorAll<HTMLElement>('#ra-steps li')];
  }

  // ---- source ----

  get source(): HTMLElement | null {
    return this.part('source');
  }
}
