/**
 * The last good copy in a data widget, loaded by `HbrsDataElement` beside every load from a feed or an API (never
 * on sample data, so it is in the browser's cache on the day the data source cannot be reached): the notice
 * "数据更新于 …，暂无法连接数据源" with a retry, and the retry itself. Its styles are `.hbrs-stale-notice` in core's
 * `stateStyles`, its texts `staleNotice` and `retry` in core's dictionaries.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { fill, formatDateTime, type CoreMessages, type Locale } from '@hbrs/core';
import type { FeedKind, HbrsClient } from '@hbrs/sdk';

/** "数据更新于 {date}，暂无法连接数据源", with the copy's date and time in Asia/Shanghai. */
export function staleNoticeText(t: CoreMessages, locale: Locale, storedAt: string): string {
  return fill(t.staleNotice, {
    date: formatDateTime(locale, storedAt, { dateStyle: 'medium', timeStyle: 'short' }),
  });
}

/**
 * The data source could not be reached, and the data shown is its last good copy, fetched at `storedAt`: the
 * notice with a retry. A status (announced politely), not an error.
 */
export function renderStaleNotice(
  t: CoreMessages,
  locale: Locale,
  storedAt: string,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="hbrs-sample-notice hbrs-stale-notice" part="stale-notice">
    <span role="status">${staleNoticeText(t, locale, storedAt)}</span>
    <button type="button" class="hbrs-button" data-variant="secondary" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/**
 * Asks the data source again for `kind` (the client forgets what it loaded, so every widget on it reloads
 * from the network when it next loads). Resolves `true` when fresh data came, `false` when it is still the copy
 * or the load failed.
 */
export async function revalidate(client: HbrsClient, kind: FeedKind): Promise<boolean> {
  client.refresh();
  const meta = await client.meta(kind).catch(() => undefined);
  return !!meta && !meta.stale;
}
