import { VERSION } from './version.js';

/** A custom-element class that says which hbrs version it belongs to. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

/** Public tag names carry the `hbrs-` prefix. */
export type HbrsTagName = `hbrs-${string}`;

/**
 * Registers `ctor` under `tag` unless that tag is already registered.
 *
 * Portals often load a widget twice (an npm build and a CDN bundle, or two CDN bundles). The global
 * registry throws on a second `customElements.define`; this guard does not. It warns once when the
 * registered element reports a different version, because two versions of a widget on one page
 * behave like the first one loaded.
 *
 * @returns the class that is registered under `tag` after the call.
 */
export function define(tag: HbrsTagName, ctor: VersionedElement): CustomElementConstructor {
  if (typeof customElements === 'undefined') return ctor;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const have = existing.version ?? 'unknown';
    const want = ctor.version ?? VERSION;
    if (existing !== ctor && have !== want) {
      console.warn(
        `[hbrs] <${tag}> is already defined by version ${have}; version ${want} was loaded too and is ignored. ` +
          'Load one copy of @hbrs/widgets per page.',
      );
    }
    return existing;
  }
  customElements.define(tag, ctor);
  return ctor;
}
