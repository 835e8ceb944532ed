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

/** Name of the Trusted Types policy of the CDN bundles (a page allows it with `trusted-types hbrs`). */
export const TRUSTED_TYPES_POLICY = 'hbrs';

// Every CDN bundle inlines its own copy of Lit, and lit-html creates a Trusted Types policy named
// "lit-html" when its module loads. Under `require-trusted-types-for 'script'` that breaks twice: a page that
// allows "lit-html" throws "already exists" at the second hbrs bundle (or beside a Lit app of its own), and a page
// that allows no policy kills the bundle at load. So the bundles' lit-html asks one page-wide helper instead: it
// creates the policy "hbrs" once, shares it with every hbrs bundle on the page, and when the page's CSP refuses
// it says so on the console in plain words (the elements still register; rendering is what the page forbade).
const POLICY_HELPER = `
function __hbrsTT(tt, rules) {
  var key = Symbol.for('hbrs.trustedTypesPolicy');
  if (key in globalThis) return globalThis[key];
  var policy;
  try {
    policy = tt.createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}, rules);
  } catch (e) {
    console.error('hbrs: the page\u2019s CSP refuses the Trusted Types policy "hbrs": add  trusted-types hbrs  (see the CSP guide). ' + e);
  }
  Object.defineProperty(globalThis, key, { value: policy });
  return policy;
}
`;

/** Rewrites lit-html's `createPolicy("lit-html", …)` to the shared helper, keeping every column in place. */
export function trustedTypesPlugin() {
  const call = /([\w$.]+)\.createPolicy\((["'])lit-html\2,/;
  return {
    name: 'hbrs-trusted-types',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const m = call.exec(code);
      if (!m)
        this.error(`${id}: lit-html no longer calls createPolicy("lit-html", …): update trustedTypesPlugin`);
      const replacement = `__hbrsTT(${m[1]},`;
      // Same length, so the module's source map stays right (the helper is appended after the last line).
      const padded = replacement.padEnd(m[0].length, ' ');
      if (padded.length !== m[0].length) this.error('trustedTypesPlugin: replacement longer than the call');
      return { code: code.replace(call, padded) + POLICY_HELPER, map: null };
    },
  };
}

/**
 * The SDK data kinds each entry's elements read, and which of them it loads at once. The SDK imports each
 * kind's module lazily (`KIND_MODULES` in sdk/src/kinds/index.ts). The plugin below, for each entry:
 * - drops the kinds its elements never read (their loader becomes `undefined`), so their schemas and
 *   vocabularies (and the parts of valibot only they use) are not in its download: a lazy chunk that is never
 *   loaded still pulls what it imports into the entry. When two bundles share a client on one page, the SDK
 *   borrows a missing kind's loader from the other bundle (`loadKindModule`).
 * - makes the eager kinds static (the service map reads service points and divisions at once): their code is in
 *   the entry, tree-shaken as usual, and the data request does not wait for one more round trip.
 * Entries not listed keep every kind, lazily. The build fails if the SDK's loader no longer has the expected shape.
 */
const ALL_KINDS = ['job-fairs', 'postdoc', 'service-points', 'divisions'];
const BUNDLE_KINDS = {
  'hbrs-job-fairs': { kinds: ['job-fairs', 'divisions'], eager: [] },
  'hbrs-postdoc-finder': { kinds: ['postdoc'], eager: [] },
  'hbrs-pension-estimator': { kinds: [], eager: [] },
  'hbrs-retirement-age': { kinds: [], eager: [] },
  'hbrs-service-map': { kinds: ['service-points', 'divisions'], eager: ['service-points', 'divisions'] },
  'hbrs-widgets': { kinds: ALL_KINDS, eager: ['service-points', 'divisions'] },
};

/** The Vite plugin that drops and makes static the kinds of this entry, or `undefined`. */
function bundleKinds(name) {
  const plan = BUNDLE_KINDS[name];
  if (!plan) return undefined;
  return {
    name: 'hbrs-bundle-kinds',
    transform(code, id) {
      if (!/\/sdk\/(?:dist|src)\/kinds\/index\.[jt]s$/.test(id)) return undefined;
      let out = code;
      const imports = [];
      for (const kind of ALL_KINDS) {
        const lazy = `() => import('./${kind}.js')`;
        if (!out.includes(lazy)) this.error(`${id}: no ${lazy}: update bundleKinds`);
        // Same length, so the module's source map stays right (imports are hoisted from the end).
        let replacement;
        if (!plan.kinds.includes(kind)) replacement = 'undefined';
        else if (plan.eager.includes(kind)) {
          replacement = `() => Promise.resolve(__k${imports.length})`;
          imports.push(`import * as __k${imports.length} from './${kind}.js';`);
        } else continue;
        out = out.replace(lazy, replacement.padEnd(lazy.length, ' '));
      }
      return { code: `${out}\n${imports.join('\n')}\n`, map: null };
    },
  };
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
    plugins: [trustedTypesPlugin(), bundleKinds(name)].filter(Boolean),
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
