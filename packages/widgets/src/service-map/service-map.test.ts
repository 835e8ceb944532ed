import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  deepActiveElement,
  expectAccessible,
  expectStatesAccessible,
  installHostileHost,
  openCspPage,
  press,
  tab,
  wasPwned,
} from '@hbrs/testing';
import { createClient, type HbrsClient } from '@hbrs/sdk';
import { fixtureFeeds } from '../../../sdk/src/test/fixtures.js';
import './define.js';
import type { HbrsServiceMap } from './service-map.js';
import type { MapView } from './map-view.js';
import { validTileTemplate } from './map-view.js';
import { TILE_SIZE, TileLayer } from './slippy-map.js';
import { formatDistance, telOf } from './hours.js';

type Feeds = ReturnType<typeof fixtureFeeds>;

/** A real SDK client over fixture feed documents served by a fake fetch. */
function fixtureClient(
  options: {
    points?: number;
    edit?: (feeds: Feeds) => void;
    fail?: () => boolean;
    hang?: boolean;
  } = {},
): HbrsClient {
  const feeds = fixtureFeeds({ servicePoints: options.points ?? 60 });
  options.edit?.(feeds);
  const fetch = async (url: string): Promise<Response> => {
    if (options.hang) return new Promise<Response>(() => undefined);
    if (options.fail?.()) return new Response('upstream down', { status: 503 });
    const name = new URL(url).pathname
      .split('/')
      .pop()!
      .replace(/\.json$/, '') as keyof Feeds;
    const body = feeds[name];
    if (!body) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return createClient({ feed: 'https://data.example.invalid/feeds/', fetch, retries: 0 });
}

/** A 900 px wide container (a wide layout) for the widget. */
async function host(lang?: string): Promise<HTMLDivElement> {
  const div = await fixture<HTMLDivElement>(html`<div></div>`);
  div.style.width = '900px';
  if (lang) div.lang = lang;
  return div;
}

const sr = (el: HbrsServiceMap) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: HbrsServiceMap, s: string) => sr(el).querySelector<E>(s);
const $$ = <E extends Element = HTMLElement>(el: HbrsServiceMap, s: string) => [
  ...sr(el).querySelectorAll<E>(s),
];
const mapOf = (el: HbrsServiceMap) => (el as unknown as { mapView?: MapView }).mapView;

async function ready(el: HbrsServiceMap, withMap = true): Promise<HbrsServiceMap> {
  await waitUntil(() => $(el, '.item') || $(el, '[part=empty]'), 'list did not render', { timeout: 5000 });
  if (withMap)
    await waitUntil(() => mapOf(el) && $(el, '.sm-map-status') === null, 'map did not render', {
      timeout: 5000,
    });
  await el.updateComplete;
  return el;
}

async function mount(client: HbrsClient = fixtureClient(), attrs = ''): Promise<HbrsServiceMap> {
  const wrap = await host();
  const el = document.createElement('hbrs-service-map');
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [k, v = ''] = a.split('=');
    el.setAttribute(k!, v);
  }
  el.client = client;
  wrap.append(el);
  return ready(el);
}

