import { decodeFeedAsync, type FeedKind } from '../model/index.js';
import type { HttpClient } from '../net/http.js';
import type { LayoutReader } from './layout.js';
import type { DataSource, LoadContext } from './types.js';

/** File names of the four feeds, relative to the feed base URL. */
export type FeedFiles = Record<FeedKind, string>;

/** The standard feed file names. */
export const DEFAULT_FEED_FILES: Readonly<FeedFiles> = {
  'job-fairs': 'job-fairs.json',
  postdoc: 'postdoc.json',
  'service-points': 'service-points.json',
  divisions: 'divisions.json',
};

/** Resolves a feed file against the base URL (a base without a trailing slash is treated as a directory). */
export function feedUrl(baseUrl: string, file: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : base + file.replace(/^\.?\//, '');
}

/** A feed location naming a JSON file (e.g. `…/feeds/manifest.json`) is a feed layout's manifest. */
export const isManifestUrl = (url: string): boolean => /\.json(?:[?#]|$)/i.test(url);

/**
 * Static JSON feed files a department publishes on its own server or CDN:
 * `{ "meta": { generatedAt, sample, source, license }, "items": [ … ] }` per kind, in a directory (`baseUrl`), or
 * the feed layout of a `manifest.json` (`baseUrl` is the manifest's URL): summaries first, details on demand.
 */
export function feedSource(http: HttpClient, baseUrl: string, files: Partial<FeedFiles> = {}): DataSource {
  const names = { ...DEFAULT_FEED_FILES, ...files };
  if (isManifestUrl(baseUrl)) {
    // The layout reader loads on demand (a chunk of its own), when the first data load needs it.
    let r: Promise<LayoutReader> | undefined;
    const reader = () => (r ??= import('./layout.js').then((m) => m.layoutReader(http, baseUrl)));
    return {
      type: 'feed',
      location: baseUrl,
      load: async (kind, ctx) => (await reader()).load(kind, ctx),
      loadDetail: async (kind, id, ctx) => (await reader()).loadDetail(kind, id, ctx),
    };
  }
  return {
    type: 'feed',
    location: baseUrl,
    async load(kind, ctx: LoadContext<typeof kind>) {
      const url = feedUrl(baseUrl, names[kind]);
      const raw = await http.getJson(url, ctx.signal ? { signal: ctx.signal } : {});
      return decodeFeedAsync(kind, ctx.schema, raw, { onDiagnostic: ctx.onDiagnostic, url });
    },
  };
}
