import { VERSION } from '@hbrs/core';
import { createClient, type HbrsClient } from '@hbrs/sdk';

/**
 * The clients of the page, keyed by version and source. Kept on `globalThis` (under a registered symbol) rather
 * than in this module, so that several CDN bundles on one page (each with its own copy of this module, e.g.
 * `hbrs-service-map.js` and `hbrs-widgets.js`) share one download and one index per data set. Bundles of
 * different versions keep their own clients (the key has the version).
 */
const REGISTRY = Symbol.for('hbrs.clients');
const registry = (): Map<string, HbrsClient> => {
  const g = globalThis as { [REGISTRY]?: Map<string, HbrsClient> };
  return (g[REGISTRY] ??= new Map());
};

/**
 * The SDK client for a widget's source attributes, shared by every widget on the page with the same
 * source: one download and one index of each data set, however many widgets (and bundles) show it. With neither
 * `feed` nor `api` it is the built-in sample data (loaded lazily, so portals with real data never
 * download it), dated when it loads at the device clock, or at the widget's pinned clock `now` (one client per
 * calendar day of `now`, so a widget pinned years ahead gets data current on that day).
 */
export function clientFor(source: {
  feed?: string | undefined;
  api?: string | undefined;
  now?: number | undefined;
}): HbrsClient {
  const feed = source.feed?.trim() || undefined;
  const api = feed ? undefined : source.api?.trim() || undefined;
  const at = feed || api ? undefined : source.now;
  const sample = at === undefined ? 'sample' : `sample@${Math.floor((at + 8 * 3_600_000) / 86_400_000)}`;
  const key = `${VERSION}|${feed ? `feed:${feed}` : api ? `api:${api}` : sample}`;
  const clients = registry();
  let client = clients.get(key);
  if (!client) {
    // `persist`: the last good copy of each feed, served when the data source cannot be reached (the sample
    // data set has none: it is in the bundle). Sample data is dated at the widget's clock when one is pinned.
    client = createClient({
      ...(feed ? { feed } : api ? { api } : at === undefined ? {} : { now: () => at }),
      persist: true,
    });
    clients.set(key, client);
  }
  return client;
}
