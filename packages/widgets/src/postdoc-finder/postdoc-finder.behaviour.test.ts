import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MANIFEST_FORMAT, parseFeed, summarize } from '@hbrs/sdk';
import {
  FAKE_FEED,
  captureConsole,
  deepActiveElement,
  expectAccessible,
  fakeClient,
  press,
} from '@hbrs/testing';
import { compute, prepare, suggest, NO_FILTERS } from './model.js';
import { feedDoc, fixtureClient, programmeItems } from './test/fixtures.js';
import { PostdocPage, clearUrl, text } from './test/page.js';

const mount = PostdocPage.mount;

describe('<hbrs-postdoc-finder> behaviour', () => {
  afterEach(clearUrl);

  describe('data', () => {
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
      const page = new PostdocPage(el);
      expect(text(page.sampleNotice)).to.contain('示例数据');
      expect(text(page.count)).to.equal('找到 40 个博士后站点');
      expect(page.cards).to.have.length(20);
    });

    it('shows no sample notice for official data', async () => {
      const page = await mount({ client: fixtureClient({ official: true }) });
      expect(page.sampleNotice).to.equal(null);
    });

    it('shows the error in plain words with a retry that reloads', async () => {
      const { client, fetch } = fakeClient({
        status: 503,
        files: { 'postdoc.json': feedDoc(programmeItems(5)) },
      });
      const { messages } = await captureConsole(async () => {
        const page = await mount({ client });
        const err = page.error!;
        expect(err.getAttribute('role')).to.equal('alert');
        expect(text(err)).to.contain('HTTP 503');
        fetch.setStatus(undefined);
        const button = err.querySelector('button')!;
        button.focus();
        setTimeout(() => press('Enter'));
        const ev = (await oneEvent(page.el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
        expect(ev.detail).to.deep.equal({ reason: 'user' });
        await waitUntil(() => page.cards.length === 5);
      });
      expect(messages).to.deep.equal([]);
    });

    it('drops a bad record and shows the rest', async () => {
      const items: unknown[] = programmeItems(6);
      items.splice(2, 0, { id: 'BAD', stationType: 'flow_station', host: { name: 'X' } }, 42, null);
      const page = await mount({ client: fixtureClient({ items }) });
      expect(page.cards).to.have.length(6);
    });

    it('reloads when the source changes', async () => {
      const page = await mount();
      expect(text(page.count)).to.contain('40');
      page.el.client = fixtureClient({ items: programmeItems(3) });
      await waitUntil(() => text(page.count).includes(' 3 '));
      expect(page.cards).to.have.length(3);
    });

    it('offers a way out of an empty result', async () => {
      const page = await mount();
      await page.setKeyword('zzqqxx');
      const empty = page.empty!;
      expect(text(empty)).to.contain('没有符合当前条件');
      empty.querySelector('button')!.click();
      await page.el.updateComplete;
      expect(page.input.value).to.equal('');
      expect(page.cards).to.have.length(20);
    });

    it('shows more results on request and moves focus to the first new one', async () => {
      const page = await mount();
      const more = page.showMore!;
      expect(text(more)).to.contain('还有 20 个');
      more.click();
      await page.el.updateComplete;
      expect(page.cards).to.have.length(40);
      expect(page.showMore).to.equal(null);
      expect(deepActiveElement()).to.equal(page.openers[20]);
    });
  });

  describe('search', () => {
    it('finds by Chinese, full pinyin and initials through the SDK index', async () => {
      const page = await mount();
      await page.setKeyword('华中');
      expect(page.cards.every((c) => text(c).includes('华中'))).to.equal(true);
      expect(page.cards).to.have.length(10);
      await page.setKeyword('jisuanji');
      expect(page.cards.map((c) => text(c.querySelector('.disc')))).to.satisfy(
        (l: string[]) => l.length > 0 && l.every((s) => s.includes('计算机科学与技术')),
      );
      await page.setKeyword('jsj');
      const jsj = page.cards.map((c) => text(c.querySelector('.disc')));
      expect(jsj.length).to.be.greaterThan(0);
      expect(jsj.every((s) => s.includes('计算机科学与技术（0812）'))).to.equal(true);
    });

    it('picks a host suggestion with the mouse and keeps focus in the box', async () => {
      const page = await mount();
      await page.typeKeyword('sxdx');
      const opt = page.options.find((o) => text(o).includes('三峡大学'))!;
      opt.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      opt.click();
      await page.el.updateComplete;
      expect(text(page.chipList)).to.contain('设站单位：三峡大学');
      expect(page.cards.every((c) => text(c).includes('三峡大学'))).to.equal(true);
    });

    it('suggests only what the active filters leave (no 光电 company while filtering 流动站)', async () => {
      const page = await mount();
      await page.typeKeyword('光电');
      const company = (o: HTMLElement) => text(o).includes('长江光电示例科技有限公司');
      expect(page.options.some(company), 'suggested without filters').to.equal(true);
      await page.setKeyword('');
      await page.select('type', 'flow_station');
      expect(page.el.currentFilters.type).to.equal('flow_station');
      await page.typeKeyword('光电');
      expect(page.options.some(company)).to.equal(false);
      // What the filter leaves is still offered, with the count it leaves.
      await page.setKeyword('');
      await page.typeKeyword('华中科技');
      const hust = page.options.find((o) => text(o).startsWith('华中科技大学'));
      expect(text(hust)).to.match(/· [1-9]\d*$/);
      await page.setKeyword('');
      await page.select('type', 'work_station');
      await page.typeKeyword('光电');
      expect(page.options.some(company)).to.equal(true);
    });

    it('announces the result count once typing pauses, in one polite live region', async () => {
      const page = await mount();
      await page.typeKeyword('武汉');
      const live = page.liveRegions;
      expect(live).to.have.length(1);
      expect(live[0]!.getAttribute('aria-live')).to.equal('polite');
      await waitUntil(() => text(live[0]!).startsWith('找到 9 个'), 'count not announced', { timeout: 2000 });
    });
  });

  describe('facets', () => {
    it('counts each facet without its own filter and cascades 门类 → 一级学科', async () => {
      const page = await mount();
      await page.select('city', '420500');
      expect(page.cards).to.have.length(9);
      const cityOptions = page.facetOptions('city').map((o) => text(o));
      expect(cityOptions).to.include('宜昌市 (9)');
      expect(cityOptions).to.include('武汉市 (27)');
      const typeOptions = page.facetOptions('type').map((o) => text(o));
      expect(typeOptions).to.include('博士后创新实践基地 (4)');
      await page.select('category', '08');
      const disc = page.facetOptions('discipline').map((o) => o.getAttribute('value'));
      expect(disc.filter(Boolean).every((v) => v!.startsWith('08'))).to.equal(true);
      await page.select('discipline', '0803');
      expect(page.cards.every((c) => text(c).includes('光学工程'))).to.equal(true);
      await page.select('category', '07');
      expect(page.el.currentFilters.discipline).to.equal('');
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
      expect(suggest(prep, { ...NO_FILTERS, q: 'jsj' })[0]!.label).to.equal('计算机科学与技术');
      expect(suggest(prep, { ...NO_FILTERS, q: 'hzkj' }).map((s) => s.label)).to.include('华中科技大学');
      expect(suggest(prep, NO_FILTERS)).to.deep.equal([]);
    });

    it('model: every suggestion leaves as many programmes under the active filters as it says', async () => {
      const prep = prepare(await fixtureClient({ items: programmeItems(120) }).postdoc.index());
      const filterSets = [
        { type: 'flow_station' },
        { type: 'work_station', city: '420100' },
        { category: '08' },
        { discipline: '0812', city: '420100' },
        { host: '武汉大学' },
        { field: '光电子信息' },
      ];
      let offered = 0;
      for (const extra of filterSets)
        for (const q of ['光电', 'gd', '华中', 'jsj', '大学', 'sx']) {
          const f = { ...NO_FILTERS, ...extra, q };
          for (const s of suggest(prep, f)) {
            offered++;
            const chosen =
              s.kind === 'host'
                ? { ...f, q: '', host: s.value }
                : { ...f, q: '', discipline: s.value, category: s.value.slice(0, 2) };
            expect(compute(prep, chosen).results.length, `${JSON.stringify(f)} → ${s.label}`).to.equal(
              s.count,
            );
          }
        }
      expect(offered).to.be.greaterThan(20);
    });
  });

  describe('detail', () => {
    it('opens from a card with focus on its heading, shows openings, other programmes and schemes, and returns focus', async () => {
      const page = await mount();
      const el = page.el;
      await page.setKeyword('华中科技大学 计算机');
      const opener = page.openers[0]!;
      const id = opener.dataset.open!;
      opener.focus();
      setTimeout(() => press('Enter'));
      const ev = (await oneEvent(el, 'hbrs-postdoc-select')) as CustomEvent<{ id: string; host: string }>;
      expect(ev.detail).to.deep.equal({ id, host: '华中科技大学' });
      await el.updateComplete;
      const detail = page.detail!;
      expect(deepActiveElement()).to.equal(page.detailTitle);
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
      expect(page.detail).to.equal(null);
      expect((deepActiveElement() as HTMLElement).dataset.open).to.equal(id);
    });

    it('lists Wuhan schemes only for Wuhan programmes and moves between a host’s programmes', async () => {
      const page = await mount();
      await page.select('host', '三峡大学');
      page.openers[0]!.click();
      await page.el.updateComplete;
      expect(text(page.detail)).not.to.contain('武汉市博士后资助');
      page.others[0]!.click();
      await page.el.updateComplete;
      expect(deepActiveElement()).to.equal(page.detailTitle);
      page.back.click();
      await page.el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-open')).to.be.a('string');
    });

    it('loads the detail code on demand, then moves focus to the heading', async () => {
      const page = await mount({ prefetch: false });
      page.openers[1]!.click();
      await page.detailOpened('detail never rendered');
      await page.el.updateComplete;
      expect(deepActiveElement()).to.equal(page.detailTitle);
      page.back.click();
      await page.el.updateComplete;
      expect(deepActiveElement()).to.equal(page.openers[1]);
    });

    it('says so when the selected programme does not exist', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&pd.id=NOPE`);
      const page = await mount({ syncUrl: true });
      expect(text(page.detail)).to.contain('没有找到这个博士后站点');
      await expectAccessible(page.el);
    });
  });

  describe('comparison', () => {
    /** The comparison's body rows as [heading, ...cells] texts. */
    const compareRows = (page: PostdocPage): string[][] =>
      [...page.compare!.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((c) => text(c)),
      );

    it('compares a 流动站 and a 工作站 with a 一级学科 row and an industry row, and the contacts the data has', async () => {
      // As in the sample data: the contacts are on the openings, not on the programmes.
      const items = programmeItems(40).map(({ contact: _c, ...r }) => r);
      const flow = items[0]!; // 武汉大学, 计算机科学与技术, one opening
      const work = items[5]!; // 长江光电示例科技有限公司, a 工作站 in 光电子信息, one opening
      const none = items[27]!; // 武汉大学, 基础医学, no openings, no contact
      expect([flow.stationType, work.stationType]).to.deep.equal(['flow_station', 'work_station']);
      history.replaceState(
        null,
        '',
        `${location.pathname}${location.search}&pd.cmp=${flow.id},${work.id},${none.id}`,
      );
      const page = await mount({ client: fixtureClient({ items }), syncUrl: true });
      await waitUntil(() => page.compare, 'no comparison');
      const rows = compareRows(page);
      const row = (name: string) => rows.find((r) => r[0] === name)?.slice(1);
      expect(row('一级学科')).to.deep.equal(['计算机科学与技术（0812）', '—', '基础医学（1001）']);
      expect(row('重点产业领域')).to.deep.equal(['—', '光电子信息', '—']);
      const contact = '人事处博士后办公室 · 027-8765 4321 · postdoc@example.edu.cn';
      expect(row('联系方式')).to.deep.equal([contact, contact, '—']);
      await expectAccessible(page.el);
    });

    it('shows the contacts over a feed layout, whose summaries have none, once the full programmes are fetched', async () => {
      const meta = {
        generatedAt: '2026-01-05T08:00:00+08:00',
        sample: false,
        source: 'test',
        license: 'CC0-1.0',
      };
      const items = programmeItems(12);
      const full = parseFeed('postdoc', { meta, items }).items;
      const files: Record<string, unknown> = {
        'manifest.json': {
          format: MANIFEST_FORMAT,
          generatedAt: meta.generatedAt,
          kinds: {
            postdoc: {
              count: full.length,
              summary: { file: 'postdoc/summary.json', hash: 's1' },
              details: { pattern: 'postdoc/detail/{shard}.json', shards: 1, hash: 'd1' },
            },
          },
        },
        'postdoc/summary.json': { meta, items: full.map((p) => summarize('postdoc', p)) },
        'postdoc/detail/0.json': { meta, items },
      };
      const { client } = fakeClient({
        feed: `${FAKE_FEED}manifest.json`,
        files: (url) => files[new URL(url).pathname.replace('/feeds/', '')] as never,
      });
      history.replaceState(null, '', `${location.pathname}${location.search}&pd.cmp=${items[0]!.id}`);
      const page = await mount({ client, syncUrl: true });
      await waitUntil(() => page.compare, 'no comparison');
      const contact = () => compareRows(page).find((r) => r[0] === '联系方式')?.[1];
      await waitUntil(() => contact() !== '—', 'the contact never arrived');
      // The programme's contact, then its opening's.
      expect(contact()).to.equal(
        '博士后管理办公室 · 027-1234 5678、人事处博士后办公室 · 027-8765 4321 · postdoc@example.edu.cn',
      );
    });

    it('pins up to three programmes side by side and says when full', async () => {
      const page = await mount();
      const el = page.el;
      const pins = page.pins;
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
      expect(text(page.liveRegions[0])).to.contain('最多同时对比 3 个');
      // The comparison's styles come with its lazily loaded module.
      expect(parseFloat(getComputedStyle(page.unpins[0]!).minHeight)).to.equal(44);
      expect(getComputedStyle(page.compare!).borderTopStyle).to.equal('solid');
      const table = page.compare!.querySelector('table')!;
      expect(table.querySelectorAll('thead th')).to.have.length(4);
      expect(text(page.compareTitle)).to.equal('站点对比（3/3）');
      await expectAccessible(el);
      setTimeout(() => page.unpins[0]!.click());
      const ev = (await oneEvent(el, 'hbrs-postdoc-compare')) as CustomEvent<{ ids: string[] }>;
      expect(ev.detail.ids).to.have.length(2);
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(page.compareTitle);
      // A programme opened from the table returns focus there when its detail closes.
      page.compareOpeners[1]!.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(page.detailTitle);
      await press('Escape');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.cmpOpen).to.equal(el.comparedIds[1]);
    });
  });
});
