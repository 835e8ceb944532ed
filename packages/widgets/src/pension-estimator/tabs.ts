/**
 * The two tabs' modules and the retirement tab's account projection, each loaded on demand the first time
 * it is needed (its own CDN chunk). Kept in one object so that a test can stand in a failing or slow loader.
 */
export const tabLoaders = {
  adjustment: () => import('./adjustment.js'),
  retirement: () => import('./retirement.js'),
  projection: () => import('./projection.js'),
};

export type AdjustmentModule = Awaited<ReturnType<typeof tabLoaders.adjustment>>;
export type RetirementModule = Awaited<ReturnType<typeof tabLoaders.retirement>>;
export type ProjectionModule = Awaited<ReturnType<typeof tabLoaders.projection>>;
/** The lazily loaded parts. */
export interface TabModules {
  adjustment: AdjustmentModule;
  retirement: RetirementModule;
  projection: ProjectionModule;
}
/** A lazily loaded part: a tab, or the account projection. */
export type TabPart = keyof TabModules;
