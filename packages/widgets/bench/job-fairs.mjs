// Benchmark of <hbrs-job-fairs> at scale, in the local Chromium (playwright-core, never a downloaded browser).
//
// Loads the built CDN bundle (dist/cdn/hbrs-job-fairs.js: run `node scripts/build-cdn.mjs hbrs-job-fairs`
// first) on a local page whose widget reads 10,000 generated fairs from a local feed (`feed="/feeds/"`, so
// the real SDK decodes, validates and indexes them). It then times filter changes (set a filter property →
// rendered and laid out, including the widget's measuring pass) and counts DOM rows, and does the same in
// the same page for a naive full render (all matching rows built with the DOM API, no windowing).
//
// Usage: node packages/widgets/bench/job-fairs.mjs [fairs=10000] [runs=15]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { filterSteps, pageHelpers } from './lib/job-fair-steps.mjs';
import { underTsx } from './lib/tsx.mjs';

underTsx(import.meta.filename);
const { seededRandom } = await import('@hbrs/testing/random');

const N = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 15);
const cdn = resolve(import.meta.dirname, '../dist/cdn');
if (!existsSync(join(cdn, 'hbrs-job-fairs.js'))) {
  console.error(
    'bench: dist/cdn/hbrs-job-fairs.js is missing; run `node scripts/build-cdn.mjs hbrs-job-fairs`.',
  );
  process.exit(1);
}

// ------------------------------------------------------------------------------------------------
// Data: deterministic synthetic fairs across Hubei (names and hosts marked 示例).

const COUNTIES = [
  ['420102', '江岸区', '420100', '武汉市', 'jiang an'],
  ['420106', '武昌区', '420100', '武汉市', 'wu chang'],
  ['420111', '洪山区', '420100', '武汉市', 'hong shan'],
  ['420202', '黄石港区', '420200', '黄石市', 'huang shi gang'],
  ['420281', '大冶市', '420200', '黄石市', 'da ye'],
  ['420303', '张湾区', '420300', '十堰市', 'zhang wan'],
  ['420502', '西陵区', '420500', '宜昌市', 'xi ling'],
  ['420602', '襄城区', '420600', '襄阳市', 'xiang cheng'],
  ['429004', '仙桃市', '429000', '省直辖', 'xian tao'],
];
const CAMPAIGNS = [
  ['chunfeng', '春风行动', 'chun feng xing dong'],
  ['baitian_qianwan', '百日千万招聘专项行动', 'bai ri qian wan'],
  ['jinqiu', '金秋招聘月', 'jin qiu zhao pin yue'],
  ['minqi_service_month', '民营企业服务月', 'min qi fu wu yue'],
];
const GROUPS = ['高校毕业生', '农村劳动力', '退役军人', '就业困难人员', '社会求职者'];
const MODES = ['offline', 'online', 'hybrid'];

function fairs(n) {
  const r = seededRandom(42);
  const pick = (l) => l[Math.floor(r() * l.length)];
  const base = Date.parse('2026-01-01T00:00:00+08:00');
  return Array.from({ length: n }, (_, i) => {
    const [code, county, , city, py] = pick(COUNTIES);
    const camp = r() < 0.7 ? pick(CAMPAIGNS) : undefined;
    const start = base + Math.floor(r() * 365) * 86_400_000 + 9 * 3_600_000;
    const days = r() < 0.1 ? 2 : 0;
    const mode = pick(MODES);
    const name = `2026年${city}${county}${camp ? camp[1] : '周末'}招聘会（示例第${i + 1}场）`;
    const pinyin = `${py} ${camp ? camp[2] : 'zhou mo'} zhao pin hui`;
    return {
      id: `B-${String(i).padStart(5, '0')}`,
      name,
      ...(camp ? { campaign: { code: camp[0], name: camp[1], year: 2026 } } : {}),
      fairType: '综合',
      targetGroups: [pick(GROUPS)],
      mode,
      ...(mode !== 'offline'
        ? { online: { platform: '湖北公共招聘网', url: `https://example.invalid/f/${i}` } }
        : {}),
      organizers: { hosts: [`${county}人力资源和社会保障局（示例）`] },
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + days * 86_400_000 + 6 * 3_600_000).toISOString(),
      divisionCode: code,
      ...(mode !== 'online' ? { venue: { name: `${county}人力资源市场（示例）` } } : {}),
      employers: [],
      stats: { employerCount: 10 + Math.floor(r() * 200), positionCount: 50 + Math.floor(r() * 2000) },
      status: 'upcoming',
      pinyin,
      initials: pinyin
        .split(' ')
        .map((s) => s[0])
        .join(''),
    };
  });
}

