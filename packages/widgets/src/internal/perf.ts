/**
 * `true` only in the benchmarks' own build of a CDN bundle (`define` in Vite); `false` in the shipped
 * CDN bundles, where the minifier then drops every `benchMark()` call; undeclared elsewhere (npm
 * build, tests, Storybook), where `benchMark()` does nothing.
 */
declare const __HBRS_BENCH__: boolean | undefined;

/** Whether this build records user-timing marks for the benchmarks. */
export const BENCH = typeof __HBRS_BENCH__ !== 'undefined' && __HBRS_BENCH__;

/**
 * A user-timing mark for a benchmark (`performance.mark(name)`), e.g. `hbrs-service-map:list` when the
 * result list first rendered. Only in the benchmarks' build: shipped bundles have no marks.
 */
export function benchMark(name: string): void {
  if (BENCH) performance.mark(name);
}
