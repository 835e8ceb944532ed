import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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
import './define.js';
import { englishTexts, type HbrsPostdocFinder } from './postdoc-finder.js';
import { compute, prepare, suggest, NO_FILTERS } from './model.js';
import { feedDoc, fixtureClient, programmeItems } from './test/fixtures.js';

type El = HbrsPostdocFinder;
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => root(el).querySelector<T & Element>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [
  ...root(el).querySelectorAll<T & Element>(sel),
];
const text = (node: Element | ShadowRoot | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const input = (el: El) => $<HTMLInputElement>(el, '#pd-q');
const cards = (el: El) => $$(el, '.card');
const settled = (el: El) =>
  waitUntil(
    () => root(el).querySelector('.cards, .hbrs-empty, .hbrs-error, .detail'),
    'widget never settled',
  );

interface MountOptions {
  client?: HbrsClient;
  lang?: string;
  syncUrl?: boolean;
  pageSize?: number;
  /** Point at the widget after loading, so the detail views are fetched (default true). */
  prefetch?: boolean;
}

async function mount(o: MountOptions = {}): Promise<El> {
  const client = o.client ?? fixtureClient();
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${o.lang ?? 'zh-CN'}>
      <hbrs-postdoc-finder
        .client=${client}
        ?sync-url=${o.syncUrl}
        page-size=${o.pageSize ?? 20}
      ></hbrs-postdoc-finder>
    </div>`,
  );
  const el = wrap.querySelector('hbrs-postdoc-finder')!;
  await settled(el);
  // The detail and comparison views are a separate module, fetched when someone points at or focuses the
  // widget; most tests start from that point.
  if (o.prefetch !== false) {
    $(el, 'section').dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    await import('./views.js');
    await el.updateComplete;
  }
  return el;
}

/** Types into the search box the way a person does: focus, then real key presses. */
async function typeKeyword(el: El, value: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function setKeyword(el: El, value: string): Promise<void> {
  const i = input(el);
  i.value = value;
  i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function select(el: El, key: string, value: string): Promise<void> {
  const s = $<HTMLSelectElement>(el, `#pd-f-${key}`);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function clearUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('pd.')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}

const pdParams = () =>
  Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k.startsWith('pd.')));

