/** The kinds `hbrs-feed` builds. */
import type { FeedKind } from '@hbrs/sdk';
import { servicePoints } from './service-points.js';
import type { KindSpec } from './types.js';

/** Kinds that can be built from sheets (divisions come with the SDK). */
export const BUILD_KINDS = ['service-points', 'job-fairs', 'postdoc'] as const;
/** One of {@link BUILD_KINDS}. */
export type BuildKind = (typeof BUILD_KINDS)[number];

const SPECS: Partial<Record<FeedKind, KindSpec>> = {
  'service-points': servicePoints,
};

/** The spec of `kind`, or undefined when this version cannot build it yet. */
export function kindSpec(kind: string): KindSpec | undefined {
  return SPECS[kind as FeedKind];
}

export type { KindSpec, KindContext, RowValues, InputCrs } from './types.js';
export { servicePoints };
