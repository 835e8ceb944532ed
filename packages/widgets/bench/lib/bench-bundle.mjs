// Builds the benchmarks' variant of one CDN bundle: the shipped build (scripts/cdn-config.mjs) plus the
// user-timing marks of `benchMark()` (src/internal/perf.ts), into bench/dist/cdn/, never into the
// shipped dist/cdn/ (whose bundles have no marks).
import { build } from 'vite';
import { resolve } from 'node:path';
import { cdnConfig, cdnEntries } from '../../scripts/cdn-config.mjs';

/** The folder the bench bundles go to. */
export const BENCH_CDN = resolve(import.meta.dirname, '../dist/cdn');

/** Builds `name` (e.g. `hbrs-service-map`) with the marks on; returns the bundle's path. */
export async function buildBenchBundle(name) {
  const entry = cdnEntries()[name];
  if (!entry) throw new Error(`bench: no CDN entry ${name}`);
  await build(cdnConfig(name, entry, true, { outDir: BENCH_CDN }));
  return resolve(BENCH_CDN, `${name}.js`);
}
