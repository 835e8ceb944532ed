import type {
  Diagnostic,
  Division,
  FeedItem,
  FeedKind,
  FeedMeta,
  JobFair,
  RecordSchema,
  PostdocOpening,
  PostdocProgramme,
  ServicePoint,
} from './model/index.js';
import { makeError } from './net/errors.js';
import type { FetchLike, HttpClient, HttpOptions } from './net/http.js';
import { isManifestUrl, type FeedFiles } from './sources/feed.js';
import { sampleSource } from './sources/sample.js';
import type { PersistStore } from './net/store.js';
import type { DataSource } from './sources/types.js';
import { loadKindModule, type IndexOf } from './kinds/index.js';
import type { BBox, LngLat } from './geo/index.js';
import type {
  DivisionIndex,
  JobFairIndex,
  PostdocIndex,
  ServicePointIndex,
  JobFairFacets,
  JobFairQuery,
  NearbyServicePoint,
  Page,
  PostdocFacets,
  PostdocQuery,
  ServicePointFacets,
  ServicePointFilter,
  ServicePointNearestOptions,
  ServicePointQuery,
  ServicePointLocateOptions,
  ServicePointLocation,
  OrderedDivision,
} from './queries/index.js';

/** Options of {@link createClient}. Give at most one of `source: 'sample'`, `feed` and `api`. */
export interface ClientOptions {
  /** `'sample'` (the default when neither `feed` nor `api` is given): the built-in sample data set. */
  source?: 'sample';
  /**
   * Base URL of static feed files (`job-fairs.json`, `postdoc.json`, `service-points.json`, `divisions.json`),
   * or `{ baseUrl, files }` to rename files.
   */
  feed?: string | { baseUrl: string; files?: Partial<FeedFiles> };
  /** Base URL of a REST API implementing `docs/api/openapi.yaml`, e.g. `https://example.gov.cn/hbrs/v1`. */
  api?: string;
  /**
   * The clock (ms since the epoch; default `Date.now`). The built-in sample data is dated relative to it when it
   * loads: fairs in the coming weeks and months and a few just past, postdoc calls open and closing. Pin it in tests.
   */
  now?: () => number;
  /** Called for every record dropped by validation (the rest of the data loads). */
  onDiagnostic?: (d: Diagnostic) => void;
  /** `fetch` implementation for feeds and the API (default: the global `fetch`). */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Retries for network errors, 5xx and 429 (default 2). */
  retries?: number;
  /** Network tuning: backoff, cache TTL, stale-while-revalidate, headers. */
  http?: Omit<HttpOptions, 'fetch' | 'timeoutMs' | 'retries'>;
  /**
   * Keep the last good copy of each feed (or API collection) and serve it, marked `stale` with its `storedAt` in
   * `meta()`, when the data source cannot be reached (network error, timeout, 5xx). `true`: in the browser's
   * IndexedDB; or a {@link PersistStore} of your own. Default `false` (the widgets turn it on). A store that
   * cannot be used (private mode, quota, no IndexedDB) leaves loads network-only. See `docs/guide/caching.md`.
   */
  persist?: boolean | PersistStore;
}

/** Metadata of a loaded data set. */
export interface DataMeta extends FeedMeta {
  /** Which data set. */
  kind: FeedKind;
  /** Source type the client uses. */
  sourceType: DataSource['type'];
  /** Source location (package name or base URL). */
  sourceLocation: string;
  /** Number of valid records loaded. */
  count: number;
  /** Number of records dropped by validation. */
  dropped: number;
  /** Why each dropped record was dropped (record index, id and the schema's complaints), in feed order. */
  diagnostics: readonly Diagnostic[];
  /** `true` when the data source could not be reached and this is the last good copy (see `persist`). */
  stale?: boolean;
  /** With `stale`: when that copy was fetched (ISO 8601, UTC). */
  storedAt?: string;
}

