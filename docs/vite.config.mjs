// The docs site: plain Vite multi-page build. Guides are Markdown rendered to HTML by
// scripts/render.mjs; the demo portal loads the widgets' CDN bundles from /cdn exactly as a portal
// would (copied from packages/widgets/dist/cdn into public/cdn before the build).
import { defineConfig } from 'vite';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const cdnSrc = resolve(root, '../packages/widgets/dist/cdn');
const cdnDst = resolve(root, 'public/cdn');

function copyCdn() {
  if (!existsSync(cdnSrc))
    throw new Error('Build @hbrs/widgets first: packages/widgets/dist/cdn is missing.');
  rmSync(cdnDst, { recursive: true, force: true });
  cpSync(cdnSrc, cdnDst, { recursive: true });
  // The REST contract, linked from the SDK guide (docs/api/ itself becomes TypeDoc's output folder).
  cpSync(resolve(root, 'api/openapi.yaml'), resolve(root, 'public/openapi.yaml'));
}

/** Replaces %SRI:<file>% with the file's integrity hash from the CDN manifest. */
const sri = () => ({
  name: 'hbrs-sri',
  transformIndexHtml(html) {
    const manifest = JSON.parse(readFileSync(resolve(cdnSrc, 'manifest.json'), 'utf8'));
    return html.replace(/%SRI:([\w.-]+)%/g, (_, file) => {
      const entry = manifest.files[file];
      if (!entry) throw new Error(`No SRI hash for ${file} in the CDN manifest`);
      return entry.integrity;
    });
  },
});

const pages = (dir) =>
  existsSync(resolve(root, dir))
    ? readdirSync(resolve(root, dir))
        .filter((f) => f.endsWith('.html'))
        .map((f) => resolve(root, dir, f))
    : [];

export default defineConfig(() => {
  copyCdn();
  return {
    root,
    base: './',
    plugins: [sri()],
    build: {
      outDir: 'dist',
      // No inline or injected scripts: the pages must run under a strict CSP.
      modulePreload: { polyfill: false },
      emptyOutDir: true,
      rollupOptions: {
        input: [resolve(root, 'index.html'), ...pages('demo'), ...pages('guide'), ...pages('check')],
      },
    },
  };
});
