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
 * Asks the data source again: the client forgets what it loaded (so every widget on it asks the network when it
 * next loads), then `retry` loads the widget again, which shows the fresh data, or the copy and this notice again.
 */
const again = (client: HbrsClient, retry: (reason?: unknown) => void, reason?: string): void => {
  client.refresh();
  retry(reason);
};

const watching = new WeakSet<object>();

/**
 * The notice for a copy fetched at `storedAt`, with a retry labelled `retryLabel`. A status (announced
 * politely), not an error.
 */
export function renderStaleNotice(
  locale: Locale,
  retryLabel: string,
  storedAt: string,
  client: HbrsClient,
  retry: (reason?: unknown) => void,
): TemplateResult {
  // And once the browser says it is back online, by itself (one listener per widget and outage).
  if (!watching.has(retry)) {
    watching.add(retry);
    globalThis.addEventListener?.(
      'online',
      () => {
        watching.delete(retry);
        again(client, retry, 'online');
      },
      { once: true },
    );
  }
  return html`<p class="hbrs-sample-notice" part="stale-notice">
    <span role="status">${staleText(locale, storedAt)}</span>
    <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => again(client, retry)}>
      ${retryLabel}
    </button>
  </p>`;
}
