import { expect } from 'chai';
import { createApp } from '../../test-server/app.js';
import {
  MANIFEST_FORMAT,
  createClient,
  memoryStore,
  parseFeed,
  shardOf,
  summarize,
  type FeedKind,
  type FeedManifest,
  type JobFair,
} from '../index.js';
import { fixtureFeeds } from '../test/fixtures.js';

const BASE = 'http://hbrs.test/feeds/';

/** A feed directory in the layout of `manifest.json`, built from the fixture feeds with the SDK's own pieces. */
function layoutFiles(shards = 3): { files: Map<string, string>; feeds: ReturnType<typeof fixtureFeeds> } {
  const feeds = fixtureFeeds({ jobFairs: 40, postdoc: 25, servicePoints: 50 });
  const files = new Map<string, string>();
  const kinds: FeedManifest['kinds'] = {};
  for (const kind of ['job-fairs', 'postdoc'] as const) {
    const doc = feeds[kind];
    const full = parseFeed(kind, doc).items;
    files.set(
      `${kind}/summary.json`,
      JSON.stringify({ meta: doc.meta, items: full.map((r) => summarize(kind, r)) }),
    );
    for (let s = 0; s < shards; s++) {
      const items = doc.items.filter((r) => shardOf(r['id'] as string, shards) === s);
      files.set(`${kind}/detail/${s}.json`, JSON.stringify({ meta: doc.meta, items }));
    }
    kinds[kind] = {
      count: full.length,
      summary: { file: `${kind}/summary.json`, hash: 'abc1' },
      details: { pattern: `${kind}/detail/{shard}.json`, shards, hash: 'v2' },
    };
  }
  for (const kind of ['service-points', 'divisions'] as const) {
    files.set(`${kind}.json`, JSON.stringify(feeds[kind]));
    kinds[kind] = { file: { file: `${kind}.json` } };
  }
  const manifest: FeedManifest = { format: MANIFEST_FORMAT, generatedAt: '2026-03-01T08:00:00+08:00', kinds };
  files.set('manifest.json', JSON.stringify(manifest));
  return { files, feeds };
}

