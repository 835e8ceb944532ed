import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  coreMessages,
  errorMessage,
  holdUpdateComplete,
  renderError,
  renderLoading,
  type Locale,
} from '@hbrs/core';

/** Where an on-demand module is: not asked for, on its way, there, or failed (until a retry). */
export type ChunkStatus = 'idle' | 'pending' | 'ready' | 'error';

/** The host of a `LazyChunk`: a reactive element with a locale (any `HbrsElement`). */
export type LazyChunkHost = ReactiveControllerHost & HTMLElement & { readonly locale: Locale };

export interface LazyChunkOptions<T> {
  /**
   * When the module is needed: checked on each host update, before render; the first update where it
   * is true starts the load (e.g. `() => this.view === 'month'`). Without it, only `load()` loads.
   */
  when?: () => boolean;
  /** Runs once when the module is there, before the host re-renders (e.g. adopt the module's styles). */
  onReady?: (value: T) => void;
  /** Runs on each failure, before the host re-renders (e.g. emit `hbrs-error`). */
  onError?: (error: unknown) => void;
  /**
   * Whether `host.updateComplete` waits for a load in flight (default `true`), so a test's
   * `await el.updateComplete` sees the module's render. Turn it off for a chunk a test holds open.
   */
  holdUpdates?: boolean;
}

export interface ChunkViewOptions {
  /** Skeleton rows of the pending view (default 1). */
  rows?: number;
  /** Runs after the error view's retry button restarted the load (e.g. emit `hbrs-retry`, move focus). */
  onRetry?: () => void;
}

/**
 * A part of a widget whose code loads on demand (`() => import('./views.js')`): loaded once however
 * many times it is asked for, kept when there, and after a failure loaded again only by `retry()`
 * (the error view's button), so a failing network is not hit on every update. Each change of status
 * re-renders the host; `render()` gives the shared pending and error views until the module is there.
 *
 * ```ts
 * private readonly views = new LazyChunk(this, () => import('./views.js'), {
 *   onReady: (m) => adoptStyles(this.renderRoot as ShadowRoot, [...HbrsJobFairs.elementStyles, m.viewStyles]),
 *   when: () => this.view === 'month' || !!this.selected,
 * });
 * // in render(): this.views.render((m) => m.renderMonth(…), { rows: 3 })
 * ```
 */
export class LazyChunk<T> implements ReactiveController {
  /** Where the module is. */
  status: ChunkStatus = 'idle';
  /** The module, once there. */
  value: T | undefined;
  /** Why the last load failed (while `status === 'error'`). */
  error: unknown;
  /** Imports the module. Tests may replace it (before the first load) to hold or fail the chunk. */
  loader: () => Promise<T>;

  private readonly host: LazyChunkHost;
  private readonly options: LazyChunkOptions<T>;
  private pending: Promise<T | undefined> | undefined;

  constructor(host: LazyChunkHost, loader: () => Promise<T>, options: LazyChunkOptions<T> = {}) {
    this.host = host;
    this.loader = loader;
    this.options = options;
    host.addController(this);
  }

  /** Starts the load on the first update where `when()` holds, so that update renders the pending view. */
  hostUpdate(): void {
    if (this.status === 'idle' && this.options.when?.()) void this.load();
  }

  /**
   * Starts the load unless the module is there, on its way, or failed (then only `retry()` loads), and
   * returns it. Resolves with the module, or `undefined` if it is not there; never rejects.
   */
  load(): Promise<T | undefined> {
    if (this.status === 'ready') return Promise.resolve(this.value);
    if (this.status === 'error') return Promise.resolve(undefined);
    return (this.pending ??= this.start());
  }

  /** Loads again after a failure (like `load()` in every other status). */
  retry(): Promise<T | undefined> {
    if (this.status === 'error') this.status = 'idle';
    return this.load();
  }

  /** Settles when no load is in flight (at once when none is). Never rejects. */
  get ready(): Promise<void> {
    return (this.pending ?? Promise.resolve()).then(() => undefined);
  }

  /**
   * `ready(value)` once the module is there; until then the shared loading view, or after a failure
   * the error view ("could not be loaded") with a retry button.
   */
  render(ready: (value: T) => TemplateResult, options: ChunkViewOptions = {}): TemplateResult {
    if (this.status === 'ready') return ready(this.value as T);
    const t = coreMessages[this.host.locale];
    if (this.status === 'error') {
      return renderError(t, {
        message: errorMessage(t, { code: 'network' }),
        onRetry: () => {
          void this.retry();
          options.onRetry?.();
        },
      });
    }
    return renderLoading(t, options.rows ?? 1);
  }

  private start(): Promise<T | undefined> {
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    let loading: Promise<T>;
    try {
      loading = this.loader();
    } catch (e) {
      loading = Promise.reject(e);
    }
    const settled = loading.then(
      (value) => {
        this.value = value;
        this.status = 'ready';
        this.pending = undefined;
        this.options.onReady?.(value);
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.error = error;
        this.status = 'error';
        this.pending = undefined;
        this.options.onError?.(error);
        this.host.requestUpdate();
        return undefined;
      },
    );
    if (this.options.holdUpdates !== false) holdUpdateComplete(this.host, settled);
    return settled;
  }
}
