/** Work that `updateComplete` of an `HbrsElement` waits for, per element (see `holdUpdateComplete`). */
const held = new WeakMap<object, Set<Promise<unknown>>>();

const ignore = (): void => undefined;

/**
 * Makes `host.updateComplete` (on an `HbrsElement`) also wait for `work`, e.g. a module that loads on
 * demand and re-renders the host when it is there: a test's `await el.updateComplete` then sees the
 * final render. A failure of `work` is not reported here (its owner shows it).
 */
export function holdUpdateComplete(host: object, work: Promise<unknown>): void {
  let set = held.get(host);
  if (!set) held.set(host, (set = new Set()));
  const settled = work.then(ignore, ignore);
  set.add(settled);
  void settled.then(() => set.delete(settled));
}

/** After `update` resolves, waits for the host's held work and its re-render, until none is left. */
export async function settleHeld(host: object, update: () => Promise<boolean>): Promise<boolean> {
  let done = await update();
  for (let set = held.get(host); set?.size; set = held.get(host)) {
    await Promise.all(set);
    done = await update();
  }
  return done;
}