/** Options accepted by every asynchronous client call. */
export interface CallOptions {
  /** Stops waiting (the shared load itself continues for other callers). Rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Job fairs: `query`, `get`, `facets`. */
export interface JobFairsApi {
  /** One page of fairs matching the filters (division, date range, online/offline, campaign, keyword …). */
  query(q?: JobFairQuery, o?: CallOptions): Promise<Page<JobFair>>;
  /** The fair with this id; rejects with `HbrsError('not-found')` when there is none. */
  get(id: string, o?: CallOptions): Promise<JobFair>;
  /** Counts per 市州, campaign, mode and fair type for the query. */
  facets(q?: JobFairQuery, o?: CallOptions): Promise<JobFairFacets>;
  /** The loaded in-memory index, for synchronous queries after the first load. */
  index(o?: CallOptions): Promise<JobFairIndex>;
}

/** Postdoc programmes: `query`, `get`, `facets`, openings. */
export interface PostdocApi {
  /** One page of programmes matching the filters (discipline, station type, host, city, keyword …). */
  query(q?: PostdocQuery, o?: CallOptions): Promise<Page<PostdocProgramme>>;
  /** The programme with this id; rejects with `HbrsError('not-found')` when there is none. */
  get(id: string, o?: CallOptions): Promise<PostdocProgramme>;
  /** Counts per station type, discipline, 门类, 市州, host type and industry field. */
  facets(q?: PostdocQuery, o?: CallOptions): Promise<PostdocFacets>;
  /** All openings (招收启事), newest first. */
  openings(o?: CallOptions): Promise<PostdocOpening[]>;
  /** The loaded in-memory index, for synchronous queries after the first load. */
  index(o?: CallOptions): Promise<PostdocIndex>;
}

/** Service points: `query`, `get`, `nearest`, `within`, `facets`. */
export interface ServicePointsApi {
  /** One page of points matching the filters (division, bank, service, open now, keyword …). */
  query(q?: ServicePointQuery, o?: CallOptions): Promise<Page<ServicePoint>>;
  /** The point with this id; rejects with `HbrsError('not-found')` when there is none. */
  get(id: string, o?: CallOptions): Promise<ServicePoint>;
  /** The points nearest to a WGS84 point, sorted by great-circle distance, each with `distanceKm`. */
  nearest(point: LngLat, options?: ServicePointNearestOptions & CallOptions): Promise<NearbyServicePoint[]>;
  /** The points inside a WGS84 bounding box `[west, south, east, north]`, optionally filtered. */
  within(bbox: BBox, filter?: ServicePointFilter & CallOptions): Promise<ServicePoint[]>;
  /** Filtered, nearest first (with an origin), with km, in WGS84, and the total count (see `ServicePointIndex.locate`). */
  locate(options?: ServicePointLocateOptions & CallOptions): Promise<ServicePointLocation>;
  /** Counts per 市州, bank, service and category for a filter. */
  facets(f?: ServicePointFilter, o?: CallOptions): Promise<ServicePointFacets>;
  /** The loaded in-memory index, for synchronous queries after the first load. */
  index(o?: CallOptions): Promise<ServicePointIndex>;
}

/** Administrative divisions (GB/T 2260). */
export interface DivisionsApi {
  /** All divisions, by code. */
  list(o?: CallOptions): Promise<Division[]>;
  /** The division with this code; rejects with `HbrsError('not-found')` when there is none. */
  get(code: string, o?: CallOptions): Promise<Division>;
  /** Direct children of a division (`[]` when none). */
  children(code: string, o?: CallOptions): Promise<Division[]>;
  /** The 17 市州 (13 prefectures + 4 province-administered units). */
  cities(o?: CallOptions): Promise<Division[]>;
  /** Province, then each 市州 followed by its 区县, with English names when known (see `DivisionIndex.ordered`). */
  ordered(o?: CallOptions): Promise<OrderedDivision[]>;
  /** The loaded in-memory index, for synchronous queries after the first load. */
  index(o?: CallOptions): Promise<DivisionIndex>;
}

/** The SDK client returned by {@link createClient}. */
export interface HbrsClient {
  /** Job fairs. */
  readonly jobFairs: JobFairsApi;
  /** Postdoc programmes and openings. */
  readonly postdoc: PostdocApi;
  /** 社银合作 service points. */
  readonly servicePoints: ServicePointsApi;
  /** Administrative divisions. */
  readonly divisions: DivisionsApi;
  /** Metadata of a data set (loads it if needed): sample flag, source, generatedAt, licence, counts. */
  meta(kind: FeedKind, o?: CallOptions): Promise<DataMeta>;
  /** Loads data sets ahead of use (default: all four). Rejects if any fails. */
  preload(kinds?: readonly FeedKind[], o?: CallOptions): Promise<void>;
  /**
   * Forgets the loaded data; the next call loads again. By default the HTTP cache is kept, so fresh responses are
   * reused and stale ones are revalidated with `If-None-Match` (a `304` costs no body). `{ hard: true }` also drops
   * the HTTP cache.
   */
  refresh(options?: { hard?: boolean }): void;
  /** The source in use. */
  readonly source: { type: DataSource['type']; location: string };
}

interface Loaded<I> {
  meta: DataMeta;
  index: I;
}

/** The lazily loaded module of one kind: its record schema and index builder. */
interface KindModule<K extends FeedKind> {
  schema: RecordSchema<K>;
  createIndex(items: readonly FeedItem<K>[]): IndexOf<K>;
}

const kindModule = <K extends FeedKind>(kind: K): Promise<KindModule<K>> =>
  loadKindModule(kind) as Promise<KindModule<K>>;

/** Resolves when `p` settles, or rejects with the signal's reason when the caller aborts first. */
function withSignal<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * A feed or API source whose code (the HTTP layer, the source, the last-good-copy layer) loads with the first
 * load (`sources/remote.ts`, a chunk of its own), so bundles on the sample data never carry it.
 */
function remote(options: ClientOptions): { source: DataSource; http: () => HttpClient | undefined } {
  const feed = typeof options.feed === 'string' ? { baseUrl: options.feed } : options.feed;
  const location = feed ? feed.baseUrl : options.api!.replace(/\/+$/, '');
  let made: { source: DataSource; http: HttpClient } | undefined;
  let loading: Promise<DataSource> | undefined;
  const up = (): Promise<DataSource> =>
    (loading ??= import('./sources/remote.js').then(
      (m) => (made ??= m.remoteSource(options)).source,
      (cause: unknown) => {
        loading = undefined;
        throw makeError('network', `Loading the ${feed ? 'feed' : 'API'} source failed: ${String(cause)}`, {
          url: location,
          cause,
        });
      },
    ));
  const source: DataSource = {
    type: feed ? 'feed' : 'api',
    location,
    load: async (kind, ctx) => (await up()).load(kind, ctx),
  };
  if (!feed) source.getOne = async (kind, id, ctx) => (await up()).getOne!(kind, id, ctx);
  else if (isManifestUrl(feed.baseUrl))
    source.loadDetail = async (kind, id, ctx) => (await up()).loadDetail!(kind, id, ctx);
  return { source, http: () => made?.http };
}

/** Picks the data source from the options. */
function makeSource(options: ClientOptions): { source: DataSource; http?: () => HttpClient | undefined } {
  const given = [options.source !== undefined, options.feed !== undefined, options.api !== undefined].filter(
    Boolean,
  );
  if (given.length > 1) throw new TypeError('createClient: give only one of `source`, `feed` and `api`');
  if (options.source !== undefined && options.source !== 'sample') {
    throw new TypeError(
      `createClient: unknown source ${JSON.stringify(options.source)}; use 'sample', { feed } or { api }`,
    );
  }
  if (options.feed !== undefined || options.api !== undefined) return remote(options);
  return { source: sampleSource(options.now) };
}

/**
 * Creates an SDK client. DOM-free: the same API runs in browsers and Node 20+.
 *
 * Each data set loads once per client on first use (validated, invalid records dropped and reported through
 * `onDiagnostic`, indexed in memory); queries then run synchronously over the indexes. A failed load is not
 * remembered: the next call tries again.
 *
 * @example
 * ```ts
 * const client = createClient();                       // built-in sample data
 * const near = await client.servicePoints.nearest({ lat: 30.5928, lng: 114.3055 }, { limit: 10 });
 * const feeds = createClient({ feed: 'https://example.gov.cn/hbrs/feeds/' });
 * const api = createClient({ api: 'https://example.gov.cn/hbrs/v1' });
 * ```
 */
export function createClient(options: ClientOptions = {}): HbrsClient {
  const { source, http } = makeSource(options);
  const loads = new Map<FeedKind, Promise<Loaded<unknown>>>();

  function load<K extends FeedKind>(kind: K): Promise<Loaded<IndexOf<K>>> {
    let p = loads.get(kind) as Promise<Loaded<IndexOf<K>>> | undefined;
    if (!p) {
      const diagnostics: Diagnostic[] = [];
      const onDiagnostic = (d: Diagnostic): void => {
        diagnostics.push(d);
        try {
          options.onDiagnostic?.(d);
        } catch {
          // a throwing diagnostics callback must not break loading
        }
      };
      p = kindModule(kind).then(async (mod) => {
        const feed = await source.load(kind, { schema: mod.schema, onDiagnostic });
        const index = mod.createIndex(feed.items);
        const meta: DataMeta = {
          ...feed.meta,
          kind,
          sourceType: source.type,
          sourceLocation: source.location,
          count: feed.items.length,
          dropped: diagnostics.length,
          diagnostics,
        };
        return { meta, index };
      });
      loads.set(kind, p as Promise<Loaded<unknown>>);
      p.catch(() => {
        if (loads.get(kind) === (p as Promise<Loaded<unknown>>)) loads.delete(kind);
      });
    }
    return p;
  }

  const indexOf = <K extends FeedKind>(kind: K, o?: CallOptions): Promise<IndexOf<K>> =>
    withSignal(
      load(kind).then((l) => l.index),
      o?.signal,
    );

  const notFound = (what: string, id: string) =>
    makeError(
      'not-found',
      `No ${what} with id ${JSON.stringify(id)} in the ${source.type} source (${source.location})`,
    );

  async function getOne<K extends FeedKind, T>(
    kind: K,
    id: string,
    what: string,
    local: (index: IndexOf<K>) => T | undefined,
    o?: CallOptions,
  ): Promise<T> {
    if (source.getOne) {
      return withSignal(
        kindModule(kind).then(
          (mod) =>
            source.getOne!(kind, id, {
              schema: mod.schema,
              ...(o?.signal ? { signal: o.signal } : {}),
            }) as Promise<T>,
        ),
        o?.signal,
      );
    }
    const loaded = await withSignal(load(kind), o?.signal);
    let found = local(loaded.index);
    if (found !== undefined && loaded.meta.summary && source.loadDetail) {
      // A summary layout: the full record is in its detail file (fetched once, shared by every caller); a
      // detail file without it leaves the summary.
      const detail = source.loadDetail(kind, id, { schema: (await kindModule(kind)).schema });
      found = ((await withSignal(detail, o?.signal)) as T | undefined) ?? found;
    }
    if (found === undefined) throw notFound(what, id);
    return found;
  }

  const jobFairs: JobFairsApi = {
    query: async (q, o) => (await indexOf('job-fairs', o)).query(q),
    get: (id, o) => getOne('job-fairs', id, 'job fair', (i) => i.get(id), o),
    facets: async (q, o) => (await indexOf('job-fairs', o)).facets(q),
    index: (o) => indexOf('job-fairs', o),
  };

  const postdoc: PostdocApi = {
    query: async (q, o) => (await indexOf('postdoc', o)).query(q),
    get: (id, o) => getOne('postdoc', id, 'postdoc programme', (i) => i.get(id), o),
    facets: async (q, o) => (await indexOf('postdoc', o)).facets(q),
    openings: async (o) => (await indexOf('postdoc', o)).openings(),
    index: (o) => indexOf('postdoc', o),
  };

  const servicePoints: ServicePointsApi = {
    query: async (q, o) => (await indexOf('service-points', o)).query(q),
    get: (id, o) => getOne('service-points', id, 'service point', (i) => i.get(id), o),
    nearest: async (point, opts = {}) => {
      if (!point || !Number.isFinite(point.lat) || !Number.isFinite(point.lng)) {
        throw new TypeError('servicePoints.nearest: point must be { lat, lng } with finite numbers');
      }
      return (await indexOf('service-points', opts)).nearest(point, opts);
    },
    within: async (bbox, filter = {}) => (await indexOf('service-points', filter)).within(bbox, filter),
    locate: async (opts = {}) => {
      const { signal: _signal, ...q } = opts;
      return (await indexOf('service-points', opts)).locate(q);
    },
    facets: async (f, o) => (await indexOf('service-points', o)).facets(f),
    index: (o) => indexOf('service-points', o),
  };

  const divisions: DivisionsApi = {
    list: async (o) => (await indexOf('divisions', o)).list(),
    get: (code, o) => getOne('divisions', code, 'division', (i) => i.get(code), o),
    children: async (code, o) => (await indexOf('divisions', o)).children(code),
    cities: async (o) => (await indexOf('divisions', o)).cities(),
    ordered: async (o) => (await indexOf('divisions', o)).ordered(),
    index: (o) => indexOf('divisions', o),
  };

  return {
    jobFairs,
    postdoc,
    servicePoints,
    divisions,
    source: { type: source.type, location: source.location },
    meta: (kind, o) =>
      withSignal(
        load(kind).then((l) => ({ ...l.meta })),
        o?.signal,
      ),
    preload: async (kinds = ['job-fairs', 'postdoc', 'service-points', 'divisions'], o) => {
      await withSignal(Promise.all(kinds.map((k) => load(k))), o?.signal);
    },
    refresh: (o = {}) => {
      loads.clear();
      if (o.hard) http?.()?.clearCache();
    },
  };
}
