/**
 * The last good copy in a data widget, loaded by `HbrsDataElement` beside every load from a feed or an API (never
 * on sample data, and already in the browser's cache on the day the data source cannot be reached): the notice
 * "数据更新于 …，暂无法连接数据源" with a retry, and a retry by itself when the browser is back online.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { dateTimeFormat, fill, type Locale } from '@hbrs/core';
import type { HbrsClient } from '@hbrs/sdk';
import zhCN from './locales/stale.zh-CN.js';
import en from './locales/stale.en.js';

const TEXTS = { 'zh-CN': zhCN, en };

/** "数据更新于 {date}，暂无法连接数据源", the copy's date and time in Asia/Shanghai. */
export function staleText(locale: Locale, storedAt: string): string {
  return fill(TEXTS[locale].staleNotice, {
    date: dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(storedAt)),
  });
}

/**
 * When the copy is shown, the widget asks the data source again by itself, quietly (the copy stays on screen, no
 * loading state; a failure keeps it): first after `firstMs`, then at twice the last wait, at most `maxMs` apart,
 * and only while the page is visible (a hidden page asks when it is shown again). Tests shorten the waits.
 */
export const backgroundRetry = { firstMs: 30_000, maxMs: 10 * 60_000 };

/** What a widget gives its notice: how to ask again, loudly (a user, the browser back online) or quietly. */
export interface StaleHost {
  client: HbrsClient;
  /** Loads again showing the loading state, with the reason for the `hbrs-retry` event. */
  retry: (reason?: unknown) => void;
  /** Loads again keeping the copy on screen (the background revalidation). */
  revalidate: () => void;
  /** The widget, which asks nothing while it is not in a document. */
  element: Element;
}

interface Watch {
  timer?: ReturnType<typeof setTimeout>;
  wait: number;
  online: () => void;
}

const watches = new WeakMap<StaleHost, Watch>();

/** Stops asking by itself (the widget has fresh data, or is asking now for another reason). */
export function settled(host: StaleHost): void {
  const w = watches.get(host);
  if (!w) return;
  clearTimeout(w.timer);
  globalThis.removeEventListener?.('online', w.online);
  watches.delete(host);
}

/**
 * Asks the data source again: the client forgets what it loaded (so every widget on it asks the network when it
 * next loads), then the widget loads again, which shows the fresh data, or the copy and this notice again.
 */
const again = (host: StaleHost, reason?: string): void => {
  settled(host);
  host.client.refresh();
  host.retry(reason);
};

/** The next quiet attempt, once per outage and widget (the notice renders again after each attempt). */
function watch(host: StaleHost): void {
  let w = watches.get(host);
  if (!w) {
    const online = (): void => again(host, 'online');
    globalThis.addEventListener?.('online', online, { once: true });
    watches.set(host, (w = { wait: backgroundRetry.firstMs, online }));
  }
  if (w.timer !== undefined) return;
  const state = w;
  const tick = (): void => {
    // Settled meanwhile (fresh data, or asked for another reason) while this waited for the page to show.
    if (watches.get(host) !== state) return;
    if (!host.element.isConnected) return settled(host);
    const doc = host.element.ownerDocument;
    if (doc.visibilityState === 'hidden') {
      doc.addEventListener('visibilitychange', tick, { once: true });
      return;
    }
    state.timer = undefined;
    state.wait = Math.min(state.wait * 2, backgroundRetry.maxMs);
    host.client.refresh();
    host.revalidate();
  };
  state.timer = setTimeout(tick, state.wait);
}

/**
 * The notice for a copy fetched at `storedAt`, with a retry labelled `retryLabel`. A status (announced
 * politely), not an error. While it shows, the widget asks again by itself: when the browser says it is back
 * online, and quietly in the background (see {@link backgroundRetry}).
 */
export function renderStaleNotice(
  locale: Locale,
  retryLabel: string,
  storedAt: string,
  host: StaleHost,
): TemplateResult {
  watch(host);
  return html`<p class="hbrs-sample-notice" part="stale-notice">
    <span role="status">${staleText(locale, storedAt)}</span>
    <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => again(host)}>
      ${retryLabel}
    </button>
  </p>`;
}
