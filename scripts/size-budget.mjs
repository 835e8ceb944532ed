// Size budgets: fails when a CDN bundle's gzipped size exceeds its budget in
// packages/widgets/size-budgets.json, or when a bundle has no budget at all.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'packages/widgets/dist/cdn');
if (!existsSync(cdn)) {
  console.error('size: packages/widgets/dist/cdn is missing; run `pnpm build` first.');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(join(root, 'packages/widgets/size-budgets.json'), 'utf8'));
let failed = false;
const rows = [];
for (const file of readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const gz = gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;
  const budget = budgets[file];
  const ok = typeof budget === 'number' && gz <= budget;
  if (!ok) failed = true;
  rows.push([
    file,
    (gz / 1024).toFixed(1) + ' KB',
    budget ? (budget / 1024).toFixed(1) + ' KB' : 'none',
    ok ? 'ok' : 'OVER',
  ]);
}
for (const name of Object.keys(budgets)) {
  if (!name.startsWith('$') && !existsSync(join(cdn, name))) {
    // A budget set ahead of its widget: reported, not a failure.
    rows.push([name, 'not built', (budgets[name] / 1024).toFixed(1) + ' KB', '-']);
  }
}
console.log(['bundle', 'gzipped', 'budget', ''].map((h, i) => h.padEnd(i === 0 ? 34 : 10)).join(' '));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(i === 0 ? 34 : 10)).join(' '));
if (failed) {
  console.error(
    '\nsize: a bundle is over its budget or has no budget (packages/widgets/size-budgets.json).',
  );
  process.exit(1);
}
