// Benchmark of <hbrs-pension-estimator> on its CDN bundle in the local Chromium. First the download of a
// page that opens on each tab, measured like scripts/size-budget.mjs (every JavaScript file the page
// downloads, gzipped level 9, at first render): both must stay within the 30 KB, and the script
// exits with an error if one does not (size-budget.mjs measures only the default tab). Then the timings,
// plain and with the CPU slowed 4× (an old phone): first render, switching to the retirement tab (loads its
// chunk), and one keystroke (input → re-validated, re-computed, re-rendered) in each tab. Timing targets
// live here, not in the tests. Build the bundle first:
//   cd packages/widgets && node scripts/build-cdn.mjs hbrs-pension-estimator
//   node packages/widgets/bench/pension-estimator.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { serveDir } from '../../../scripts/static-server.mjs';
import { launchChromium } from '../../../scripts/chromium.mjs';

// BENCH_CDN=<dir> measures another build (e.g. of an earlier commit) for a before/after comparison.
const cdn = resolve(process.env.BENCH_CDN ?? resolve(import.meta.dirname, '../dist/cdn'));
const { server, url } = await serveDir(cdn);
const browser = await launchChromium();

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
<script type="module" src="hbrs-pension-estimator.js"></script></head><body></body></html>`;

/** Runs in the page: returns the timings in milliseconds. */
async function measure() {
  await customElements.whenDefined('hbrs-pension-estimator');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const t0 = performance.now();
  const el = document.createElement('hbrs-pension-estimator');
  document.body.append(el);
  await el.updateComplete;
  const firstRender = performance.now() - t0;
  const typeInto = async (name, value) => {
    const input = el.shadowRoot.querySelector(`[name=${name}]`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  const keystrokes = async (name, values) => {
    const times = [];
    for (const v of values) {
      const t = performance.now();
      await typeInto(name, v);
      times.push(performance.now() - t);
    }
    return median(times);
  };
  el.shadowRoot.querySelector('[part=empty] button').click();
  await el.updateComplete;
  const adjustmentKey = await keystrokes(
    'pension',
    Array.from({ length: 200 }, (_, i) => String(2500 + i)),
  );
  const t1 = performance.now();
  el.mode = 'retirement';
  await el.updateComplete;
  const switchTab = performance.now() - t1;
  el.shadowRoot.querySelector('[part=empty] button').click();
  await el.updateComplete;
  const retirementKey = await keystrokes(
    'balance',
    Array.from({ length: 200 }, (_, i) => String(100000 + i * 37)),
  );
  el.shadowRoot.querySelector('input[name=acct][value=project]').click();
  await el.updateComplete;
  await typeInto('wage', '8000');
  const projectionKey = await keystrokes(
    'left',
    Array.from({ length: 100 }, (_, i) => String(1 + (i % 30))),
  );
  return { firstRender, switchTab, adjustmentKey, retirementKey, projectionKey };
}

/** The budget for a page with the element, on either tab (KB = 1024 B). */
const BUDGET = 30 * 1024;

/** Gzipped bytes of every JavaScript file a page with `tag` downloads by its first render, and the files. */
async function download(tag, lang = 'zh-CN') {
  const page = await browser.newPage();
  const loaded = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js')) loaded.add(decodeURIComponent(u.pathname).slice(1));
  });
  await page.route(url + 'size.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="./hbrs-pension-estimator.js"></script></head><body>${tag}</body></html>`,
    }),
  );
  await page.goto(url + 'size.html', { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  await page.close();
  const files = [...loaded].map((f) => [f, gzipSync(readFileSync(join(cdn, f)), { level: 9 }).length]);
  return { bytes: files.reduce((n, [, b]) => n + b, 0), files };
}

const sizes = [];
const rows = [];
const ready = [];
try {
  for (const [name, tag, lang] of [
    ['adjustment (default)', '<hbrs-pension-estimator></hbrs-pension-estimator>'],
    ['retirement', '<hbrs-pension-estimator mode="retirement"></hbrs-pension-estimator>'],
    ['adjustment, English', '<hbrs-pension-estimator></hbrs-pension-estimator>', 'en'],
    ['retirement, English', '<hbrs-pension-estimator mode="retirement"></hbrs-pension-estimator>', 'en'],
  ])
    sizes.push([name, lang, await download(tag, lang)]);
  for (const slowdown of [1, 4]) {
    const page = await browser.newPage();
    await page.route(url + 'bench.html', (r) => r.fulfill({ body: PAGE, contentType: 'text/html' }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(url + 'bench.html', { waitUntil: 'networkidle' });
    rows.push([slowdown, await page.evaluate(measure)]);
    await page.close();
  }
  // Time from navigation to the form of each tab on screen, everything downloaded (median of 5 loads):
  // the figure a person waits for, including the download and start-up of the parts loaded on demand.
  for (const slowdown of [1, 4]) {
    const times = {};
    for (const mode of ['adjustment', 'retirement']) {
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const page = await browser.newPage();
        await page.route(url + 'ready.html', (r) =>
          r.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="./hbrs-pension-estimator.js"></script></head><body><hbrs-pension-estimator mode="${mode}"></hbrs-pension-estimator></body></html>`,
          }),
        );
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
        await page.goto(url + 'ready.html', { waitUntil: 'commit' });
        runs.push(
          await page.evaluate(async () => {
            await customElements.whenDefined('hbrs-pension-estimator');
            const el = document.querySelector('hbrs-pension-estimator');
            await el.updateComplete;
            if (!el.shadowRoot.querySelector('[part=form]')) throw new Error('no form');
            return performance.now();
          }),
        );
        await page.close();
      }
      times[mode] = runs.sort((a, b) => a - b)[2];
    }
    ready.push([slowdown, times]);
  }
} finally {
  await browser.close();
  server.close();
}
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log('page opening on          downloads  files  (gzipped; budget 30.0 KB for the zh-CN pages)');
let over = false;
for (const [name, lang, { bytes, files }] of sizes) {
  const ok = lang === 'en' || bytes <= BUDGET;
  if (!ok) over = true;
  console.log(
    `${name.padEnd(24)} ${kb(bytes).padStart(9)}  ${String(files.length).padStart(5)}  ${ok ? '' : 'OVER'}`,
  );
  if (process.env.SIZE_VERBOSE) for (const [f, b] of files) console.log(`    ${f} ${b} B`);
}
console.log();
const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
console.log('CPU  page → form shown: adjustment  retirement');
for (const [slowdown, t] of ready)
  console.log(
    `${String(slowdown).padStart(2)}×                   ${fmt(t.adjustment)}  ${fmt(t.retirement)}`,
  );
console.log();
console.log(
  'CPU  first render  switch to retirement  keystroke (adjustment)  keystroke (retirement)  keystroke (projection)',
);
for (const [slowdown, t] of rows) {
  console.log(
    `${String(slowdown).padStart(2)}×  ${fmt(t.firstRender)}    ${fmt(t.switchTab)}            ${fmt(t.adjustmentKey)}              ${fmt(t.retirementKey)}              ${fmt(t.projectionKey)}`,
  );
}
if (over) {
  console.error('\npension-estimator: a page opening on one of the tabs downloads more than 30 KB.');
  process.exit(1);
}
