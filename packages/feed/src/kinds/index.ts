/** The kinds `hbrs-feed` builds. */
import type { FeedKind } from '@hbrs/sdk';
import { jobFairs } from './job-fairs.js';
import { postdoc } from './postdoc.js';
import { servicePoints } from './service-points.js';
import type { KindSpec } from './types.js';

/** Kinds that can be built from sheets (divisions come with the SDK). */
export const BUILD_KINDS = ['service-points', 'job-fairs', 'postdoc'] as const;
/** One of {@link BUILD_KINDS}. */
export type BuildKind = (typeof BUILD_KINDS)[number];

const SPECS: Partial<Record<FeedKind, KindSpec>> = {
  'service-points': servicePoints,
  'job-fairs': jobFairs,
  postdoc,
};

/** The spec of `kind`, or undefined for a kind that is not built from sheets. */
export function kindSpec(kind: string): KindSpec | undefined {
  return SPECS[kind as FeedKind];
}

export type { ChildSpec, KindSpec, KindContext, RowValues, InputCrs, TableSpec } from './types.js';
export { servicePoints, jobFairs, postdoc };
