// Benchmark of <hbrs-service-map> against a naive Leaflet baseline (one DOM marker per point), in
// the local headless Chromium (playwright-core), with the built CDN bundle and the ~4,000 sample
// service points served as a feed. Prints one table.
//
//   node packages/widgets/bench/service-map.mjs   (builds its own bundle, with the user-timing marks,
//                                                  into bench/dist/cdn; the shipped bundles have none)
//   options: --runs=5  --cpu=4 (CPU slowdown factor, e.g. for an old phone)
//            --feed-dir=DIR (a directory with service-points.json instead of the sample feed; scale.mjs uses it)
//            --no-naive (the widget only: Leaflet with one DOM marker per point takes minutes at 40,000 points)
//
// Measured, from the moment the data has arrived (the SDK index is built, or the baseline has its
// array of points):
//   list      the result list is rendered (widget only; a user-timing mark in updated())
//   list painted  the first animation frame after the one that had the list (what a person sees)
//   map       the map has drawn its first set of objects (sync work done)
//   painted   the first animation frame after that (what a person sees)
// and the requestAnimationFrame deltas while panning with the mouse (3 drags) and zooming (2 in,
// 2 out, animated), at the province view and at a city view (Wuhan, zoom 11); also when the data arrived
// (from navigation start), nearest-10 latency in the page (the SDK's spatial index; the baseline scans its
// array), and the JS heap after a GC once the map is drawn.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { findChrome } from '../../../scripts/find-chrome.mjs';
import { buildBenchBundle } from './lib/bench-bundle.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? '1']),
);
const RUNS = Number(args.runs ?? 5);
const CPU = Number(args.cpu ?? 1);
const NAIVE = !('no-naive' in args);

const root = resolve(import.meta.dirname, '../../..');
await buildBenchBundle('hbrs-service-map');
const feedDir = args['feed-dir'] ?? join(root, 'packages/sample-data/feed');
if (!existsSync(join(feedDir, 'service-points.json'))) {
  console.error('The sample feed packages/sample-data/feed/service-points.json is missing.');
  process.exit(1);
}

const PAGES = {
  '/bench/widget.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>widget</title>
<link rel="stylesheet" href="/bench/page.css"></head><body>
<script type="module" src="/packages/widgets/bench/dist/cdn/hbrs-service-map.js"></script></body></html>`,
  '/bench/naive.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>naive</title>
<link rel="stylesheet" href="/packages/widgets/bench/node_modules/leaflet/dist/leaflet.css">
<link rel="stylesheet" href="/bench/page.css"></head><body><div id="map"></div>
<script type="module" src="/bench/naive.js"></script></body></html>`,
  '/bench/page.css': `body { margin: 0; } hbrs-service-map { display: block; width: 1200px; }
#map { width: 712px; height: 420px; } .dot { width: 12px; height: 12px; border-radius: 50%;
background: #0b57a4; border: 2px solid #fff; box-sizing: border-box; }`,
  '/bench/naive.js': `import * as L from '/packages/widgets/bench/node_modules/leaflet/dist/leaflet-src.esm.js';
window.__L = L;`,
};
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const page = PAGES[path];
  if (page) {
    res.writeHead(200, { 'content-type': `${TYPES[extname(path)]}; charset=utf-8` }).end(page);
    return;
  }
  // The feed directory may be outside the repository (scale.mjs writes to a temp dir).
  const [dir, rest] = path.startsWith('/feed/') ? [resolve(feedDir), path.slice(6)] : [root, path];
  const file = normalize(join(dir, rest));
  if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
  });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();

async function newPage(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // A renderer crash would otherwise only surface as "Target page … has been closed".
  page.on('crash', () => console.error(`The page ${path} crashed (renderer process gone).`));
  const cdp = await page.context().newCDPSession(page);
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(base + path);
  return { page, errors, cdp };
}

/** Used JS heap after a full GC, in bytes. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** 200 nearest-10 queries across the province in the page, with `near` (an expression of `p`), ms each. */
const nearest = (page, near) =>
  page.evaluate(`(async () => {
    const out = [];
    for (let i = 0; i < 200; i++) {
      const p = { lat: 29.5 + ((i * 37) % 100) / 40, lng: 109.5 + ((i * 61) % 100) / 14 };
      const s = performance.now();
      await (${near});
      out.push(performance.now() - s);
    }
    return out;
  })()`);

