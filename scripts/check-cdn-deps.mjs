// The widget CDN bundles stay free of the feed builder (issue #12): no exceljs, papaparse, pinyin-pro,
// iconv-lite or @hbrs/feed code may reach packages/widgets/dist/cdn. Every JavaScript file there (the
// entries and their chunks, and every file the CDN manifest lists) must have a source map, and no
// source in it may resolve into those packages. Source maps name every module Rollup put into a file,
// minified or not, so this sees what a text search of the minified code would miss.
// Run by `pnpm size` (scripts/size-budget.mjs) and `pnpm test`; on its own: `node scripts/check-cdn-deps.mjs`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** Packages the feed builder uses that must never ship to portals. */
export const FORBIDDEN_PACKAGES = ['exceljs', 'papaparse', 'pinyin-pro', 'iconv-lite', '@hbrs/feed'];

const feedDir = join(root, 'packages', 'feed') + sep;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// node_modules/<name>/ (npm, and pnpm's …/.pnpm/<name>@<v>/node_modules/<name>/) or pnpm's store folder
// (.pnpm/<name>@<v>, scoped names with + for /).
const PACKAGE_PATH = new RegExp(
  `(?:^|/)(?:node_modules/(${FORBIDDEN_PACKAGES.map(escape).join('|')})/|\\.pnpm/(${FORBIDDEN_PACKAGES.map(
    (p) => escape(p.replace('/', '+')),
  ).join('|')})@)`,
);

/** The forbidden package a source path belongs to, or undefined. */
export function forbiddenPackageOf(absPath) {
  const p = absPath.split(sep).join('/');
  const m = PACKAGE_PATH.exec(p);
  if (m) return (m[1] ?? m[2]).replace('+', '/');
  // The workspace package itself (its src or dist), as Vite resolves the workspace link.
  if (absPath.startsWith(feedDir)) return '@hbrs/feed';
  return undefined;
}

const jsFiles = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return jsFiles(p);
    return f.endsWith('.js') ? [p] : [];
  });

/**
 * Checks `cdn`: returns the number of files and sources looked at and every problem found (empty when clean).
 * @param {string} cdn
 */
export function checkCdnDeps(cdn) {
  const problems = [];
  if (!existsSync(cdn))
    return { files: 0, sources: 0, problems: [`${cdn} is missing; run \`pnpm build\` first.`] };
  const files = new Set(jsFiles(cdn));
  const manifestPath = join(cdn, 'manifest.json');
  if (existsSync(manifestPath)) {
    for (const f of Object.keys(JSON.parse(readFileSync(manifestPath, 'utf8')).files ?? {})) {
      const p = join(cdn, f);
      // Scripts are checked; the stylesheet (themes.css) has no modules.
      if (!f.endsWith('.js')) {
        if (!existsSync(p)) problems.push(`${f}: listed in manifest.json but missing`);
        continue;
      }
      if (!existsSync(p)) problems.push(`${f}: listed in manifest.json but missing`);
      else files.add(p);
    }
  } else problems.push('manifest.json is missing');
  let sources = 0;
  for (const file of [...files].sort()) {
    const name = relative(cdn, file);
    const mapPath = `${file}.map`;
    if (!existsSync(mapPath)) {
      problems.push(`${name}: no source map, so its modules cannot be checked`);
      continue;
    }
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    const base = resolve(dirname(mapPath), map.sourceRoot ?? '');
    for (const s of map.sources ?? []) {
      sources += 1;
      const pkg = forbiddenPackageOf(resolve(base, s));
      if (pkg) problems.push(`${name}: contains ${pkg} (${s})`);
    }
  }
  if (files.size === 0) problems.push('no JavaScript files found');
  return { files: files.size, sources, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cdn = resolve(process.argv[2] ?? join(root, 'packages/widgets/dist/cdn'));
  const { files, sources, problems } = checkCdnDeps(cdn);
  if (problems.length > 0) {
    console.error(
      `cdn-deps: ${relative(root, cdn)} must not contain ${FORBIDDEN_PACKAGES.join(', ')}:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(
    `cdn-deps: ok, ${files} files (${sources} sources) in ${relative(root, cdn)} free of ${FORBIDDEN_PACKAGES.join(', ')}`,
  );
}
