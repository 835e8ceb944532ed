import { decodeItemList, type FeedItem, type FeedKind, type FeedMeta } from '../model/index.js';
import { makeError } from '../net/errors.js';
import type { HttpClient } from '../net/http.js';
import type { DataSource, LoadContext } from './types.js';

/** Collection path of each kind in the REST API (see `docs/api/openapi.yaml`). */
export const API_PATHS: Readonly<Record<FeedKind, string>> = {
  'job-fairs': 'job-fairs',
  postdoc: 'postdoc/programmes',
  'service-points': 'service-points',
  divisions: 'divisions',
};

// Collections are asked for as summaries (`view=summary`, honoured for job fairs and postdoc; `meta.summary` says so),
// and `get(id)` reads the item endpoint.

/** Page size the client asks for when it loads a whole collection (the API's maximum). */
export const API_LOAD_PAGE_SIZE = 500;

/** How many pages are fetched at the same time when loading a collection. */
const PAGE_CONCURRENCY = 4;

interface PageBody {
  meta?: unknown;
  items: unknown;
  total: number;
  page: number;
  pageSize: number;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readMeta(raw: unknown, url: string): FeedMeta {
  if (
    !isRecord(raw) ||
    typeof raw['generatedAt'] !== 'string' ||
    typeof raw['sample'] !== 'boolean' ||
    typeof raw['source'] !== 'string' ||
    typeof raw['license'] !== 'string'
  ) {
    throw makeError('invalid-data', `GET ${url} returned a page without a valid "meta" block`, { url });
  }
  const meta: FeedMeta = {
    generatedAt: raw['generatedAt'],
    sample: raw['sample'],
    source: raw['source'],
    license: raw['license'],
  };
  if (typeof raw['title'] === 'string') meta.title = raw['title'];
  if (raw['summary'] === true) meta.summary = true;
  return meta;
}

function readPage(raw: unknown, url: string): PageBody {
  if (!isRecord(raw) || !Array.isArray(raw['items']) || typeof raw['total'] !== 'number') {
    throw makeError(
      'invalid-data',
      `GET ${url} returned a body that is not a page ({ meta, items, total, page, pageSize })`,
      {
        url,
      },
    );
  }
  return raw as unknown as PageBody;
}

/**
 * A REST API implementing `docs/api/openapi.yaml`. Collections are loaded page by page (`page`, `pageSize`) and
 * indexed in memory; single records come from the item endpoints (`/job-fairs/{id}` …), where 404 means not-found.
 */
export function apiSource(http: HttpClient, baseUrl: string): DataSource {
  const base = baseUrl.replace(/\/+$/, '');
  const collectionUrl = (kind: FeedKind, page: number): string =>
    `${base}/${API_PATHS[kind]}?page=${page}&pageSize=${API_LOAD_PAGE_SIZE}&view=summary`;
  return {
    type: 'api',
    location: base,
    async load<K extends FeedKind>(kind: K, ctx: LoadContext<K>) {
      const reqOpts = ctx.signal ? { signal: ctx.signal } : {};
      const firstUrl = collectionUrl(kind, 1);
      const first = readPage(await http.getJson(firstUrl, reqOpts), firstUrl);
      const meta = readMeta(first.meta, firstUrl);
      const pageSize = first.pageSize > 0 ? first.pageSize : API_LOAD_PAGE_SIZE;
      const pages = Math.max(1, Math.ceil(first.total / pageSize));
      const bodies: PageBody[] = [first];
      let next = 2;
      const worker = async (): Promise<void> => {
        while (next <= pages) {
          const n = next++;
          const url = collectionUrl(kind, n);
          bodies[n - 1] = readPage(await http.getJson(url, reqOpts), url);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PAGE_CONCURRENCY, pages - 1) }, worker));
      let offset = 0;
      const items: FeedItem<K>[] = [];
      for (const [i, body] of bodies.entries()) {
        const url = collectionUrl(kind, i + 1);
        const base = offset;
        const onDiagnostic = ctx.onDiagnostic;
        items.push(
          ...decodeItemList(kind, ctx.schema, body.items, {
            url,
            ...(onDiagnostic ? { onDiagnostic: (d) => onDiagnostic({ ...d, index: base + d.index }) } : {}),
          }),
        );
        offset += (body.items as unknown[]).length;
      }
      return { meta, items };
    },
    async getOne<K extends FeedKind>(kind: K, id: string, ctx: LoadContext<K>): Promise<FeedItem<K>> {
      const url = `${base}/${API_PATHS[kind]}/${encodeURIComponent(id)}`;
      const raw = await http.getJson(url, ctx.signal ? { signal: ctx.signal } : {});
      const issues: string[] = [];
      const item = decodeItemList(kind, ctx.schema, [raw], {
        url,
        onDiagnostic: (d) => issues.push(d.message),
      })[0];
      if (!item) {
        ctx.onDiagnostic?.({ kind, index: 0, id, message: issues.join('; '), issues });
        throw makeError(
          'invalid-data',
          `GET ${url} returned an invalid ${kind} record: ${issues.join('; ')}`,
          { url },
        );
      }
      return item;
    },
  };
}