function setInput(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function setSelect(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const names = (el: HbrsServiceMap) => $$(el, '.item').map((b) => b.dataset.id!);

// Saturday 2026-01-10 10:30 in Asia/Shanghai (02:30 UTC).
const SATURDAY = new Date('2026-01-10T02:30:00Z');
// Tuesday 2026-01-06 10:30 in Asia/Shanghai.
const TUESDAY = new Date('2026-01-06T02:30:00Z');

afterEach(() => {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('sm.')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
});

describe('<hbrs-service-map>', () => {
  describe('helpers', () => {
    it('formats distances and phone links', () => {
      expect(formatDistance(0.234, 'zh-CN', { km: ' {n} 公里', m: ' {n} 米' })).to.equal(' 230 米');
      expect(formatDistance(3.456, 'en', { km: ' {n} km', m: ' {n} m' })).to.equal(' 3.5 km');
      expect(formatDistance(23.6, 'en', { km: ' {n} km', m: ' {n} m' })).to.equal(' 24 km');
      expect(telOf('027-8888 6666')).to.equal('tel:027-88886666');
      expect(telOf('javascript:alert(1)')).to.equal(undefined);
      expect(telOf(undefined)).to.equal(undefined);
    });

    it('accepts only http(s) tile templates with the {x} {y} {z} {s} placeholders', () => {
      expect(validTileTemplate('https://tiles.example.gov.cn/{z}/{x}/{y}.png')).to.equal(true);
      expect(validTileTemplate('https://t{s}.example.gov.cn/{z}/{x}/{y}.png')).to.equal(true);
      for (const u of HOSTILE_URLS) expect(validTileTemplate(u), u).to.equal(false);
      expect(validTileTemplate('https://x.example/{z}/{x}/{y}.png?k={key}')).to.equal(false);
      expect(validTileTemplate('https://x.example/{z}/{x}/{y}{r}.png')).to.equal(false);
    });
  });

  describe('list first, map second', () => {
    it('renders the list, then the map with canvas points and clusters, and emits its events', async () => {
      const client = fixtureClient({ points: 200 });
      const wrap = await host();
      const el = document.createElement('hbrs-service-map');
      el.client = client;
      const load = oneEvent(el, 'hbrs-load');
      const mapReady = oneEvent(el, 'hbrs-service-map-ready');
      wrap.append(el);
      const loadEv = (await load) as CustomEvent<{ count: number; sample: boolean }>;
      expect(loadEv.detail).to.deep.equal({ count: 200, sample: true });
      const readyEv = (await mapReady) as CustomEvent<{ points: number; objects: number }>;
      // 200 points, 196 active (every 50th is suspended).
      expect(readyEv.detail.points).to.equal(196);
      expect(readyEv.detail.objects).to.be.greaterThan(0).and.lessThan(100);
      await ready(el);
      // List before map: the list mark precedes the map mark.
      const list = performance.getEntriesByName('hbrs-service-map:list').at(-1)!;
      const map = performance.getEntriesByName('hbrs-service-map:map').at(-1)!;
      expect(list.startTime).to.be.at.most(map.startTime);
      expect($$(el, '.item')).to.have.length(20);
      expect($(el, '[part=summary]')!.textContent).to.contain('找到 196 个网点');
      expect($(el, '[part=sample-notice]')!.textContent).to.contain('示例数据');
      expect($(el, '.sm-map canvas')).to.exist;
      expect($(el, '.sm-scale')).to.exist;
      const clusters = $$(el, '.sm-cluster');
      expect(clusters.length).to.be.greaterThan(0);
      for (const c of clusters) {
        expect(c.tagName).to.equal('BUTTON');
        expect(c.tabIndex).to.equal(0);
        expect(c.textContent).to.match(/该区域 \d+ 个服务网点，放大查看/);
      }
      // The live region announced the count.
      expect($(el, '[role=status][aria-live=polite]')!.textContent).to.contain('找到 196 个网点');
      // Offline base: no tile image, no request to any other host.
      expect($(el, 'img')).to.equal(null);
      const foreign = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).host !== location.host);
      expect(foreign.map((e) => e.name)).to.deep.equal([]);
      expect($(el, '.sm-note')!.parentElement!.textContent).to.contain('不含行政区域界线');
    });

    it('shows more results on request, never the whole set at once', async () => {
      const el = await mount(fixtureClient({ points: 60 }));
      expect($$(el, '.item')).to.have.length(20);
      const more = $<HTMLButtonElement>(el, '.sm-more')!;
      expect(more.textContent).to.contain('还有 39 个');
      more.click();
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(40);
    });

    it('drops a bad record and shows the rest', async () => {
      const el = await mount(
        fixtureClient({
          points: 10,
          edit: (f) => {
            (f['service-points'].items[3] as Record<string, unknown>).name = '';
            (f['service-points'].items[4] as Record<string, unknown>).location = { lng: 'x', lat: 1 };
          },
        }),
      );
      expect($(el, '[part=summary]')!.textContent).to.contain('找到 8 个网点');
    });

    it('reloads when the source changes', async () => {
      const el = await mount(fixtureClient({ points: 10 }));
      expect($(el, '[part=summary]')!.textContent).to.contain('找到 10 个网点');
      el.client = fixtureClient({ points: 30 });
      await waitUntil(() => $(el, '[part=summary]')?.textContent?.includes('找到 30 个网点'));
      await ready(el);
      expect(mapOf(el)).to.exist;
    });

    it('renders English from the nearest lang', async () => {
      const wrap = await host('en');
      const created = document.createElement('hbrs-service-map');
      created.client = fixtureClient({ points: 20 });
      wrap.append(created);
      const el = await ready(wrap.querySelector('hbrs-service-map')!);
      expect($(el, 'h2')!.textContent).to.equal('Social security service points');
      expect($(el, '[part=summary]')!.textContent).to.contain('20 service points found');
      expect($(el, 'section')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.sm-city-label')!.textContent).to.match(/^[A-Za-z]+$/);
    });
  });

  describe('states', () => {
    const client = fixtureClient({ points: 30 });
    let failNext = true;
    const flaky = fixtureClient({ points: 30, fail: () => failNext });

    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan' }, { theme: 'xiangyang', 'large-text': '' }])
      it(`has no axe violations in loading, error, ready, empty, detail and located states ${JSON.stringify(attrs)}`, async function () {
        this.timeout(30_000);
        {
          const wrap = await host();
          const el = document.createElement('hbrs-service-map');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.client = fixtureClient({ hang: true });
          wrap.append(el);
          await expectStatesAccessible(el, [
            { name: 'loading', enter: async () => void (await el.updateComplete) },
            {
              name: 'error',
              enter: async () => {
                el.client = fixtureClient({ fail: () => true });
                await waitUntil(() => $(el, '[part=error]'));
              },
            },
            {
              name: 'ready',
              enter: async () => {
                el.client = client;
                await ready(el);
              },
            },
            {
              name: 'empty',
              enter: async () => {
                setInput($<HTMLInputElement>(el, '#sm-keyword')!, '没有这样的网点zzz');
                await el.updateComplete;
                expect($(el, '[part=empty]')).to.exist;
              },
            },
            {
              name: 'detail',
              enter: async () => {
                $<HTMLButtonElement>(el, '[part=empty] button')!.click();
                await el.updateComplete;
                $<HTMLButtonElement>(el, '.item')!.click();
                await el.updateComplete;
                expect($(el, '[part=detail]')).to.exist;
              },
            },
            {
              name: 'located (distances)',
              enter: async () => {
                $<HTMLButtonElement>(el, '.sm-back')!.click();
                await el.updateComplete;
                setSelect($<HTMLSelectElement>(el, '#sm-city')!, '420100');
                await el.updateComplete;
              },
            },
          ]);
        }
      });

    it('says what went wrong in plain words and retries by keyboard', async () => {
      failNext = true;
      const wrap = await host();
      const el = document.createElement('hbrs-service-map');
      el.client = flaky;
      wrap.append(el);
      await waitUntil(() => $(el, '[part=error]'));
      expect($(el, '[part=error]')!.textContent).to.contain('数据服务返回了错误');
      expect($(el, '.sm-map')).to.equal(null);
      failNext = false;
      $<HTMLButtonElement>(el, '[part=error] button')!.focus();
      setTimeout(() => press('Enter'));
      const ev = (await oneEvent(el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
      expect(ev.detail).to.deep.equal({ reason: 'user' });
      await ready(el);
      expect($$(el, '.item').length).to.equal(20);
    });

    it('offers a way out of the empty result (clear filters) and puts focus back in the form', async () => {
      const el = await mount(client);
      setInput($<HTMLInputElement>(el, '#sm-keyword')!, 'qqqqqqqq');
      await el.updateComplete;
      const empty = $(el, '[part=empty]')!;
      expect(empty.textContent).to.contain('没有符合条件的网点');
      expect(mapOf(el)!.stats.objects).to.equal(0);
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(20);
      expect(deepActiveElement()).to.equal($(el, '#sm-keyword'));
      expect($<HTMLInputElement>(el, '#sm-keyword')!.value).to.equal('');
    });
  });

  describe('filters', () => {
    it('filters by service, bank, open now (Asia/Shanghai) and keyword (Chinese, pinyin, initials) and emits the filter event', async () => {
      const el = await mount(fixtureClient({ points: 120 }));
      el.now = SATURDAY;
      const index = await el.client!.servicePoints.index();
      const svc = oneEvent(el, 'hbrs-service-map-filter');
      setSelect($<HTMLSelectElement>(el, '#sm-service')!, 'card_instant_issue');
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
        count: expected,
      });
      await el.updateComplete;
      for (const id of names(el)) expect(index.get(id)!.services).to.include('card_instant_issue');

      setSelect($<HTMLSelectElement>(el, '#sm-service')!, '');
      setSelect($<HTMLSelectElement>(el, '#sm-bank')!, 'ICBC');
      await el.updateComplete;
      for (const id of names(el)) expect(index.get(id)!.bank.code).to.equal('ICBC');

      setSelect($<HTMLSelectElement>(el, '#sm-bank')!, '');
      const open = $<HTMLInputElement>(el, '#sm-open')!;
      open.click();
      await el.updateComplete;
      // Fixture hours: Mo–Fr 09–17 for all, Sa–Su 09–16 for every third point only.
      const satOpen = index.all().filter((p, i) => p.status === 'active' && i % 3 === 0).length;
      expect($(el, '[part=summary]')!.textContent).to.contain(`找到 ${satOpen} 个网点`);
      for (const b of $$(el, '.item')) expect(b.textContent).to.contain('营业中');
      el.now = TUESDAY;
      await el.updateComplete;
      expect($(el, '[part=summary]')!.textContent).to.contain(
        `找到 ${index.all().filter((p) => p.status === 'active').length} 个网点`,
      );
      open.click();
      await el.updateComplete;

      for (const kw of ['江岸', 'gongshang', 'gsyh']) {
        setInput($<HTMLInputElement>(el, '#sm-keyword')!, kw);
        await el.updateComplete;
        expect(names(el).length, kw).to.be.greaterThan(0);
        const matched = names(el).map((id) => index.get(id)!);
        const ok = matched.every(
          (p) => p.name.includes('江岸') || p.address.includes('江岸') || p.bank.name.includes('工商'),
        );
        expect(ok, kw).to.equal(true);
      }
    });

    it('treats an invalid `now` as a clock that opens nothing: every point closed, no day marked, no error', async () => {
      const el = await mount(fixtureClient({ points: 30 }));
      el.now = new Date(Number.NaN);
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(20);
      for (const b of $$(el, '.item')) expect(b.textContent).to.contain('休息中');
      $<HTMLInputElement>(el, '#sm-open')!.click();
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(20);
      $<HTMLButtonElement>(el, '.item')!.click();
      await el.updateComplete;
      expect($(el, '[part=detail]')!.textContent).to.contain('休息中');
      expect($$(el, '.sm-hours tr')).to.have.length(7);
      expect($$(el, '.sm-hours tr[aria-current=date]')).to.have.length(0);
    });

    it('announces the count once typing pauses, through one polite live region', async () => {
      const el = await mount(fixtureClient({ points: 40 }));
      const live = $$(el, '[aria-live]');
      expect(live).to.have.length(1);
      setInput($<HTMLInputElement>(el, '#sm-keyword')!, '江岸');
      await waitUntil(
        () => /找到 \d+ 个网点/.test(live[0]!.textContent!) && !live[0]!.textContent!.includes('40'),
        'no announcement',
        { timeout: 2000 },
      );
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
      const el = document.createElement('hbrs-service-map');
      el.setAttribute('sync-url', '');
      el.client = fixtureClient({ points: 80 });
      wrap.append(el);
      await ready(el);
      expect(calls).to.deep.equal([]);
      const located = oneEvent(el, 'hbrs-service-map-locate');
      $<HTMLButtonElement>(el, '#sm-locate')!.click();
      const ev = (await located) as CustomEvent;
      expect(ev.detail).to.deep.equal({ method: 'device', status: 'ok' });
      await el.updateComplete;
      expect(calls).to.deep.equal(['get']);
      const kms = $$(el, '.sm-km').map((s) => s.textContent!);
      expect(kms.length).to.equal(20);
      expect(kms[0]).to.match(/直线距离/);
      // Sorted by distance.
      const index = await el.client!.servicePoints.index();
      const near = index.nearest({ lng: 114.31, lat: 30.6 }, { limit: 5, status: 'active' }).map((p) => p.id);
      expect(names(el).slice(0, 5)).to.deep.equal(near);
      expect(location.search).not.to.match(/114\.31|30\.6/);
      expect($(el, '.sm-locate-msg')!.textContent).to.contain('已按您的位置排序');
      // Forget it again.
      $<HTMLButtonElement>(el, '#sm-locate')!.click();
      await el.updateComplete;
      expect($(el, '.sm-km')).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, '#sm-locate'));
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
        const el = await mount(fixtureClient({ points: 20 }));
        const located = oneEvent(el, 'hbrs-service-map-locate');
        $<HTMLButtonElement>(el, '#sm-locate')!.click();
        const ev = (await located) as CustomEvent;
        expect(ev.detail.method).to.equal('device');
        expect(ev.detail.status).to.equal(code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable');
        await el.updateComplete;
        expect($(el, '.sm-locate-msg')!.textContent).to.contain(text);
        expect($(el, '[aria-live]')!.textContent).to.contain(text);
        expect($<HTMLButtonElement>(el, '#sm-locate')!.disabled).to.equal(false);
      });
    }

    it('centres on a division from the 市州 → 区县 picker and shows distances from its seat', async () => {
      const el = await mount(fixtureClient({ points: 80 }));
      const view = mapOf(el)!;
      const located = oneEvent(el, 'hbrs-service-map-locate');
      setSelect($<HTMLSelectElement>(el, '#sm-city')!, '420100');
      expect(((await located) as CustomEvent).detail).to.deep.equal({
        method: 'division',
        status: 'ok',
        division: '420100',
      });
      await waitUntil(() => view.map.zoom === 10, `zoom ${view.map.zoom}`);
      const county = $<HTMLSelectElement>(el, '#sm-county')!;
      expect([...county.options].map((o) => o.value)).to.deep.equal(['', '420102', '420106', '420111']);
      setSelect(county, '420111');
      await el.updateComplete;
      await waitUntil(() => view.map.zoom === 12);
      const c = view.map.center;
      expect(c.lat).to.be.closeTo(30.501, 0.01);
      expect(c.lng).to.be.closeTo(114.3383, 0.01);
      expect($(el, '.sm-locate-msg')!.textContent).to.contain('洪山区');
      const kms = $$(el, '.sm-km').map((s) => parseFloat(s.textContent!.replace(/[^\d.]/g, '')));
      expect(kms.length).to.be.greaterThan(0);
      expect($(el, '[part=summary]')!.textContent).to.match(/最近的约/);
    });
  });

  describe('detail, keyboard and focus', () => {
    it('opens a point from the list with the keyboard, focuses its heading, and returns focus on Escape', async () => {
      const el = await mount(fixtureClient({ points: 30 }));
      const first = $<HTMLButtonElement>(el, '.item')!;
      // Tab through the controls to the first list item: every stop shows a focus ring.
      let guard = 0;
      while (deepActiveElement() !== first && guard++ < 40) {
        await tab();
        const a = deepActiveElement() as HTMLElement;
        if (a && sr(el).contains(a))
          expect(getComputedStyle(a).outlineStyle, a.outerHTML.slice(0, 60)).not.to.equal('none');
      }
      expect(deepActiveElement()).to.equal(first);
      const selected = oneEvent(el, 'hbrs-service-point-select');
      await press('Enter');
      const ev = (await selected) as CustomEvent;
      expect(ev.detail).to.deep.equal({ id: first.dataset.id, name: ev.detail.name, source: 'list' });
      await el.updateComplete;
      const title = $(el, '#sm-detail-title')!;
      expect(deepActiveElement()).to.equal(title);
      expect(title.textContent).to.equal(ev.detail.name);
      // The map highlights it and brings it into view, past the cluster levels, so it stands alone.
      const view = mapOf(el)!;
      expect(view.selected).to.equal(first.dataset.id);
      expect(view.map.zoom).to.equal(15);
      const at = view.screenPoint(first.dataset.id!)!;
      expect(at.x).to.be.within(0, view.map.size.x);
      expect(at.y).to.be.within(0, view.map.size.y);
      expect($(el, '.sm-selected')).to.exist;
      await waitUntil(() => view.stats.objects > 0 && view.stats.clusters === 0, 'still clustered');
      await press('Escape');
      await el.updateComplete;
      const again = $<HTMLButtonElement>(el, `.item[data-id="${first.dataset.id}"]`)!;
      expect(deepActiveElement()).to.equal(again);
      expect(again.getAttribute('aria-current')).to.equal('true');
      expect(mapOf(el)!.selected).to.equal(undefined);
    });

    it('shows name, bank, address, today highlighted, the week, services, phone, distance and map-app links', async () => {
      const el = await mount(
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
      el.now = TUESDAY;
      setSelect($<HTMLSelectElement>(el, '#sm-city')!, '420100');
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.item[data-id="SP-00000"]')!.click();
      await el.updateComplete;
      const d = $(el, '[part=detail]')!;
      const index = await el.client!.servicePoints.index();
      const p = index.get('SP-00000')!;
      expect(d.textContent).to.contain(p.bank.name);
      expect(d.textContent).to.contain('示例路1号');
      expect(d.textContent).to.contain('营业中');
      expect(d.textContent).to.contain('直线距离');
      expect(d.textContent).to.contain('社保卡申领');
      expect(d.textContent).to.contain('无障碍通道');
      expect(d.textContent).to.contain('法定节假日休息');
      const rows = $$(el, '.sm-hours tr');
      expect(rows).to.have.length(7);
      const today = rows.filter((r) => r.getAttribute('aria-current') === 'date');
      expect(today).to.have.length(1);
      expect(today[0]!.textContent).to.contain('周二');
      expect(today[0]!.textContent).to.contain('今天');
      expect(today[0]!.textContent).to.match(/09:00–12:00\s*，\s*13:30–17:00/);
      expect(rows[5]!.textContent).to.contain('仅办理挂失');
      expect(rows[6]!.textContent).to.contain('休息');
      expect($<HTMLAnchorElement>(el, '.sm-facts a')!.href).to.equal('tel:027-82880000');
      const apps = $$<HTMLAnchorElement>(el, '.sm-apps a');
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
      const el = await mount(fixtureClient({ points: 5 }));
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (s: string) => void copied.push(s) },
      });
      try {
        $<HTMLButtonElement>(el, '.item')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.sm-copy')!.click();
        await waitUntil(() => $(el, '[aria-live]')!.textContent!.includes('地址已复制'));
        expect(copied).to.have.length(1);
        expect(copied[0]).to.equal($(el, '.sm-address')!.textContent);
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: async () => Promise.reject(new Error('denied')) },
        });
        $<HTMLButtonElement>(el, '.sm-copy')!.click();
        await waitUntil(() => $(el, '[aria-live]')!.textContent!.includes('无法自动复制'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('opens a point clicked on the map, highlights it in the list, and returns focus to the map', async () => {
      const el = await mount(fixtureClient({ points: 30 }));
      const view = mapOf(el)!;
      const index = await el.client!.servicePoints.index();
      const target = index.get('SP-00001')!;
      view.map.setView(target.location.lat, target.location.lng, 17);
      await waitUntil(() => view.stats.clusters === 0 && view.stats.objects > 0);
      // A real click on the canvas point (hit-tested by the map).
      $(el, '.sm-map')!.scrollIntoView({ block: 'center' });
      const at = view.screenPoint('SP-00001')!;
      const box = $(el, '.sm-map')!.getBoundingClientRect();
      expect(at.x).to.be.within(0, box.width);
      const selected = oneEvent(el, 'hbrs-service-point-select');
      await sendMouse({ type: 'click', position: [Math.round(box.left + at.x), Math.round(box.top + at.y)] });
      const ev = (await selected) as CustomEvent;
      expect(ev.detail.source).to.equal('map');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#sm-detail-title'));
      $<HTMLButtonElement>(el, '.sm-back')!.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '.sm-map'));
      expect($(el, `.item[data-id="${ev.detail.id}"]`)?.getAttribute('aria-current') ?? 'true').to.equal(
        'true',
      );
    });

    it('skips the map with the visible skip link', async () => {
      const el = await mount(fixtureClient({ points: 10 }));
      const skip = $<HTMLButtonElement>(el, '.sm-skip')!;
      expect(skip.getBoundingClientRect().height).to.be.at.least(24);
      skip.focus();
      await press('Enter');
      expect(deepActiveElement()).to.equal($(el, '#sm-list-title'));
      await tab();
      expect(deepActiveElement()).to.equal($(el, '.item'));
    });
  });

  describe('map', () => {
    it('reaches clusters by keyboard and zooms in on Enter, keeping focus in the map', async () => {
      const el = await mount(fixtureClient({ points: 200 }));
      const view = mapOf(el)!;
      const z0 = view.map.zoom;
      const cluster = $(el, '.sm-cluster')!;
      // Tab from the map container reaches the clusters.
      $(el, '.sm-map')!.focus();
      await tab();
      expect(deepActiveElement()!.classList.contains('sm-cluster')).to.equal(true);
      expect(getComputedStyle(deepActiveElement()!).outlineStyle).not.to.equal('none');
      cluster.focus();
      await press('Enter');
      await waitUntil(() => view.map.zoom > z0, 'cluster did not zoom');
      expect(deepActiveElement()).to.equal($(el, '.sm-map'));
      // Space works too.
      await waitUntil(() => !view.map.animating);
      await new Promise((r) => setTimeout(r, 300));
      await waitUntil(() => $(el, '.sm-cluster'));
      const z1 = view.map.zoom;
      $(el, '.sm-cluster')!.focus();
      await press('Space');
      await waitUntil(() => view.map.zoom > z1 || $(el, '.sm-cluster') === null, 'space did not zoom');
    });

    it('keeps a few hundred objects at most on the map at every zoom with 4,000 points', async () => {
      const el = await mount(fixtureClient({ points: 4000 }));
      const view = mapOf(el)!;
      for (const z of [6, 8, 10, 12, 14, 16, 18]) {
        view.map.setView(30.58, 114.3, z);
        view.render();
        expect(view.stats.objects, `zoom ${z}`).to.be.at.most(300);
      }
    });

    it('has zoom buttons, the whole-province button, and a scale bar', async () => {
      const el = await mount(fixtureClient({ points: 20 }));
      const view = mapOf(el)!;
      const z = view.map.zoom;
      $<HTMLButtonElement>(el, '.sm-zoom-in')!.click();
      await waitUntil(() => view.map.zoom === z + 1, `zoom ${z} -> ${view.map.zoom}`);
      $<HTMLButtonElement>(el, '.sm-zoom-out')!.click();
      await waitUntil(() => view.map.zoom === z);
      view.map.setView(30.6, 114.3, 14);
      $<HTMLButtonElement>(el, '.sm-zoom-all')!.click();
      await waitUntil(() => view.map.zoom <= 8);
      expect($(el, '.sm-zoom-in')!.getAttribute('aria-label')).to.equal('放大地图');
      expect($(el, '.sm-scale')!.textContent).to.match(/\d+ (k?m)/);
      const r = $(el, '.sm-zoom-in')!.getBoundingClientRect();
      expect(r.width).to.be.at.least(44);
      expect(r.height).to.be.at.least(44);
    });

    it('follows size changes (ResizeObserver)', async () => {
      const el = await mount(fixtureClient({ points: 20 }));
      const view = mapOf(el)!;
      const w0 = view.map.size.x;
      (el.parentElement as HTMLElement).style.width = '500px';
      await waitUntil(() => view.map.size.x !== w0, 'map size did not follow');
      expect(view.map.size.x).to.be.lessThan(w0);
    });

    it('pans by drag (not opening what the press started on) and by arrow keys; +/− zoom; the wheel only after focus', async () => {
      const el = await mount(fixtureClient({ points: 200 }));
      const view = mapOf(el)!;
      const map = $(el, '.sm-map')!;
      map.scrollIntoView({ block: 'center' });
      const box = map.getBoundingClientRect();
      const wheel = (): WheelEvent => {
        const e = new WheelEvent('wheel', {
          deltaY: -120,
          bubbles: true,
          cancelable: true,
          composed: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
        });
        map.dispatchEvent(e);
        return e;
      };
      const z0 = view.map.zoom;
      // Before the map was focused or clicked, the wheel scrolls the page, not the map.
      expect(wheel().defaultPrevented).to.equal(false);
      expect(view.map.animating).to.equal(false);
      expect(view.map.zoom).to.equal(z0);
      try {
        // A drag that starts on a cluster moves the map and does not zoom into the cluster.
        const cb = $(el, '.sm-cluster')!.getBoundingClientRect();
        const start: [number, number] = [
          Math.round(cb.left + cb.width / 2),
          Math.round(cb.top + cb.height / 2),
        ];
        const c0 = view.map.center;
        await sendMouse({ type: 'move', position: start });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [start[0] - 60, start[1] - 40] });
        await sendMouse({ type: 'move', position: [start[0] - 120, start[1] - 80] });
        await sendMouse({ type: 'up' });
        await new Promise((r) => setTimeout(r, 50));
        const c1 = view.map.center;
        expect(c1.lng, 'dragged left: the view moves east').to.be.greaterThan(c0.lng + 0.1);
        expect(c1.lat, 'dragged up: the view moves south').to.be.lessThan(c0.lat - 0.05);
        expect(view.map.zoom).to.equal(z0);
        expect(view.map.animating).to.equal(false);
      } finally {
        await resetMouse();
      }
      map.focus();
      const c2 = view.map.center;
      await press('ArrowRight');
      expect(view.map.center.lng).to.be.greaterThan(c2.lng);
      await press('ArrowDown');
      expect(view.map.center.lat).to.be.lessThan(c2.lat);
      await press('+');
      await waitUntil(() => view.map.zoom === z0 + 1, `+ gave ${view.map.zoom}`);
      await press('-');
      await waitUntil(() => view.map.zoom === z0, `- gave ${view.map.zoom}`);
      // Focused: the wheel zooms the map (around the cursor) and does not scroll the page.
      expect(wheel().defaultPrevented).to.equal(true);
      await waitUntil(() => view.map.zoom === z0 + 1, `wheel gave ${view.map.zoom}`);
      expect(deepActiveElement()).to.equal(map);
    });

    it('zooms by pinch (two pointers) and by double click', async () => {
      const el = await mount(fixtureClient({ points: 50 }));
      const view = mapOf(el)!;
      const map = $(el, '.sm-map')!;
      const box = map.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const pointer = (type: string, id: number, x: number): void => {
        map.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            button: 0,
            clientX: x,
            clientY: cy,
            bubbles: true,
            composed: true,
          }),
        );
      };
      const z0 = view.map.zoom;
      pointer('pointerdown', 1, cx - 40);
      pointer('pointerdown', 2, cx + 40);
      // Fingers twice as far apart: one level in.
      pointer('pointermove', 1, cx - 80);
      pointer('pointermove', 2, cx + 80);
      await waitUntil(() => view.map.zoom > z0 + 0.5, `pinch gave ${view.map.zoom}`);
      // Both fingers move together: the map follows them (one finger is left to scroll the page).
      expect(getComputedStyle(map).touchAction).to.equal('pan-y');
      const c0 = view.map.center;
      pointer('pointermove', 1, cx - 20);
      pointer('pointermove', 2, cx + 140);
      await waitUntil(() => view.map.center.lng < c0.lng - 0.01, 'two fingers did not pan');
      pointer('pointerup', 1, cx - 20);
      pointer('pointerup', 2, cx + 140);
      await waitUntil(
        () => view.map.zoom === z0 + 1 && !view.map.animating,
        `pinch end gave ${view.map.zoom}`,
      );
      map.dispatchEvent(
        new MouseEvent('dblclick', {
          clientX: cx,
          clientY: cy,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      await waitUntil(
        () => view.map.zoom === z0 + 2 && !view.map.animating,
        `dblclick gave ${view.map.zoom}`,
      );
    });

    it('can be removed in the middle of a zoom: nothing runs on, nothing is thrown', async () => {
      const { messages } = await captureConsole(async () => {
        const el = await mount(fixtureClient({ points: 200 }));
        const view = mapOf(el)!;
        const map = $(el, '.sm-map')!;
        view.zoomIn();
        expect(view.map.animating).to.equal(true);
        el.remove();
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
      const el = await mount(
        fixtureClient({ points: 10 }),
        `tiles=custom tile-url=${location.origin}/__tiles__/{z}/{x}/{y}.png`,
      );
      const view = mapOf(el)!;
      await waitUntil(() => $(el, 'img.sm-tile'));
      const z = Math.round(view.map.zoom);
      const zooms = (): number[] => [
        ...new Set(
          $$<HTMLImageElement>(el, 'img.sm-tile').map((i) => Number(new URL(i.src).pathname.split('/')[2])),
        ),
      ];
      expect(zooms()).to.deep.equal([z]);
      for (const img of $$<HTMLImageElement>(el, 'img.sm-tile')) expect(img.alt).to.equal('');
      view.zoomIn();
      await waitUntil(() => zooms().includes(z + 1), 'no tiles of the new zoom');
      await waitUntil(() => zooms().length === 1, `levels ${zooms().join(',')}`, { timeout: 5000 });
      expect(zooms()).to.deep.equal([z + 1]);
      expect($$(el, '.sm-tile-level')).to.have.length(1);
      // {s} takes the a/b/c subdomains.
      el.setAttribute('tile-url', 'https://{s}.tiles.example.invalid/{z}/{x}/{y}.png');
      await waitUntil(
        () =>
          $(el, 'img.sm-tile') && new URL($<HTMLImageElement>(el, 'img.sm-tile')!.src).host !== location.host,
      );
      for (const img of $$<HTMLImageElement>(el, 'img.sm-tile'))
        expect(new URL(img.src).host).to.match(/^[abc]\.tiles\.example\.invalid$/);
    });

    it('uses Tianditu only with a key, and a custom template only when it is safe', async () => {
      const el = await mount(
        fixtureClient({ points: 10 }),
        'tianditu-key=abc123 attribution=审图号：GS(2099)0000号',
      );
      await waitUntil(() => $(el, 'img.sm-tile'));
      const src = $<HTMLImageElement>(el, 'img.sm-tile')!.getAttribute('src')!;
      expect(new URL(src).host).to.match(/^t[0-7]\.tianditu\.gov\.cn$/);
      expect(src).to.contain('tk=abc123');
      expect($(el, '.sm-attribution')!.textContent).to.contain('天地图');
      // The portal's 审图号 follows the Tianditu credit.
      expect($(el, '.sm-attribution')!.textContent).to.match(/天地图.*审图号：GS\(2099\)0000号$/);
      expect($(el, '.sm-city-label')).to.equal(null);

      const hostile = HOSTILE_STRINGS[0]!;
      el.removeAttribute('tianditu-key');
      el.setAttribute('tiles', 'custom');
      el.setAttribute('tile-url', 'javascript:alert(1)//{z}/{x}/{y}');
      await waitUntil(() => $(el, '.sm-city-label') && mapOf(el));
      expect($(el, 'img.sm-tile')).to.equal(null);
      el.setAttribute('tile-url', 'https://tiles.example.invalid/{z}/{x}/{y}.png');
      el.setAttribute('attribution', hostile);
      await waitUntil(() => $(el, 'img.sm-tile'));
      const attribution = $(el, '.sm-attribution')!;
      expect(attribution.textContent).to.equal(hostile);
      expect(attribution.querySelector('img')).to.equal(null);
      expect(wasPwned()).to.equal(false);
    });

    it('stays usable and accessible in forced-colors mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await mount(fixtureClient({ points: 60 }));
        const cluster = $(el, '.sm-cluster')!;
        expect(getComputedStyle(cluster).forcedColorAdjust).to.equal('none');
        expect(getComputedStyle(cluster).borderTopStyle).to.equal('solid');
        $<HTMLButtonElement>(el, '.item')!.click();
        await el.updateComplete;
        await waitUntil(() => $(el, '.sm-selected span'));
        expect(getComputedStyle($(el, '.sm-selected span')!).borderTopWidth).to.equal('4px');
        await expectAccessible(el);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('honours prefers-reduced-motion (no zoom or fade animation)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mount(fixtureClient({ points: 10 }));
        const view = mapOf(el)!;
        const z = view.map.zoom;
        $<HTMLButtonElement>(el, '.sm-zoom-in')!.click();
        // No animation: the new zoom holds at once.
        expect(view.map.zoom).to.equal(z + 1);
        expect(view.map.animating).to.equal(false);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('URL state', () => {
    it('mirrors filters and the open point in the query string; Back closes the detail; a link restores it', async () => {
      const wrap = await host();
      const el = document.createElement('hbrs-service-map');
      el.setAttribute('sync-url', '');
      el.client = fixtureClient({ points: 30 });
      wrap.append(el);
      await ready(el);
      history.replaceState(null, '', `${location.pathname}?keep=1`);
      setSelect($<HTMLSelectElement>(el, '#sm-bank')!, 'ICBC');
      setSelect($<HTMLSelectElement>(el, '#sm-city')!, '420100');
      setInput($<HTMLInputElement>(el, '#sm-keyword')!, '支行');
      await el.updateComplete;
      let q = new URLSearchParams(location.search);
      expect(q.get('keep')).to.equal('1');
      expect(q.get('sm.bank')).to.equal('ICBC');
      expect(q.get('sm.city')).to.equal('420100');
      expect(q.get('sm.q')).to.equal('支行');
      const id = $(el, '.item')!.dataset.id!;
      $<HTMLButtonElement>(el, '.item')!.click();
      await el.updateComplete;
      q = new URLSearchParams(location.search);
      expect(q.get('sm.id')).to.equal(id);
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      expect($(el, '[part=detail]')).to.equal(null);
      expect($(el, '.item')).to.exist;

      // A shared link opens the same view.
      const link = `${location.pathname}?sm.bank=ICBC&sm.q=${encodeURIComponent('支行')}&sm.city=420100&sm.id=${id}`;
      history.replaceState(null, '', link);
      const wrap2 = await host();
      const el2 = document.createElement('hbrs-service-map');
      el2.setAttribute('sync-url', '');
      el2.client = el.client!;
      const sel = oneEvent(el2, 'hbrs-service-point-select');
      wrap2.append(el2);
      const ev = (await sel) as CustomEvent;
      expect(ev.detail.source).to.equal('url');
      expect(ev.detail.id).to.equal(id);
      await waitUntil(() => mapOf(el2));
      await el2.updateComplete;
      expect($(el2, '#sm-detail-title')).to.exist;
      expect($<HTMLInputElement>(el2, '#sm-keyword')!.value).to.equal('支行');
      expect($<HTMLSelectElement>(el2, '#sm-bank')!.value).to.equal('ICBC');
      expect($<HTMLSelectElement>(el2, '#sm-city')!.value).to.equal('420100');
      await waitUntil(() => mapOf(el2)!.selected === id);
      $<HTMLButtonElement>(el2, '.sm-back')!.click();
      await el2.updateComplete;
      expect(new URLSearchParams(location.search).get('sm.id')).to.equal(null);
    });

    it('keeps two maps on one page apart with sync-url values as key prefixes', async () => {
      history.replaceState(null, '', `${location.pathname}?north.bank=ICBC`);
      const client = fixtureClient({ points: 30 });
      const make = async (prefix: string): Promise<HbrsServiceMap> => {
        const wrap = await host();
        const el = document.createElement('hbrs-service-map');
        el.setAttribute('sync-url', prefix);
        el.client = client;
        wrap.append(el);
        return ready(el);
      };
      const north = await make('north');
      const south = await make('south');
      expect($<HTMLSelectElement>(north, '#sm-bank')!.value).to.equal('ICBC');
      expect($<HTMLSelectElement>(south, '#sm-bank')!.value).to.equal('');
      setInput($<HTMLInputElement>(south, '#sm-keyword')!, '支行');
      await south.updateComplete;
      const q = new URLSearchParams(location.search);
      expect(q.get('south.q')).to.equal('支行');
      expect(q.get('north.bank')).to.equal('ICBC');
      expect(q.get('north.q')).to.equal(null);
      expect([...q.keys()].filter((k) => k.startsWith('sm.'))).to.deep.equal([]);
    });

    it('ignores junk in the URL', async () => {
      history.replaceState(
        null,
        '',
        `${location.pathname}?sm.svc=<script>&sm.bank=EVIL&sm.city=abc&sm.id=nope`,
      );
      const wrap = await host();
      const el = document.createElement('hbrs-service-map');
      el.setAttribute('sync-url', '');
      el.client = fixtureClient({ points: 10 });
      wrap.append(el);
      await waitUntil(() => $(el, '[part=detail]'));
      expect($(el, '#sm-detail-title')!.textContent).to.contain('没有找到这个网点');
      expect($<HTMLSelectElement>(el, '#sm-service')!.value).to.equal('');
      expect($<HTMLSelectElement>(el, '#sm-bank')!.value).to.equal('');
    });
  });

  describe('safety', () => {
    it('renders hostile strings in inputs and data fields as text, and hostile URLs never become links', async () => {
      const { messages } = await captureConsole(async () => {
        const client = fixtureClient({
          points: HOSTILE_STRINGS.length,
          edit: (f) => {
            f['service-points'].items.forEach((item, i) => {
              const p = item as Record<string, unknown>;
              const s = HOSTILE_STRINGS[i]! || '空';
              p.name = s;
              p.address = s;
              p.bank = { code: 'OTHER', name: s };
              p.phone = HOSTILE_URLS[i % HOSTILE_URLS.length];
              p.contactPerson = s;
              p.openingHours = {
                weekly: [
                  {
                    days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
                    open: '00:00',
                    close: '23:59',
                    servicesNote: s,
                  },
                ],
                text: s,
              };
              p.status = 'active';
            });
          },
        });
        const el = await mount(client);
        $<HTMLButtonElement>(el, '.sm-more')?.click();
        await el.updateComplete;
        const items = $$(el, '.item');
        const expected = HOSTILE_STRINGS.filter((s) => s !== '').length + 1;
        expect(items.length).to.equal(expected);
        for (const b of items) {
          expect(b.querySelector('.sm-item-name')!.children.length).to.equal(0);
          expect(b.querySelectorAll('img, script, svg, a, style')).to.have.length(0);
        }
        for (const id of items.map((b) => b.dataset.id!)) {
          $<HTMLButtonElement>(el, `.item[data-id="${id}"]`)!.click();
          await el.updateComplete;
          const d = $(el, '[part=detail]')!;
          expect(d.querySelectorAll('img, script, svg, style, iframe')).to.have.length(0);
          for (const a of d.querySelectorAll('a')) expect(a.href).to.match(/^(https:|tel:)/);
          const title = $(el, '#sm-detail-title')!;
          expect(title.children.length).to.equal(0);
          await press('Escape');
          await el.updateComplete;
        }
        for (const s of HOSTILE_STRINGS) {
          setInput($<HTMLInputElement>(el, '#sm-keyword')!, s);
          await el.updateComplete;
          expect($<HTMLInputElement>(el, '#sm-keyword')!.value).to.equal(s.replace(/[\r\n]/g, ''));
        }
        expect(sr(el).querySelectorAll('script, iframe')).to.have.length(0);
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const el = await mount(fixtureClient({ points: 10 }));
        const root = getComputedStyle($(el, '.hbrs-root')!);
        expect(root.fontSize).to.equal('16px');
        expect(root.fontStyle).to.equal('normal');
        expect(root.textTransform).to.equal('none');
        expect(root.boxSizing).to.equal('border-box');
        const item = getComputedStyle($(el, '.item')!);
        expect(parseFloat(item.minHeight)).to.equal(44);
        expect(item.fontSize).to.equal('16px');
        const frame = $(el, '.sm-map-frame')!.getBoundingClientRect();
        expect(frame.height).to.be.closeTo(420, 2);
        expect(mapOf(el)!.map.size.y).to.be.greaterThan(300);
      } finally {
        remove();
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div>
            <hbrs-service-map large-text .client=${fixtureClient({ points: 20 })}></hbrs-service-map>
          </div>`,
        );
        const el = await ready(wrap.querySelector('hbrs-service-map')!);
        const root = $(el, '.hbrs-root')!;
        expect(root.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        $<HTMLButtonElement>(el, '.item')!.click();
        await el.updateComplete;
        expect(root.scrollWidth).to.be.at.most(320);
        await expectAccessible(el);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
      const page = await openCspPage('hbrs-service-map.js', ['hbrs-service-map']);
      const el = page.doc.querySelector('hbrs-service-map') as HbrsServiceMap;
      await waitUntil(() => el.shadowRoot!.querySelector('.item'), 'no list under CSP', { timeout: 10000 });
      await waitUntil(() => el.shadowRoot!.querySelector('.sm-map canvas'), 'no map under CSP', {
        timeout: 10000,
      });
      await waitUntil(() => el.shadowRoot!.querySelector('.sm-cluster'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('.item')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.textContent).to.contain('示例数据');
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(page.win.getComputedStyle(title).color).to.equal('rgb(11, 87, 164)');
      // The map's layout CSS applies inside the shadow root.
      const pane = el.shadowRoot!.querySelector('.sm-layer')!;
      expect(page.win.getComputedStyle(pane).position).to.equal('absolute');
    });
  });
});
