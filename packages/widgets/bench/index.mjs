// `pnpm bench` for the widgets: runs every widget benchmark in the local Chromium against the built CDN
// bundles (run `pnpm build` first), one after another, each printing its own table beside its naive
// baseline. Usage: node bench/index.mjs [name …]   (names: job-fairs, postdoc-finder, service-map,
// retirement-age, pension-estimator)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const all = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.mjs') && f !== 'index.mjs')
  .map((f) => f.slice(0, -4))
  .sort();
const names = process.argv.length > 2 ? process.argv.slice(2) : all;
let failed = 0;
for (const name of names) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, [`${import.meta.dirname}/${name}.mjs`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
