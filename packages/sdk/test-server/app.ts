/**
 * A DOM-free test application serving hbrs data per `docs/api/openapi.yaml` (under `/v1`) and as static feed
 * files (under `/feeds/`), with fault injection. Works on standard `Request`/`Response`, so the same app runs behind
 * `node:http` (see `server.ts`) or as an injected `fetch` in unit tests.
 */
import {
  FEED_KINDS,
  SUMMARY_KINDS,
  parseFeed,
  summarize,
  type FeedItem,
  type FeedKind,
  type FeedMeta,
} from '../src/model/index.js';
import { DivisionIndex, JobFairIndex, PostdocIndex, ServicePointIndex } from '../src/queries/index.js';

const summaryKinds: ReadonlySet<string> = new Set(SUMMARY_KINDS);

/** Kinds of injected faults. */
export type FaultType =
  | 'slow' // respond only after `delayMs` (pair with a client timeout)
  | 'status' // answer `status` (default 500) with a problem body, `Retry-After` when `retryAfter` is set
  | 'malformed-json' // 200 with a truncated JSON body
  | 'invalid-records' // 200, but some records violate the schema
  | 'drop' // destroy the connection before any response
  | 'drop-mid-body'; // send headers and part of the body, then destroy the connection

/** One injected fault. */
export interface Fault {
  /** Path (without query) it applies to: exact string, or a RegExp. */
  path: string | RegExp;
  /** What goes wrong. */
  type: FaultType;
  /** HTTP status for `status` faults (default 500). */
  status?: number;
  /** `Retry-After` header value for `status` faults (seconds or HTTP date). */
  retryAfter?: string;
  /** Delay for `slow` faults, ms (default 5 000). */
  delayMs?: number;
  /** How many requests it affects; afterwards it is removed. Default: unlimited. */
  times?: number;
}

/** What the app tells the HTTP layer to do. */
export type AppResult =
  | { kind: 'response'; response: Response }
  | { kind: 'drop' }
  | { kind: 'drop-mid-body'; status: number; headers: Record<string, string>; partial: string };

/** A request log entry (for coverage checks). */
export interface LogEntry {
  /** Method. */
  method: string;
  /** Path as requested. */
  path: string;
  /** Matched OpenAPI path template (e.g. `/job-fairs/{id}`), or the feed path, or `''`. */
  route: string;
  /** Status sent (0 for dropped connections). */
  status: number;
  /** The fault applied, if any. */
  fault?: FaultType;
}

/** The app. */
export interface TestApp {
  /** Handles one request. */
  handle(request: Request): Promise<AppResult>;
  /** Active faults (mutable). */
  faults: Fault[];
  /** Requests seen. */
  log: LogEntry[];
  /** A `fetch` that calls the app directly (no network); `drop` faults reject like a dropped connection. */
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Prefix of the REST API. Default `/v1`. */
  apiPrefix?: string;
  /** Prefix of the feed files. Default `/feeds`. */
  feedPrefix?: string;
  /** Default page size of the API. Default 50. */
  defaultPageSize?: number;
}

const FEED_FILES: Record<string, FeedKind> = {
  'job-fairs.json': 'job-fairs',
  'postdoc.json': 'postdoc',
  'service-points.json': 'service-points',
  'divisions.json': 'divisions',
};

const COLLECTIONS: Record<string, FeedKind> = {
  '/job-fairs': 'job-fairs',
  '/postdoc/programmes': 'postdoc',
  '/service-points': 'service-points',
  '/divisions': 'divisions',
};

const MAX_PAGE_SIZE = 500;

/** FNV-1a 32-bit hash, hex: enough for test ETags. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function problem(
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** Corrupts a few records so that they fail validation (works for plain objects and compact tuple rows). */
function corrupt(items: readonly unknown[]): unknown[] {
  const out = [...items];
  if (out.length > 0) out[0] = { id: 'BROKEN-1', name: 42 };
  if (out.length > 2) out[2] = 'not a record';
  if (out.length > 4) {
    const x = out[4];
    out[4] =
      x && typeof x === 'object' && !Array.isArray(x) ? { ...(x as object), divisionCode: 'XX' } : null;
  }
  return out;
}

