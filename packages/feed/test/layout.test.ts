import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient, parseFeed, readManifest, summarize, type FeedKind } from '@hbrs/sdk';
import { buildLayout, encodeColumns, type FeedDocument } from '../src/index.js';

const SAMPLE = fileURLToPath(new URL('../../sample-data/feed/', import.meta.url));
const sample = (kind: FeedKind): FeedDocument =>
  JSON.parse(readFileSync(`${SAMPLE}${kind}.json`, 'utf8')) as FeedDocument;
const KINDS: FeedKind[] = ['job-fairs', 'postdoc', 'service-points', 'divisions'];

function serve(files: Map<string, string>) {
  const requests: string[] = [];
  const fetch = async (url: string): Promise<Response> => {
    const path = new URL(url).pathname.slice(1);
    requests.push(path);
    const body = files.get(path);
    return new Response(body ?? '{}', { status: body === undefined ? 404 : 200 });
  };
  return { fetch, requests };
}

describe('buildLayout (manifest.json, summaries, detail shards)', () => {
  const docs = Object.fromEntries(KINDS.map((k) => [k, sample(k)])) as Record<FeedKind, FeedDocument>;
  const layout = buildLayout(docs, { perShard: 8 });
  const files = new Map(layout.files.map((f) => [f.path, f.body]));
  const single = new Map(KINDS.map((k) => [`${k}.json`, JSON.stringify(docs[k])]));

  it('writes a manifest the SDK accepts, with counts, hashes and shards', () => {
    const m = readManifest(JSON.parse(files.get('manifest.json')!), 'manifest.json');
    const jf = m.kinds['job-fairs']!;
    const fairs = (docs['job-fairs'].items as unknown[]).length;
    expect(jf.count).to.equal(fairs);
    expect(jf.details!.shards).to.equal(Math.ceil(fairs / 8));
    expect(jf.summary!.hash).to.match(/^[0-9a-f]{16}$/);
    expect(m.kinds['service-points']!.file!.file).to.equal('service-points.json');
    for (let s = 0; s < jf.details!.shards; s++)
      expect(files.has(`job-fairs/detail/${s}.json`)).to.equal(true);
    // The summary is a small part of the whole feed.
    const gz = (s: string) => gzipSync(s).length;
    expect(gz(files.get('job-fairs/summary.json')!)).to.be.below(gz(single.get('job-fairs.json')!) / 5);
  });

  it('summaries decode to exactly what summarize() gives (tight columns: times, ids, groups)', () => {
    for (const kind of ['job-fairs', 'postdoc'] as const) {
      const full = parseFeed(kind, docs[kind]).items;
      const decoded = parseFeed(kind, JSON.parse(files.get(`${kind}/summary.json`)!)).items;
      const want = parseFeed(kind, {
        meta: docs[kind].meta,
        items: full.map((r) => summarize(kind, r)),
      }).items;
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(decoded.sort(byId)).to.deep.equal(want.sort(byId));
    }
  });

  it('encodeColumns round-trips times as minutes, ids as numbers, and grouped columns', () => {
    const rows = [
      { id: 'F001', t: '2026-03-01T09:00:00+08:00', e: '2026-03-01T15:00:00+08:00', a: 'x', b: 'X', c: 1 },
      { id: 'F002', t: '2026-03-02T09:30:00+08:00', e: '2026-03-02T15:00:00+08:00', a: 'y', b: 'Y', c: 2 },
      { id: 'F003', t: '2026-03-02T09:30:00+08:00', e: '2026-03-04T15:00:00+08:00', a: 'x', b: 'X', c: 3 },
      { id: 'F004', t: '2026-03-05T10:00:00+08:00', e: '2026-03-05T16:00:00+08:00', a: 'x', b: 'X', c: 4 },
      { id: 'F005', t: '2026-03-06T10:00:00+08:00', e: '2026-03-06T16:00:00+08:00', a: 'y', b: 'Y', c: 5 },
    ];
    const enc = encodeColumns(rows, { sortBy: 't' });
    expect(enc.encoding.columns!['t']).to.deep.equal({ time: 'minutes', delta: true });
    expect(enc.encoding.columns!['e']).to.deep.equal({ time: 'minutes', base: '$t' });
    expect(enc.encoding.columns!['id']).to.deep.include({ pad: 3, prefix: ['F'] });
    expect(enc.encoding.columns!['_group']!.spread).to.deep.equal(['a', 'b']);
    // The generic decoder of the SDK gives the rows back (divisions are the kind with the loosest schema).
    const meta = { generatedAt: '2026-03-01T08:00:00+08:00', sample: true, source: 't', license: 'CC0-1.0' };
    const asDivisions = encodeColumns(
      rows.map((r) => ({ code: String(420101 + r.c), name: r.a, level: 'county', parentCode: '420100' })),
    );
    const back = parseFeed('divisions', { meta, ...asDivisions }).items;
    expect(back.map((d) => [d.code, d.name])).to.deep.equal(rows.map((r) => [String(420101 + r.c), r.a]));
  });

  it('the SDK gives the same lists, facets and records over the layout as over the single files', async () => {
    const { fetch, requests } = serve(files);
    const lay = createClient({ feed: 'http://x.test/manifest.json', fetch, retries: 0 });
    const one = createClient({ feed: 'http://x.test/', fetch: serve(single).fetch, retries: 0 });
    const ids = async (c: typeof lay, q = {}) =>
      (await c.jobFairs.query({ ...q, pageSize: 5000 })).items.map((f) => f.id);
    expect(await ids(lay)).to.deep.equal(await ids(one));
    expect(await ids(lay, { campaign: 'chunfeng', online: false })).to.deep.equal(
      await ids(one, { campaign: 'chunfeng', online: false }),
    );
    expect(await lay.jobFairs.facets({ division: '420100' })).to.deep.equal(
      await one.jobFairs.facets({ division: '420100' }),
    );
    const some = (await ids(one)).filter((_, i) => i % 97 === 0);
    for (const id of some) expect(await lay.jobFairs.get(id)).to.deep.equal(await one.jobFairs.get(id));
    expect(requests.filter((r) => r.startsWith('job-fairs/detail/')).length).to.be.at.most(some.length);
    const pids = (await one.postdoc.query({ pageSize: 5000 })).items.map((p) => p.id);
    expect((await lay.postdoc.query({ pageSize: 5000 })).items.map((p) => p.id)).to.deep.equal(pids);
    expect(await lay.postdoc.get(pids[3]!)).to.deep.equal(await one.postdoc.get(pids[3]!));
    expect((await lay.servicePoints.query()).total).to.equal((await one.servicePoints.query()).total);
  });
});