/** Widget: first render after the data arrived. Returns timings and the decoded points. */
async function widgetRun(withPoints) {
  const { page, errors, cdp } = await newPage('/bench/widget.html');
  const r = await page.evaluate(
    async ({ feed, withPoints }) => {
      await customElements.whenDefined('hbrs-service-map');
      const el = document.createElement('hbrs-service-map');
      el.setAttribute('feed', feed);
      const ready = new Promise((res) =>
        el.addEventListener('hbrs-service-map-ready', (e) =>
          requestAnimationFrame(() => res({ painted: performance.now(), detail: e.detail })),
        ),
      );
      // The first animation frame after the one in which the list was on the page.
      let listPainted;
      const watch = () => {
        if (el.shadowRoot?.querySelector('.item')) requestAnimationFrame((t) => (listPainted = t));
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      document.body.append(el);
      // A widget that shows an error instead of a map fails the run with that error.
      const failed = new Promise((_, rej) => {
        const check = () => {
          const err = el.shadowRoot?.querySelector('[part=error]');
          if (err) rej(new Error(`widget: ${err.textContent.trim().slice(0, 200)}`));
          else setTimeout(check, 500);
        };
        check();
      });
      const { painted, detail } = await Promise.race([ready, failed]);
      const at = (n) => performance.getEntriesByName(n).at(-1)?.startTime;
      const data = at('hbrs-service-map:data');
      const out = {
        list: at('hbrs-service-map:list') - data,
        listPainted: listPainted - data,
        map: at('hbrs-service-map:map') - data,
        painted: painted - data,
        data,
        points: detail.points,
        objects: detail.objects,
      };
      if (withPoints) {
        const index = await el.sdk.servicePoints.index();
        out.latlngs = index
          .all()
          .filter((p) => p.status === 'active')
          .map((p) => [p.location.lat, p.location.lng]);
      }
      return out;
    },
    { feed: `${base}/feed/`, withPoints },
  );
  r.heap = await heap(cdp);
  await page.evaluate(async () => {
    window.__index = await document.querySelector('hbrs-service-map').sdk.servicePoints.index();
  });
  r.near = await nearest(page, 'window.__index.nearest(p, { limit: 10 })');
  return { page, errors, r };
}

/** Baseline: a plain Leaflet map with one DOM marker per point, given the decoded points. */
async function naiveRun(latlngs) {
  const { page, errors, cdp } = await newPage('/bench/naive.html');
  await page.waitForFunction(() => window.__L);
  const r = await page.evaluate((latlngs) => {
    const L = window.__L;
    const t0 = performance.now();
    const map = L.map('map', { zoomControl: true, preferCanvas: false });
    map.fitBounds([
      [29.03, 108.36],
      [33.27, 116.13],
    ]);
    const icon = L.divIcon({ className: 'dot', iconSize: [12, 12] });
    for (const ll of latlngs) L.marker(ll, { icon, keyboard: false }).addTo(map);
    const t1 = performance.now();
    window.__map = map;
    return new Promise((res) =>
      requestAnimationFrame(() =>
        res({
          list: NaN,
          listPainted: NaN,
          map: t1 - t0,
          painted: performance.now() - t0,
          points: latlngs.length,
          objects: latlngs.length,
          data: NaN,
        }),
      ),
    );
  }, latlngs);
  r.heap = await heap(cdp);
  // Nearest 10 the naive way: a distance to every point, then a sort.
  await page.evaluate((latlngs) => {
    const rad = Math.PI / 180;
    window.__near = (p) =>
      latlngs
        .map(([lat, lng]) => {
          const a =
            Math.sin(((lat - p.lat) * rad) / 2) ** 2 +
            Math.cos(lat * rad) * Math.cos(p.lat * rad) * Math.sin(((lng - p.lng) * rad) / 2) ** 2;
          return { lat, lng, km: 12742 * Math.asin(Math.sqrt(a)) };
        })
        .sort((x, y) => x.km - y.km)
        .slice(0, 10);
  }, latlngs);
  r.near = await nearest(page, 'window.__near(p)');
  return { page, errors, r };
}

/**
 * rAF deltas while dragging the map 3 times and zooming in twice and out twice (animated).
 * `api` gives expressions over `m` (the map object): its container, a city view, zoom in and out.
 */
async function frames(page, api, view) {
  const box = await page.evaluate(
    `(() => { const m = ${api.map}; ${view === 'city' ? api.city : ''}; const r = ${api.container}.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; })()`,
  );
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    window.__deltas = [];
    window.__on = true;
    let last = performance.now();
    const f = (t) => {
      window.__deltas.push(t - last);
      last = t;
      if (window.__on) requestAnimationFrame(f);
    };
    requestAnimationFrame(f);
  });
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  for (const [dx, dy] of [
    [200, 0],
    [-150, 100],
    [0, -120],
  ]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 30 });
    await page.mouse.up();
    await page.waitForTimeout(350);
  }
  for (const op of ['zoomIn', 'zoomIn', 'zoomOut', 'zoomOut']) {
    await page.evaluate(`(() => { const m = ${api.map}; ${api[op]}; })()`);
    await page.waitForTimeout(450);
  }
  const deltas = await page.evaluate(() => {
    window.__on = false;
    return window.__deltas.slice(1);
  });
  return deltas;
}