/**
 * Creates the test app from raw feed documents (as in `packages/sample-data/feed/*.json`). The feed files are
 * served as given; the API serves the decoded records.
 */
export function createApp(feeds: Record<FeedKind, unknown>, options: AppOptions = {}): TestApp {
  const apiPrefix = options.apiPrefix ?? '/v1';
  const feedPrefix = options.feedPrefix ?? '/feeds';
  const defaultPageSize = options.defaultPageSize ?? 50;
  const decoded = {} as Record<FeedKind, { meta: FeedMeta; items: unknown[] }>;
  for (const kind of FEED_KINDS) decoded[kind] = parseFeed(kind, feeds[kind]);
  const idOf = (kind: FeedKind, x: unknown): string =>
    kind === 'divisions' ? (x as { code: string }).code : (x as { id: string }).id;
  const byId = {} as Record<FeedKind, Map<string, unknown>>;
  for (const kind of FEED_KINDS) byId[kind] = new Map(decoded[kind].items.map((x) => [idOf(kind, x), x]));
  const indexes = {
    'job-fairs': new JobFairIndex(decoded['job-fairs'].items as never),
    postdoc: new PostdocIndex(decoded.postdoc.items as never),
    'service-points': new ServicePointIndex(decoded['service-points'].items as never),
    divisions: new DivisionIndex(decoded.divisions.items as never),
  };

  const app: TestApp = {
    faults: [],
    log: [],
    handle,
    async fetch(input, init) {
      const result = await handle(new Request(input, init));
      if (result.kind === 'response') return result.response;
      throw new TypeError('fetch failed', { cause: new Error(`connection dropped (${result.kind})`) });
    },
  };

  function takeFault(path: string): Fault | undefined {
    const i = app.faults.findIndex((f) => (typeof f.path === 'string' ? f.path === path : f.path.test(path)));
    if (i < 0) return undefined;
    const f = app.faults[i]!;
    if (f.times !== undefined) {
      f.times -= 1;
      if (f.times <= 0) app.faults.splice(i, 1);
    }
    return f;
  }

  function json(body: unknown, request: Request, extra: Record<string, string> = {}): Response {
    const text = JSON.stringify(body);
    const etag = `"${fnv1a(text)}"`;
    const headers = { etag, 'cache-control': 'max-age=60', ...extra };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(text, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  }

  function intParam(
    params: URLSearchParams,
    name: string,
    def: number,
    min: number,
    max: number,
  ): number | string {
    const raw = params.get(name);
    if (raw === null) return def;
    if (!/^\d+$/.test(raw)) return `${name} must be an integer`;
    const n = Number(raw);
    if (n < min || n > max) return `${name} must be between ${min} and ${max}`;
    return n;
  }

  function route(path: string): { route: string; kind?: FeedKind; id?: string; feed?: FeedKind } {
    if (path.startsWith(`${feedPrefix}/`)) {
      const file = path.slice(feedPrefix.length + 1);
      const feed = FEED_FILES[file];
      return feed ? { route: path, feed } : { route: '' };
    }
    if (!path.startsWith(`${apiPrefix}/`)) return { route: '' };
    const p = path.slice(apiPrefix.length);
    const kind = COLLECTIONS[p];
    if (kind) return { route: p, kind };
    for (const [prefix, k] of Object.entries(COLLECTIONS)) {
      if (p.startsWith(`${prefix}/`)) {
        const rest = p.slice(prefix.length + 1);
        if (rest && !rest.includes('/')) {
          return {
            route: `${prefix}/${k === 'divisions' ? '{code}' : '{id}'}`,
            kind: k,
            id: decodeURIComponent(rest),
          };
        }
      }
    }
    return { route: '' };
  }

  function list(kind: FeedKind, params: URLSearchParams): unknown[] {
    const keyword = params.get('keyword') ?? undefined;
    const division = params.get('division') ?? undefined;
    const opt = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
    switch (kind) {
      case 'job-fairs':
        return indexes['job-fairs'].filter(
          opt({
            keyword,
            division,
            from: params.get('from') ?? undefined,
            to: params.get('to') ?? undefined,
            mode: (params.get('mode') ?? undefined) as never,
            campaign: params.get('campaign') ?? undefined,
          }),
        );
      case 'postdoc':
        return indexes.postdoc.filter(
          opt({
            keyword,
            discipline: params.get('discipline') ?? undefined,
            stationType: (params.get('stationType') ?? undefined) as never,
            city: params.get('city') ?? undefined,
            host: params.get('host') ?? undefined,
          }),
        );
      case 'service-points':
        return indexes['service-points'].filter(
          opt({
            keyword,
            division,
            bank: (params.get('bank') ?? undefined) as never,
            service: (params.get('service') ?? undefined) as never,
          }),
        );
      case 'divisions':
        return indexes.divisions.list();
    }
  }

  async function handle(request: Request): Promise<AppResult> {
    const url = new URL(request.url);
    const r = route(url.pathname);
    const entry: LogEntry = { method: request.method, path: url.pathname, route: r.route, status: 0 };
    app.log.push(entry);
    const done = (response: Response): AppResult => {
      entry.status = response.status;
      return { kind: 'response', response };
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return done(problem(405, 'Method Not Allowed', undefined, { allow: 'GET, HEAD' }));
    }
    const fault = takeFault(url.pathname);
    if (fault) entry.fault = fault.type;
    if (fault?.type === 'drop') return { kind: 'drop' };
    if (fault?.type === 'slow') await sleep(fault.delayMs ?? 5000);
    if (fault?.type === 'status') {
      const status = fault.status ?? 500;
      return done(
        problem(
          status,
          status === 429 ? 'Too Many Requests' : 'Injected failure',
          'fault injected by the test server',
          fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {},
        ),
      );
    }
    if (fault?.type === 'malformed-json') {
      return done(
        new Response('{"meta": {"generatedAt": "2026-01-01T00:00:00+08:00", "items": [', { status: 200 }),
      );
    }

    let response: Response;
    if (r.feed) {
      // invalid-records: serve the decoded records as a plain feed (whatever the original encoding) with a few broken.
      const body =
        fault?.type === 'invalid-records'
          ? { meta: decoded[r.feed].meta, items: corrupt(decoded[r.feed].items) }
          : feeds[r.feed];
      response = json(body, request);
    } else if (r.kind && r.id !== undefined) {
      const item = byId[r.kind].get(r.id);
      response = item
        ? json(
            fault?.type === 'invalid-records' ? { ...(item as object), openingHours: 7, status: 9 } : item,
            request,
          )
        : problem(404, 'Not Found', `no ${r.kind} record ${r.id}`);
    } else if (r.kind) {
      const page = intParam(url.searchParams, 'page', 1, 1, 1_000_000);
      const pageSize = intParam(url.searchParams, 'pageSize', defaultPageSize, 1, MAX_PAGE_SIZE);
      if (typeof page === 'string') response = problem(400, 'Bad Request', page);
      else if (typeof pageSize === 'string') response = problem(400, 'Bad Request', pageSize);
      else {
        const all = list(r.kind, url.searchParams);
        let items = all.slice((page - 1) * pageSize, page * pageSize);
        // `view=summary`: the records lists need (the SDK then reads a record's detail from its item endpoint).
        const summary = url.searchParams.get('view') === 'summary' && summaryKinds.has(r.kind);
        if (summary) items = items.map((it) => summarize(r.kind!, it as FeedItem<FeedKind>));
        if (fault?.type === 'invalid-records') items = corrupt(items);
        const meta = summary ? { ...decoded[r.kind].meta, summary: true } : decoded[r.kind].meta;
        response = json({ meta, items, total: all.length, page, pageSize }, request);
      }
    } else {
      response = problem(404, 'Not Found', `no route for ${url.pathname}`);
    }
    if (fault?.type === 'drop-mid-body' && response.status === 200) {
      const text = await response.text();
      entry.status = 200;
      return {
        kind: 'drop-mid-body',
        status: 200,
        headers: {
          'content-type': 'application/json',
          'content-length': String(new TextEncoder().encode(text).length),
        },
        partial: text.slice(0, Math.max(1, Math.floor(text.length / 3))),
      };
    }
    return done(response);
  }

  return app;
}
