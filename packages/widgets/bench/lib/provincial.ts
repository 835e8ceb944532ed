// A provincial data set for the scale benchmark, generated deterministically (seededRandom of @hbrs/testing) from
// the committed sample feeds: N job fairs with ~E employers of ~P positions each, postdoc programmes and service
// points, written to a directory in both layouts:
//   single/   today's layout: one file per kind (job-fairs.json with every employer and position)
//   layout/   the feed layout: manifest.json, summaries, detail shards (as `@hbrs/feed`'s buildLayout writes it)
// Every file gets a .gz beside it (gzip level 6), which the bench server sends with Content-Encoding: gzip.
// Fair i is generated from its own seed, so the detail shards are written by generating their fairs again
// instead of holding 2 million positions in memory; the single job-fairs.json is streamed.
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createGzip, gzipSync, constants } from 'node:zlib';
import { once } from 'node:events';
import { seededRandom, randomInt, pick, type Random } from '@hbrs/testing/random';
import { MANIFEST_FORMAT, parseFeed, shardOf, summarize, type FeedManifest, type JobFair } from '@hbrs/sdk';
import { buildLayout, contentHash, encodeColumns, encodeCompact, type FeedDocument } from '@hbrs/feed';

export interface ProvincialOptions {
  fairs: number;
  employers: number;
  positions: number;
  postdoc: number;
  points: number;
  /** Records per detail shard (as buildLayout's `perShard`). */
  perShard: number;
}

const SAMPLE = join(import.meta.dirname, '../../../sample-data/feed');
const readSample = (kind: string): FeedDocument =>
  JSON.parse(readFileSync(join(SAMPLE, `${kind}.json`), 'utf8')) as FeedDocument;

/** Day 0 of the generated year (fairs run from 60 days before to 300 days after). */
export const ANCHOR = Date.parse('2026-07-01T00:00:00+08:00');
const META = {
  generatedAt: '2026-07-01T08:00:00+08:00',
  sample: true,
  source: 'hbrs scale benchmark (synthetic, from the sample data)',
  license: 'CC0-1.0',
};

function write(path: string, body: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 6 }));
}

/** Recurring fair series per county. */
const SERIES = 8;

const iso = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';

