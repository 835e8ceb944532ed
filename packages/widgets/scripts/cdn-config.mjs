// CDN bundles: one self-contained ES module per widget (`hbrs-<widget>.js`) plus `hbrs-widgets.js`
// (all widgets), lit and @hbrs/core inlined, written to dist/cdn/. Each entry is built on its own so
// that no bundle imports another; data loaded lazily (the sample data set) becomes a separate chunk
// under dist/cdn/chunks/ that only portals on sample data ever download.
/** @typedef {import('vite').UserConfig} UserConfig */
// The npm build (ESM with lit external, .d.ts, source maps) is `tsc -b`.
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const src = resolve(import.meta.dirname, '../src');

/** `hbrs-widgets` → src/all.ts, `hbrs-<folder>` → src/<folder>/define.ts for every widget folder. */
export function cdnEntries() {
  const entries = { 'hbrs-widgets': resolve(src, 'all.ts') };
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    const define = resolve(src, dir.name, 'define.ts');
    if (dir.isDirectory() && existsSync(define)) entries[`hbrs-${dir.name}`] = define;
  }
  return entries;
}

/**
 * The Vite config of one CDN entry. `bench.outDir` builds the benchmarks' variant instead: with the
 * user-timing marks of `benchMark()` (src/internal/perf.ts), into the bench's own folder, never into
 * dist/cdn (the shipped bundles have no marks).
 */
export function cdnConfig(name, entry, first, bench = undefined) {
  return {
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"', __HBRS_BENCH__: bench ? 'true' : 'false' },
    build: {
      outDir: bench?.outDir ?? resolve(import.meta.dirname, '../dist/cdn'),
      emptyOutDir: first,
      target: 'es2021',
      minify: 'terser',
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: {
        // The entry may export internals to its lazy chunks, so its code is not split off into a
        // second file behind an 80-byte facade: one round trip less before the element is defined.
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}
