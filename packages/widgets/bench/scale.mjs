// Scale benchmark: a provincial data set (default 20,000 job fairs with ~20 employers of ~6 positions each, 5,000
// postdoc programmes, 40,000 service points; generated deterministically by lib/provincial.ts) in both layouts,
// served gzipped from a temp dir, read through the CDN bundles (with user-timing marks) in the local Chromium:
//   single  today's layout: one file per kind (`feed="/single/"`)
//   layout  the feed layout: manifest.json, summaries, detail shards (`feed="/layout/manifest.json"`)
// Printed beside each other, same run, medians (p95 where said):
//   data bytes before the first fair is listed (gzip on the wire, and decoded), time to the first listed fair,
//   time to open a detail (cold, and after hovering the fair: the prefetch), filter / keystroke latency (median,
//   p95) at CPU ×1 and ×4, JS heap after load (after a GC); for postdoc the same first-load figures and detail
//   opening; then the service map with the 40,000 points (service-map.mjs --feed-dir) and nearest-10 in the SDK.
//
// Usage: node packages/widgets/bench/scale.mjs [--fairs=20000] [--employers=20] [--positions=6] [--postdoc=5000]
//        [--points=40000] [--runs=3] [--cpu=1,4] [--keep=DIR (reuse / keep the generated data)] [--no-map]
//        [--only=service-map (only the service map and nearest-10; fairs and programmes default to a token few)]
import { spawnSync } from 'node:child_process';
import { filterSteps, pageHelpers } from './lib/job-fair-steps.mjs';
import { underTsx } from './lib/tsx.mjs';

// The generator is TypeScript (seededRandom of @hbrs/testing): run again under tsx.
underTsx(import.meta.filename);

const { createServer } = await import('node:http');
const { existsSync, createReadStream, mkdtempSync, rmSync, statSync } = await import('node:fs');
const { join, normalize } = await import('node:path');
const { tmpdir } = await import('node:os');
const { launchChromium } = await import('../../../scripts/chromium.mjs');
const { buildBenchBundle, BENCH_CDN } = await import('./lib/bench-bundle.mjs');
const { generate } = await import('./lib/provincial.ts');

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? '1']),
);
const mapOnly = args.only === 'service-map';
const opt = {
  fairs: Number(args.fairs ?? (mapOnly ? 8 : 20_000)),
  employers: Number(args.employers ?? 20),
  positions: Number(args.positions ?? 6),
  postdoc: Number(args.postdoc ?? (mapOnly ? 8 : 5_000)),
  points: Number(args.points ?? 40_000),
  perShard: Number(args['per-shard'] ?? 8),
};
const RUNS = Number(args.runs ?? 3);
const CPUS = String(args.cpu ?? '1,4')
  .split(',')
  .map(Number);
const LAYOUTS = { single: '/single/', layout: '/layout/manifest.json' };

