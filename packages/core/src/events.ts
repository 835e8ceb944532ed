/**
 * The `detail` type of every public `hbrs-*` event, by event name. Widgets add their events by
 * declaration merging:
 *
 * ```ts
 * declare module '@hbrs/core' {
 *   interface HbrsEventMap { 'hbrs-fair-select': { id: string } }
 * }
 * ```
 */
export interface HbrsEventMap {
  /**
   * A widget asked its data source again: after an error or over its last good copy, because the user asked
   * (`user`), the browser came back online (`online`), or by itself, quietly, while showing the copy
   * (`background`).
   */
  'hbrs-retry': { reason: string };
  /**
   * A widget finished loading its data: records shown, whether they are sample data, and, when the data source
   * had records that failed validation, how many were dropped and the first reasons (record id and why).
   */
  'hbrs-load': {
    count: number;
    sample: boolean;
    dropped?: number;
    reasons?: { id?: string; message: string }[];
    /** The data source could not be reached: this is the last good copy, fetched at `storedAt` (ISO 8601). */
    stale?: boolean;
    storedAt?: string;
  };
  /** A widget failed to load its data. */
  'hbrs-error': { code: string; message: string };
}

/** Name of a public event. */
export type HbrsEventName = keyof HbrsEventMap & `hbrs-${string}`;

/** The event object a host page receives for `name`. */
export type HbrsEvent<K extends HbrsEventName> = CustomEvent<HbrsEventMap[K]>;

/** Every public event as the host page receives it, by name (`CustomEvent` with its typed `detail`). */
export type HbrsDomEventMap = { [K in HbrsEventName]: HbrsEvent<K> };

declare global {
  /**
   * The hbrs events in the DOM's own event maps (Shoelace does this per event): a portal's
   * `el.addEventListener('hbrs-fair-select', (e) => e.detail.id)` type-checks, on an element, the
   * document or the window, for every event a loaded widget declares in `HbrsEventMap`.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HbrsDomEventMap {}
}
