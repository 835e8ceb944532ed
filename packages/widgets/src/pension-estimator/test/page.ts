/**
 * Page object of <hbrs-pension-estimator> for its tests: finds things in the element and in its tab elements
 * (each has its own shadow root), types the way a person does, reads results, mounts the element, and stands
 * in for the network (`fetch`) and for the parts loaded on demand. Tests read as tasks; none reaches into the
 * element's private state. Not shipped (src/**\/test/** is excluded from the build).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { formatMoney } from '@hbrs/core';
import { fakeFetch, jsonResponse } from '@hbrs/testing';
import { BEIJING_2014_ADJUSTMENT, type AdjustmentRuleSet } from '@hbrs/sdk/policy';
import '../define.js';
import type { HbrsPensionEstimator } from '../pension-estimator.js';
import { tabLoaders, type TabPart } from '../tabs.js';

export const yuan = (v: number, locale: 'zh-CN' | 'en' = 'zh-CN'): string => formatMoney(locale, v);

/** `start`, then the shadow roots inside it (the tab on show), depth first. */
function scopes(start: ParentNode | null): ParentNode[] {
  const out: ParentNode[] = [];
  const visit = (node: ParentNode): void => {
    out.push(node);
    for (const e of node.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
  };
  if (start) visit(start);
  return out;
}

function first<T extends Element>(start: ParentNode | null, sel: string): T {
  for (const r of scopes(start)) {
    const found = r.querySelector<T & Element>(sel);
    if (found) return found as T;
  }
  return null as unknown as T;
}

/** The text a reader gets, across the element's and its tabs' shadow roots (whitespace collapsed). */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const el = node as Element;
  const kids = el.shadowRoot ? el.shadowRoot.childNodes : node.childNodes;
  let s = '';
  for (const k of kids) if (k.nodeType !== Node.COMMENT_NODE) s += deepText(k);
  return s;
}

export class EstimatorPage {
  constructor(readonly el: HbrsPensionEstimator) {}

  /** The element's heading, tabs and panels live here (the tabs' contents are deeper). */
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The first element matching `sel`, in the element or the tab on show. */
  $<T extends Element = HTMLElement>(sel: string): T {
    return first<T>(this.root, sel);
  }

  /** The first element matching `sel` inside the panel of a tab (or null). */
  inPanel<T extends Element = HTMLElement>(mode: string, sel: string): T {
    return first<T>(this.root.getElementById(`panel-${mode}`), sel);
  }

  /** Every element matching `sel`, in the element and the tab on show. */
  all<T extends Element = HTMLElement>(sel: string): T[] {
    return scopes(this.root).flatMap((r) => [...r.querySelectorAll<T & Element>(sel)] as T[]);
  }

  /** The element with this id (in the element or the tab on show), or null. */
  byId(id: string): HTMLElement | null {
    return first<HTMLElement>(this.root, `[id="${id}"]`);
  }

  /** A field by its name. */
  input<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.$<T>(`#${name}`);
  }

  /** The whole text of the element, whitespace collapsed. */
  text(): string {
    return deepText(this.el).replace(/\s+/g, ' ');
  }

  /** The trimmed text of the first match of `sel`, or ''. */
  cell(sel: string): string {
    return this.$(sel)?.textContent?.trim() ?? '';
  }

  /** The headline figures of the result. */
  headline(): string[] {
    return this.all('[part=total] dd').map((d) => d.textContent!.trim());
  }

  /** Types a value into a field the way a person would (input, then change on commit). */
  async type(name: string, value: string): Promise<void> {
    if (name === 'acct') {
      this.$<HTMLInputElement>(`input[type=radio][name=acct][value=${value}]`).click();
      await this.el.updateComplete;
      return;
    }
    const input = this.$<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`);
    expect(input, `field ${name}`).not.to.equal(null);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [k, v] of Object.entries(values)) await this.type(k, v);
  }

  /** Clicks the first match of `sel` and waits for the element. */
  async click(sel: string): Promise<void> {
    this.$<HTMLElement>(sel).click();
    await this.el.updateComplete;
  }

  /** Sets `mode` and waits. */
  async show(mode: string): Promise<void> {
    this.el.mode = mode as HbrsPensionEstimator['mode'];
    await this.el.updateComplete;
  }
}

/** A pinned clock: `YYYY-MM-DD` at noon in Shanghai. */
export const at = (date: string): Date => new Date(`${date}T12:00:00+08:00`);

/**
 * Mounts the element in a `lang` wrapper and waits for it and the tab it shows. The clock is pinned: `now`,
 * else 1 August of the year of the one rule set given (so that its own plan applies), else 2025-08-01 (the
 * built-in 2025 example plan applies).
 */
export async function estimator(
  attrs: Partial<{
    mode: string;
    lang: string;
    rules: AdjustmentRuleSet | AdjustmentRuleSet[];
    now: Date;
  }> = {},
): Promise<EstimatorPage> {
  const one = attrs.rules && !Array.isArray(attrs.rules) ? attrs.rules : undefined;
  const year = typeof one?.provenance?.year === 'number' ? one.provenance.year : 2025;
  const now = attrs.now ?? at(`${year}-08-01`);
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'zh-CN'}>
      <hbrs-pension-estimator
        mode=${attrs.mode ?? 'adjustment'}
        .rules=${attrs.rules}
        .now=${now}
      ></hbrs-pension-estimator>
    </div>`,
  );
  const el = wrap.querySelector('hbrs-pension-estimator')!;
  await el.updateComplete;
  return new EstimatorPage(el);
}

