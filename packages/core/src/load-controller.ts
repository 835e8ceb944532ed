import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: not started, in flight, done, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Runs a widget's async data load and keeps its status for rendering. A newer `run()` aborts the
 * older one (its result is ignored); errors never escape as unhandled rejections: they become
 * `status === 'error'` with the error kept for the error view.
 */
export class LoadController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: unknown;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: (signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts (or restarts) the load. Resolves when it settles; never rejects. */
  async run(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.loader(abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