function divisions() {
  const out = [
    { code: '420000', name: '湖北省', level: 'province' },
    { code: '429000', name: '省直辖县级行政区划', level: 'group', parentCode: '420000' },
  ];
  const cities = new Map();
  for (const [, , cityCode, city] of COUNTIES) if (cityCode !== '429000') cities.set(cityCode, city);
  for (const [code, name] of cities) out.push({ code, name, level: 'prefecture', parentCode: '420000' });
  for (const [code, name, parentCode] of COUNTIES) out.push({ code, name, level: 'county', parentCode });
  return out;
}

const meta = {
  generatedAt: '2026-01-01T00:00:00+08:00',
  sample: true,
  source: 'bench (synthetic)',
  license: 'CC0-1.0',
};
const feeds = {
  '/feeds/job-fairs.json': JSON.stringify({ meta, items: fairs(N) }),
  '/feeds/divisions.json': JSON.stringify({ meta, items: divisions() }),
};

// ------------------------------------------------------------------------------------------------
// Page: the widget from the CDN bundle, and a container for the naive render.

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>job-fairs bench</title>
<script type="module" src="/cdn/hbrs-job-fairs.js"></script></head>
<body><hbrs-job-fairs feed="/feeds/" date="all"></hbrs-job-fairs><div id="naive" role="list"></div></body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/favicon.ico') return res.writeHead(204).end();
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (feeds[path]) return res.writeHead(200, { 'content-type': 'application/json' }).end(feeds[path]);
  if (path.startsWith('/cdn/')) {
    const file = join(cdn, path.slice(5));
    if (file.startsWith(cdn) && existsSync(file))
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('hbrs-job-fairs')?.shadowRoot?.querySelector('#jf-count'),
    null,
    {
      timeout: 60_000,
    },
  );
  const loadMs = Date.now() - t0;

  await page.evaluate(pageHelpers);
  const result = await page.evaluate(
    async ({ runs, steps }) => {
      const el = document.querySelector('hbrs-job-fairs');
      const frame = window.hbrsFrame;
      const settle = () => window.hbrsSettle(el);
      const median = (a) => {
        const s = [...a].sort((x, y) => x - y);
        return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
      };
      const p95 = (a) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * 0.95))];

      // Widget (windowed).
      const widget = [];
      const widgetFrame = [];
      const perStep = steps.map(() => []);
      let maxRows = 0;
      for (let i = 0; i < runs; i++) {
        for (const step of steps) {
          await frame();
          const start = performance.now();
          Object.assign(el, step);
          await settle();
          widget.push(performance.now() - start);
          perStep[steps.indexOf(step)].push(performance.now() - start);
          await frame();
          widgetFrame.push(performance.now() - start);
          maxRows = Math.max(maxRows, el.shadowRoot.querySelectorAll('[role=listitem]').length);
        }
      }
      const widgetRows = el.shadowRoot.querySelectorAll('[role=listitem]').length;
      const widgetElements = el.shadowRoot.querySelectorAll('*').length;
      const total = el.resultCount;

      // Naive: the same fairs, every matching row rendered with the DOM API.
      const data = (await (await fetch('/feeds/job-fairs.json')).json()).items;
      const host = document.getElementById('naive');
      const fmt = new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        dateStyle: 'full',
        timeStyle: 'short',
      });
      const matches = (f, q) =>
        (!q.campaign || f.campaign?.code === q.campaign) &&
        (!q.mode || (q.mode === 'online' ? f.mode !== 'offline' : f.mode !== 'online')) &&
        (!q.keyword || f.name.includes(q.keyword) || f.organizers.hosts.some((h) => h.includes(q.keyword))) &&
        (!q.audience || f.targetGroups.includes(q.audience)) &&
        (!q.division || f.divisionCode.startsWith(q.division.slice(0, 4)));
      const renderNaive = (q) => {
        const rows = data
          .filter((f) => matches(f, q))
          .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
        const frag = document.createDocumentFragment();
        for (const f of rows) {
          const row = document.createElement('div');
          row.setAttribute('role', 'listitem');
          const h = document.createElement('h3');
          const b = document.createElement('button');
          b.textContent = f.name;
          h.append(b);
          const p1 = document.createElement('p');
          p1.textContent = `${fmt.formatRange(Date.parse(f.startTime), Date.parse(f.endTime))}`;
          const p2 = document.createElement('p');
          p2.textContent = `${f.mode} ${f.venue?.name ?? ''}`;
          const p3 = document.createElement('p');
          p3.textContent = `${f.organizers.hosts[0]} · ${f.stats.employerCount} 家单位 · ${f.stats.positionCount} 个岗位`;
          row.append(h, p1, p2, p3);
          frag.append(row);
        }
        host.replaceChildren(frag);
        host.getBoundingClientRect();
        return rows.length;
      };
      const naive = [];
      const naiveFrame = [];
      const q = {};
      for (let i = 0; i < Math.min(runs, 5); i++) {
        for (const step of steps) {
          await frame();
          Object.assign(q, step);
          const start = performance.now();
          renderNaive(q);
          naive.push(performance.now() - start);
          await frame();
          naiveFrame.push(performance.now() - start);
        }
      }
      const naiveRows = host.querySelectorAll('[role=listitem]').length;
      const naiveElements = host.querySelectorAll('*').length;
      return {
        total,
        widget: {
          median: median(widget),
          p95: p95(widget),
          frame: median(widgetFrame),
          rows: widgetRows,
          maxRows,
          elements: widgetElements,
        },
        naive: {
          median: median(naive),
          p95: p95(naive),
          frame: median(naiveFrame),
          rows: naiveRows,
          elements: naiveElements,
        },
        samples: { widget: widget.length, naive: naive.length },
        perStep: steps.map((st, i) => [JSON.stringify(st), median(perStep[i]), Math.max(...perStep[i])]),
      };
    },
    { runs: RUNS, steps: [...filterSteps('420200'), { keyword: '武汉' }, { keyword: '' }] },
  );

  const f = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `<hbrs-job-fairs> with ${N.toLocaleString('en')} fairs (feed load + decode + index + first render: ${loadMs} ms)`,
  );
  console.log(
    `filter change = set a filter property → rendered and laid out; "next frame" adds the wait for the next frame`,
  );
  console.log('');
  console.log(
    ['', 'median', 'p95', 'next frame', 'rows in DOM', 'max rows', 'elements', 'samples']
      .map((h, i) => h.padEnd(i ? 12 : 26))
      .join(''),
  );
  const row = (name, r, n) =>
    console.log(
      [
        name,
        f(r.median),
        f(r.p95),
        f(r.frame),
        String(r.rows),
        String(r.maxRows ?? r.rows),
        String(r.elements),
        String(n),
      ]
        .map((c, i) => c.padEnd(i ? 12 : 26))
        .join(''),
    );
  row('widget (windowed list)', result.widget, result.samples.widget);
  row('naive full render', result.naive, result.samples.naive);
  console.log('');
  console.log('widget, per filter step (median / max over runs):');
  for (const [st, med, max] of result.perStep)
    console.log(`  ${st.padEnd(28)} ${f(med).padStart(10)} ${f(max).padStart(10)}`);
  console.log('');
  console.log(
    `rows in DOM after the last step (all ${result.total.toLocaleString('en')} fairs match): widget ${result.widget.rows}, naive ${result.naive.rows}`,
  );
  console.log(
    `target: filter change < 50 ms → ${result.widget.median < 50 ? 'met' : 'NOT met'} (median ${f(result.widget.median)}); DOM ≤ 200 rows → ${result.widget.maxRows <= 200 ? 'met' : 'NOT met'} (max ${result.widget.maxRows})`,
  );
  if (errors.length) {
    console.error('page errors:', errors);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
