import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Widget state as flat strings (filters, selected item). Empty values are left out of the URL. */
export type UrlState = Record<string, string | undefined>;

/** A key prefix a page may choose with `sync-url="…"`: a letter, then up to 15 letters, digits or `-`. */
const CUSTOM_PREFIX = /^[a-z][a-z0-9-]{0,15}$/i;

/**
 * Mirrors a widget's state in the page's query string under prefixed keys (`jf.division=420281`), so a
 * link can be shared and Back works. Active only while `enabled()` is true (the `sync-url` attribute).
 * A value of that attribute (`sync-url="north"`) replaces the widget's default prefix, so two widgets
 * of one kind on a page keep apart; an invalid value keeps the default.
 * Other query parameters of the host page are kept untouched.
 */
export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly prefix: string | (() => string),
    private readonly enabled: () => boolean,
    private readonly onPop: (state: Record<string, string>) => void,
  ) {
    host.addController(this);
  }

  private readonly popstate = (): void => {
    if (this.enabled()) this.onPop(this.read());
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.popstate);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popstate);
  }

  /** The key prefix with its dot: the host's `sync-url` value when valid, else the widget's own (`jf.`). */
  keyPrefix(): string {
    const own = (this.host as Partial<Element>).getAttribute?.('sync-url')?.trim() ?? '';
    const custom = CUSTOM_PREFIX.test(own) && own !== 'true' && own !== 'false';
    return `${custom ? own : typeof this.prefix === 'function' ? this.prefix() : this.prefix}.`;
  }

  /** This widget's keys from the current URL, without the prefix. */
  read(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!this.enabled()) return out;
    const p = this.keyPrefix();
    for (const [k, v] of new URLSearchParams(window.location.search)) {
      if (k.startsWith(p)) out[k.slice(p.length)] = v;
    }
    return out;
  }

  /**
   * Writes `state` to the URL: `push` adds a history entry (a user action worth going Back to, such as
   * opening an item), `replace` does not (typing in a search box).
   */
  write(state: UrlState, mode: 'push' | 'replace' = 'replace'): void {
    if (!this.enabled()) return;
    const url = new URL(window.location.href);
    const p = this.keyPrefix();
    for (const k of [...url.searchParams.keys()]) if (k.startsWith(p)) url.searchParams.delete(k);
    for (const [k, v] of Object.entries(state))
      if (v !== undefined && v !== '') url.searchParams.set(p + k, v);
    if (url.href === window.location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
