import { createClient, type HbrsClient } from '@hbrs/sdk';

const clients = new Map<string, HbrsClient>();

/**
 * The SDK client for a widget's source attributes, shared by every widget on the page with the same
 * source: one download and one index of each data set, however many widgets show it. With neither
 * `feed` nor `api` it is the built-in sample data (loaded lazily, so portals with real data never
 * download it).
 */
export function clientFor(source: { feed?: string | undefined; api?: string | undefined }): HbrsClient {
  const feed = source.feed?.trim() || undefined;
  const api = feed ? undefined : source.api?.trim() || undefined;
  const key = feed ? `feed:${feed}` : api ? `api:${api}` : 'sample';
  let client = clients.get(key);
  if (!client) {
    client = feed ? createClient({ feed }) : api ? createClient({ api }) : createClient();
    clients.set(key, client);
  }
  return client;
}
