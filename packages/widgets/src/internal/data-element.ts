import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Announcer,
  HbrsElement,
  LoadController,
  NearViewportController,
  UrlStateController,
  errorMessage,
  renderError,
  renderLoading,
  renderSampleNotice,
} from '@hbrs/core';
import type { DataMeta, Diagnostic, FeedKind, HbrsClient } from '@hbrs/sdk';
import { clientFor } from './clients.js';
import type * as StaleModule from './stale.js';

/** What a data widget's `load()` returns: its data, and whether it is sample data. */
export interface Loaded<T> {
  data: T;
  sample: boolean;
  count: number;
  /** Records the source had that failed validation and are not shown. */
  dropped: number;
  /** When the source could not be reached and this is its last good copy: when that copy was fetched. */
  storedAt?: string | undefined;
  /** The records are summaries (a feed layout): a detail needs the full record (see `detailOf`). */
  summary: boolean;
}

/** How many dropped records the load event and the console name (all of them with `debug`). */
export const FIRST_REASONS = 5;

/** `{ id, message }` of a dropped record. */
export const reasonOf = (d: Diagnostic): { id?: string; message: string } => ({
  ...(d.id !== undefined ? { id: d.id } : {}),
  message: d.issues.join('; ') || d.message,
});

/**
 * The base of every widget that reads data through `@hbrs/sdk`: the `feed` / `api` attributes and the
 * `client` property (sample data when none is set; a change of source reloads), the loading and error
 * views with retry, the sample-data notice, one polite live region, and URL state under `sync-url`.
 * Subclasses implement `load()` and render their content when `dataStatus === 'ready'`.
 */
export abstract class HbrsDataElement<T> extends HbrsElement {
  /** Base URL of the static JSON feed files (`job-fairs.json`, …). */
  @property() feed?: string;

  /** Base URL of a REST API implementing the hbrs OpenAPI contract. Ignored when `feed` is set. */
  @property() api?: string;

  /** An SDK client to read from instead of `feed` / `api` (e.g. one with custom `fetch` or diagnostics). */
  @property({ attribute: false }) client?: HbrsClient;

  /**
   * Mirror filters and the selected item in the page's query string (shareable links, Back works).
   * A value (`sync-url="north"`) replaces the default key prefix, for two widgets of one kind on a page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * List every record the data source had that failed validation in the console (by default the first few are
   * named, once per load).
   */
  @property({ type: Boolean }) debug = false;

  /** The data set whose metadata decides whether the sample notice shows (a getter in subclasses). */
  protected abstract get dataKind(): FeedKind;

  /** The prefix of this widget's keys in the URL, e.g. `jf` (a getter in subclasses). */
  protected abstract get urlPrefix(): string;

  /** Loads what the widget shows. Throwing shows the error view. */
  protected abstract loadData(client: HbrsClient, signal: AbortSignal): Promise<T>;

  /** Applies state read from the URL (on first load and on Back/Forward). */
  protected abstract applyUrlState(state: Record<string, string>): void;

  /**
   * When the widget loads its data: `lazy` (default) when it comes within about 800 px of the viewport, so that a
   * widget far down a portal page, or in a closed tab, costs nothing until the user gets near it; `eager` at once.
   */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  private readonly nearViewport = new NearViewportController(this, () => this.loading === 'eager');

  protected readonly announcer = new Announcer(this);

  protected readonly urlState = new UrlStateController(
    this,
    () => this.urlPrefix,
    () => this.syncUrl,
    (state) => this.applyUrlState(state),
  );

  /**
   * The data load: on the first update, and again whenever `client`, `feed` or `api` changes. It
   * reports its result by event (`hbrs-load`, `hbrs-error`).
   */
  protected readonly data = new LoadController(this, {
    // The client in use: changes with `client`, `feed`, `api`, and for sample data with the day of `dataNow`.
    // Not before the widget is near the viewport (see `loading`).
    args: () => (this.nearViewport.near ? ([this.sdk] as const) : undefined),
    task: async (_source, signal): Promise<Loaded<T>> => {
      const client = this.sdk;
      // The stale notice's module, beside every load that may serve a last good copy (so that it is in the
      // browser's cache on the day the data source cannot be reached).
      const staleView =
        client.source.type === 'sample' ? undefined : import('./stale.js').catch(() => undefined);
      const [data, meta] = await Promise.all([
        this.loadData(client, signal),
        client.meta(this.dataKind, { signal }),
      ]);
      this.reportDropped(meta);
      const storedAt = meta.stale ? meta.storedAt : undefined;
      if (storedAt) this.stale = await staleView;
      else this.stale?.settled(this.staleHost); // fresh data: no more asking by itself
      return {
        data,
        sample: meta.sample,
        count: meta.count,
        dropped: meta.dropped,
        storedAt,
        summary: !!meta.summary,
      };
    },
    onComplete: ({ count, sample, dropped, storedAt }) => {
      const reasons = dropped > 0 ? this.droppedReasons : undefined;
      this.emit('hbrs-load', {
        count,
        sample,
        ...(dropped > 0 && reasons ? { dropped, reasons } : {}),
        ...(storedAt ? { stale: true, storedAt } : {}),
      });
    },
    onError: (error) => {
      const e = error as { code?: string; message?: string };
      this.emit('hbrs-error', { code: String(e?.code ?? 'unknown'), message: String(e?.message ?? e) });
    },
  });