/** The widget's map engine (slippy-map.ts). */
const WIDGET_API = {
  map: `document.querySelector('hbrs-service-map').map.view.map`,
  container: 'm.container',
  city: 'm.setView(30.58, 114.30, 11)',
  zoomIn: 'm.zoomIn()',
  zoomOut: 'm.zoomOut()',
};
/** Leaflet 1.9 (the naive baseline). */
const LEAFLET_API = {
  map: 'window.__map',
  container: 'm.getContainer()',
  city: 'm.setView([30.58, 114.30], 11, { animate: false })',
  zoomIn: 'm.zoomIn(1, { animate: true })',
  zoomOut: 'm.zoomOut(1, { animate: true })',
};

const median = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] : NaN;
};

const VIEWS = ['province', 'city'];
const results = {
  widget: { runs: [], frames: { province: [], city: [] }, errors: [] },
  naive: { runs: [], frames: { province: [], city: [] }, errors: [] },
};
let latlngs;
try {
  for (let i = 0; i < RUNS; i++) {
    const w = await widgetRun(i === 0);
    if (i === 0) latlngs = w.r.latlngs;
    delete w.r.latlngs;
    results.widget.runs.push(w.r);
    for (const view of VIEWS) results.widget.frames[view].push(...(await frames(w.page, WIDGET_API, view)));
    results.widget.errors.push(...w.errors);
    await w.page.close();

    if (!NAIVE) continue;
    const n = await naiveRun(latlngs);
    results.naive.runs.push(n.r);
    for (const view of VIEWS) results.naive.frames[view].push(...(await frames(n.page, LEAFLET_API, view)));
    results.naive.errors.push(...n.errors);
    await n.page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const rows = [];
for (const [name, res] of Object.entries(results)) {
  if (!res.runs.length) continue;
  const label =
    name === 'widget'
      ? '<hbrs-service-map> (own engine, canvas + supercluster)'
      : 'naive (Leaflet 1.9, 1 DOM marker per point)';
  rows.push([
    label,
    fmt(median(res.runs.map((r) => r.list))),
    fmt(median(res.runs.map((r) => r.listPainted))),
    fmt(median(res.runs.map((r) => r.map))),
    fmt(median(res.runs.map((r) => r.painted))),
    fmt(median(res.runs.map((r) => r.data))),
    String(res.runs[0]?.objects ?? '—'),
    fmt(
      pct(
        res.runs.flatMap((r) => r.near),
        50,
      ),
    ),
    fmt(
      pct(
        res.runs.flatMap((r) => r.near),
        95,
      ),
    ),
    fmt(median(res.runs.map((r) => r.heap / 1048576))),
    ...['province', 'city'].flatMap((v) => {
      const d = res.frames[v];
      return [
        fmt(pct(d, 50)),
        fmt(pct(d, 95)),
        fmt(Math.max(...d)),
        `${d.filter((x) => x > 16.7 * 1.5).length}/${d.length}`,
      ];
    }),
  ]);
}
const head = [
  'variant',
  'list ms',
  'list painted',
  'map ms',
  'painted ms',
  'data at ms',
  'objects',
  'near10 p50',
  'near10 p95',
  'heap MB',
  'prov. p50',
  'prov. p95',
  'prov. max',
  'prov. >25ms',
  'city p50',
  'city p95',
  'city max',
  'city >25ms',
];
console.log(
  `\nhbrs-service-map benchmark: ${latlngs?.length ?? '?'} active sample points, ${RUNS} runs, CPU slowdown ×${CPU}, ${findChrome()}`,
);
console.log(
  `Machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (results are only comparable on an idle machine).`,
);
console.log(
  'Render times are medians from data arrival ("data at": from navigation start); near10: ms per nearest-10 query in the page; heap after GC with the map drawn; frame columns are rAF deltas (ms) while panning and zooming.\n',
);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const errs = [...results.widget.errors, ...results.naive.errors];
if (errs.length) console.log(`\nPage errors:\n${errs.join('\n')}`);
