/**
 * Lazy per-kind modules of the client: each data set's schema and index builder is imported the first time that
 * data set is loaded. Bundlers turn each into its own chunk: a job-fair widget never downloads the service-point
 * schema, the spatial index or the coordinate conversion.
 * @module
 */
import type { FeedKind } from '../model/index.js';

/** Loads the module of one kind. */
export const KIND_MODULES = {
  'job-fairs': () => import('./job-fairs.js'),
  postdoc: () => import('./postdoc.js'),
  'service-points': () => import('./service-points.js'),
  divisions: () => import('./divisions.js'),
} as const satisfies Record<FeedKind, () => Promise<unknown>>;

/** The index type of one kind. */
export type IndexOf<K extends FeedKind> = ReturnType<
  Awaited<ReturnType<(typeof KIND_MODULES)[K]>>['createIndex']
>;
