#!/usr/bin/env node
// Runs a package's `*.test.ts` files in plain Node (no browser), through node:test.
// Tests use mocha-style globals (describe/it/before/after…) so the same files also run in
// Chromium under @web/test-runner; `*.browser.test.ts` files are browser-only and skipped here.
// Usage: node scripts/node-test.mjs <dir> [more dirs]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push('src');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) files.push(p);
  }
};
dirs.forEach(walk);
if (files.length === 0) {
  console.error(`node-test: no *.test.ts files under ${dirs.join(', ')}`);
  process.exit(1);
}
const setup = fileURLToPath(new URL('./node-test-globals.mjs', import.meta.url));
const args = ['--import', 'tsx', '--import', setup, '--test', '--test-reporter=spec', ...files.sort()];
console.log(`node-test: ${files.length} file(s): ${files.map((f) => relative(process.cwd(), f)).join(' ')}`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
