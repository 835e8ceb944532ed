import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Announcer,
  HbrsElement,
  LoadController,
  UrlStateController,
  errorMessage,
  renderError,
  renderLoading,
  renderSampleNotice,
} from '@hbrs/core';
import type { DataMeta, Diagnostic, FeedKind, HbrsClient } from '@hbrs/sdk';
import { clientFor } from './clients.js';

/** What a data widget's `load()` returns: its data, and whether it is sample data. */
export interface Loaded<T> {
  data: T;
  sample: boolean;
  count: number;
  /** Records the source had that failed validation and are not shown. */
  dropped: number;
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
    args: () => [this.client, this.feed, this.api] as const,
    task: async (_source, signal): Promise<Loaded<T>> => {
      const client = this.sdk;
      const [data, meta] = await Promise.all([
        this.loadData(client, signal),
        client.meta(this.dataKind, { signal }),
      ]);
      this.reportDropped(meta);
      return { data, sample: meta.sample, count: meta.count, dropped: meta.dropped, summary: !!meta.summary };
    },
    onComplete: ({ count, sample, dropped }) => {
      const reasons = dropped > 0 ? this.droppedReasons : undefined;
      this.emit(
        'hbrs-load',
        dropped > 0 && reasons ? { count, sample, dropped, reasons } : { count, sample },
      );
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
    return this.client ?? clientFor({ feed: this.feed, api: this.api });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first load (which starts right after `willUpdate`, in the load controller).
    if (!this.hasUpdated) this.applyUrlState(this.urlState.read());
  }

  private readonly retry = (): void => {
    this.emit('hbrs-retry', { reason: 'user' });
    void this.data.run();
  };

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

  /** The sample-data notice when the data is sample data. */
  protected renderSampleNotice(): TemplateResult | typeof nothing {
    return this.data.value?.sample ? renderSampleNotice(this.coreText) : nothing;
  }
}
