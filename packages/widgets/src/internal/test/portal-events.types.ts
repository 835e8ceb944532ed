/**
 * Type test (checked by `pnpm typecheck`, never run): a portal's code that loads the widgets gets
 * each widget's events typed on its elements, the document and the window (no casts, no
 * `as CustomEvent<…>`), through `GlobalEventHandlersEventMap` augmented from `HbrsEventMap`.
 */
import '../../all.js';

const fairs = document.querySelector('hbrs-job-fairs')!;
fairs.addEventListener('hbrs-fair-open', (e) => {
  const id: string = e.detail.id;
  const name: string = e.detail.name;
  void [id, name];
  // @ts-expect-error not a field of hbrs-fair-open's detail
  void e.detail.url;
});
fairs.addEventListener('hbrs-fair-share', (e) => {
  const copied: boolean = e.detail.copied;
  void copied;
});

// The events bubble and cross shadow roots: a listener on the page is typed too.
document.addEventListener('hbrs-load', (e) => {
  const count: number = e.detail.count;
  void count;
});
window.addEventListener('hbrs-error', (e) => {
  // @ts-expect-error code is a string
  const code: number = e.detail.code;
  void code;
});

// An element made by the portal (HTMLElementTagNameMap) gets the same typed listeners.
const map = document.createElement('hbrs-service-map');
map.addEventListener('hbrs-retry', (e) => {
  const reason: string = e.detail.reason;
  void reason;
});