const median = (a) => {
  const s = a.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (a) => {
  const s = a.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN;
};

const dir = args.keep ?? mkdtempSync(join(tmpdir(), 'hbrs-scale-'));
let t0 = Date.now();
if (!existsSync(join(dir, 'layout/manifest.json'))) {
  console.log(`Generating ${JSON.stringify(opt)} into ${dir} …`);
  await generate(dir, opt);
}
console.log(`data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const fileSize = (p) => (existsSync(join(dir, p)) ? statSync(join(dir, p)).size : NaN);

const PAGE = (
  tag,
  feed,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>scale</title>
<script type="module" src="/cdn/${tag}.js"></script></head>
<body><${tag} feed="${feed}" ${tag === 'hbrs-job-fairs' ? 'date="all"' : ''}></${tag}></body></html>`;

const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  const path = decodeURIComponent(u.pathname);
  if (path === '/page')
    return res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(PAGE(u.searchParams.get('tag'), u.searchParams.get('feed')));
  if (path.startsWith('/cdn/')) {
    const file = normalize(join(BENCH_CDN, path.slice(5)));
    if (file.startsWith(BENCH_CDN) && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return createReadStream(file).pipe(res);
    }
  }
  const file = normalize(join(dir, path));
  if (file.startsWith(dir) && existsSync(`${file}.gz`)) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    return createReadStream(`${file}.gz`).pipe(res);
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium({
  args: ['--js-flags=--max-old-space-size=8192', '--enable-precise-memory-info'],
});

/** One page load of `tag` over `feed` at CPU ×`cpu`: first-list figures, then `measure(page)`. */
async function run(tag, feed, cpu, measure) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 200)));
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const cdp = await page.context().newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const out = { errors };
  try {
    await page.goto(`${base}/page?tag=${tag}&feed=${encodeURIComponent(feed)}`);
    const sel = tag === 'hbrs-job-fairs' ? 'button[data-fair]' : 'button[data-open]';
    const h = await page.waitForFunction(
      ({ tag, sel }) => {
        const el = document.querySelector(tag);
        const err = el?.shadowRoot?.querySelector('.hbrs-error');
        if (err) return { error: err.textContent.trim().slice(0, 120) };
        if (!el?.shadowRoot?.querySelector(sel)) return false;
        const data = performance
          .getEntriesByType('resource')
          .filter((e) => /\/(single|layout)\//.test(e.name));
        return {
          listMs: performance.now(),
          wire: data.reduce((n, e) => n + e.encodedBodySize, 0),
          decoded: data.reduce((n, e) => n + e.decodedBodySize, 0),
          files: data.length,
        };
      },
      { tag, sel },
      { polling: 'raf', timeout: 240_000 },
    );
    Object.assign(out, await h.jsonValue());
    if (out.error) return out;
    await cdp.send('HeapProfiler.collectGarbage');
    out.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (measure) Object.assign(out, await measure(page));
  } catch (e) {
    out.error = crashed
      ? 'renderer crashed (out of memory)'
      : String(e.message ?? e)
          .split('\n')[0]
          .slice(0, 120);
  } finally {
    await page.close().catch(() => {});
  }
  return out;
}

/** Opening details: cold (no hover), and after hovering the fair's button (the prefetch), in ms. */
const openDetails = (tag) => (page) =>
  page.evaluate(async (tag) => {
    const el = document.querySelector(tag);
    const jf = tag === 'hbrs-job-fairs';
    const root = el.shadowRoot;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const sel = jf ? 'button[data-fair]' : 'button[data-open]';
    const idOf = (b) => (jf ? b.dataset.fair : b.dataset.open);
    // The views chunk first (pointing at the title prefetches it), so the figures are the data's part.
    root
      .querySelector('h2')
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 800));
    const shown = () => {
      const d = root.querySelector(jf ? 'hbrs-job-fair-detail' : 'hbrs-postdoc-detail');
      return (
        d?.shadowRoot &&
        d.shadowRoot.childElementCount > 0 &&
        !root.querySelector('.hbrs-loading, [aria-busy="true"]')
      );
    };
    const open = async (button) => {
      const start = performance.now();
      button.click();
      for (let i = 0; i < 2000 && !shown(); i++) await frame();
      const ms = performance.now() - start;
      if (jf) el.selected = '';
      else
        root
          .querySelector(jf ? '' : 'hbrs-postdoc-detail')
          ?.dispatchEvent(new CustomEvent('i-hbrs-pd-close', { bubbles: true, composed: true }));
      await el.updateComplete;
      await frame();
      return ms;
    };
    const cold = [];
    const hovered = [];
    for (let k = 0; k < 6; k++) {
      const buttons = [...root.querySelectorAll(sel)];
      const b = buttons[(k * 3) % buttons.length];
      if (k % 2 === 0) cold.push(await open(b));
      else {
        b.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await new Promise((r) => setTimeout(r, 400));
        hovered.push(await open([...root.querySelectorAll(sel)].find((x) => idOf(x) === idOf(b)) ?? b));
      }
    }
    return { openCold: cold, openHovered: hovered };
  }, tag);

