import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Locales the widgets ship text for. zh-CN is the default and the fallback. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** A supported locale. */
export type Locale = (typeof LOCALES)[number];
/** The locale used when nothing on the page says otherwise. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Maps a BCP 47 tag to a supported locale: `en`, `en-GB` → `en`; `zh`, `zh-CN`, `zh-Hans-CN`,
 * `zh-TW` → `zh-CN` (the only Chinese text we ship). Anything else → `undefined`.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const t = (tag ?? '').trim().toLowerCase();
  if (!t) return undefined;
  const primary = t.split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'zh') return 'zh-CN';
  return undefined;
}

/**
 * The `lang` that applies to `el`: its own `lang` attribute, else that of the nearest ancestor with
 * one, crossing shadow-root boundaries to their hosts, else `<html lang>`. Returns the raw tag or ''.
 */
export function findLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const found: Element | null = node.closest('[lang]');
      if (found) {
        const value = found.getAttribute('lang') ?? '';
        // An empty lang="" means "unknown": keep looking further out.
        if (value.trim()) return value;
        node = found.parentNode;
        continue;
      }
    }
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The supported locale that applies to `el` (see {@link findLang}), defaulting to zh-CN. */
export function resolveLocale(el: Element): Locale {
  return normalizeLocale(findLang(el)) ?? DEFAULT_LOCALE;
}

// One MutationObserver for all widgets on the page, watching `lang` on the document and on every
// shadow root between a widget and the document.
const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.update()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/**
 * A Lit reactive controller that keeps `locale` in step with the `lang` that applies to its host,
 * and re-renders the host when that changes.
 */
export class LocaleController implements ReactiveController {
  /** The current locale of the host. */
  locale: Locale = DEFAULT_LOCALE;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observe(root);
      root = root.host.getRootNode();
    }
    if (root instanceof Document) observe(root.documentElement);
    this.update();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the applicable `lang`; requests a render when the locale changed. */
  update(): void {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
