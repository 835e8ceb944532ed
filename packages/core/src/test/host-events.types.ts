/**
 * Type test (checked by `pnpm typecheck`, never run): a host page's listeners for hbrs events get the
 * event's typed `detail` from the DOM's own event maps (`GlobalEventHandlersEventMap`), for events of
 * core and for those a widget adds to `HbrsEventMap`, as `hbrs-fair-select` does in `<hbrs-job-fairs>`.
 */
import type { HbrsEvent } from '../index.js';

declare module '../index.js' {
  interface HbrsEventMap {
    /** A widget's own event, declared the way every widget declares its events. */
    'hbrs-test-select': { id: string; at?: number };
  }
}

declare const el: HTMLElement;
declare const box: HTMLDivElement;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(_: T): void => undefined;

el.addEventListener('hbrs-test-select', (e) => {
  const id: string = e.detail.id;
  assert<Equal<typeof e, CustomEvent<{ id: string; at?: number }>>>(true);
  // @ts-expect-error a detail field the event does not have
  void e.detail.name;
  void id;
});

box.addEventListener('hbrs-load', (e) => {
  const n: number = e.detail.count;
  const sample: boolean = e.detail.sample;
  void [n, sample];
});

document.addEventListener('hbrs-error', (e) => {
  const detail: { code: string; message: string } = e.detail;
  assert<Equal<typeof e.detail, typeof detail>>(true);
  void detail;
});

window.addEventListener('hbrs-retry', (e) => {
  // @ts-expect-error reason is a string
  const r: number = e.detail.reason;
  void r;
});

el.removeEventListener('hbrs-test-select', (e: HbrsEvent<'hbrs-test-select'>) => void e.detail.id);

// Ordinary DOM events keep their own types.
el.addEventListener('keydown', (e) => {
  const key: string = e.key;
  assert<Equal<typeof e, KeyboardEvent>>(true);
  void key;
});

// @ts-expect-error a listener written for another event's detail is rejected
el.addEventListener('hbrs-load', (e: CustomEvent<{ id: string }>) => void e.detail.id);
