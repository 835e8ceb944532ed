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
 * SDK data kinds an entry always loads (the service map reads service points and divisions at once).
 * The SDK imports each kind's module lazily (`KIND_MODULES` in sdk/src/kinds/index.ts); for these
 * entries the plugin below turns those imports into static ones, so the kinds' code is in the entry
 * (tree-shaken as usual) and the data request does not wait for one more round trip. Other kinds
 * stay lazy. The build fails if the SDK's loader no longer has the expected shape.
 */
const EAGER_KINDS = {
  'hbrs-service-map': ['service-points', 'divisions'],
  'hbrs-widgets': ['service-points', 'divisions'],
};

/** The Vite plugin that makes `kinds` static in this entry, or `undefined`. */
function eagerKinds(name) {
  const kinds = EAGER_KINDS[name];
  if (!kinds) return undefined;
  return {
    name: 'hbrs-eager-kinds',
    transform(code, id) {
      if (!/\/sdk\/(?:dist|src)\/kinds\/index\.[jt]s$/.test(id)) return undefined;
      let out = code;
      const imports = kinds.map((kind, i) => {
        const lazy = `() => import('./${kind}.js')`;
        if (!out.includes(lazy)) throw new Error(`hbrs-eager-kinds: no ${lazy} in ${id}`);
        out = out.replace(lazy, `() => Promise.resolve(__hbrsKind${i})`);
        return `import * as __hbrsKind${i} from './${kind}.js';\n`;
      });
      return { code: imports.join('') + out, map: null };
    },
  };
}

/** The Vite config of one CDN entry. */
export function cdnConfig(name, entry, first) {
  return {
    plugins: [eagerKinds(name)].filter(Boolean),
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: resolve(import.meta.dirname, '../dist/cdn'),
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
