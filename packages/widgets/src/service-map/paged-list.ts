import type { ReactiveControllerHost } from 'lit';

/**
 * The window of a result list on screen: the first `shown` results, one page more on request, back
 * to one page when the results change, and wide enough to show a given result again (returning from
 * its detail). The host re-renders on each change; no lifecycle of its own, so it is not registered
 * with the host.
 */
export class PagedList {
  /** How many results are on screen. */
  shown: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page = 20,
  ) {
    this.shown = page;
  }

  /** Back to the first page (the results changed). */
  reset(): void {
    this.set(this.page);
  }

  /** One page more. */
  more = (): void => {
    this.set(this.shown + this.page);
  };

  /** Widens the window to whole pages until it holds the result at `index` (no-op for -1). */
  reveal(index: number): void {
    if (index >= this.shown) this.set(Math.ceil((index + 1) / this.page) * this.page);
  }

  private set(shown: number): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.host.requestUpdate();
  }
}
