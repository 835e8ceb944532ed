import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { captureConsole, deepActiveElement } from '@hbrs/testing';
import { TILE_SIZE } from './slippy-map.js';
import { TileLayer } from './tile-layer.js';
import { formatDistance, telOf } from './hours.js';
import {
  SATURDAY,
  ServiceMapPage,
  TUESDAY,
  clearUrl,
  create,
  fixtureClient,
  host,
  mount,
} from './test/page.js';

afterEach(clearUrl);

describe('<hbrs-service-map> behaviour', () => {
  describe('helpers', () => {
    it('formats distances and phone links', () => {
      expect(formatDistance(0.234, 'zh-CN', { km: ' {count} 公里', m: ' {count} 米' })).to.equal(' 230 米');
      expect(formatDistance(3.456, 'en', { km: ' {count} km', m: ' {count} m' })).to.equal(' 3.5 km');
      expect(formatDistance(23.6, 'en', { km: ' {count} km', m: ' {count} m' })).to.equal(' 24 km');
      expect(telOf('027-8888 6666')).to.equal('tel:027-88886666');
      expect(telOf('javascript:alert(1)')).to.equal(undefined);
      expect(telOf(undefined)).to.equal(undefined);
    });
  });

  describe('list first, map second', () => {
    it('renders the list, then the map with canvas points and clusters, and emits its events', async () => {
      const wrap = await host();
      const el = create(fixtureClient({ points: 200 }));
      const load = oneEvent(el, 'hbrs-load');
      const mapReady = oneEvent(el, 'hbrs-service-map-ready');
      // List before map: the list is on screen when the map reports ready (the shipped code has no
      // user-timing marks; the bench's build has them).
      let listAtMapReady = 0;
      el.addEventListener('hbrs-service-map-ready', () => {
        listAtMapReady = new ServiceMapPage(el).items.length;
      });
      wrap.append(el);
      const loadEv = (await load) as CustomEvent<{ count: number; sample: boolean }>;
      expect(loadEv.detail).to.deep.equal({ count: 200, sample: true });
      const readyEv = (await mapReady) as CustomEvent<{ points: number; objects: number }>;
      // 200 points, 196 active (every 50th is suspended).
      expect(readyEv.detail.points).to.equal(196);
      expect(readyEv.detail.objects).to.be.greaterThan(0).and.lessThan(100);
      const page = await new ServiceMapPage(el).ready();
      expect(listAtMapReady).to.equal(20);
      expect(page.items).to.have.length(20);
      expect(page.summary).to.contain('找到 196 个网点');
      expect(page.sampleNotice!.textContent).to.contain('示例数据');
      expect(page.find('.sm-map canvas')).to.exist;
      expect(page.scaleBar).to.exist;
      const clusters = page.clusters;
      expect(clusters.length).to.be.greaterThan(0);
      for (const c of clusters) {
        expect(c.tagName).to.equal('BUTTON');
        // Out of the tab order: the map is one tab stop, arrow keys move between its objects.
        expect(c.tabIndex).to.equal(-1);
        expect(c.textContent).to.match(/该区域 \d+ 个服务网点，放大查看/);
      }
      // The live region announced the count.
      expect(page.find('[role=status][aria-live=polite]')!.textContent).to.contain('找到 196 个网点');
      // Offline base: no tile image, no request to any other host.
      expect(page.find('img')).to.equal(null);
      const foreign = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).host !== location.host);
      expect(foreign.map((e) => e.name)).to.deep.equal([]);
      expect(page.mapNotes[0]!.parentElement!.textContent).to.contain('不含行政区域界线');
    });

    it('shows more results on request, never the whole set at once', async () => {
      const page = await mount(fixtureClient({ points: 60 }));
      expect(page.items).to.have.length(20);
      expect(page.moreButton!.textContent).to.contain('还有 39 个');
      await page.showMore();
      expect(page.items).to.have.length(40);
    });

    it('drops a bad record and shows the rest', async () => {
      const page = await mount(
        fixtureClient({
          points: 10,
          edit: (f) => {
            (f['service-points'].items[3] as Record<string, unknown>).name = '';
            (f['service-points'].items[4] as Record<string, unknown>).location = { lng: 'x', lat: 1 };
          },
        }),
      );
      expect(page.summary).to.contain('找到 8 个网点');
    });

    it('reloads when the source changes', async () => {
      const page = await mount(fixtureClient({ points: 10 }));
      expect(page.summary).to.contain('找到 10 个网点');
      page.el.client = fixtureClient({ points: 30 });
      await waitUntil(() => page.summary.includes('找到 30 个网点'));
      await page.ready();
      expect(page.view).to.exist;
    });

    it('renders English from the nearest lang', async () => {
      const wrap = await host('en');
      wrap.append(create(fixtureClient({ points: 20 })));
      const page = await new ServiceMapPage(wrap.querySelector('hbrs-service-map')!).ready();
      expect(page.heading.textContent).to.equal('Social security service points');
      expect(page.summary).to.contain('20 service points found');
      expect(page.section.getAttribute('lang')).to.equal('en');
      expect(page.cityLabels[0]!.textContent).to.match(/^[A-Za-z]+$/);
    });
  });

  describe('filters', () => {
    it('filters by service, bank, open now (Asia/Shanghai) and keyword (Chinese, pinyin, initials) and emits the filter event', async () => {
      const page = await mount(fixtureClient({ points: 120 }));
      const el = page.el;
      el.now = SATURDAY;
      const index = await el.client!.servicePoints.index();
      const svc = oneEvent(el, 'hbrs-service-map-filter');
      page.choose(page.serviceSelect, 'card_instant_issue');
      const ev = (await svc) as CustomEvent;
      const expected = index
        .all()
        .filter((p) => p.status === 'active' && p.services.includes('card_instant_issue')).length;
      expect(ev.detail).to.deep.equal({
        keyword: '',
        service: 'card_instant_issue',
        bank: '',
        openNow: false,
        division: '',
        only: false,
        count: expected,
      });
      await el.updateComplete;
      for (const id of page.ids) expect(index.get(id)!.services).to.include('card_instant_issue');

      page.choose(page.serviceSelect, '');
      await page.chooseBank('ICBC');
      for (const id of page.ids) expect(index.get(id)!.bank.code).to.equal('ICBC');

      await page.chooseBank('');
      await page.toggleOpenNow();
      // Fixture hours: Mo–Fr 09–17 for all, Sa–Su 09–16 for every third point only.
      const satOpen = index.all().filter((p, i) => p.status === 'active' && i % 3 === 0).length;
      expect(page.summary).to.contain(`找到 ${satOpen} 个网点`);
      for (const b of page.items) expect(b.textContent).to.contain('营业中');
      el.now = TUESDAY;
      await el.updateComplete;
      expect(page.summary).to.contain(
        `找到 ${index.all().filter((p) => p.status === 'active').length} 个网点`,
      );
      await page.toggleOpenNow();

      for (const kw of ['江岸', 'gongshang', 'gsyh']) {
        await page.search(kw);
        expect(page.ids.length, kw).to.be.greaterThan(0);
        const matched = page.ids.map((id) => index.get(id)!);
        const ok = matched.every(
          (p) => p.name.includes('江岸') || p.address.includes('江岸') || p.bank.name.includes('工商'),
        );
        expect(ok, kw).to.equal(true);
      }
    });

    it('treats an invalid `now` as a clock that opens nothing: every point closed, no day marked, no error', async () => {
      const page = await mount(fixtureClient({ points: 30 }));
      page.el.now = new Date(Number.NaN);
      await page.el.updateComplete;
      expect(page.items).to.have.length(20);
      for (const b of page.items) expect(b.textContent).to.contain('休息中');
      await page.toggleOpenNow();
      expect(page.items).to.have.length(20);
      await page.open();
      expect(page.detail.text).to.contain('休息中');
      expect(page.detail.hoursRows).to.have.length(7);
      expect(page.detail.todayRows).to.have.length(0);
    });
  });

  describe('where am I', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    function stubGeolocation(impl: Geolocation['getCurrentPosition']): string[] {
      const calls: string[] = [];
      const geo = navigator.geolocation;
      const original = geo.getCurrentPosition;
      geo.getCurrentPosition = ((...a: Parameters<Geolocation['getCurrentPosition']>) => {
        calls.push('get');
        return impl(...a);
      }) as Geolocation['getCurrentPosition'];
      restore = () => (geo.getCurrentPosition = original);
      return calls;
    }

    it('asks for the location only on a click, sorts nearest first, and never puts it in the URL or an event', async () => {
      const calls = stubGeolocation((ok) =>
        setTimeout(() => ok({ coords: { longitude: 114.31, latitude: 30.6 } } as GeolocationPosition)),
      );
      const wrap = await host();
      const el = create(fixtureClient({ points: 80 }), { 'sync-url': '' });
      wrap.append(el);
      const page = await new ServiceMapPage(el).ready();
      expect(calls).to.deep.equal([]);
      const located = oneEvent(el, 'hbrs-service-map-locate');
      page.locateButton.click();
      const ev = (await located) as CustomEvent;
      expect(ev.detail).to.deep.equal({ method: 'device', status: 'ok' });
      await el.updateComplete;
      expect(calls).to.deep.equal(['get']);
      const kms = page.distances;
      expect(kms.length).to.equal(20);
      expect(kms[0]).to.match(/直线距离/);
      // Sorted by distance.
      const index = await el.client!.servicePoints.index();
      const near = index.nearest({ lng: 114.31, lat: 30.6 }, { limit: 5, status: 'active' }).map((p) => p.id);
      expect(page.ids.slice(0, 5)).to.deep.equal(near);
      expect(location.search).not.to.match(/114\.31|30\.6/);
      expect(page.locateMessage).to.contain('已按您的位置排序');
      // Forget it again.
      page.locateButton.click();
      await el.updateComplete;
      expect(page.find('.sm-km')).to.equal(null);
      expect(deepActiveElement()).to.equal(page.locateButton);
    });

    for (const [code, text] of [
      [1, '定位权限'],
      [3, '超时'],
      [2, '当前无法获取'],
    ] as const) {
      it(`handles a geolocation error ${code} with a plain message`, async () => {
        stubGeolocation((_ok, err) =>
          setTimeout(() => err!({ code, message: 'x' } as GeolocationPositionError)),
        );
        const page = await mount(fixtureClient({ points: 20 }));
        const located = oneEvent(page.el, 'hbrs-service-map-locate');
        page.locateButton.click();
        const ev = (await located) as CustomEvent;
        expect(ev.detail.method).to.equal('device');
        expect(ev.detail.status).to.equal(code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable');
        await page.el.updateComplete;
        expect(page.locateMessage).to.contain(text);
        expect(page.live.textContent).to.contain(text);
        expect(page.locateButton.disabled).to.equal(false);
      });
    }

    it('centres on a division from the 市州 → 区县 picker and shows distances from its seat', async () => {
      const page = await mount(fixtureClient({ points: 80 }));
      const view = page.view!;
      const located = oneEvent(page.el, 'hbrs-service-map-locate');
      page.choose(page.citySelect, '420100');
      expect(((await located) as CustomEvent).detail).to.deep.equal({
        method: 'division',
        status: 'ok',
        division: '420100',
      });
      await waitUntil(() => view.map.zoom === 10, `zoom ${view.map.zoom}`);
      const county = page.countySelect;
      expect([...county.options].map((o) => o.value)).to.deep.equal(['', '420102', '420106', '420111']);
      await page.chooseCounty('420111');
      await waitUntil(() => view.map.zoom === 12);
      const c = view.map.center;
      expect(c.lat).to.be.closeTo(30.501, 0.01);
      expect(c.lng).to.be.closeTo(114.3383, 0.01);
      expect(page.locateMessage).to.contain('洪山区');
      const kms = page.distances.map((s) => parseFloat(s.replace(/[^\d.]/g, '')));
      expect(kms.length).to.be.greaterThan(0);
      expect(page.summary).to.match(/最近的约/);
    });

    it('limits the results to the chosen 区县 or 市州 with "only this area", nearest first, in the count and the event', async () => {
      const page = await mount(fixtureClient({ points: 120 }));
      const index = await page.el.client!.servicePoints.index();
      expect(page.onlyArea).to.equal(null);
      await page.chooseCity('420100');
      await page.chooseCounty('420111');
      const all = page.count;
      expect(all).to.equal(index.locate().total);
      expect(page.onlyArea!.closest('label')!.textContent).to.contain('只看洪山区的网点');
      const filtered = oneEvent(page.el, 'hbrs-service-map-filter');
      await page.toggleOnlyArea();
      const expected = index.locate({ division: '420111' }).total;
      expect(expected).to.be.within(1, all - 1);
      expect(((await filtered) as CustomEvent).detail).to.include({
        division: '420111',
        only: true,
        count: expected,
      });
      expect(page.count).to.equal(expected);
      for (const id of page.ids) expect(index.get(id)!.divisionCode).to.equal('420111');
      const kms = page.distances.map((s) => parseFloat(s.replace(/[^\d.]/g, '')));
      expect(kms).to.deep.equal([...kms].sort((a, b) => a - b));
      // The map shows the same set.
      await waitUntil(() => page.view!.stats.objects > 0);
      // The whole 市州 once the 区县 is cleared; the option stays on.
      await page.chooseCounty('');
      expect(page.onlyArea!.checked).to.equal(true);
      expect(page.count).to.equal(index.locate({ division: '420100' }).total);
      for (const id of page.ids) expect(index.get(id)!.divisionCode.slice(0, 4)).to.equal('4201');
      // Off again: every point counts.
      await page.toggleOnlyArea();
      expect(page.count).to.equal(all);
    });
  });

  describe('detail', () => {
    it('shows name, bank, address, today highlighted, the week, services, phone, distance and map-app links', async () => {
      const page = await mount(
        fixtureClient({
          points: 10,
          edit: (f) => {
            const p = f['service-points'].items[0] as Record<string, unknown>;
            p.phone = '027-8288 0000';
            p.facilities = { accessible: true };
            p.openingHours = {
              weekly: [
                { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '09:00', close: '12:00' },
                { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '13:30', close: '17:00' },
                { days: ['Sa'], open: '09:00', close: '15:00', servicesNote: '仅办理挂失' },
              ],
              holidayRule: 'closed_on_public_holidays',
            };
          },
        }),
      );
      page.el.now = TUESDAY;
      await page.chooseCity('420100');
      await page.open('SP-00000');
      const d = page.detail.text;
      const index = await page.el.client!.servicePoints.index();
      const p = index.get('SP-00000')!;
      expect(d).to.contain(p.bank.name);
      expect(d).to.contain('示例路1号');
      expect(d).to.contain('营业中');
      expect(d).to.contain('直线距离');
      expect(d).to.contain('社保卡申领');
      expect(d).to.contain('无障碍通道');
      expect(d).to.contain('法定节假日休息');
      const rows = page.detail.hoursRows;
      expect(rows).to.have.length(7);
      const today = rows.filter((r) => r.getAttribute('aria-current') === 'date');
      expect(today).to.have.length(1);
      expect(today[0]!.textContent).to.contain('周二');
      expect(today[0]!.textContent).to.contain('今天');
      expect(today[0]!.textContent).to.match(/09:00–12:00\s*，\s*13:30–17:00/);
      expect(rows[5]!.textContent).to.contain('仅办理挂失');
      expect(rows[6]!.textContent).to.contain('休息');
      expect(page.detail.phoneLink!.href).to.equal('tel:027-82880000');
      const apps = page.detail.appLinks;
      expect(apps.map((a) => new URL(a.href).host)).to.deep.equal([
        'uri.amap.com',
        'api.map.baidu.com',
        'apis.map.qq.com',
      ]);
      for (const a of apps) expect(a.rel).to.equal('noopener noreferrer');
      // Coordinates converted for each app (GCJ-02 for AMap differs from the WGS84 point).
      const pos = new URL(apps[0]!.href).searchParams.get('position')!.split(',').map(Number);
      expect(Math.abs(pos[0]! - p.location.lng)).to.be.greaterThan(0.001);
      expect(Math.abs(pos[0]! - p.location.lng)).to.be.lessThan(0.02);
    });

    it('copies the address and says so', async () => {
      const page = await mount(fixtureClient({ points: 5 }));
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (s: string) => void copied.push(s) },
      });
      try {
        await page.open();
        page.detail.copyButton!.click();
        await waitUntil(() => page.live.textContent!.includes('地址已复制'));
        expect(copied).to.have.length(1);
        expect(copied[0]).to.equal(page.detail.address!.textContent);
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: async () => Promise.reject(new Error('denied')) },
        });
        page.detail.copyButton!.click();
        await waitUntil(() => page.live.textContent!.includes('无法自动复制'));
      } finally {
        Reflect.deleteProperty(navigator, 'clipboard');
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  });

  describe('map', () => {
    it('keeps a few hundred objects at most on the map at every zoom with 4,000 points', async () => {
      const page = await mount(fixtureClient({ points: 4000 }));
      const view = page.view!;
      for (const z of [6, 8, 10, 12, 14, 16, 18]) {
        view.map.setView(30.58, 114.3, z);
        view.render();
        expect(view.stats.objects, `zoom ${z}`).to.be.at.most(300);
      }
    });

    it('has zoom buttons, the whole-province button, and a scale bar', async () => {
      const page = await mount(fixtureClient({ points: 20 }));
      const view = page.view!;
      const z = view.map.zoom;
      page.zoomInButton.click();
      await waitUntil(() => view.map.zoom === z + 1, `zoom ${z} -> ${view.map.zoom}`);
      page.zoomOutButton.click();
      await waitUntil(() => view.map.zoom === z);
      view.map.setView(30.6, 114.3, 14);
      page.showAllButton.click();
      await waitUntil(() => view.map.zoom <= 8);
      expect(page.zoomInButton.getAttribute('aria-label')).to.equal('放大地图');
      expect(page.scaleBar!.textContent).to.match(/\d+ (k?m)/);
      const r = page.zoomInButton.getBoundingClientRect();
      expect(r.width).to.be.at.least(44);
      expect(r.height).to.be.at.least(44);
    });

    it('follows size changes (ResizeObserver)', async () => {
      const page = await mount(fixtureClient({ points: 20 }));
      const view = page.view!;
      const w0 = view.map.size.x;
      (page.el.parentElement as HTMLElement).style.width = '500px';
      await waitUntil(() => view.map.size.x !== w0, 'map size did not follow');
      expect(view.map.size.x).to.be.lessThan(w0);
    });

    it('can be removed in the middle of a zoom: nothing runs on, nothing is thrown', async () => {
      const { messages } = await captureConsole(async () => {
        const page = await mount(fixtureClient({ points: 200 }));
        const view = page.view!;
        const map = page.mapContainer;
        view.zoomIn();
        expect(view.map.animating).to.equal(true);
        page.el.remove();
        await new Promise((r) => setTimeout(r, 400));
        // The engine's elements are gone with it and the zoom stopped where it was.
        expect(map.querySelector('canvas, .sm-scale')).to.equal(null);
        expect(view.map.animating).to.equal(false);
      });
      expect(messages).to.deep.equal([]);
    });

    it('keeps at most two tile levels while zooming on with tiles that have not loaded', () => {
      const layer = new TileLayer({
        url: `${location.origin}/__tiles__/{z}/{x}/{y}.png`,
        minZoom: 1,
        maxZoom: 18,
      });
      for (let z = 7; z <= 12; z++) {
        const scale = TILE_SIZE * 2 ** z;
        layer.draw({
          zoom: z,
          width: 600,
          height: 400,
          scale,
          left: 0.8 * scale - 300,
          top: 0.42 * scale - 200,
        });
        expect(layer.el.children.length, `zoom ${z}`).to.be.at.most(2);
      }
      // The newest level is the one on top.
      const top = layer.el.lastElementChild!.querySelector('img')!;
      expect(new URL(top.src).pathname.split('/')[2]).to.equal('12');
    });

    it('shows the tiles of the zoom in view and drops the previous level once the new one is in', async () => {
      // Same-origin tiles that answer 404 at once (a failed tile counts as done).
      const page = await mount(
        fixtureClient({ points: 10 }),
        `tiles=custom tile-url=${location.origin}/__tiles__/{z}/{x}/{y}.png`,
      );
      const view = page.view!;
      await waitUntil(() => page.tiles.length > 0);
      const z = Math.round(view.map.zoom);
      const zooms = (): number[] => [
        ...new Set(page.tiles.map((i) => Number(new URL(i.src).pathname.split('/')[2]))),
      ];
      expect(zooms()).to.deep.equal([z]);
      for (const img of page.tiles) expect(img.alt).to.equal('');
      view.zoomIn();
      await waitUntil(() => zooms().includes(z + 1), 'no tiles of the new zoom');
      await waitUntil(() => zooms().length === 1, `levels ${zooms().join(',')}`, { timeout: 5000 });
      expect(zooms()).to.deep.equal([z + 1]);
      expect(page.findAll('.sm-tile-level')).to.have.length(1);
      // {s} takes the a/b/c subdomains.
      page.el.setAttribute('tile-url', 'https://{s}.tiles.example.invalid/{z}/{x}/{y}.png');
      await waitUntil(() => {
        const first = page.tiles[0];
        return first && new URL(first.src).host !== location.host;
      });
      for (const img of page.tiles)
        expect(new URL(img.src).host).to.match(/^[abc]\.tiles\.example\.invalid$/);
    });
  });
});