export async function generate(dir: string, o: ProvincialOptions): Promise<Record<string, number>> {
  const jf = parseFeed('job-fairs', readSample('job-fairs')).items;
  const divisions = readSample('divisions');
  type County = { code: string; name: string; level: string; pinyin?: string; initials?: string };
  const countyList = (divisions.items as County[]).filter((d) => d.level === 'county');
  const counties = countyList.map((d) => d.code);
  const employers = jf.flatMap((f) =>
    f.employers.map(({ positions: _p, boothNo: _b, zoneCode: _z, ...e }) => e),
  );
  const positions = jf.flatMap((f) => f.employers.flatMap((e) => e.positions));

  // Start times first, so that ids run in about the order of the fairs (as a register assigns them).
  const startOf = Array.from({ length: o.fairs }, (_, i) => {
    const r = seededRandom(2_000_003 + i);
    return ANCHOR + randomInt(r, -60, 300) * 86_400_000 + randomInt(r, 8, 10) * 3_600_000;
  });
  const idOf: string[] = [];
  [...startOf.keys()]
    .sort((a, b) => startOf[a]! - startOf[b]! || a - b)
    .forEach((i, rank) => (idOf[i] = `JF${String(rank).padStart(6, '0')}`));

  /** Fair `i`, the same on every call. */
  const fairAt = (i: number): JobFair => {
    const r: Random = seededRandom(1_000_003 + i);
    // Each county runs a few recurring fair series (names repeat across dates, as a county's weekly fairs do).
    const c = randomInt(r, 0, countyList.length - 1);
    const county = counties[c]!;
    const t = jf[(c * SERIES + randomInt(r, 0, SERIES - 1)) % jf.length]!;
    const start = startOf[i]!;
    const id = idOf[i]!;
    const nE = randomInt(r, Math.ceil(o.employers / 2), Math.floor((o.employers * 3) / 2));
    let p = 0;
    const emps = Array.from({ length: nE }, (_, k) => {
      const e = pick(r, employers);
      const nP = randomInt(r, 1, 2 * o.positions - 1);
      const eid = `EMP${randomInt(r, 0, 49_999)}`;
      return {
        ...e,
        id: eid,
        boothNo: String(k + 1).padStart(3, '0'),
        positions: Array.from({ length: nP }, () => {
          const q = pick(r, positions);
          return { ...q, id: `${id}-P${++p}`, employerId: eid, workDivisionCode: county };
        }),
      };
    });
    const { stats: _s, ...rest } = t;
    return {
      ...rest,
      id,
      name: `${countyList[c]!.name}·${t.name}`,
      pinyin: `${countyList[c]!.pinyin ?? ''} ${t.pinyin ?? ''}`.trim(),
      initials: `${countyList[c]!.initials ?? ''}${t.initials ?? ''}`,
      divisionCode: county,
      startTime: iso(start),
      endTime: iso(start + (t.mode === 'online' ? 7 * 86_400_000 : 6 * 3_600_000)),
      status: 'upcoming',
      zones: [],
      employers: emps.map((e) => ({ ...e, zoneCode: undefined }) as unknown as JobFair['employers'][number]),
    } as JobFair;
  };

  const sizes: Record<string, number> = {};
  // Single file, streamed (it is far beyond what one JS string can hold at provincial scale).
  mkdirSync(join(dir, 'single'), { recursive: true });
  const raw = createWriteStream(join(dir, 'single/job-fairs.json'));
  const gz = createGzip({ level: 6, flush: constants.Z_NO_FLUSH });
  const gzOut = createWriteStream(join(dir, 'single/job-fairs.json.gz'));
  gz.pipe(gzOut);
  let bytes = 0;
  const put = async (s: string): Promise<void> => {
    bytes += Buffer.byteLength(s);
    const waits = [];
    if (!raw.write(s)) waits.push(once(raw, 'drain'));
    if (!gz.write(s)) waits.push(once(gz, 'drain'));
    await Promise.all(waits);
  };
  await put(`{"meta":${JSON.stringify(META)},"items":[`);
  const summaries: Record<string, unknown>[] = [];
  for (let i = 0; i < o.fairs; i++) {
    const f = fairAt(i);
    await put((i ? ',' : '') + JSON.stringify(f));
    const s = summarize('job-fairs', f) as unknown as Record<string, unknown>;
    delete s['employers'];
    summaries.push(s);
  }
  await put(']}');
  raw.end();
  gz.end();
  await Promise.all([once(raw, 'finish'), once(gzOut, 'finish')]);
  sizes['single job-fairs.json'] = bytes;

  // Layout: summary + detail shards of job fairs.
  const shards = Math.max(1, Math.ceil(o.fairs / o.perShard));
  const byShard: number[][] = Array.from({ length: shards }, () => []);
  for (let i = 0; i < o.fairs; i++) byShard[shardOf(idOf[i]!, shards)]!.push(i);
  let detailHashes = '';
  byShard.forEach((ids, s) => {
    const body = JSON.stringify({ meta: META, items: ids.map(fairAt) });
    detailHashes += contentHash(body);
    write(join(dir, `layout/job-fairs/detail/${s}.json`), body);
  });
  const summaryBody = JSON.stringify({ meta: META, ...encodeColumns(summaries, { sortBy: 'startTime' }) });
  write(join(dir, 'layout/job-fairs/summary.json'), summaryBody);
  sizes['layout job-fairs/summary.json'] = Buffer.byteLength(summaryBody);

  // Postdoc programmes and service points: scaled copies of the sample ones, through buildLayout.
  const pd = parseFeed('postdoc', readSample('postdoc')).items;
  const rp = seededRandom(7);
  const programmes = Array.from({ length: o.postdoc }, (_, i) => {
    const t = pd[i % pd.length]!;
    const id = `PD${String(i).padStart(5, '0')}`;
    return {
      ...t,
      id,
      openings: t.openings.map((op, k) => ({ ...op, id: `${id}-O${k}`, stationIds: [id] })),
      partnerFlowStationIds: [],
      divisionCode: i < pd.length ? t.divisionCode : pick(rp, counties),
    };
  });
  const sp = parseFeed('service-points', readSample('service-points')).items;
  const rs = seededRandom(11);
  const points = Array.from({ length: o.points }, (_, i) => {
    const t = sp[i % sp.length]!;
    const loc = t.location;
    return {
      ...t,
      id: `SP${String(i).padStart(6, '0')}`,
      location: { ...loc, lng: loc.lng + (rs() - 0.5) * 0.08, lat: loc.lat + (rs() - 0.5) * 0.06 },
    };
  });
  const docs = {
    postdoc: { meta: META, items: programmes },
    'service-points': { meta: META, ...encodeCompact(points as unknown as Record<string, unknown>[]) },
    divisions,
  };
  for (const [kind, doc] of Object.entries(docs))
    write(join(dir, `single/${kind}.json`), JSON.stringify(doc));
  const rest = buildLayout(docs as never, { perShard: o.perShard });
  for (const f of rest.files) if (f.path !== 'manifest.json') write(join(dir, 'layout', f.path), f.body);
  const manifest: FeedManifest = {
    format: MANIFEST_FORMAT,
    generatedAt: META.generatedAt,
    kinds: {
      'job-fairs': {
        count: o.fairs,
        summary: { file: 'job-fairs/summary.json', hash: contentHash(summaryBody) },
        details: { pattern: 'job-fairs/detail/{shard}.json', shards, hash: contentHash(detailHashes) },
      },
      ...rest.manifest.kinds,
    },
  };
  write(join(dir, 'layout/manifest.json'), JSON.stringify(manifest));
  return sizes;
}
