/** Work that `updateComplete` of an `HbrsElement` waits for, per element (see `holdUpdateComplete`). */
export const held = new WeakMap<object, Set<Promise<unknown>>>();

const ignore = (): void => undefined;

/**
 * Makes `host.updateComplete` (on an `HbrsElement`) also wait for `work`, e.g. a module that loads on
 * demand and re-renders the host when it is there: a test's `await el.updateComplete` then sees the
 * final render. A failure of `work` is not reported here (its owner shows it).
 */
export function holdUpdateComplete(host: object, work: Promise<unknown>): void {
  let set = held.get(host);
  if (!set) held.set(host, (set = new Set()));
  const settled: Promise<unknown> = work.then(ignore, ignore).finally(() => set.delete(settled));
  set.add(settled);
}
