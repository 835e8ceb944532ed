/**
 * `pnpm bench` (in packages/sdk): SDK hot paths against naive baselines in the same run, printed as a table.
 *
 * 1. nearest-10 over the service points (kdbush + geokdbush) vs a linear haversine scan + sort (target ≥ 20×, < 20 µs)
 * 2. job-fair filtering over 10,000 generated fairs (precomputed index) vs filtering raw records
 * 3. postdoc keyword search per keystroke over 1,000 programmes vs recomputing search text per record
 * 4. cold start (JSON parse + validate + index) of the sample set vs JSON parse alone
 *
 * Uses the built-in sample data (`@hbrs/sample-data`) when it is built; otherwise generated fixtures of the same size.
 */
import { Bench } from 'tinybench';
import {
  parseFeed,
  type FeedKind,
  FEED_KINDS,
  type JobFair,
  type PostdocProgramme,
} from '../src/model/index.js';
import { DivisionIndex, JobFairIndex, PostdocIndex, ServicePointIndex } from '../src/queries/index.js';
import { haversineKm, type LngLat } from '../src/geo/index.js';
import { readFileSync } from 'node:fs';
import { fixtureFeeds, jobFairItems, postdocItems, rng } from '../src/test/fixtures.js';

/** Fallback service points: 4,000 points spread around the 103 county seats (sample-data's reference copy). */
function seatPoints(): Record<string, unknown>[] {
  const csv = readFileSync(
    new URL('../../sample-data/reference-data/hubei-division-seats-wgs84.csv', import.meta.url),
    'utf8',
  );
  const seats = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => c[2] === 'county')
    .map((c) => ({ code: c[0]!, lng: Number(c[4]), lat: Number(c[5]) }));
  const r = rng(11);
  const base = fixtureFeeds({ servicePoints: 4000 })['service-points'].items;
  return base.map((p, i) => {
    const s = seats[i % seats.length]!;
    return {
      ...p,
      divisionCode: s.code,
      location: { lng: s.lng + (r() - 0.5) * 0.4, lat: s.lat + (r() - 0.5) * 0.3, crs: 'WGS84' },
    };
  });
}

async function sampleFeeds(): Promise<{ feeds: Record<FeedKind, unknown>; origin: string }> {
  try {
    const mod = (await import('@hbrs/sample-data')) as { loadFeed(kind: FeedKind): Promise<unknown> };
    const feeds = {} as Record<FeedKind, unknown>;
    for (const kind of FEED_KINDS) feeds[kind] = await mod.loadFeed(kind);
    return { feeds, origin: '@hbrs/sample-data' };
  } catch (e) {
    const f = fixtureFeeds({ servicePoints: 10, jobFairs: 300, postdoc: 400 });
    f['service-points'].items = seatPoints();
    return {
      feeds: f as unknown as Record<FeedKind, unknown>,
      origin: `generated fixtures (sample-data not available: ${(e as Error).message.split('\n')[0]})`,
    };
  }
}

const { feeds, origin } = await sampleFeeds();
const texts = Object.fromEntries(FEED_KINDS.map((k) => [k, JSON.stringify(feeds[k])])) as Record<
  FeedKind,
  string
>;
const points = parseFeed('service-points', feeds['service-points']).items;
const spIndex = new ServicePointIndex(points);

// Query points: random places in Hubei (deterministic).
const r = rng(42);
const queries: LngLat[] = Array.from({ length: 256 }, () => ({
  lng: 108.5 + r() * 7.5,
  lat: 29.2 + r() * 3.9,
}));
let qi = 0;
const nextQuery = (): LngLat => queries[qi++ & 255]!;