/** Filter changes and keystrokes (the keyword typed one character at a time), ms each. */
const filterLatency = async (page) => {
  await page.evaluate(pageHelpers);
  return page.evaluate(async (steps) => {
    const el = document.querySelector('hbrs-job-fairs');
    const frame = window.hbrsFrame;
    const settle = () => window.hbrsSettle(el);
    for (const word of ['武汉', 'wuhan', 'hbs']) {
      for (let i = 1; i <= word.length; i++) steps.push({ keyword: word.slice(0, i), key: true });
      steps.push({ keyword: '', key: true });
    }
    const filter = [];
    const key = [];
    for (let r = 0; r < 2; r++) {
      for (const { key: isKey, ...step } of steps) {
        await frame();
        const start = performance.now();
        Object.assign(el, step);
        await settle();
        (isKey ? key : filter).push(performance.now() - start);
      }
    }
    return { filter, key };
  }, filterSteps('420100'));
};

const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(b < 10_240 ? 1 : 0)} KB` : '–');
const mb = (b) => (Number.isFinite(b) ? `${(b / 1048576).toFixed(1)} MB` : '–');
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms` : '–');

if (!mapOnly) {
  // One bench bundle at a time (each build empties bench/dist/cdn).
  await buildBenchBundle('hbrs-job-fairs');
  const results = {};
  for (const cpu of CPUS) {
    for (const [name, feed] of Object.entries(LAYOUTS)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        t0 = Date.now();
        runs.push(
          await run('hbrs-job-fairs', feed, cpu, async (page) => ({
            ...(await filterLatency(page)),
            ...(await openDetails('hbrs-job-fairs')(page)),
          })),
        );
        console.log(
          `job-fairs ${name} cpu×${cpu} run ${i + 1}: ${((Date.now() - t0) / 1000).toFixed(0)} s${runs.at(-1).error ? ` (${runs.at(-1).error})` : ''}`,
        );
        if (runs.at(-1).error) break; // a layout that fails once fails every time: do not spend minutes on it
      }
      results[`jf|${name}|${cpu}`] = runs;
    }
  }
  await buildBenchBundle('hbrs-postdoc-finder');
  const pdResults = {};
  for (const [name, feed] of Object.entries(LAYOUTS)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(await run('hbrs-postdoc-finder', feed, 1, openDetails('hbrs-postdoc-finder')));
    pdResults[name] = runs;
  }

  // ------------------------------------------------------------------------------------------------
  const col = (runs, f) => {
    const ok = runs.filter((r) => !r.error);
    if (!ok.length) return `failed: ${String(runs[0]?.error ?? 'no run').replace(/\s+/g, ' ')}`;
    return f(ok);
  };
  const all = (ok, k) => ok.flatMap((r) => r[k] ?? []);
  const table = (title, rows, names) => {
    console.log(`\n${title}`);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const ws = names.map((n, i) => Math.max(n.length, ...rows.map((r) => String(r[i + 1]).length)));
    const line = (cells) => cells.map((c, i) => String(c).padEnd(i ? ws[i - 1] : w0)).join('   ');
    console.log(line(['', ...names]));
    for (const r of rows) console.log(line(r));
  };

  console.log(
    `\nProvincial data: ${opt.fairs} fairs (~${opt.employers} employers × ~${opt.positions} positions), ${opt.postdoc} postdoc programmes, ${opt.points} service points; ${RUNS} run(s), medians.`,
  );
  console.log(
    `On disk (gzip): single job-fairs.json ${mb(fileSize('single/job-fairs.json.gz'))} (${mb(fileSize('single/job-fairs.json'))} raw); layout job-fairs/summary.json ${kb(fileSize('layout/job-fairs/summary.json.gz'))} (${kb(fileSize('layout/job-fairs/summary.json'))} raw), manifest ${kb(fileSize('layout/manifest.json.gz'))}.`,
  );
  for (const cpu of CPUS) {
    const names = Object.keys(LAYOUTS);
    const get = (name) => results[`jf|${name}|${cpu}`];
    const row = (label, f) => [label, ...names.map((n) => col(get(n), f))];
    table(
      `job fairs, CPU ×${cpu}`,
      [
        row('data before first fair listed (wire, gzip)', (ok) => kb(median(ok.map((r) => r.wire)))),
        row('  decoded', (ok) => kb(median(ok.map((r) => r.decoded)))),
        row('  files', (ok) => String(median(ok.map((r) => r.files)))),
        row('time to first listed fair', (ok) => ms(median(ok.map((r) => r.listMs)))),
        row('open a detail (cold)', (ok) => ms(median(all(ok, 'openCold')))),
        row('open a detail (after hover)', (ok) => ms(median(all(ok, 'openHovered')))),
        row(
          'filter change (median / p95)',
          (ok) => `${ms(median(all(ok, 'filter')))} / ${ms(p95(all(ok, 'filter')))}`,
        ),
        row('keystroke (median / p95)', (ok) => `${ms(median(all(ok, 'key')))} / ${ms(p95(all(ok, 'key')))}`),
        row('JS heap after load (after GC)', (ok) => mb(median(ok.map((r) => r.heap)))),
      ],
      names,
    );
  }
  {
    const names = Object.keys(LAYOUTS);
    const row = (label, f) => [label, ...names.map((n) => col(pdResults[n], f))];
    table(
      'postdoc finder, CPU ×1',
      [
        row('data before first result (wire, gzip)', (ok) => kb(median(ok.map((r) => r.wire)))),
        row('time to first result', (ok) => ms(median(ok.map((r) => r.listMs)))),
        row('open a detail (cold)', (ok) => ms(median(all(ok, 'openCold')))),
        row('open a detail (after hover)', (ok) => ms(median(all(ok, 'openHovered')))),
        row('JS heap after load (after GC)', (ok) => mb(median(ok.map((r) => r.heap)))),
      ],
      names,
    );
  }
}
await browser.close();
server.close();

