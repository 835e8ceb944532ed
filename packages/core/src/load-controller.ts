import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: not started, in flight, done, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A load described Lit `Task` style: what it reads (`args`) and how it loads from them (`task`). */
export interface LoadTask<T, A extends readonly unknown[] = readonly unknown[]> {
  /** Loads from the current `args`. `signal` aborts when a newer load starts or the host leaves the page. */
  task: (args: A, signal: AbortSignal) => Promise<T>;
  /**
   * The inputs of the load, read on every host update: the first update loads, and so does every
   * update where one of them changed (shallow compare, `Object.is`). Without `args`, only `run()` loads.
   * `undefined`: not yet (e.g. the host is far from the viewport); the load runs on the first update that
   * returns arguments.
   */
  args?: () => A | undefined;
  /** Runs when a load succeeded (not for one a newer load replaced). */
  onComplete?: (value: T) => void;
  /** Runs when a load failed (not for one that was aborted). */
  onError?: (error: unknown) => void;
}

/**
 * Runs a widget's async data load and keeps its status for rendering. A newer `run()` aborts the
 * older one (its result is ignored); errors never escape as unhandled rejections: they become
 * `status === 'error'` with the error kept for the error view.
 *
 * With `args` the load runs by itself (first update, and when an argument changes). A host that
 * leaves the page while loading aborts the load; when it comes back (e.g. moved in the DOM) the load
 * starts again. A host moved after its data arrived keeps the data and does not load again.
 *
 * ```ts
 * data = new LoadController(this, {
 *   args: () => [this.client, this.feed] as const,
 *   task: ([client, feed], signal) => read(client, feed, signal),
 * });
 * ```
 */
export class LoadController<
  T,
  A extends readonly unknown[] = readonly unknown[],
> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: unknown;
  private abort: AbortController | undefined;
  private readonly load: LoadTask<T, A>;
  /** The arguments of the latest load (compared on each update when `args` is given). */
  private lastArgs: A | undefined;

  constructor(host: ReactiveControllerHost, load: LoadTask<T, A>);
  /** The plain form: `loader(signal)` runs on every `run()`. */
  constructor(host: ReactiveControllerHost, loader: (signal: AbortSignal) => Promise<T>);
  constructor(
    private readonly host: ReactiveControllerHost,
    load: LoadTask<T, A> | ((signal: AbortSignal) => Promise<T>),
  ) {
    this.load = typeof load === 'function' ? { task: (_args, signal) => load(signal) } : load;
    host.addController(this);
  }

  hostConnected(): void {
    // Still loading, with the load aborted: the host left the page meanwhile (a newer load would have
    // a fresh signal). Start it again.
    if (this.status === 'loading' && this.abort?.signal.aborted) void this.run();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  hostUpdate(): void {
    const args = this.load.args?.();
    const last = this.lastArgs;
    // Shallow compare, as Lit's Task does.
    if (args && !(last?.length === args.length && args.every((v, i) => Object.is(v, last[i]))))
      void this.run(args);
  }

  /**
   * Starts (or restarts) the load, from `args` (default: the current ones). Resolves when it
   * settles; never rejects.
   *
   * `quiet` (a background revalidation): when data is shown, it stays shown while the load runs (no loading
   * state), and a failure keeps it (no error state, no `onError`); a success replaces it as usual.
   */
  async run(args: A | undefined = this.load.args?.(), options: { quiet?: boolean } = {}): Promise<void> {
    const quiet = options.quiet === true && this.status === 'ready';
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.lastArgs = args;
    if (!quiet) {
      this.status = 'loading';
      this.error = undefined;
      this.host.requestUpdate();
    }
    try {
      const value = await this.load.task(args ?? ([] as unknown as A), abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
      this.load.onComplete?.(value);
    } catch (error) {
      if (abort.signal.aborted || quiet) return;
      this.error = error;
      this.status = 'error';
      this.load.onError?.(error);
    }
    this.host.requestUpdate();
  }
}