function naiveNearest(q: LngLat, k: number) {
  return points
    .map((p) => ({ p, d: haversineKm(q, p.location) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, k);
}

// Sanity: both give the same answer before we time them.
for (const q of queries.slice(0, 32)) {
  const a = spIndex.nearest(q, { limit: 10 }).map((x) => x.id);
  const b = naiveNearest(q, 10).map((x) => x.p.id);
  if (a.join() !== b.join()) throw new Error(`nearest mismatch at ${JSON.stringify(q)}`);
}

// Job fairs: 10,000 generated fairs.
const fairs = parseFeed('job-fairs', {
  meta: { generatedAt: '2026-01-01T00:00:00+08:00', sample: true, source: 'bench', license: 'CC0-1.0' },
  items: jobFairItems(10_000, 7),
}).items;
const fairIndex = new JobFairIndex(fairs);
const fairQuery = {
  division: '420100',
  from: '2026-03-01',
  to: '2026-06-30',
  online: true,
  campaign: 'baitian_qianwan',
};
function naiveFairs(list: readonly JobFair[]) {
  const from = Date.parse('2026-03-01T00:00:00+08:00');
  const to = Date.parse('2026-06-30T23:59:59.999+08:00');
  return list
    .filter(
      (f) =>
        Date.parse(f.endTime) >= from &&
        Date.parse(f.startTime) <= to &&
        f.divisionCode.startsWith('4201') &&
        f.mode !== 'offline' &&
        f.campaign?.code === 'baitian_qianwan',
    )
    .sort(
      (a, b) => Date.parse(a.startTime) - Date.parse(b.startTime) || a.name.localeCompare(b.name, 'zh-CN'),
    );
}
if (naiveFairs(fairs).length !== fairIndex.filter(fairQuery).length)
  throw new Error('job-fair filter mismatch');

// Postdoc: 1,000 programmes, keystrokes of two searches (pinyin and Chinese).
const programmes = parseFeed('postdoc', {
  meta: { generatedAt: '2026-01-01T00:00:00+08:00', sample: true, source: 'bench', license: 'CC0-1.0' },
  items: postdocItems(1000, 9),
}).items;
const pdIndex = new PostdocIndex(programmes);
const typed = ['huazhongkeji', '光学工程'];
const keystrokes = typed.flatMap((w) =>
  Array.from({ length: [...w].length }, (_, i) => [...w].slice(0, i + 1).join('')),
);
let ki = 0;
const nextKey = (): string => keystrokes[ki++ % keystrokes.length]!;
function naivePostdoc(list: readonly PostdocProgramme[], kw: string) {
  const q = kw.toLowerCase();
  return list.filter((p) => {
    const text = [p.host.name, p.discipline?.name ?? '', ...p.openings.map((o) => o.title)]
      .join(' ')
      .toLowerCase();
    const py = (p.pinyin ?? '').replace(/ /g, '');
    return text.includes(q) || py.includes(q) || (p.initials ?? '').includes(q);
  });
}

function coldStart(): number {
  let n = 0;
  const sp = parseFeed('service-points', JSON.parse(texts['service-points']));
  n += new ServicePointIndex(sp.items).size;
  n += new JobFairIndex(parseFeed('job-fairs', JSON.parse(texts['job-fairs'])).items).size;
  n += new PostdocIndex(parseFeed('postdoc', JSON.parse(texts.postdoc)).items).size;
  n += new DivisionIndex(parseFeed('divisions', JSON.parse(texts.divisions)).items).list().length;
  return n;
}
function parseOnly(): number {
  let n = 0;
  for (const k of FEED_KINDS) n += (JSON.parse(texts[k]) as { items: unknown[] }).items.length;
  return n;
}

let sink = 0;
const bench = new Bench({ name: 'hbrs sdk', time: 400, warmupTime: 100 });
bench
  .add('nearest-10 / kdbush+geokdbush', () => {
    sink += spIndex.nearest(nextQuery(), { limit: 10 }).length;
  })
  .add('nearest-10 / naive scan+sort', () => {
    sink += naiveNearest(nextQuery(), 10).length;
  })
  .add('job-fair filter / index', () => {
    sink += fairIndex.filter(fairQuery).length;
  })
  .add('job-fair filter / naive', () => {
    sink += naiveFairs(fairs).length;
  })
  .add('postdoc keystroke / index', () => {
    sink += pdIndex.filter({ keyword: nextKey() }).length;
  })
  .add('postdoc keystroke / naive', () => {
    sink += naivePostdoc(programmes, nextKey()).length;
  })
  .add('cold start / parse+validate+index', () => {
    sink += coldStart();
  })
  .add('cold start / JSON.parse only', () => {
    sink += parseOnly();
  });

await bench.run();

interface Row {
  name: string;
  median: number;
  p99: number;
  samples: number;
}
const rows = new Map<string, Row>();
for (const task of bench.tasks) {
  const res = task.result as unknown as {
    latency?: { p50: number; p99: number; samples?: unknown[] };
    state?: string;
  };
  if (!res?.latency)
    throw new Error(`task ${task.name} has no result (${JSON.stringify(res)?.slice(0, 200)})`);
  rows.set(task.name, {
    name: task.name,
    median: res.latency.p50,
    p99: res.latency.p99,
    samples: (task as unknown as { runs: number }).runs,
  });
}

const fmt = (ms: number): string =>
  ms < 1 ? `${(ms * 1000).toFixed(2)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`;
const pairs: Array<[string, string, string]> = [
  ['nearest-10 over service points', 'nearest-10 / kdbush+geokdbush', 'nearest-10 / naive scan+sort'],
  ['job-fair filter, 10,000 fairs', 'job-fair filter / index', 'job-fair filter / naive'],
  ['postdoc keyword per keystroke, 1,000', 'postdoc keystroke / index', 'postdoc keystroke / naive'],
  ['cold start (4 feeds)', 'cold start / parse+validate+index', 'cold start / JSON.parse only'],
];
console.log(
  `\n@hbrs/sdk benchmarks — data: ${origin}; ${points.length} service points, ${fairs.length} fairs, ${programmes.length} programmes`,
);
console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
const header = ['benchmark', 'SDK median', 'SDK p99', 'baseline median', 'ratio (baseline / SDK)'];
const table = pairs.map(([label, a, b]) => {
  const x = rows.get(a)!;
  const y = rows.get(b)!;
  return [label, fmt(x.median), fmt(x.p99), fmt(y.median), `${(y.median / x.median).toFixed(1)}×`];
});
const widths = header.map((h, i) => Math.max([...h].length, ...table.map((row) => [...row[i]!].length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));

const near = rows.get('nearest-10 / kdbush+geokdbush')!;
const nearRatio = rows.get('nearest-10 / naive scan+sort')!.median / near.median;
const ok = nearRatio >= 20 && near.median < 0.02;
console.log(
  `\nnearest-10 target (≥ 20× faster than the scan, median < 20 µs): ${ok ? 'MET' : 'NOT MET'} ` +
    `(${nearRatio.toFixed(1)}×, ${fmt(near.median)})`,
);
console.log(
  'cold start baseline is JSON.parse alone: the ratio there is the cost of validation + indexing (lower = better).',
);
if (sink === -1) console.log(sink);
if (!ok) process.exitCode = 1;