// Service points: the same single file in both layouts; the map bench over the 40,000 points, and nearest-10.
if (!('no-map' in args)) {
  const { createClient } = await import('@hbrs/sdk');
  const { readFile } = await import('node:fs/promises');
  const c = createClient({
    feed: 'http://bench.invalid/',
    fetch: async (u) => new Response(await readFile(join(dir, 'single', new URL(u).pathname))),
  });
  await c.servicePoints.index();
  const lat = [];
  for (let i = 0; i < 200; i++) {
    const p = { lat: 29.5 + ((i * 37) % 100) / 40, lng: 109.5 + ((i * 61) % 100) / 14 };
    const s = performance.now();
    await c.servicePoints.nearest(p, { limit: 10 });
    lat.push(performance.now() - s);
  }
  console.log(
    `\nservice points: nearest-10 over ${opt.points} points (SDK in Node, 200 queries): median ${ms(median(lat))}, p95 ${ms(p95(lat))}`,
  );
  // The map over the provincial points (the widget only: the naive Leaflet peer takes minutes there), then the
  // same bench over today's ~4,000 sample points, widget and Leaflet peer: the baselines of the same run.
  for (const [what, extra] of [
    [`the ${opt.points} points`, [`--feed-dir=${dir}/single`, '--no-naive']],
    ['the sample points (baselines)', []],
  ]) {
    console.log(`\nservice map over ${what} (service-map.mjs ${extra.join(' ')}):`);
    spawnSync(process.execPath, [join(import.meta.dirname, 'service-map.mjs'), ...extra, `--runs=${RUNS}`], {
      stdio: 'inherit',
    });
  }
}
if (!args.keep) rmSync(dir, { recursive: true, force: true });