  private droppedReasons: { id?: string; message: string }[] | undefined;

  /**
   * Records dropped by validation are never silent: the load event names the first few, and one console warning
   * per load (written by a small module loaded only then) names the feed, how many and why (all with `debug`).
   */
  private reportDropped(meta: DataMeta): void {
    this.droppedReasons = undefined;
    if (meta.dropped === 0) return;
    this.droppedReasons = meta.diagnostics.slice(0, FIRST_REASONS).map(reasonOf);
    void import('./dropped.js').then((m) => m.warnDropped(this.localName, meta, this.debug));
  }

  /** The client in use: the `client` property, else the shared one for `feed` / `api` / sample data. */
  protected get sdk(): HbrsClient {
    return this.client ?? clientFor({ feed: this.feed, api: this.api, now: this.dataNow });
  }

  /** The widget's clock (ms), which dates the built-in sample data; widgets with a `now` property return it. */
  protected get dataNow(): number | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first load (which starts right after `willUpdate`, in the load controller).
    if (!this.hasUpdated) this.applyUrlState(this.urlState.read());
  }

  private readonly retry = (reason?: unknown): void => {
    this.emit('hbrs-retry', { reason: reason === 'online' ? reason : 'user' });
    void this.data.run();
  };

  /** What the last-good-copy notice asks again with (loudly, or quietly in the background). */
  private readonly staleHost: StaleModule.StaleHost = ((el: HbrsDataElement<T>) => ({
    element: el,
    retry: el.retry,
    revalidate: () => {
      el.emit('hbrs-retry', { reason: 'background' });
      void el.data.run(undefined, { quiet: true });
    },
    get client() {
      return el.sdk;
    },
  }))(this);

  /** The last-good-copy notice's module, once a load served a copy (it loads beside every load that may). */
  private stale: typeof StaleModule | undefined;
  /** Full records fetched for details, per load (see `detailOf`). */
  private readonly details = new WeakMap<object, Map<string, unknown>>();

  /**
   * The full record `id` for a detail: the record itself unless the data are summaries (a feed layout); then the
   * one fetched by `fetch` (once per load; the SDK shares it with any other caller), `undefined` while it comes
   * (the element renders again when it is here), and the summary if it could not be fetched. Called on hover or
   * focus too, so a detail opens without waiting.
   */
  protected detailOf<R>(id: string, record: R, fetch: (client: HbrsClient) => Promise<R>): R | undefined {
    const v = this.data.value;
    if (!v?.summary || this.data.status !== 'ready') return record;
    let m = this.details.get(v);
    if (!m) this.details.set(v, (m = new Map()));
    if (!m.has(id)) {
      const map = m;
      map.set(id, undefined);
      void fetch(this.sdk)
        .catch(() => record)
        .then((full) => {
          map.set(id, full);
          this.requestUpdate();
        });
    }
    return m.get(id) as R | undefined;
  }

  /** The loaded data, when ready. */
  protected get loaded(): T | undefined {
    return this.data.status === 'ready' ? this.data.value?.data : undefined;
  }

  /**
   * The loading or error view while there is no data to show, else `undefined`. The error view says
   * what went wrong in plain words and offers a retry.
   */
  protected renderDataState(): TemplateResult | undefined {
    if (this.data.status === 'error') {
      return renderError(this.coreText, {
        message: errorMessage(this.coreText, this.data.error),
        onRetry: this.retry,
      });
    }
    if (this.data.status !== 'ready') return renderLoading(this.coreText);
    return undefined;
  }

  /**
   * The notices above the data: sample data, and "数据更新于 …，暂无法连接数据源" with a retry when the data source
   * could not be reached and the data shown is its last good copy.
   */
  protected renderNotices(): TemplateResult | typeof nothing {
    const v = this.data.value;
    const storedAt = this.data.status === 'ready' ? v?.storedAt : undefined;
    return html`${v?.sample ? renderSampleNotice(this.coreText) : nothing}${
      storedAt && this.stale
        ? this.stale.renderStaleNotice(this.locale, this.coreText.retry, storedAt, this.staleHost)
        : nothing
    }`;
  }
}