/** A fetch over `files` that records the paths it was asked for. */
function serve(files: Map<string, string>) {
  const requests: string[] = [];
  const fetch = async (input: string): Promise<Response> => {
    const u = new URL(input);
    const path = u.pathname.replace('/feeds/', '');
    requests.push(path + u.search);
    const body = files.get(path);
    return body === undefined
      ? new Response('{}', { status: 404 })
      : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

describe('feed layout (manifest.json, summaries and detail shards)', () => {
  it('lists and filters over summaries, and get(id) fetches only the shard holding the record', async () => {
    const { files, feeds } = layoutFiles();
    const { fetch, requests } = serve(files);
    const c = createClient({ feed: `${BASE}manifest.json`, fetch, retries: 0 });
    const page = await c.jobFairs.query({ pageSize: 1000 });
    expect(page.total).to.equal(40);
    expect(page.items.every((f) => f.employers.length === 0)).to.equal(true);
    expect(page.items[0]!.stats?.positionCount).to.equal(1);
    expect(requests).to.deep.equal(['manifest.json', 'job-fairs/summary.json?v=abc1']);
    expect((await c.meta('job-fairs')).summary).to.equal(true);

    const single = createClient({ feed: 'http://hbrs.test/feeds/', fetch: createApp(feeds as never).fetch });
    const q = { campaign: 'chunfeng', division: '420100' };
    expect(await c.jobFairs.facets(q)).to.deep.equal(await single.jobFairs.facets(q));
    expect((await c.jobFairs.query({ keyword: '武汉', pageSize: 100 })).items.map((f) => f.id)).to.deep.equal(
      (await single.jobFairs.query({ keyword: '武汉', pageSize: 100 })).items.map((f) => f.id),
    );

    const id = page.items[7]!.id;
    const full: JobFair = await c.jobFairs.get(id);
    expect(full).to.deep.equal(await single.jobFairs.get(id));
    expect(full.employers[0]!.positions[0]!.employerId).to.equal(full.employers[0]!.id);
    const shard = `job-fairs/detail/${shardOf(id, 3)}.json?v=v2`;
    expect(requests.slice(2)).to.deep.equal([shard]);
  });

  it('with the last good copy on (persist, as in the widgets), get(id) still gives the full record', async () => {
    const { files, feeds } = layoutFiles();
    const { fetch, requests } = serve(files);
    const c = createClient({ feed: `${BASE}manifest.json`, fetch, retries: 0, persist: memoryStore() });
    const page = await c.jobFairs.query({ pageSize: 1000 });
    expect(page.items.every((f) => f.employers.length === 0)).to.equal(true);
    const id = page.items[3]!.id;
    const full = await c.jobFairs.get(id);
    const single = createClient({ feed: 'http://hbrs.test/feeds/', fetch: createApp(feeds as never).fetch });
    expect(full).to.deep.equal(await single.jobFairs.get(id));
    expect(requests.filter((r) => r.startsWith('job-fairs/detail/'))).to.have.length(1);
  });

  it('shares a detail shard between callers and loads, and fetches no shard for an unknown id', async () => {
    const { files, feeds } = layoutFiles();
    const { fetch, requests } = serve(files);
    const c = createClient({ feed: `${BASE}manifest.json`, fetch, retries: 0 });
    const ids = feeds['job-fairs'].items.map((f) => f['id'] as string);
    const sameShard = ids.filter((id) => shardOf(id, 3) === shardOf(ids[0]!, 3)).slice(0, 3);
    const got = await Promise.all([...sameShard, sameShard[0]!].map((id) => c.jobFairs.get(id)));
    expect(got.map((f) => f.id)).to.deep.equal([...sameShard, sameShard[0]]);
    expect(requests.filter((r) => r.startsWith('job-fairs/detail/'))).to.have.length(1);
    const err = await c.jobFairs.get('JF-nope').then(
      () => undefined,
      (e: { code?: string }) => e,
    );
    expect(err?.code).to.equal('not-found');
    expect(requests.filter((r) => r.startsWith('job-fairs/detail/'))).to.have.length(1);
    expect(requests.filter((r) => r === 'manifest.json')).to.have.length(1);
  });

  it('postdoc: summaries keep what the finder lists and searches; get(id) gives the full programme', async () => {
    const { files, feeds } = layoutFiles();
    const { fetch } = serve(files);
    const c = createClient({ feed: `${BASE}manifest.json`, fetch, retries: 0 });
    const single = createClient({ feed: 'http://hbrs.test/feeds/', fetch: createApp(feeds as never).fetch });
    const all = (await c.postdoc.query({ pageSize: 100 })).items;
    expect(all).to.have.length(25);
    expect(await c.postdoc.facets()).to.deep.equal(await single.postdoc.facets());
    const withOpening = all.find((p) => p.openings.length > 0)!;
    expect(withOpening.source).to.equal(undefined);
    expect(withOpening.openings[0]!.directions[0]!.supervisor?.name).to.equal('张教授');
    expect(await c.postdoc.get(withOpening.id)).to.deep.equal(await single.postdoc.get(withOpening.id));
    // Kinds published as single files are read whole.
    expect((await c.servicePoints.query({ pageSize: 100 })).total).to.equal(50);
    expect((await c.meta('service-points')).summary).to.equal(undefined);
  });

  it('a malformed manifest is invalid-data; a manifest without the kind is not-found', async () => {
    const { files } = layoutFiles();
    const broken = new Map(files).set('manifest.json', JSON.stringify({ format: 'other', kinds: {} }));
    const c = createClient({ feed: `${BASE}manifest.json`, fetch: serve(broken).fetch, retries: 0 });
    const e1 = await c.jobFairs.query().then(
      () => undefined,
      (e: { code?: string }) => e,
    );
    expect(e1?.code).to.equal('invalid-data');
    const m = JSON.parse(files.get('manifest.json')!) as FeedManifest;
    delete m.kinds.postdoc;
    const partial = new Map(files).set('manifest.json', JSON.stringify(m));
    const c2 = createClient({ feed: `${BASE}manifest.json`, fetch: serve(partial).fetch, retries: 0 });
    const e2 = await c2.postdoc.query().then(
      () => undefined,
      (e: { code?: string }) => e,
    );
    expect(e2?.code).to.equal('not-found');
    expect((await c2.jobFairs.query()).total).to.equal(40);
  });

  it('a feed directory without a manifest is read as single files, with no manifest request', async () => {
    const { files, feeds } = layoutFiles();
    for (const kind of ['job-fairs', 'postdoc'] as FeedKind[])
      files.set(`${kind}.json`, JSON.stringify(feeds[kind]));
    const { fetch, requests } = serve(files);
    const c = createClient({ feed: BASE, fetch, retries: 0 });
    const f = (await c.jobFairs.query()).items[0]!;
    expect(f.employers).to.have.length(1);
    expect((await c.meta('job-fairs')).summary).to.equal(undefined);
    await c.jobFairs.get(f.id);
    expect(requests).to.deep.equal(['job-fairs.json']);
  });

  it('API: collections as summaries (view=summary), get(id) from the item endpoint', async () => {
    const feeds = fixtureFeeds({ jobFairs: 30, postdoc: 12 });
    const app = createApp(feeds as never);
    const seen: string[] = [];
    const c = createClient({
      api: 'http://hbrs.test/v1',
      retries: 0,
      fetch: (u, init) => {
        seen.push(u);
        return app.fetch(u, init);
      },
    });
    const page = await c.jobFairs.query({ pageSize: 100 });
    expect(page.total).to.equal(30);
    expect(page.items.every((f) => f.employers.length === 0 && f.stats?.employerCount === 1)).to.equal(true);
    expect((await c.meta('job-fairs')).summary).to.equal(true);
    expect(seen[0]).to.contain('view=summary');
    const full = await c.jobFairs.get(page.items[3]!.id);
    expect(full.employers).to.have.length(1);
    expect(seen.at(-1)).to.equal(`http://hbrs.test/v1/job-fairs/${page.items[3]!.id}`);
    const p = (await c.postdoc.query()).items.find((x) => x.openings.length > 0)!;
    expect(p.source).to.equal(undefined);
    expect((await c.postdoc.get(p.id)).source).to.deep.equal({ platform: 'synthetic' });
  });
});
