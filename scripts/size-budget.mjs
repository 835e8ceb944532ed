// Size budgets: for each CDN bundle in packages/widgets/dist/cdn, the gzipped size of the entry file
// plus every chunk it can load (static and dynamic imports, transitively: e.g. a lazily loaded map
// library counts), except the sample data set, which portals on real data never download. Fails when
// a bundle exceeds its budget in packages/widgets/size-budgets.json or has no budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'packages/widgets/dist/cdn');
if (!existsSync(cdn)) {
  console.error('size: packages/widgets/dist/cdn is missing; run `pnpm build` first.');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(join(root, 'packages/widgets/size-budgets.json'), 'utf8'));

/** True for chunks built only from @hbrs/sample-data (the sample data set and its loader). */
function isSampleData(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return false;
  const { sources } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.length > 0 && sources.every((s) => s.includes('sample-data/'));
}

/** The entry and every chunk reachable from it (sample data excluded). */
function closure(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || isSampleData(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import\(|from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      stack.push(resolve(dirname(file), m[1]));
    }
  }
  return [...seen];
}

let failed = false;
const rows = [];
for (const file of readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const files = closure(join(cdn, file));
  const entryGz = gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const budget = budgets[file];
  const ok = typeof budget === 'number' && gz <= budget;
  if (!ok) failed = true;
  rows.push([
    file,
    (gz / 1024).toFixed(1) + ' KB',
    (entryGz / 1024).toFixed(1) + ' KB',
    String(files.length - 1),
    budget ? (budget / 1024).toFixed(1) + ' KB' : 'none',
    ok ? 'ok' : 'OVER',
  ]);
  if (process.env.SIZE_VERBOSE) for (const f of files) console.log(`  ${file} ← ${relative(cdn, f)}`);
}
for (const name of Object.keys(budgets)) {
  if (!name.startsWith('$') && !existsSync(join(cdn, name))) {
    // A budget set ahead of its widget: reported, not a failure.
    rows.push([name, 'not built', '', '', (budgets[name] / 1024).toFixed(1) + ' KB', '-']);
  }
}
const widths = [30, 11, 11, 7, 10, 5];
console.log(
  ['bundle', 'total gz', 'entry gz', 'chunks', 'budget', ''].map((h, i) => h.padEnd(widths[i])).join(' '),
);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join(' '));
console.log('(total = entry + every chunk it may load, except the sample data set)');
if (failed) {
  console.error('\nsize: a bundle is over its budget or has no budget (packages/widgets/size-budgets.json).');
  process.exit(1);
}
