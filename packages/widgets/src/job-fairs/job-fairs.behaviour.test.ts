// What <hbrs-job-fairs> shows and does: the list, filters, detail, month view, a whole session, scale.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole, deepActiveElement, press } from '@hbrs/testing';
import type { HbrsEvent } from '@hbrs/core';
import { VIRTUALIZE_ABOVE, type HbrsJobFairs } from './job-fairs.js';
import { baseFairs, fakeClient, manyFairs } from './test/fixtures.js';
import { JobFairsPage, clearUrl, mount as make } from './test/page.js';

describe('<hbrs-job-fairs>: behaviour', () => {
  afterEach(() => clearUrl());

  describe('list', () => {
    it('lists upcoming and ongoing fairs soonest first, with status, time, place, organiser and figures', async () => {
      const { page } = await make();
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-2', 'JF-6', 'JF-7', 'JF-3', 'JF-5']);
      expect(page.countText()).to.equal('共 6 场招聘会');
      const first = page.find('.fair')!;
      const text = first.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('2026年大冶市春风行动招聘会');
      expect(text).to.contain('进行中');
      expect(text).to.contain('2026年3月11日');
      expect(text).to.contain('09:00');
      expect(text).to.contain('15:00');
      expect(text).to.contain('大冶市人力资源市场');
      expect(text).to.contain('黄石市 大冶市');
      expect(text).to.contain('大冶市人力资源和社会保障局');
      expect(text).to.contain('2 个专区');
      expect(text).to.contain('2 家单位');
      expect(text).to.contain('3 个岗位');
      expect(text).to.contain('春风行动');
      expect(text).to.contain('面向人群: 农村劳动力、就业困难人员');
      // Published figures win over counted ones; online fairs show their link.
      const online = page.findAll('.fair')[1]!;
      expect(online.textContent).to.contain('40 家单位');
      expect(online.textContent).to.contain('300 个岗位');
      expect(online.querySelector('a')!.getAttribute('href')).to.equal('https://example.invalid/live');
      expect(page.findAll('.fair')[3]!.querySelector('[part=status]')!.textContent).to.equal('已取消');
      expect(page.find('[part=sample-notice]')).to.equal(null);
    });

    it('speaks English from the nearest lang', async () => {
      const { page } = await make({}, {}, 'en');
      expect(page.countText()).to.equal('6 job fairs');
      const text = page.find('.fair')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Ongoing');
      expect(text).to.contain('On site');
      expect(text).to.contain('Spring Breeze Campaign');
      expect(text).to.contain('Mar');
      expect(page.find('label[for=jf-keyword]')!.textContent).to.equal('Keyword');
      expect(page.find('section')!.getAttribute('lang')).to.equal('en');
    });

    it('shows the sample-data notice for sample feeds', async () => {
      const { page } = await make({ sample: true });
      expect(page.find('[part=sample-notice]')!.textContent).to.contain('示例数据');
    });

    it('drops a bad record and shows the rest', async () => {
      const fairs = [...baseFairs(), { id: 'BAD', name: '', mode: 'teleport' }];
      const { page } = await make({ fairs: fairs as Record<string, unknown>[] });
      expect(page.ids()).to.have.length(6);
      expect(page.ids()).not.to.include('BAD');
    });

    it('works without the divisions data (the division filter is left out)', async () => {
      const { page } = await make({ noDivisions: true });
      expect(page.ids()).to.have.length(6);
      expect(page.find('#jf-city')).to.equal(null);
    });

    it('reloads when the source changes', async () => {
      const { el, page } = await make();
      const other = fakeClient({ fairs: baseFairs().slice(0, 1) });
      el.client = other.client;
      await waitUntil(() => page.ids().length === 1, 'did not reload');
      expect(other.requests.some((u) => u.endsWith('job-fairs.json'))).to.equal(true);
    });
  });

  describe('filters', () => {
    it('filters by city, then county (from the divisions data)', async () => {
      const { el, page } = await make();
      const cities = page.findAll<HTMLOptionElement>('#jf-city option').map((o) => o.textContent!.trim());
      expect(cities).to.deep.equal(['全省', '武汉市', '黄石市', '仙桃市']);
      expect(page.find('#jf-county')).to.equal(null);
      await page.select('jf-city', '420200');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-7']);
      const counties = page.findAll<HTMLOptionElement>('#jf-county option').map((o) => o.value);
      expect(counties).to.deep.equal(['', '420202', '420281']);
      await page.select('jf-county', '420202');
      expect(el.division).to.equal('420202');
      expect(page.ids()).to.deep.equal([]);
      await page.select('jf-county', '');
      expect(el.division).to.equal('420200');
    });

    it('has date presets (this week, this month, upcoming, past, any) and a custom range in Asia/Shanghai', async () => {
      const { el, page } = await make();
      await page.select('jf-date', 'week');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-2']);
      await page.select('jf-date', 'month');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-2', 'JF-6', 'JF-7', 'JF-3']);
      await page.select('jf-date', 'past');
      expect(page.ids()).to.deep.equal(['JF-4']);
      await page.select('jf-date', 'all');
      expect(page.ids()).to.have.length(7);
      await page.select('jf-date', 'custom');
      const from = page.find<HTMLInputElement>('#jf-from')!;
      from.value = '2026-03-16';
      from.dispatchEvent(new Event('change'));
      const to = page.find<HTMLInputElement>('#jf-to')!;
      to.value = '2026-03-25';
      to.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-6', 'JF-7', 'JF-3']);
    });

    it('filters online / on site, by campaign and by audience', async () => {
      const { page } = await make();
      await page.select('jf-mode', 'online');
      expect(page.ids()).to.deep.equal(['JF-2', 'JF-3']);
      await page.select('jf-mode', 'offline');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-6', 'JF-7', 'JF-3', 'JF-5']);
      await page.select('jf-mode', '');
      const campaigns = page.findAll<HTMLOptionElement>('#jf-campaign option').map((o) => o.value);
      expect(campaigns).to.deep.equal(['', 'chunfeng', 'baitian_qianwan', 'jinqiu']);
      await page.select('jf-campaign', 'chunfeng');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-2']);
      await page.select('jf-campaign', '');
      await page.select('jf-audience', '高校毕业生');
      expect(page.ids()).to.deep.equal(['JF-3', 'JF-5']);
    });

    it('searches by keyword in Chinese, pinyin and initials, typed with real keys', async () => {
      const { el, page } = await make();
      const input = page.find<HTMLInputElement>('#jf-keyword')!;
      input.focus();
      await sendKeys({ type: '双选' });
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-3']);
      input.select();
      await sendKeys({ type: 'jiangan' });
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-2']);
      input.select();
      await sendKeys({ type: 'dysx' });
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-1']);
      // Employers and positions are searched too.
      input.select();
      await sendKeys({ type: '数控车工' });
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-1']);
    });

    it('presets filters from attributes and hides them (a county portal)', async () => {
      const { el, page } = await make({}, { division: '420281', 'hide-filters': 'division view' });
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-7']);
      expect(page.find('#jf-city')).to.equal(null);
      expect(page.find('.view-toggle')).to.equal(null);
      // Clearing the filters keeps the hidden preset.
      await page.select('jf-mode', 'online');
      expect(page.ids()).to.deep.equal([]);
      page.find<HTMLButtonElement>('[part=empty] button')!.click();
      await el.updateComplete;
      expect(el.division).to.equal('420281');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-7']);
    });

    it("clearing the filters goes back to the portal's preset division (its home), not to the whole province", async () => {
      const { el, page } = await make({}, { division: '420281' });
      const clearButton = () =>
        page.findAll('[part=filters] button').find((b) => b.textContent!.trim() === '清除筛选条件');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-7']);
      // At home there is nothing to clear.
      expect(clearButton()).to.equal(undefined);
      // Another city and a campaign: no result; "clear" brings the preset back, with its fairs.
      await page.select('jf-city', '420100');
      await page.select('jf-campaign', 'jinqiu');
      expect(page.ids()).to.deep.equal([]);
      page.find<HTMLButtonElement>('[part=empty] button')!.click();
      await el.updateComplete;
      expect(el.division).to.equal('420281');
      expect(el.campaign).to.equal('');
      expect(page.ids()).to.deep.equal(['JF-1', 'JF-7']);
      expect(clearButton()).to.equal(undefined);
    });

    it('announces the result count once in the polite live region and emits hbrs-filter-change', async () => {
      const { el, page } = await make();
      const live = page.find('[aria-live=polite]')!;
      await waitUntil(() => live.textContent!.includes('找到 6 场招聘会'), 'initial count not announced');
      const change = oneEvent(el, 'hbrs-filter-change') as Promise<HbrsEvent<'hbrs-filter-change'>>;
      await page.select('jf-campaign', 'chunfeng');
      const ev = await change;
      expect(ev.detail.count).to.equal(2);
      expect(ev.detail.filters.campaign).to.equal('chunfeng');
      expect(ev.bubbles && ev.composed).to.equal(true);
      await waitUntil(() => live.textContent!.includes('找到 2 场招聘会'), 'new count not announced');
      expect(page.findAll('[aria-live]')).to.have.length(1);
    });
  });

  describe('detail', () => {
    for (const [lang, label] of [
      ['zh-CN', '信息来源: 示例数据（系统生成）'],
      ['en', 'Source: Sample data (generated)'],
    ] as const) {
      it(`shows a source platform that is a code by its label, a name as it is (${lang})`, async () => {
        const fairs = baseFairs();
        fairs[0]!.source = { platform: 'synthetic' };
        fairs[1]!.source = { platform: '湖北公共招聘网', url: 'https://example.invalid/fair/2' };
        const { page } = await make({ fairs }, {}, lang);
        await page.openDetail('JF-1');
        await waitUntil(() => page.inDialog('.source'), 'no source line');
        const text = () => page.inDialog('.source')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(text()).to.equal(label);
        expect(text()).not.to.contain('synthetic');
        page.dialog!.close();
        await page.el.updateComplete;
        // A platform's name (data) stays as it is, linked when the record has a URL.
        await page.openDetail('JF-2');
        await waitUntil(() => page.inDialog('.source a'), 'no source link');
        expect(page.inDialog('.source a')!.textContent!.trim()).to.equal('湖北公共招聘网');
      });
    }

    it('shows zones, employers and positions, contact, registration; focus moves in and back on close', async () => {
      const { el, page } = await make();
      const button = page.find<HTMLButtonElement>('button[data-fair="JF-1"]')!;
      button.focus();
      const opened = oneEvent(el, 'hbrs-fair-open') as Promise<HbrsEvent<'hbrs-fair-open'>>;
      await press('Enter');
      expect((await opened).detail).to.deep.equal({ id: 'JF-1', name: '2026年大冶市春风行动招聘会' });
      await el.updateComplete;
      const dialog = page.find<HTMLDialogElement>('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(deepActiveElement()).to.equal(page.inDialog('#jf-detail-title'));
      const text = page.detailText().replace(/\s+/g, ' ');
      for (const s of [
        '制造业招聘区',
        '行业专区',
        '展位 A01-A20',
        '示例矿山机械有限公司（示例）',
        '数控车工',
        '招 3 人',
        '大学本科及以上',
        '¥6,000–¥9,000/月',
        '仓库管理员',
        '人数若干',
        '面议',
        '¥150–¥200/天',
        '张老师',
        '0714-0000000',
        '求职者报名',
        '公交 5 路',
        '大冶市公共就业服务中心',
      ])
        expect(text, s).to.contain(s);
      expect(page.inDialog('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:07140000000');
      expect(page.inDialog<HTMLAnchorElement>('a[href="https://example.invalid/register"]')).to.not.equal(
        null,
      );
      const closed = oneEvent(el, 'hbrs-fair-close') as Promise<HbrsEvent<'hbrs-fair-close'>>;
      await press('Escape');
      expect((await closed).detail).to.deep.equal({ id: 'JF-1' });
      await el.updateComplete;
      await aTimeout(0);
      expect(page.find('dialog')).to.equal(null);
      expect(deepActiveElement()).to.equal(page.find('button[data-fair="JF-1"]'));
    });

    it('the close button closes the detail and returns focus', async () => {
      const { el, page } = await make();
      await page.openDetail('JF-3');
      page.find<HTMLButtonElement>('dialog .detail-head button')!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.selected).to.equal('');
      expect(deepActiveElement()).to.equal(page.find('button[data-fair="JF-3"]'));
    });

    it('"add to calendar" makes a valid .ics for the fair (Asia/Shanghai) and emits hbrs-fair-calendar', async () => {
      const { el, page } = await make();
      await page.openDetail('JF-1');
      el.addEventListener('hbrs-fair-calendar', (e) => e.preventDefault(), { once: true });
      const ev = oneEvent(el, 'hbrs-fair-calendar') as Promise<HbrsEvent<'hbrs-fair-calendar'>>;
      page.findAll<HTMLButtonElement>('.detail-actions button')[0]!.click();
      const { detail } = await ev;
      expect(detail.id).to.equal('JF-1');
      expect(detail.filename).to.equal('2026年大冶市春风行动招聘会.ics');
      const lines = detail.ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines).to.include('DTSTART;TZID=Asia/Shanghai:20260311T090000');
      expect(lines).to.include('DTEND;TZID=Asia/Shanghai:20260311T150000');
      expect(lines).to.include('UID:JF-1@hbrs-job-fairs');
      expect(lines).to.include('BEGIN:VTIMEZONE');
      expect(lines.some((l) => l.startsWith('LOCATION:大冶市人力资源市场'))).to.equal(true);
      expect(lines).to.include('URL:https://example.invalid/fair/1');
      await waitUntil(() => page.find('[aria-live=polite]')!.textContent!.includes('.ics'));
    });
  });

  describe('month view', () => {
    it('lists a multi-day fair on each of its days and opens its detail from the day list', async () => {
      const { el, page } = await make({}, { view: 'month' });
      for (const d of ['2026-03-16', '2026-03-17', '2026-03-18'])
        expect(page.find(`td[data-day="${d}"]`)!.textContent, d).to.contain('1 场');
      page.find<HTMLElement>('td[data-day="2026-03-17"]')!.click();
      await el.updateComplete;
      page.find<HTMLButtonElement>('.day-fairs button[data-fair="JF-6"]')!.click();
      await el.updateComplete;
      expect(page.find<HTMLDialogElement>('dialog')!.open).to.equal(true);
      expect(page.find('#jf-detail-title')!.textContent).to.equal('武汉市三日连展招聘会');
    });
  });

  describe('session', () => {
    it('a whole session (filters, month, detail, calendar, close, error, retry) logs nothing to the console', async () => {
      const { messages } = await captureConsole(async () => {
        const { el, page, setStatus } = await make({}, { 'sync-url': '' });
        await page.select('jf-city', '420100');
        await page.select('jf-date', 'month');
        page.findAll<HTMLButtonElement>('.view-toggle button')[1]!.click();
        await el.updateComplete;
        page.find<HTMLElement>('td[data-day="2026-03-16"]')!.click();
        await el.updateComplete;
        page.find<HTMLButtonElement>('.day-fairs button[data-fair]')!.click();
        await el.updateComplete;
        el.addEventListener('hbrs-fair-calendar', (e) => e.preventDefault(), { once: true });
        page.findAll<HTMLButtonElement>('.detail-actions button')[0]!.click();
        await press('Escape');
        await waitUntil(() => !el.selected);
        setStatus(500);
        el.client = fakeClient({ status: 500 }).client;
        await waitUntil(() => page.find('[part=error]'));
        await aTimeout(450);
      });
      expect(messages).to.deep.equal([]);
    });

    it('uses the device clock when no `now` is given', async () => {
      const fake = fakeClient({
        fairs: [
          {
            ...baseFairs()[0],
            startTime: new Date(Date.now() - 3600_000).toISOString(),
            endTime: new Date(Date.now() + 3600_000).toISOString(),
          },
        ],
      });
      const page = new JobFairsPage(
        await fixture<HbrsJobFairs>(html`<hbrs-job-fairs .client=${fake.client}></hbrs-job-fairs>`),
      );
      await page.settled();
      expect(page.find('[part=status]')!.textContent).to.equal('进行中');
    });
  });

  describe('scale', () => {
    it(`virtualises long lists (> ${VIRTUALIZE_ABOVE}): 3,000 fairs keep the DOM small and reachable`, async () => {
      const { el, page } = await make({ fairs: manyFairs(3000) }, { date: 'all' });
      expect(page.countText()).to.equal('共 3,000 场招聘会');
      await waitUntil(() => page.findAll('.list [role=listitem]').length > 3, 'no rows rendered');
      const rows = page.findAll('.list [role=listitem]');
      expect(rows.length).to.be.greaterThan(3);
      expect(rows.length).to.be.at.most(200);
      expect(rows[0]!.getAttribute('aria-setsize')).to.equal('3000');
      // The first rows are plain until the list is scrolled, which loads the windowing.
      const list = page.find('.list')!;
      list.scrollTop = 1;
      await waitUntil(() => page.find<HTMLElement>('.list-inner')!.style.paddingBottom, 'no windowing');
      // Scroll to the end: the last fair is rendered.
      list.scrollTop = list.scrollHeight;
      const lastRow = () => page.find('.list [aria-posinset="3000"]');
      await waitUntil(lastRow, 'last row never rendered', { timeout: 3000 });
      expect(page.findAll('.list [role=listitem]').length).to.be.at.most(200);
      // Opening and closing a detail returns focus to the row, even after it was scrolled away.
      const lastId = lastRow()!.dataset.key!;
      lastRow()!.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      list.scrollTop = 0;
      await waitUntil(() => !lastRow(), 'row not recycled');
      page.find<HTMLDialogElement>('dialog')!.close();
      await waitUntil(() => deepActiveElement()?.getAttribute('data-fair') === lastId, 'focus not returned');
      // A filter change re-renders from the top with a small DOM.
      await page.select('jf-audience', '农村劳动力');
      expect(page.countText()).to.equal('共 1,000 场招聘会');
      await waitUntil(() => page.find('.list [aria-posinset="1"]'), 'list not back at the top');
      expect(page.findAll('.list [role=listitem]').length).to.be.at.most(200);
    });
  });
});