/** Mounts `template` (an element, or a wrapper with the element first inside) and waits for it. */
export async function mount(template: TemplateResult): Promise<EstimatorPage> {
  const node = await fixture<HTMLElement>(template);
  const el = (
    node.localName === 'hbrs-pension-estimator' ? node : node.querySelector('hbrs-pension-estimator')!
  ) as HbrsPensionEstimator;
  await el.updateComplete;
  return new EstimatorPage(el);
}

/** A page object of an element mounted some other way (waits for it). */
export async function pageOf(el: HbrsPensionEstimator): Promise<EstimatorPage> {
  await el.updateComplete;
  return new EstimatorPage(el);
}

/** Mounts the element in a `lang` wrapper without waiting for its parts loaded on demand. */
export async function mountLazy(mode: string, lang = 'zh-CN'): Promise<EstimatorPage> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><hbrs-pension-estimator mode=${mode}></hbrs-pension-estimator></div>`,
  );
  return new EstimatorPage(wrap.querySelector('hbrs-pension-estimator')!);
}

/** Mounts the element with attributes, listening for `event` before it connects. */
export async function mountWith(
  attrs: Record<string, string>,
  event: string,
): Promise<{ page: EstimatorPage; el: HbrsPensionEstimator; ev: Promise<CustomEvent> }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('hbrs-pension-estimator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ev = oneEvent(el, event) as Promise<CustomEvent>;
  wrap.append(el);
  return { page: new EstimatorPage(el), el, ev };
}

/**
 * Answers `window.fetch` through the shared fake fetch of @hbrs/testing: each call is answered by `respond`
 * (a Response, an Error to reject with, or 'hang'); with `hold`, every answer waits for `release()`.
 */
export function stubFetch(
  respond: (url: string, init?: RequestInit) => Response | Error | 'hang',
  options: { hold?: boolean } = {},
) {
  const original = window.fetch;
  let init: RequestInit | undefined;
  const fake = fakeFetch({ ...options, files: (url) => respond(url, init) });
  window.fetch = ((input: RequestInfo | URL, i?: RequestInit) => {
    init = i;
    return fake(input, i);
  }) as typeof fetch;
  return { calls: fake.requests, release: fake.release, restore: () => (window.fetch = original) };
}

export const json = jsonResponse;

export const OFFICIAL_FIXTURE: AdjustmentRuleSet = {
  ...BEIJING_2014_ADJUSTMENT,
  provenance: {
    ...BEIJING_2014_ADJUSTMENT.provenance,
    official: true,
    document: '测试文件〔2025〕1号',
    url: 'https://rst.hubei.gov.cn/example-notice.html',
  },
};

type Loader = () => Promise<unknown>;
const loaders = tabLoaders as Record<TabPart, Loader>;

/**
 * Stands in for the loader of a part loaded on demand: every call waits for `release()`, then fails while
 * `failing` is true (as a dropped connection would), else loads the real module. Records the calls.
 */
export function standIn(part: TabPart) {
  const original = loaders[part];
  const state = { calls: 0, failing: false, release: () => {} };
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((r) => (state.release = r)));
  loaders[part] = async () => {
    state.calls++;
    await gate;
    if (state.failing) throw new TypeError('Failed to fetch dynamically imported module');
    return original();
  };
  return { state, hold, restore: () => (loaders[part] = original) };
}

/** Records which parts are loaded on demand, in order, until `restore()`. */
export function recordLoads() {
  const originals = { ...loaders };
  const calls: string[] = [];
  for (const part of Object.keys(loaders) as TabPart[]) {
    loaders[part] = () => {
      calls.push(part);
      return originals[part]();
    };
  }
  return { calls, restore: () => Object.assign(loaders, originals) };
}
