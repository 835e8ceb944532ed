// Benchmark of <hbrs-pension-estimator> on its CDN bundle in the local Chromium, plain and with the CPU
// slowed 4× (an old phone): first render, switching to the retirement tab (loads its chunk), and one
// keystroke (input → re-validated, re-computed, re-rendered) in each tab. Timing targets live here, not
// in the tests. Build the bundle first:
//   cd packages/widgets && node scripts/build-cdn.mjs hbrs-pension-estimator
//   node packages/widgets/bench/pension-estimator.mjs
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serveDir } from '../../../scripts/static-server.mjs';
import { CHROME_ARGS, findChrome, HOW_TO_INSTALL } from '../../../scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(HOW_TO_INSTALL);
const cdn = resolve(import.meta.dirname, '../dist/cdn');
const { server, url } = await serveDir(cdn);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });

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

const rows = [];
try {
  for (const slowdown of [1, 4]) {
    const page = await browser.newPage();
    await page.route(url + 'bench.html', (r) => r.fulfill({ body: PAGE, contentType: 'text/html' }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(url + 'bench.html', { waitUntil: 'networkidle' });
    rows.push([slowdown, await page.evaluate(measure)]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
console.log(
  'CPU  first render  switch to retirement  keystroke (adjustment)  keystroke (retirement)  keystroke (projection)',
);
for (const [slowdown, t] of rows) {
  console.log(
    `${String(slowdown).padStart(2)}×  ${fmt(t.firstRender)}    ${fmt(t.switchTab)}            ${fmt(t.adjustmentKey)}              ${fmt(t.retirementKey)}              ${fmt(t.projectionKey)}`,
  );
}
