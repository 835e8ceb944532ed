// Size budgets, measured as a portal would see them: each CDN bundle in packages/widgets/dist/cdn is
// loaded in the local Chromium on a page with its element (on the built-in sample data), and every
// JavaScript file the page downloads from the CDN folder is counted, gzipped (level 9): the entry, the
// chunks it imports, and the chunks it loads lazily (e.g. the map library, the data kinds it reads),
// except the sample data set itself, which portals on real data never download.
// Fails when a bundle exceeds its budget in packages/widgets/size-budgets.json or has no budget, and
// first when the feed builder's libraries reach the bundles (scripts/check-cdn-deps.mjs).
import { readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { checkCdnDeps, FORBIDDEN_PACKAGES } from './check-cdn-deps.mjs';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'packages/widgets/dist/cdn');
if (!existsSync(cdn)) {
  console.error('size: packages/widgets/dist/cdn is missing; run `pnpm build` first.');
  process.exit(1);
}
const deps = checkCdnDeps(cdn);
if (deps.problems.length > 0) {
  console.error(
    `size: packages/widgets/dist/cdn must not contain ${FORBIDDEN_PACKAGES.join(', ')}:\n  ${deps.problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `cdn-deps: ok, ${deps.files} files (${deps.sources} sources) free of ${FORBIDDEN_PACKAGES.join(', ')}`,
);
const budgets = JSON.parse(readFileSync(join(root, 'packages/widgets/size-budgets.json'), 'utf8'));

/** True for chunks built only from @hbrs/sample-data (the sample data set and its loader). */
function isSampleData(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return false;
  const { sources } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.length > 0 && sources.every((s) => s.includes('sample-data/'));
}

const bundles = readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .sort();
const tagsOf = (file) =>
  file === 'hbrs-widgets.js'
    ? bundles.filter((b) => b !== file).map((b) => b.slice(0, -3))
    : [file.slice(0, -3)];

const { server, url } = await serveDir(cdn);
const browser = await launchChromium();
let failed = false;
const rows = [];
try {
  for (const file of bundles) {
    const page = await browser.newPage();
    const loaded = new Set();
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('.js')) loaded.add(decodeURIComponent(u.pathname).slice(1));
    });
    const html = `__size-${file}.html`;
    writeFileSync(
      join(cdn, html),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="./${file}"></script></head>` +
        `<body>${tagsOf(file)
          .map((t) => `<${t}></${t}>`)
          .join('')}</body></html>`,
    );
    try {
      await page.goto(url + html, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
    } finally {
      rmSync(join(cdn, html));
      await page.close();
    }
    const files = [...loaded].map((f) => join(cdn, f)).filter((f) => existsSync(f) && !isSampleData(f));
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    const budget = budgets[file];
    const ok = typeof budget === 'number' && gz <= budget;
    if (!ok) failed = true;
    rows.push([
      file,
      (gz / 1024).toFixed(1) + ' KB',
      String(files.length),
      budget ? (budget / 1024).toFixed(1) + ' KB' : 'none',
      ok ? 'ok' : 'OVER',
    ]);
    if (process.env.SIZE_VERBOSE)
      for (const f of files) console.log(`  ${file} ← ${f.slice(cdn.length + 1)}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const name of Object.keys(budgets)) {
  if (!name.startsWith('$') && !bundles.includes(name)) {
    // A budget set ahead of its widget: reported, not a failure.
    rows.push([name, 'not built', '', (budgets[name] / 1024).toFixed(1) + ' KB', '-']);
  }
}
const widths = [28, 10, 7, 10, 5];
console.log(['bundle', 'gzipped', 'files', 'budget', ''].map((h, i) => h.padEnd(widths[i])).join(' '));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join(' '));
console.log(
  '(all JavaScript a page with the element downloads from the CDN folder, except the sample data set)',
);
if (failed) {
  console.error('\nsize: a bundle is over its budget or has no budget (packages/widgets/size-budgets.json).');
  process.exit(1);
}
