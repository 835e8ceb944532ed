import { expect } from 'chai';
import { createApp, type TestApp } from '../test-server/app.js';
import { createClient, haversineKm, isHbrsError, type Diagnostic } from './index.js';
import { fixtureFeeds } from './test/fixtures.js';
import { rejection } from './test/rejection.js';

const BASE = 'http://hbrs.test';
const WUHAN = { lat: 30.5928, lng: 114.3055 };

function setup(sizes?: Parameters<typeof fixtureFeeds>[0]): {
  app: TestApp;
  feeds: ReturnType<typeof fixtureFeeds>;
} {
  const feeds = fixtureFeeds(sizes);
  return { app: createApp(feeds as never), feeds };
}

describe('createClient', () => {
  it('rejects conflicting sources', () => {
    expect(() => createClient({ feed: 'x', api: 'y' })).to.throw(TypeError);
    expect(() => createClient({ source: 'nope' as 'sample' })).to.throw(TypeError);
  });

  for (const mode of ['feed', 'api'] as const) {
    describe(`${mode} source (in-process app)`, () => {
      const opts = (app: TestApp) =>
        mode === 'feed'
          ? { feed: `${BASE}/feeds/`, fetch: app.fetch, retries: 0 }
          : { api: `${BASE}/v1`, fetch: app.fetch, retries: 0 };

      it('nearest(): ten points sorted by distance, equal to a brute-force scan', async () => {
        const { app, feeds } = setup({ servicePoints: 1200 });
        const c = createClient(opts(app));
        const near = await c.servicePoints.nearest(WUHAN, { limit: 10 });
        expect(near).to.have.length(10);
        for (let i = 1; i < near.length; i++)
          expect(near[i]!.distanceKm).to.be.at.least(near[i - 1]!.distanceKm);
        const brute = feeds['service-points'].items
          .map((p) => ({
            id: p['id'] as string,
            d: haversineKm(WUHAN, p['location'] as { lng: number; lat: number }),
          }))
          .sort((a, b) => a.d - b.d)
          .slice(0, 10);
        expect(near.map((p) => p.id)).to.deep.equal(brute.map((b) => b.id));
        near.forEach((p, i) => expect(p.distanceKm).to.be.closeTo(brute[i]!.d, 1e-9));
      });

      it('loads each data set once per client', async () => {
        const { app } = setup({ servicePoints: 1200 });
        const c = createClient(opts(app));
        await Promise.all([
          c.servicePoints.nearest(WUHAN),
          c.servicePoints.query({ bank: 'ICBC' }),
          c.meta('service-points'),
        ]);
        await c.servicePoints.within([114, 30, 115, 31]);
        const pages = app.log.filter(
          (l) => l.route === (mode === 'feed' ? '/feeds/service-points.json' : '/service-points'),
        );
        expect(pages.length).to.equal(mode === 'feed' ? 1 : 3); // 1,200 points = 3 pages of 500
      });

      it('meta() says sample, source and counts', async () => {
        const { app } = setup();
        const meta = await createClient(opts(app)).meta('job-fairs');
        expect(meta.sample).to.equal(true);
        expect(meta.sourceType).to.equal(mode);
        expect(meta.count).to.equal(40);
        expect(meta.generatedAt).to.match(/^2026-/);
      });

      it('drops invalid records, reports them, and loads the rest', async () => {
        const { app } = setup({ servicePoints: 100 });
        app.faults.push({
          path: mode === 'feed' ? '/feeds/service-points.json' : '/v1/service-points',
          type: 'invalid-records',
        });
        const diags: Diagnostic[] = [];
        const c = createClient({ ...opts(app), onDiagnostic: (d) => diags.push(d) });
        const page = await c.servicePoints.query({ pageSize: 1000 });
        expect(diags.length).to.equal(3);
        expect(page.total).to.equal(97);
        expect(diags.map((d) => d.index)).to.deep.equal([0, 2, 4]);
        expect(diags[0]!.message).to.be.a('string').and.not.equal('');
        expect((await c.meta('service-points')).dropped).to.equal(3);
      });

      it('a failed load is not cached: the next call retries', async () => {
        const { app } = setup();
        app.faults.push({ path: /job-fairs/, type: 'status', status: 503, times: 1 });
        const c = createClient(opts(app));
        const e = await rejection(c.jobFairs.query());
        expect(isHbrsError(e)).to.equal(true);
        expect(e.code).to.equal('http');
        expect(e.status).to.equal(503);
        const page = await c.jobFairs.query();
        expect(page.total).to.equal(40);
      });

      it('get() finds a record and rejects unknown ids with not-found', async () => {
        const { app } = setup();
        const c = createClient(opts(app));
        expect((await c.jobFairs.get('JF-00003')).id).to.equal('JF-00003');
        expect((await c.postdoc.get('PD-00001')).host.name).to.equal('华中科技大学');
        expect((await c.servicePoints.get('SP-00007')).id).to.equal('SP-00007');
        expect((await c.divisions.get('420102')).name).to.equal('江岸区');
        for (const p of [
          c.jobFairs.get('nope'),
          c.postdoc.get('nope'),
          c.servicePoints.get('nope'),
          c.divisions.get('429999'),
        ]) {
          const e = await rejection(p);
          expect(e.code).to.equal('not-found');
        }
      });
    });
  }

  describe('queries through the client', () => {
    const { app } = setup({ servicePoints: 400, jobFairs: 200, postdoc: 50 });
    const c = createClient({ feed: `${BASE}/feeds`, fetch: app.fetch });

    it('job fairs: a city code matches its counties; date range, online, campaign, keyword, paging', async () => {
      const all = (await c.jobFairs.index()).all();
      const wuhan = await c.jobFairs.query({ division: '420100', pageSize: 1000 });
      expect(wuhan.total)
        .to.equal(all.filter((f) => f.divisionCode.startsWith('4201')).length)
        .and.be.above(0);
      const feb = await c.jobFairs.query({ from: '2026-02-01', to: '2026-02-28', pageSize: 1000 });
      expect(feb.items.every((f) => f.startTime >= '2026-02-01' && f.startTime < '2026-03-01')).to.equal(
        true,
      );
      expect(feb.total).to.equal(all.filter((f) => f.startTime.startsWith('2026-02')).length);
      const online = await c.jobFairs.query({ online: true, pageSize: 1000 });
      expect(online.items.every((f) => f.mode !== 'offline')).to.equal(true);
      const offline = await c.jobFairs.query({ online: false, pageSize: 1000 });
      expect(offline.items.every((f) => f.mode !== 'online')).to.equal(true);
      const cf = await c.jobFairs.query({ campaign: 'chunfeng', pageSize: 1000 });
      expect(cf.items.every((f) => f.campaign?.code === 'chunfeng')).to.equal(true);
      const byPinyin = await c.jobFairs.query({ keyword: 'huangshi', pageSize: 1000 });
      const byInitials = await c.jobFairs.query({ keyword: 'hsg', pageSize: 1000 });
      const byHanzi = await c.jobFairs.query({ keyword: '黄石', pageSize: 1000 });
      expect(byPinyin.total).to.be.above(0);
      expect(byPinyin.items.map((f) => f.id)).to.deep.equal(byHanzi.items.map((f) => f.id));
      expect(byInitials.items.map((f) => f.id)).to.deep.equal(byHanzi.items.map((f) => f.id));
      const p2 = await c.jobFairs.query({ page: 2, pageSize: 7 });
      expect(p2.items).to.have.length(7);
      expect(p2.items.map((f) => f.id)).to.deep.equal(
        (await c.jobFairs.query({ pageSize: 1000 })).items.slice(7, 14).map((f) => f.id),
      );
      const sorted = (await c.jobFairs.query({ pageSize: 1000 })).items;
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]!.startTime >= sorted[i - 1]!.startTime).to.equal(true);
      const facets = await c.jobFairs.facets({ campaign: 'chunfeng' });
      expect(facets.campaign.reduce((s, x) => s + x.count, 0)).to.equal(all.length);
    });

    it('postdoc: discipline by code, 门类 and name; station type; host; city; keyword; facets', async () => {
      const byCode = await c.postdoc.query({ discipline: '0803', pageSize: 1000 });
      expect(byCode.total).to.be.above(0);
      expect(
        byCode.items.every(
          (p) =>
            p.discipline?.code === '0803' ||
            p.openings.some((o) => o.directions.some((d) => d.disciplineCode === '0803')),
        ),
      ).to.equal(true);
      const byName = await c.postdoc.query({
        discipline: '光学',
        stationType: 'flow_station',
        pageSize: 1000,
      });
      expect(byName.items.every((p) => p.discipline?.name.includes('光学'))).to.equal(true);
      const eng = await c.postdoc.query({ discipline: '08', pageSize: 1000 });
      expect(eng.total).to.be.at.least(byCode.total);
      const ws = await c.postdoc.query({ stationType: 'work_station', pageSize: 1000 });
      expect(ws.items.every((p) => p.stationType === 'work_station')).to.equal(true);
      const whu = await c.postdoc.query({ host: '武汉大学', pageSize: 1000 });
      expect(whu.items.every((p) => p.host.name === '武汉大学')).to.equal(true);
      const yichang = await c.postdoc.query({ city: '420500', pageSize: 1000 });
      expect(yichang.items.every((p) => p.host.name === '三峡大学')).to.equal(true);
      const kw = await c.postdoc.query({ keyword: 'hzkj', pageSize: 1000 });
      expect(kw.total).to.be.above(0);
      expect(kw.items.every((p) => p.host.name === '华中科技大学')).to.equal(true);
      const facets = await c.postdoc.facets({ stationType: 'flow_station' });
      const total = (await c.postdoc.query({ pageSize: 1000 })).total;
      expect(facets.stationType.reduce((s, x) => s + x.count, 0)).to.equal(total);
      const flow = facets.stationType.find((f) => f.value === 'flow_station')!.count;
      expect(facets.hostType.reduce((s, x) => s + x.count, 0)).to.equal(flow);
      expect((await c.postdoc.openings()).length).to.be.above(0);
    });

    it('service points: division, bank, service (all), openNow, keyword, within', async () => {
      const all = (await c.servicePoints.index()).all();
      const q = await c.servicePoints.query({
        division: '420100',
        bank: ['ICBC', 'ABC'],
        service: ['card_apply', 'card_replace'],
        pageSize: 1000,
      });
      expect(q.total).to.equal(
        all.filter(
          (p) =>
            p.divisionCode.startsWith('4201') &&
            ['ICBC', 'ABC'].includes(p.bank.code) &&
            p.services.includes('card_replace'),
        ).length,
      );
      // Sunday 2026-03-01 10:00 in Shanghai: only points with weekend hours that are active
      const sunday = new Date('2026-03-01T10:00:00+08:00');
      const open = await c.servicePoints.query({ openNow: sunday, pageSize: 1000 });
      expect(open.total).to.be.above(0);
      expect(
        open.items.every(
          (p) => p.status === 'active' && p.openingHours.weekly.some((w) => w.days.includes('Su')),
        ),
      ).to.equal(true);
      const night = await c.servicePoints.query({ openNow: new Date('2026-03-02T22:00:00+08:00') });
      expect(night.total).to.equal(0);
      const kw = await c.servicePoints.query({ keyword: 'gsyh', pageSize: 1000 });
      expect(kw.items.every((p) => p.bank.code === 'ICBC')).to.equal(true);
      const box = await c.servicePoints.within([114.0, 30.3, 114.6, 30.8], { bank: 'PSBC' });
      expect(
        box.every((p) => p.bank.code === 'PSBC' && p.location.lng >= 114 && p.location.lng <= 114.6),
      ).to.equal(true);
      const near = await c.servicePoints.nearest(WUHAN, { limit: 5, maxKm: 3, bank: 'ICBC' });
      expect(near.every((p) => p.distanceKm <= 3 && p.bank.code === 'ICBC')).to.equal(true);
    });

    it('divisions: list, get, children, cities', async () => {
      const list = await c.divisions.list();
      expect(list[0]!.code).to.equal('420000');
      const wuhanKids = await c.divisions.children('420100');
      expect(wuhanKids.map((d) => d.code)).to.deep.equal(['420102', '420106', '420111']);
      const cities = await c.divisions.cities();
      expect(cities.map((d) => d.code)).to.include.members(['420100', '429004']);
      expect((await c.divisions.index()).search('wc').map((d) => d.name)).to.deep.equal(['武昌区']);
    });

    it('an aborted call rejects with the abort reason', async () => {
      const ac = new AbortController();
      ac.abort(new Error('gone'));
      const e = await rejection(c.servicePoints.nearest(WUHAN, { signal: ac.signal }));
      expect(e.message).to.equal('gone');
    });
  });
});
