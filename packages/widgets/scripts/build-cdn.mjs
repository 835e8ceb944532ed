// Builds every CDN bundle (see cdn-config.mjs), one Vite build per entry, then writes the SRI manifest.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const { cdnEntries, cdnConfig } = await import('./cdn-config.mjs');
// `node scripts/build-cdn.mjs hbrs-job-fairs …` builds only those bundles (keeping the others).
const only = process.argv.slice(2);
const entries = Object.entries(cdnEntries()).filter(([name]) => only.length === 0 || only.includes(name));
for (const [i, [name, entry]] of entries.entries()) {
  await build(cdnConfig(name, entry, i === 0 && only.length === 0));
}

const cdn = new URL('../dist/cdn/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The page-level stylesheet of @hbrs/core (themes on any ancestor, large-text mode, no flash before definition)
// ships beside the bundles, with its hash in the manifest like every script.
copyFileSync(new URL('../node_modules/@hbrs/core/dist/themes.css', import.meta.url), join(cdn, 'themes.css'));
const files = {};
const walk = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.js') || f.endsWith('.css')) {
      const buf = readFileSync(p);
      files[relative(cdn, p)] = {
        integrity: `sha384-${createHash('sha384').update(buf).digest('base64')}`,
        bytes: buf.length,
        gzipBytes: gzipSync(buf, { level: 9 }).length,
      };
    }
  }
};
walk(cdn);
writeFileSync(
  join(cdn, 'manifest.json'),
  JSON.stringify({ package: '@hbrs/widgets', version, files }, null, 2) + '\n',
);
for (const [f, m] of Object.entries(files))
  console.log(
    `${f.padEnd(40)} ${String(m.bytes).padStart(8)} B  ${String(m.gzipBytes).padStart(7)} B gz  ${m.integrity}`,
  );
