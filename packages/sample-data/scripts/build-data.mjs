#!/usr/bin/env node
// Build step: turns feed/<kind>.json into dist/data/<kind>.js modules (`export default JSON.parse('…')`) plus .d.ts,
// so `loadFeed()` can load each feed lazily with a plain dynamic import() in Node and in bundlers alike.
// JSON.parse of a string literal is also faster to parse than an object literal of the same size.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}dist/data/`;
mkdirSync(out, { recursive: true });
for (const kind of ['job-fairs', 'postdoc', 'service-points', 'divisions']) {
  const text = readFileSync(`${root}feed/${kind}.json`, 'utf8');
  JSON.parse(text); // fail the build on a broken feed file
  const compact = JSON.stringify(JSON.parse(text));
  writeFileSync(
    `${out}${kind}.js`,
    `// Generated from feed/${kind}.json by scripts/build-data.mjs. SAMPLE DATA (示例数据), not official.\n` +
      `export default JSON.parse(${JSON.stringify(compact)});\n`,
  );
  writeFileSync(`${out}${kind}.d.ts`, 'declare const feed: unknown;\nexport default feed;\n');
}
console.log(`build-data: wrote ${out}{job-fairs,postdoc,service-points,divisions}.js`);
