/**
 * `@hbrs/sdk`: typed, DOM-free data access for Hubei 人社 services (job fairs, postdoc programmes, 社银合作 service
 * points, divisions) over three sources: the built-in sample set, static feed files, or a REST API.
 * @packageDocumentation
 */
export {
  createClient,
  type ClientOptions,
  type HbrsClient,
  type DataMeta,
  type CallOptions,
  type JobFairsApi,
  type PostdocApi,
  type ServicePointsApi,
  type DivisionsApi,
} from './client.js';
export * from './model/index.js';
export { DIVISION_NAMES_EN, DISCIPLINE_NAMES_EN, TERMS_EN } from './names-en/index.js';
export * from './queries/index.js';
export * from './geo/index.js';
export {
  createHttpClient,
  parseRetryAfter,
  backoffDelay,
  type HttpClient,
  type HttpOptions,
  type RequestOptions,
  type FetchLike,
} from './net/http.js';
export type { DataSource, LoadContext } from './sources/types.js';
export { memoryStore, type PersistStore, type StoredCopy } from './net/store.js';
export type { StaleMark } from './sources/persist.js';
export { DEFAULT_FEED_FILES, feedUrl, isManifestUrl, type FeedFiles } from './sources/feed.js';
export { API_PATHS, API_LOAD_PAGE_SIZE } from './sources/api.js';
export {
  MANIFEST_FORMAT,
  fnv1a32,
  shardOf,
  readManifest,
  type FeedManifest,
  type ManifestKind,
  type ManifestFile,
  type ManifestDetails,
} from './sources/manifest.js';
