/**
 * Lazy per-kind modules of the client: each data set's schema and index builder is imported the first time that
 * data set is loaded. Bundlers turn each into its own chunk: a job-fair widget never downloads the service-point
 * schema, the spatial index or the coordinate conversion.
 * @module
 */
import type { FeedKind } from '../model/index.js';
import { VERSION } from '../version.js';

/**
 * Loads the module of one kind. A build may leave kinds out (each CDN bundle of `@hbrs/widgets` keeps only the
 * kinds its elements read, so the schemas and vocabularies of the others are not in its download); see
 * {@link loadKindModule} for what a client does then.
 */
const MODULES = {
  'job-fairs': () => import('./job-fairs.js'),
  postdoc: () => import('./postdoc.js'),
  'service-points': () => import('./service-points.js'),
  divisions: () => import('./divisions.js'),
} as const satisfies Record<FeedKind, () => Promise<unknown>>;
export const KIND_MODULES: { readonly [K in FeedKind]?: (typeof MODULES)[K] } = MODULES;

/** The index type of one kind. */
export type IndexOf<K extends FeedKind> = ReturnType<Awaited<ReturnType<(typeof MODULES)[K]>>['createIndex']>;

type Loaders = { [K in FeedKind]?: () => Promise<unknown> };

/**
 * The kind loaders of every copy of this SDK version on the page, on `globalThis` under a registered symbol. Two
 * CDN bundles on one page share their clients (one download per data set); a client made by one bundle borrows the
 * loader of a kind it lacks from the other.
 */
function pageLoaders(): Loaders {
  const key = Symbol.for('hbrs.kinds');
  const g = globalThis as { [key]?: Map<string, Loaders> };
  const all = (g[key] ??= new Map());
  let mine = all.get(VERSION);
  if (!mine) all.set(VERSION, (mine = {}));
  return mine;
}

const page = pageLoaders();
for (const kind of Object.keys(KIND_MODULES) as FeedKind[]) page[kind] ??= KIND_MODULES[kind];

/**
 * Imports the module of `kind`: this copy's own, else the one another copy of this SDK version on the page
 * registered. Rejects with a message naming the kind when neither has it.
 */
export function loadKindModule(kind: FeedKind): Promise<unknown> {
  const load = KIND_MODULES[kind] ?? page[kind];
  if (load) return load();
  return Promise.reject(
    new Error(
      `The ${kind} data kind is not in this build of @hbrs/sdk (a CDN bundle keeps only the kinds its elements read); ` +
        'load the bundle of an element that shows it, or hbrs-widgets.js.',
    ),
  );
}