describe('<hbrs-postdoc-finder>', () => {
  afterEach(clearUrl);

  describe('data and states', () => {
    it('loads through the SDK, shows the sample notice and reports hbrs-load', async () => {
      const client = fixtureClient();
      const wrap = await fixture(
        html`<div><hbrs-postdoc-finder .client=${client}></hbrs-postdoc-finder></div>`,
      );
      const el = wrap.querySelector('hbrs-postdoc-finder')!;
      const ev = (await oneEvent(el, 'hbrs-load')) as CustomEvent<{ count: number; sample: boolean }>;
      expect(ev.detail).to.deep.equal({ count: 40, sample: true });
      expect(ev.bubbles && ev.composed).to.equal(true);
      await el.updateComplete;
      expect(text($(el, '[part=sample-notice]'))).to.contain('示例数据');
      expect(text($(el, '.count'))).to.equal('找到 40 个博士后站点');
      expect(cards(el)).to.have.length(20);
    });

    it('shows no sample notice for official data', async () => {
      const el = await mount({ client: fixtureClient({ official: true }) });
      expect(root(el).querySelector('[part=sample-notice]')).to.equal(null);
    });

    it('shows the loading skeleton while the data loads', async () => {
      const client = fixtureClient({ delay: 300 });
      const el = await fixture<El>(html`<hbrs-postdoc-finder .client=${client}></hbrs-postdoc-finder>`);
      expect($(el, '[part=loading]').getAttribute('role')).to.equal('status');
      await expectAccessible(el);
      await settled(el);
    });

    it('shows the error in plain words with a retry that reloads', async () => {
      let fail = true;
      const client = createClient({
        feed: 'https://data.example.invalid/feeds/',
        retries: 0,
        fetch: async () =>
          fail
            ? new Response('down', { status: 503 })
            : new Response(JSON.stringify(feedDoc(programmeItems(5))), {
                headers: { 'content-type': 'application/json' },
              }),
      });
      const { messages } = await captureConsole(async () => {
        const el = await mount({ client });
        const err = $(el, '[part=error]');
        expect(err.getAttribute('role')).to.equal('alert');
        expect(text(err)).to.contain('HTTP 503');
        fail = false;
        const button = err.querySelector('button')!;
        button.focus();
        setTimeout(() => press('Enter'));
        const ev = (await oneEvent(el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
        expect(ev.detail).to.deep.equal({ reason: 'user' });
        await waitUntil(() => cards(el).length === 5);
      });
      expect(messages).to.deep.equal([]);
    });

    it('drops a bad record and shows the rest', async () => {
      const items: unknown[] = programmeItems(6);
      items.splice(2, 0, { id: 'BAD', stationType: 'flow_station', host: { name: 'X' } }, 42, null);
      const el = await mount({ client: createFixture(items) });
      expect(cards(el)).to.have.length(6);
    });

    it('reloads when the source changes', async () => {
      const el = await mount();
      expect(text($(el, '.count'))).to.contain('40');
      el.client = fixtureClient({ items: programmeItems(3) });
      await waitUntil(() => text(root(el).querySelector('.count')).includes(' 3 '));
      expect(cards(el)).to.have.length(3);
    });

    it('offers a way out of an empty result', async () => {
      const el = await mount();
      await setKeyword(el, 'zzqqxx');
      const empty = $(el, '[part=empty]');
      expect(text(empty)).to.contain('没有符合当前条件');
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(cards(el)).to.have.length(20);
    });

    it('shows more results on request and moves focus to the first new one', async () => {
      const el = await mount();
      const more = $(el, '[part=show-more]');
      expect(text(more)).to.contain('还有 20 个');
      more.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(40);
      expect(root(el).querySelector('[part=show-more]')).to.equal(null);
      expect(deepActiveElement()).to.equal($$(el, '[data-open]')[20]);
    });
  });

  describe('search', () => {
    it('finds by Chinese, full pinyin and initials through the SDK index', async () => {
      const el = await mount();
      await setKeyword(el, '华中');
      expect(cards(el).every((c) => text(c).includes('华中'))).to.equal(true);
      expect(cards(el)).to.have.length(10);
      await setKeyword(el, 'jisuanji');
      expect(cards(el).map((c) => text(c.querySelector('.disc')))).to.satisfy(
        (l: string[]) => l.length > 0 && l.every((s) => s.includes('计算机科学与技术')),
      );
      await setKeyword(el, 'jsj');
      const jsj = cards(el).map((c) => text(c.querySelector('.disc')));
      expect(jsj.length).to.be.greaterThan(0);
      expect(jsj.every((s) => s.includes('计算机科学与技术（0812）'))).to.equal(true);
    });

    it('is a WAI-ARIA combobox: arrows, Enter picks a suggestion, Escape closes then clears', async () => {
      const el = await mount();
      const q = input(el);
      const listbox = $(el, '#pd-listbox');
      expect(q.getAttribute('role')).to.equal('combobox');
      expect(q.getAttribute('aria-controls')).to.equal('pd-listbox');
      expect(q.getAttribute('aria-autocomplete')).to.equal('list');
      expect(q.getAttribute('aria-expanded')).to.equal('false');
      expect(listbox.getAttribute('role')).to.equal('listbox');
      await tab();
      expect(deepActiveElement()).to.equal(q);
      await sendKeys({ type: 'jsj' });
      await el.updateComplete;
      expect(q.getAttribute('aria-expanded')).to.equal('true');
      expect(listbox.hidden).to.equal(false);
      const options = $$(el, '[role=option]');
      expect(text(options[0]!)).to.contain('计算机科学与技术（0812）');
      expect(q.hasAttribute('aria-activedescendant')).to.equal(false);
      await press('ArrowDown');
      await el.updateComplete;
      expect(q.getAttribute('aria-activedescendant')).to.equal('pd-opt-0');
      expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
      await press('ArrowUp');
      await el.updateComplete;
      const last = $$(el, '[role=option]').length - 1;
      expect(q.getAttribute('aria-activedescendant')).to.equal(`pd-opt-${last}`);
      await press('ArrowLeft');
      await el.updateComplete;
      expect(q.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(q.getAttribute('aria-expanded')).to.equal('true');
      await press('ArrowDown');
      await el.updateComplete;
      expect(q.getAttribute('aria-activedescendant')).to.equal('pd-opt-0');
      expect(deepActiveElement()).to.equal(q);
      setTimeout(() => press('Enter'));
      const ev = (await oneEvent(el, 'hbrs-postdoc-search')) as CustomEvent<{
        filters: { discipline: string };
        total: number;
      }>;
      await el.updateComplete;
      expect(ev.detail.filters.discipline).to.equal('0812');
      expect(ev.detail.total).to.equal(5);
      expect(q.value).to.equal('');
      expect(q.getAttribute('aria-expanded')).to.equal('false');
      expect(text($(el, '[part=chips]'))).to.contain('一级学科：计算机科学与技术（0812）');
      expect(cards(el)).to.have.length(5);
      expect(deepActiveElement()).to.equal(q);
      // Escape closes an open list first, then clears the text.
      await sendKeys({ type: 'wh' });
      await el.updateComplete;
      expect(q.getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await el.updateComplete;
      expect(q.getAttribute('aria-expanded')).to.equal('false');
      expect(q.value).to.equal('wh');
      await press('Escape');
      await el.updateComplete;
      expect(q.value).to.equal('');
    });

    it('picks a host suggestion with the mouse and keeps focus in the box', async () => {
      const el = await mount();
      await typeKeyword(el, 'sxdx');
      const opt = $$(el, '[role=option]').find((o) => text(o).includes('三峡大学'))!;
      opt.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      opt.click();
      await el.updateComplete;
      expect(text($(el, '[part=chips]'))).to.contain('设站单位：三峡大学');
      expect(cards(el).every((c) => text(c).includes('三峡大学'))).to.equal(true);
    });

    it('announces the result count once typing pauses, in one polite live region', async () => {
      const el = await mount();
      await typeKeyword(el, '武汉');
      const live = $$(el, '[aria-live]');
      expect(live).to.have.length(1);
      expect(live[0]!.getAttribute('aria-live')).to.equal('polite');
      await waitUntil(() => text(live[0]!).startsWith('找到 9 个'), 'count not announced', { timeout: 2000 });
    });
  });

  describe('facets and chips', () => {
    it('counts each facet without its own filter and cascades 门类 → 一级学科', async () => {
      const el = await mount();
      await select(el, 'city', '420500');
      expect(cards(el)).to.have.length(9);
      const cityOptions = $$(el, '#pd-f-city option').map((o) => text(o));
      expect(cityOptions).to.include('宜昌市 (9)');
      expect(cityOptions).to.include('武汉市 (27)');
      const typeOptions = $$(el, '#pd-f-type option').map((o) => text(o));
      expect(typeOptions).to.include('博士后创新实践基地 (4)');
      await select(el, 'category', '08');
      const disc = $$(el, '#pd-f-discipline option').map((o) => o.getAttribute('value'));
      expect(disc.filter(Boolean).every((v) => v!.startsWith('08'))).to.equal(true);
      await select(el, 'discipline', '0803');
      expect(cards(el).every((c) => text(c).includes('光学工程'))).to.equal(true);
      await select(el, 'category', '07');
      expect(el.currentFilters.discipline).to.equal('');
    });

    it('removes chips by keyboard, moving focus to the next chip', async () => {
      const el = await mount();
      await select(el, 'city', '420100');
      await select(el, 'type', 'flow_station');
      const chips = $$(el, '[data-chip]');
      expect(chips.map((c) => c.dataset.chip)).to.deep.equal(['type', 'city', 'all']);
      expect(text(chips[0]!)).to.contain('移除条件');
      chips[0]!.focus();
      await press('Enter');
      await el.updateComplete;
      expect(el.currentFilters.type).to.equal('');
      expect((deepActiveElement() as HTMLElement).dataset.chip).to.equal('city');
      await press('Space');
      await el.updateComplete;
      expect(root(el).querySelector('[part=chips]')).to.equal(null);
      expect(deepActiveElement()).to.equal(input(el));
    });

    it('model: one pass gives results and facets consistent with a plain filter', async () => {
      const client = fixtureClient({ items: programmeItems(120) });
      const prep = prepare(await client.postdoc.index());
      const f = { ...NO_FILTERS, city: '420100', category: '08' };
      const out = compute(prep, f);
      const plain = prep.all.filter(
        (p) => prep.meta.get(p.id)!.city === '420100' && prep.meta.get(p.id)!.categories.includes('08'),
      );
      expect(out.results.map((p) => p.id)).to.deep.equal(plain.map((p) => p.id));
      const typeTotal = out.facets.type.reduce((s, c) => s + c.count, 0);
      expect(typeTotal).to.equal(out.results.length);
      expect(suggest(prep, 'jsj')[0]!.label).to.equal('计算机科学与技术');
      expect(suggest(prep, 'hzkj').map((s) => s.label)).to.include('华中科技大学');
      expect(suggest(prep, '')).to.deep.equal([]);
    });
  });

  describe('detail', () => {
    it('opens from a card with focus on its heading, shows openings, other programmes and schemes, and returns focus', async () => {
      const el = await mount();
      await setKeyword(el, '华中科技大学 计算机');
      const opener = $$(el, '[data-open]')[0]!;
      const id = opener.dataset.open!;
      opener.focus();
      setTimeout(() => press('Enter'));
      const ev = (await oneEvent(el, 'hbrs-postdoc-select')) as CustomEvent<{ id: string; host: string }>;
      expect(ev.detail).to.deep.equal({ id, host: '华中科技大学' });
      await el.updateComplete;
      const detail = $(el, '[part=detail]');
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      const t = text(detail);
      for (const s of [
        '计算机科学与技术（0812）',
        '2026年博士后招收启事',
        '张教授 教授（国家杰出青年科学基金获得者）',
        '年龄不超过 35 周岁',
        '2099年6月30日',
        '¥30万–¥40万',
        '提供博士后公寓',
        '将申请材料发送至联系邮箱',
        '本单位其他站点',
        '光学工程（0803）',
        '湖北省博士后创新研究岗位',
        '招收启事中列明',
        '武汉市博士后资助',
        '湖北省人力资源和社会保障厅',
      ])
        expect(t, s).to.contain(s);
      const links = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('tel:02787654321');
      expect(links).to.include(`https://example.edu.cn/postdoc/${Number(id.slice(3))}`);
      expect(links).to.include('https://rst.hubei.gov.cn/');
      await expectAccessible(el);
      // Escape closes the detail; focus returns to the card that opened it.
      await press('Escape');
      await el.updateComplete;
      expect(root(el).querySelector('[part=detail]')).to.equal(null);
      expect((deepActiveElement() as HTMLElement).dataset.open).to.equal(id);
    });

    it('lists Wuhan schemes only for Wuhan programmes and moves between a host’s programmes', async () => {
      const el = await mount();
      await select(el, 'host', '三峡大学');
      $$(el, '[data-open]')[0]!.click();
      await el.updateComplete;
      expect(text($(el, '[part=detail]'))).not.to.contain('武汉市博士后资助');
      const other = $(el, '.others button');
      other.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      $(el, '.back').click();
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-open')).to.be.a('string');
    });

    it('loads the detail code on demand, then moves focus to the heading', async () => {
      const el = await mount({ prefetch: false });
      const opener = $$(el, '[data-open]')[1]!;
      opener.click();
      await waitUntil(() => root(el).querySelector('#pd-detail-title'), 'detail never rendered');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      $(el, '.back').click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($$(el, '[data-open]')[1]);
    });

    it('says so when the selected programme does not exist', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&pd.id=NOPE`);
      const el = await mount({ syncUrl: true });
      expect(text($(el, '[part=detail]'))).to.contain('没有找到这个博士后站点');
      await expectAccessible(el);
    });
  });

  describe('comparison', () => {
    it('pins up to three programmes side by side and says when full', async () => {
      const el = await mount();
      const pins = $$(el, '.card .pin');
      for (const p of pins.slice(0, 3)) {
        p.click();
        await el.updateComplete;
      }
      expect(pins.slice(0, 3).map((p) => p.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'true',
        'true',
      ]);
      pins[3]!.click();
      await el.updateComplete;
      expect(pins[3]!.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '[aria-live]'))).to.contain('最多同时对比 3 个');
      // The comparison's styles come with its lazily loaded module.
      expect(parseFloat(getComputedStyle($(el, '.unpin')).minHeight)).to.equal(44);
      expect(getComputedStyle($(el, '[part=compare]')).borderTopStyle).to.equal('solid');
      const table = $(el, '[part=compare] table');
      expect(table.querySelectorAll('thead th')).to.have.length(4);
      expect(text($(el, '#pd-compare-title'))).to.equal('站点对比（3/3）');
      await expectAccessible(el);
      setTimeout(() => $$(el, '.unpin')[0]!.click());
      const ev = (await oneEvent(el, 'hbrs-postdoc-compare')) as CustomEvent<{ ids: string[] }>;
      expect(ev.detail.ids).to.have.length(2);
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-compare-title'));
      // A programme opened from the table returns focus there when its detail closes.
      $$(el, '[data-cmp-open]')[1]!.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      await press('Escape');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.cmpOpen).to.equal(el.comparedIds[1]);
    });
  });

  describe('URL state', () => {
    it('mirrors filters, the open programme and the comparison; Back closes the detail; a link restores all', async () => {
      const el = await mount({ syncUrl: true });
      await select(el, 'city', '420100');
      await setKeyword(el, 'gx');
      $$(el, '.card .pin')[0]!.click();
      await el.updateComplete;
      const pinned = el.comparedIds[0]!;
      const opener = $$(el, '[data-open]')[0]!;
      const id = opener.dataset.open!;
      opener.click();
      await waitUntil(() => root(el).querySelector('#pd-detail-title'));
      await el.updateComplete;
      expect(pdParams()).to.deep.equal({ 'pd.q': 'gx', 'pd.city': '420100', 'pd.id': id, 'pd.cmp': pinned });
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      history.back();
      await waitUntil(() => !root(el).querySelector('[part=detail]'), 'Back did not close the detail');
      await el.updateComplete;
      // Focus was in the detail: it goes back to the card, not to the page.
      expect((deepActiveElement() as HTMLElement).dataset.open).to.equal(id);
      history.forward();
      await waitUntil(() => root(el).querySelector('#pd-detail-title'), 'Forward did not reopen the detail');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      history.back();
      await waitUntil(() => !root(el).querySelector('[part=detail]'));
      expect(pdParams()['pd.id']).to.equal(undefined);
      expect(input(el).value).to.equal('gx');
      // Round trip: a fresh widget on the shared link shows the same state.
      history.replaceState(null, '', `${location.pathname}${location.search}&pd.id=${id}`);
      const copy = await mount({ syncUrl: true });
      expect(copy.currentFilters).to.include({ q: 'gx', city: '420100' });
      expect(copy.comparedIds).to.deep.equal([pinned]);
      expect(text($(copy, '#pd-detail-title'))).to.contain(text(opener.querySelector('.host')));
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await mount();
      await select(el, 'city', '420100');
      expect(pdParams()).to.deep.equal({});
    });
  });

  describe('accessibility', () => {
    const states = [
      { name: 'ready', enter: async () => {} },
      {
        name: 'suggestions open',
        enter: async (el: El) => {
          await setKeyword(el, 'jsj');
        },
      },
      {
        name: 'suggestion active',
        enter: async (el: El) => {
          input(el).focus();
          await press('ArrowDown');
        },
      },
      {
        name: 'filtered with chips',
        enter: async (el: El) => {
          await select(el, 'city', '420100');
          input(el).blur();
        },
      },
      {
        name: 'empty',
        enter: async (el: El) => {
          await setKeyword(el, 'zzqqxx');
          input(el).blur();
        },
      },
      {
        name: 'comparison',
        enter: async (el: El) => {
          await setKeyword(el, '');
          $$(el, '.card .pin')[0]!.click();
          await el.updateComplete;
          $$(el, '.card .pin')[1]!.click();
        },
      },
      {
        name: 'detail',
        enter: async (el: El) => {
          $$(el, '[data-open]')[0]!.click();
        },
      },
    ];

    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations in any state (${lang})`, async () => {
        const el = await mount({ lang });
        await expectStatesAccessible(el, states);
      });
    }

    it('has no axe violations in the error state, a theme and the large-text mode', async () => {
      const el = await mount({ client: fixtureClient({ status: 500 }) });
      await expectAccessible(el);
      const ok = await mount();
      ok.setAttribute('theme', 'xiangyang');
      ok.setAttribute('large-text', '');
      await expectStatesAccessible(ok, states.slice(0, 3));
    });

    it('switches language when the page does, loading the English texts on demand', async () => {
      const el = await mount();
      expect(text($(el, '.count'))).to.equal('找到 40 个博士后站点');
      el.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => text(root(el).querySelector('.count')) === '40 postdoc programmes found');
      expect(text($(el, 'label'))).to.equal('Search hosts or disciplines');
      const loading = await fixture<El>(
        html`<div lang="en">
          <hbrs-postdoc-finder .client=${fixtureClient({ delay: 200 })}></hbrs-postdoc-finder>
        </div>`,
      );
      const l = loading.querySelector('hbrs-postdoc-finder')!;
      await l.updateComplete;
      expect(text(l.shadowRoot!.querySelector('h2'))).to.equal('Find a postdoc programme in Hubei');
      expect(text(l.shadowRoot!.querySelector('[part=loading]'))).to.equal('Loading…');
    });

    it('asks once for English texts that fail to load, keeps the Chinese ones, and asks again on a data reload', async () => {
      const real = englishTexts.importer;
      let calls = 0;
      englishTexts.forget();
      // Fails the way a network does: a moment later (an immediate rejection would make the old loop spin).
      englishTexts.importer = () => {
        calls++;
        return new Promise((_, reject) =>
          setTimeout(() => reject(new TypeError('Failed to fetch dynamically imported module')), 5),
        );
      };
      try {
        const el = await mount({ lang: 'en' });
        await waitUntil(() => calls > 0, 'the English texts were never asked for');
        // Updates of every kind: typing, a filter, a detail, and plain re-renders (each used to ask again).
        await setKeyword(el, '武汉');
        await setKeyword(el, '');
        $$(el, '[data-open]')[0]!.click();
        await waitUntil(() => root(el).querySelector('#pd-detail-title'), 'detail never opened');
        for (let i = 0; i < 5; i++) {
          el.requestUpdate();
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 10));
        }
        expect(calls).to.equal(1);
        expect(text($(el, 'label'))).to.equal('搜索单位或学科');
        // A data reload (here a new source) asks again, and the English texts arrive.
        englishTexts.importer = real;
        el.client = fixtureClient();
        await waitUntil(
          () => text(root(el).querySelector('label')) === 'Search hosts or disciplines',
          'English never arrived after the reload',
        );
      } finally {
        englishTexts.importer = real;
      }
    });

    it('renders English from the nearest lang', async () => {
      const el = await mount({ lang: 'en' });
      expect(text($(el, 'h2'))).to.equal('Find a postdoc programme in Hubei');
      expect(text($(el, '.count'))).to.equal('40 postdoc programmes found');
      expect($(el, 'section').getAttribute('lang')).to.equal('en');
      expect(text($(el, '#pd-f-city'))).to.contain('Wuhan (27)');
      expect(text(cards(el)[2]!)).to.contain('Open calls: 1 · Research directions: 2 · Places: 3');
      expect(text(cards(el)[2]!)).to.contain('Funding: Postdoctoral Innovative Talent Support Programme');
      expect(text(root(el))).not.to.match(/[：（）]/);
      $$(el, '[data-open]')[2]!.click();
      await waitUntil(() => root(el).querySelector('#pd-detail-title'));
      const detail = text($(el, '[part=detail]'));
      for (const s of [
        'Back to results',
        'Requirements',
        'Aged 35 or under',
        'Support schemes that apply',
        'Hubei postdoc innovation research posts',
      ])
        expect(detail, s).to.contain(s);
      expect(detail).not.to.match(/[：（）]/);
    });

    it('can be used by keyboard alone with a visible focus ring', async () => {
      const el = await mount();
      await tab();
      expect(deepActiveElement()).to.equal(input(el));
      await tab();
      const first = deepActiveElement() as HTMLElement;
      expect(first.id).to.equal('pd-f-category');
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      await tab(6);
      const card = deepActiveElement() as HTMLElement;
      expect(card.dataset.open).to.be.a('string');
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(card).outlineWidth)).to.be.at.least(2);
      await press('Enter');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pd-detail-title'));
      await tab();
      expect((deepActiveElement() as HTMLElement).classList.contains('pin')).to.equal(true);
      await press('Space');
      await el.updateComplete;
      expect(el.comparedIds).to.deep.equal([card.dataset.open]);
    });

    it('honours forced colours and reduced motion', async () => {
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      try {
        const el = await mount();
        const pin = $(el, '.card .pin');
        pin.click();
        await el.updateComplete;
        expect(getComputedStyle(pin).forcedColorAdjust).to.equal('none');
        expect(getComputedStyle(pin).borderTopStyle).to.equal('solid');
        const slow = await fixture<El>(
          html`<hbrs-postdoc-finder .client=${fixtureClient({ delay: 300 })}></hbrs-postdoc-finder>`,
        );
        expect(getComputedStyle(slow.shadowRoot!.querySelector('.hbrs-skeleton')!).animationName).to.equal(
          'none',
        );
        await settled(slow);
      } finally {
        await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        // 320 px, and the large-text mode at 320 px (what 200% zoom on a 640 px window looks like, and more).
        for (const large of [false, true]) {
          const el = await mount();
          el.style.width = '320px';
          el.toggleAttribute('large-text', large);
          await el.updateComplete;
          const section = $(el, 'section');
          expect(section.scrollWidth, `list, large-text ${large}`).to.be.at.most(section.clientWidth + 1);
          $$(el, '[data-open]')[0]!.click();
          await waitUntil(() => root(el).querySelector('#pd-detail-title'));
          expect(section.scrollWidth, `detail, large-text ${large}`).to.be.at.most(section.clientWidth + 1);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('safety', () => {
    it('renders hostile strings typed in the search box as text', async () => {
      const el = await mount();
      const { messages } = await captureConsole(async () => {
        for (const s of HOSTILE_STRINGS) {
          await setKeyword(el, s);
          expect(input(el).value).to.equal(s);
          expect(root(el).querySelector('img, script, svg, style:not([data-lit]), iframe')).to.equal(null);
          const chip = root(el).querySelector('[data-chip=q]');
          if (s.trim()) expect(text(chip)).to.contain(s.replace(/\s+/g, ' ').trim().slice(0, 20));
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('renders hostile data fields as text and never links hostile URLs', async () => {
      const items = HOSTILE_STRINGS.filter((s) => s.trim()).map((s, i) => {
        const base = programmeItems(i + 1)[i]!;
        const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
        return {
          ...base,
          id: `H-${i}`,
          host: { name: s, orgType: 'university', website: url },
          discipline: { code: '0812', name: s },
          contact: { name: s, phone: s, email: s },
          openings: [
            {
              id: `HO-${i}`,
              title: s,
              programme: s,
              directions: [{ name: s, supervisor: { name: s, title: s, honours: [s] } }],
              eligibility: { other: s },
              compensation: { text: s, housing: s },
              materials: [s],
              applyMethod: s,
              contact: { name: s, phone: url, email: s },
              publishDate: '2026-01-01',
              rolling: true,
              source: { platform: s, url },
            },
          ],
        };
      });
      const { messages } = await captureConsole(async () => {
        const el = await mount({ client: createFixture(items), pageSize: 50 });
        expect(cards(el).length).to.equal(items.length);
        const hosts = $$(el, '.card .host').map((h) => h.textContent);
        for (const it of items) expect(hosts).to.include(it.host.name.trim());
        for (const [i] of items.entries()) {
          $$(el, '[data-open]')[i]!.click();
          await el.updateComplete;
          const detail = $(el, '[part=detail]');
          expect(detail.querySelector('img, script, svg, iframe, style')).to.equal(null);
          for (const a of detail.querySelectorAll('a')) {
            expect(['https:', 'http:', 'tel:']).to.include(new URL(a.href).protocol);
            expect(HOSTILE_URLS).not.to.include(a.getAttribute('href'));
          }
          $(el, '.back').click();
          await el.updateComplete;
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const el = await mount();
        const sectionStyle = getComputedStyle($(el, 'section'));
        expect(sectionStyle.fontSize).to.equal('16px');
        expect(sectionStyle.textTransform).to.equal('none');
        expect(sectionStyle.boxSizing).to.equal('border-box');
        const q = getComputedStyle(input(el));
        expect(q.fontSize).to.equal('16px');
        expect(parseFloat(q.minHeight)).to.equal(44);
        const pin = getComputedStyle($(el, '.pin'));
        expect(parseFloat(pin.minHeight)).to.equal(44);
      } finally {
        remove();
      }
    });

    it('works from its CDN bundle under a strict CSP', async () => {
      const page = await openCspPage('hbrs-postdoc-finder.js', ['hbrs-postdoc-finder']);
      const el = page.doc.querySelector('hbrs-postdoc-finder') as El;
      // Whatever the built-in sample data does, the widget renders a state without errors.
      await waitUntil(() => el.shadowRoot!.querySelector('.cards, .hbrs-error, .hbrs-empty'));
      el.client = fixtureClient();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length === 20, 'no cards under CSP');
      el.shadowRoot!.querySelector<HTMLElement>('[data-open]')!.click();
      // The detail view is a separate chunk of the bundle, loaded under the same policy.
      await waitUntil(() => el.shadowRoot!.querySelector('#pd-detail-title'), 'no detail under CSP');
      await new Promise((r) => setTimeout(r, 50));
      // The detail's own stylesheet is adopted under the policy too.
      expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('.opening')!).paddingTop).to.equal(
        '12px',
      );
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(page.win.getComputedStyle(title).color).to.equal('rgb(11, 87, 164)');
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    });
  });
});

function createFixture(items: unknown[]): HbrsClient {
  return fixtureClient({ items });
}
