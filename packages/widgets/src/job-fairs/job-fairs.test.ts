import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
import type { HbrsEvent } from '@hbrs/core';
import './define.js';
import { VIRTUALIZE_ABOVE, lazyChunks, type HbrsJobFairs } from './job-fairs.js';
import { NOW, baseFairs, fakeClient, manyFairs, type FakeFeedOptions } from './test/fixtures.js';

const root = (el: HbrsJobFairs) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HbrsJobFairs | Element, sel: string) =>
  ((el as HbrsJobFairs).shadowRoot ?? el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: HbrsJobFairs, sel: string) => [
  ...root(el).querySelectorAll<T>(sel),
];
/** Ids of the fairs in the list, in display order. */
const ids = (el: HbrsJobFairs) =>
  $$<HTMLButtonElement>(el, '.list button[data-fair]').map((b) => b.dataset.fair);
const countText = (el: HbrsJobFairs) => $(el, '#jf-count')?.textContent?.trim() ?? '';

async function settled(el: HbrsJobFairs): Promise<void> {
  await waitUntil(() => $(el, '#jf-count') || $(el, '[part=error]'), 'widget did not load', {
    timeout: 4000,
  });
  await el.updateComplete;
}

async function make(
  options: FakeFeedOptions = {},
  attrs: Record<string, string> = {},
  wrapLang?: string,
): Promise<{ el: HbrsJobFairs } & ReturnType<typeof fakeClient>> {
  const fake = fakeClient(options);
  const el = document.createElement('hbrs-job-fairs');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.client = fake.client;
  el.now = NOW;
  const wrap = await fixture(html`<div lang=${wrapLang ?? 'zh-CN'}></div>`);
  wrap.append(el);
  if (!options.hold) await settled(el);
  return { el, ...fake };
}

async function select(el: HbrsJobFairs, id: string, value: string): Promise<void> {
  const s = $<HTMLSelectElement>(el, `#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function openDetail(el: HbrsJobFairs, id: string): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, `button[data-fair="${id}"]`)!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  expect(dialog.open).to.equal(true);
  return dialog;
}

describe('<hbrs-job-fairs>', () => {
  afterEach(() => {
    // Leave no widget keys in the test page's URL.
    const url = new URL(location.href);
    for (const k of [...url.searchParams.keys()]) if (k.startsWith('jf.')) url.searchParams.delete(k);
    history.replaceState(null, '', url);
  });

  describe('list', () => {
    it('lists upcoming and ongoing fairs soonest first, with status, time, place, organiser and figures', async () => {
      const { el } = await make();
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-2', 'JF-6', 'JF-7', 'JF-3', 'JF-5']);
      expect(countText(el)).to.equal('共 6 场招聘会');
      const first = $(el, '.fair')!;
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
      const online = $$(el, '.fair')[1]!;
      expect(online.textContent).to.contain('40 家单位');
      expect(online.textContent).to.contain('300 个岗位');
      expect(online.querySelector('a')!.getAttribute('href')).to.equal('https://example.invalid/live');
      expect($$(el, '.fair')[3]!.querySelector('[part=status]')!.textContent).to.equal('已取消');
      expect($(el, '[part=sample-notice]')).to.equal(null);
    });

    it('speaks English from the nearest lang', async () => {
      const { el } = await make({}, {}, 'en');
      expect(countText(el)).to.equal('6 job fairs');
      const text = $(el, '.fair')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Ongoing');
      expect(text).to.contain('On site');
      expect(text).to.contain('Spring Breeze Campaign');
      expect(text).to.contain('Mar');
      expect($(el, 'label[for=jf-keyword]')!.textContent).to.equal('Keyword');
      expect($(el, 'section')!.getAttribute('lang')).to.equal('en');
    });

    it('shows the sample-data notice for sample feeds', async () => {
      const { el } = await make({ sample: true });
      expect($(el, '[part=sample-notice]')!.textContent).to.contain('示例数据');
    });

    it('drops a bad record and shows the rest', async () => {
      const fairs = [...baseFairs(), { id: 'BAD', name: '', mode: 'teleport' }];
      const { el } = await make({ fairs: fairs as Record<string, unknown>[] });
      expect(ids(el)).to.have.length(6);
      expect(ids(el)).not.to.include('BAD');
    });

    it('works without the divisions data (the division filter is left out)', async () => {
      const { el } = await make({ noDivisions: true });
      expect(ids(el)).to.have.length(6);
      expect($(el, '#jf-city')).to.equal(null);
    });

    it('reloads when the source changes', async () => {
      const { el } = await make();
      const other = fakeClient({ fairs: baseFairs().slice(0, 1) });
      el.client = other.client;
      await waitUntil(() => ids(el).length === 1, 'did not reload');
      expect(other.requests.some((u) => u.endsWith('job-fairs.json'))).to.equal(true);
    });
  });

  describe('filters', () => {
    it('filters by city, then county (from the divisions data)', async () => {
      const { el } = await make();
      const cities = $$<HTMLOptionElement>(el, '#jf-city option').map((o) => o.textContent!.trim());
      expect(cities).to.deep.equal(['全省', '武汉市', '黄石市', '仙桃市']);
      expect($(el, '#jf-county')).to.equal(null);
      await select(el, 'jf-city', '420200');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-7']);
      const counties = $$<HTMLOptionElement>(el, '#jf-county option').map((o) => o.value);
      expect(counties).to.deep.equal(['', '420202', '420281']);
      await select(el, 'jf-county', '420202');
      expect(el.division).to.equal('420202');
      expect(ids(el)).to.deep.equal([]);
      await select(el, 'jf-county', '');
      expect(el.division).to.equal('420200');
    });

    it('has date presets (this week, this month, upcoming, past, any) and a custom range in Asia/Shanghai', async () => {
      const { el } = await make();
      await select(el, 'jf-date', 'week');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-2']);
      await select(el, 'jf-date', 'month');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-2', 'JF-6', 'JF-7', 'JF-3']);
      await select(el, 'jf-date', 'past');
      expect(ids(el)).to.deep.equal(['JF-4']);
      await select(el, 'jf-date', 'all');
      expect(ids(el)).to.have.length(7);
      await select(el, 'jf-date', 'custom');
      const from = $<HTMLInputElement>(el, '#jf-from')!;
      from.value = '2026-03-16';
      from.dispatchEvent(new Event('change'));
      const to = $<HTMLInputElement>(el, '#jf-to')!;
      to.value = '2026-03-25';
      to.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-6', 'JF-7', 'JF-3']);
    });

    it('filters online / on site, by campaign and by audience', async () => {
      const { el } = await make();
      await select(el, 'jf-mode', 'online');
      expect(ids(el)).to.deep.equal(['JF-2', 'JF-3']);
      await select(el, 'jf-mode', 'offline');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-6', 'JF-7', 'JF-3', 'JF-5']);
      await select(el, 'jf-mode', '');
      const campaigns = $$<HTMLOptionElement>(el, '#jf-campaign option').map((o) => o.value);
      expect(campaigns).to.deep.equal(['', 'chunfeng', 'baitian_qianwan', 'jinqiu']);
      await select(el, 'jf-campaign', 'chunfeng');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-2']);
      await select(el, 'jf-campaign', '');
      await select(el, 'jf-audience', '高校毕业生');
      expect(ids(el)).to.deep.equal(['JF-3', 'JF-5']);
    });

    it('searches by keyword in Chinese, pinyin and initials, typed with real keys', async () => {
      const { el } = await make();
      const input = $<HTMLInputElement>(el, '#jf-keyword')!;
      input.focus();
      await sendKeys({ type: '双选' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-3']);
      input.select();
      await sendKeys({ type: 'jiangan' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-2']);
      input.select();
      await sendKeys({ type: 'dysx' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-1']);
      // Employers and positions are searched too.
      input.select();
      await sendKeys({ type: '数控车工' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-1']);
    });

    it('presets filters from attributes and hides them (a county portal)', async () => {
      const { el } = await make({}, { division: '420281', 'hide-filters': 'division view' });
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-7']);
      expect($(el, '#jf-city')).to.equal(null);
      expect($(el, '.view-toggle')).to.equal(null);
      // Clearing the filters keeps the hidden preset.
      await select(el, 'jf-mode', 'online');
      expect(ids(el)).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part=empty] button')!.click();
      await el.updateComplete;
      expect(el.division).to.equal('420281');
      expect(ids(el)).to.deep.equal(['JF-1', 'JF-7']);
    });

    it('announces the result count once in the polite live region and emits hbrs-filter-change', async () => {
      const { el } = await make();
      const live = $(el, '[aria-live=polite]')!;
      await waitUntil(() => live.textContent!.includes('找到 6 场招聘会'), 'initial count not announced');
      const change = oneEvent(el, 'hbrs-filter-change') as Promise<HbrsEvent<'hbrs-filter-change'>>;
      await select(el, 'jf-campaign', 'chunfeng');
      const ev = await change;
      expect(ev.detail.count).to.equal(2);
      expect(ev.detail.filters.campaign).to.equal('chunfeng');
      expect(ev.bubbles && ev.composed).to.equal(true);
      await waitUntil(() => live.textContent!.includes('找到 2 场招聘会'), 'new count not announced');
      expect($$(el, '[aria-live]')).to.have.length(1);
    });
  });

  describe('states', () => {
    it('loading, then ready; error with the reason in plain words and a retry that works', async () => {
      const { el, release } = await make({ hold: true });
      await el.updateComplete;
      expect($(el, '[part=loading]')).to.not.equal(null);
      release();
      await settled(el);
      expect(ids(el)).to.have.length(6);

      const failing = fakeClient({ status: 503 });
      const errEvent = oneEvent(el, 'hbrs-error') as Promise<HbrsEvent<'hbrs-error'>>;
      el.client = failing.client;
      expect((await errEvent).detail.code).to.equal('http');
      await el.updateComplete;
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('数据服务返回了错误');
      failing.setStatus(200);
      const loaded = oneEvent(el, 'hbrs-load') as Promise<HbrsEvent<'hbrs-load'>>;
      error.querySelector('button')!.click();
      expect((await loaded).detail).to.deep.equal({ count: 7, sample: false });
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);
    });

    it('empty result offers a way out (clear filters), which brings results back', async () => {
      const { el } = await make();
      await select(el, 'jf-campaign', 'jinqiu');
      const empty = $(el, '[part=empty]')!;
      expect(empty.textContent).to.contain('没有符合条件的招聘会');
      const button = empty.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal('清除筛选条件');
      button.click();
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);
      expect(el.campaign).to.equal('');
    });

    it('with no upcoming fairs and no filter, the way out is "any date"', async () => {
      const { el } = await make({ fairs: [baseFairs()[3]!] });
      const button = $<HTMLButtonElement>(el, '[part=empty] button')!;
      expect(button.textContent!.trim()).to.equal('查看全部日期');
      button.click();
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['JF-4']);
    });

    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations in any state (${lang}): loading, error, empty, ready, month, detail`, async () => {
        const { el, release } = await make({ hold: true }, {}, lang);
        await el.updateComplete;
        await expectAccessible(el);
        release();
        await settled(el);
        await expectStatesAccessible(el, [
          { name: 'ready', enter: () => {} },
          { name: 'large text + theme', enter: (e) => ((e.largeText = true), (e.theme = 'wuhan')) },
          { name: 'empty', enter: (e) => void (e.campaign = 'jinqiu') },
          { name: 'custom dates', enter: (e) => ((e.campaign = ''), (e.date = 'custom')) },
          { name: 'month', enter: (e) => ((e.date = 'upcoming'), (e.view = 'month')) },
          {
            name: 'month with a day picked',
            enter: async (e) => {
              await e.updateComplete;
              $<HTMLElement>(e, 'td[data-day="2026-03-11"]')!.click();
            },
          },
          { name: 'detail', enter: (e) => ((e.view = 'list'), e.openFair('JF-1')) },
          { name: 'detail (online fair)', enter: (e) => e.openFair('JF-2') },
        ]);
        const failing = fakeClient({ status: 500 });
        el.selected = '';
        el.client = failing.client;
        await waitUntil(() => $(el, '[part=error]'), 'no error view');
        await expectAccessible(el);
      });
    }
  });

  describe('detail', () => {
    it('shows zones, employers and positions, contact, registration; focus moves in and back on close', async () => {
      const { el } = await make();
      const button = $<HTMLButtonElement>(el, 'button[data-fair="JF-1"]')!;
      button.focus();
      const opened = oneEvent(el, 'hbrs-fair-open') as Promise<HbrsEvent<'hbrs-fair-open'>>;
      await press('Enter');
      expect((await opened).detail).to.deep.equal({ id: 'JF-1', name: '2026年大冶市春风行动招聘会' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(deepActiveElement()).to.equal(dialog.querySelector('#jf-detail-title'));
      const text = dialog.textContent!.replace(/\s+/g, ' ');
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
      expect(dialog.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:07140000000');
      expect(
        dialog.querySelector<HTMLAnchorElement>('a[href="https://example.invalid/register"]'),
      ).to.not.equal(null);
      const closed = oneEvent(el, 'hbrs-fair-close') as Promise<HbrsEvent<'hbrs-fair-close'>>;
      await press('Escape');
      expect((await closed).detail).to.deep.equal({ id: 'JF-1' });
      await el.updateComplete;
      await aTimeout(0);
      expect($(el, 'dialog')).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, 'button[data-fair="JF-1"]'));
    });

    it('the close button closes the detail and returns focus', async () => {
      const { el } = await make();
      await openDetail(el, 'JF-3');
      $<HTMLButtonElement>(el, 'dialog .detail-head button')!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.selected).to.equal('');
      expect(deepActiveElement()).to.equal($(el, 'button[data-fair="JF-3"]'));
    });

    it('"add to calendar" makes a valid .ics for the fair (Asia/Shanghai) and emits hbrs-fair-calendar', async () => {
      const { el } = await make();
      await openDetail(el, 'JF-1');
      el.addEventListener('hbrs-fair-calendar', (e) => e.preventDefault(), { once: true });
      const ev = oneEvent(el, 'hbrs-fair-calendar') as Promise<HbrsEvent<'hbrs-fair-calendar'>>;
      $$<HTMLButtonElement>(el, '.detail-actions button')[0]!.click();
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
      await waitUntil(() => $(el, '[aria-live=polite]')!.textContent!.includes('.ics'));
    });

    it('share link (with sync-url) points at the fair and emits hbrs-fair-share', async () => {
      const { el } = await make({}, { 'sync-url': '' });
      await openDetail(el, 'JF-2');
      const ev = oneEvent(el, 'hbrs-fair-share') as Promise<HbrsEvent<'hbrs-fair-share'>>;
      $$<HTMLButtonElement>(el, '.detail-actions button')[1]!.click();
      const { detail } = await ev;
      expect(new URL(detail.url).searchParams.get('jf.fair')).to.equal('JF-2');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '.share-field input')!.value).to.equal(detail.url);
    });
  });

  describe('month view', () => {
    it('is a keyboard-navigable grid: arrows, Home/End, PageUp/PageDown, Enter lists the day', async () => {
      const { el } = await make();
      const viewChange = oneEvent(el, 'hbrs-view-change') as Promise<HbrsEvent<'hbrs-view-change'>>;
      $$<HTMLButtonElement>(el, '.view-toggle button')[1]!.click();
      expect((await viewChange).detail.view).to.equal('month');
      await el.updateComplete;
      expect($(el, '#jf-month-title')!.textContent).to.equal('2026年3月');
      expect($(el, 'td[tabindex="0"]')!.dataset.day).to.equal('2026-03-11');
      expect($(el, 'td[data-day="2026-03-17"]')!.textContent).to.contain('1 场招聘会');
      expect(countText(el)).to.equal('共 5 场招聘会');
      $<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
      await press('ArrowRight');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-03-12');
      await press('ArrowDown');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-03-19');
      await press('Home');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-03-16');
      await press('End');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-03-22');
      await press('ArrowLeft');
      await press('ArrowLeft');
      await press('ArrowUp');
      await el.updateComplete;
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-03-13');
      await press('Enter');
      await el.updateComplete;
      expect($(el, '#jf-day-title')!.textContent).to.contain('3月13日');
      expect($$(el, '.day-fairs button[data-fair]').map((b) => b.dataset.fair)).to.deep.equal(['JF-2']);
      await press('PageDown');
      await el.updateComplete;
      expect($(el, '#jf-month-title')!.textContent).to.equal('2026年4月');
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-04-13');
      await press('PageUp');
      await press('PageUp');
      await el.updateComplete;
      expect($(el, '#jf-month-title')!.textContent).to.equal('2026年2月');
      // Other filters apply to the month too.
      expect($(el, 'td[data-day="2026-02-20"]')!.textContent).to.contain('1 场');
      await select(el, 'jf-mode', 'online');
      expect($(el, 'td[data-day="2026-02-20"]')!.textContent).to.contain('0 场');
    });

    it('lists a multi-day fair on each of its days and opens its detail from the day list', async () => {
      const { el } = await make({}, { view: 'month' });
      for (const d of ['2026-03-16', '2026-03-17', '2026-03-18'])
        expect($(el, `td[data-day="${d}"]`)!.textContent, d).to.contain('1 场');
      $<HTMLElement>(el, 'td[data-day="2026-03-17"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.day-fairs button[data-fair="JF-6"]')!.click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      expect($(el, '#jf-detail-title')!.textContent).to.equal('武汉市三日连展招聘会');
    });
  });

  describe('keyboard', () => {
    it('reaches every control with Tab in order, with a visible focus ring', async () => {
      const { el } = await make();
      const before = await fixture(html`<button>before</button>`);
      el.parentElement!.before(before);
      (before as HTMLElement).focus();
      const order: string[] = [];
      for (let i = 0; i < 14; i++) {
        await tab();
        const a = deepActiveElement() as HTMLElement;
        order.push(a.id || a.dataset.fair || a.textContent!.trim());
        expect(a.matches(':focus-visible'), order.at(-1)).to.equal(true);
        const style = getComputedStyle(a);
        expect(style.outlineStyle, order.at(-1)).to.not.equal('none');
        expect(parseFloat(style.outlineWidth), order.at(-1)).to.be.at.least(2);
      }
      expect(order.slice(0, 9)).to.deep.equal([
        'jf-keyword',
        'jf-city',
        'jf-date',
        'jf-mode',
        'jf-campaign',
        'jf-audience',
        '列表',
        '月历',
        'JF-1',
      ]);
      before.remove();
    });
  });

  describe('keyboard in a long list', () => {
    it('Tab walks through a windowed list row by row, rendering rows ahead of the focus', async () => {
      const { el } = await make({ fairs: manyFairs(3000) }, { date: 'all' });
      await waitUntil(() => $(el, '.list [aria-posinset="1"] button'), 'no rows');
      $<HTMLButtonElement>(el, '.list [aria-posinset="1"] button')!.focus();
      for (let i = 2; i <= 25; i++) {
        await tab();
        await el.updateComplete;
        const row = deepActiveElement()!.closest('[role=listitem]');
        expect(row?.getAttribute('aria-posinset'), `Tab ${i - 1}`).to.equal(String(i));
      }
      expect($$(el, '.list [role=listitem]').length).to.be.at.most(200);
    });
  });

  describe('URL state', () => {
    it('mirrors filters and the open fair under jf.* keys; Back restores; a link restores', async () => {
      const { el } = await make({}, { 'sync-url': '' });
      await select(el, 'jf-campaign', 'chunfeng');
      expect(new URL(location.href).searchParams.get('jf.campaign')).to.equal('chunfeng');
      await openDetail(el, 'JF-2');
      expect(new URL(location.href).searchParams.get('jf.fair')).to.equal('JF-2');
      const link = location.href;

      history.back();
      await waitUntil(() => el.selected === '', 'Back did not close the detail');
      await el.updateComplete;
      expect($(el, 'dialog')).to.equal(null);
      expect(el.campaign).to.equal('chunfeng');
      history.back();
      await waitUntil(() => el.campaign === '', 'Back did not restore the filter');
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);

      // A shared link opens the same filters and fair in a fresh widget.
      history.replaceState(null, '', link);
      const fresh = await make({}, { 'sync-url': '' });
      expect(fresh.el.campaign).to.equal('chunfeng');
      expect(ids(fresh.el)).to.deep.equal(['JF-1', 'JF-2']);
      await waitUntil(() => $(fresh.el, 'dialog')?.hasAttribute('open'), 'detail not opened from the link');
      expect($(fresh.el, '#jf-detail-title')!.textContent).to.equal('江岸区网络直播招聘会');
    });

    it('ignores the URL without sync-url and never lets it override a hidden preset', async () => {
      history.replaceState(null, '', '?jf.campaign=jinqiu&jf.division=420100');
      const plain = await make();
      expect(plain.el.campaign).to.equal('');
      const county = await make({}, { 'sync-url': '', division: '420281', 'hide-filters': 'division' });
      expect(county.el.division).to.equal('420281');
      expect(county.el.campaign).to.equal('jinqiu');
    });
  });

  describe('scale', () => {
    it(`virtualises long lists (> ${VIRTUALIZE_ABOVE}): 3,000 fairs keep the DOM small and reachable`, async () => {
      const { el } = await make({ fairs: manyFairs(3000) }, { date: 'all' });
      expect(countText(el)).to.equal('共 3,000 场招聘会');
      await waitUntil(() => $$(el, '.list [role=listitem]').length > 3, 'no rows rendered');
      const rows = $$(el, '.list [role=listitem]');
      expect(rows.length).to.be.greaterThan(3);
      expect(rows.length).to.be.at.most(200);
      expect(rows[0]!.getAttribute('aria-setsize')).to.equal('3000');
      // Scroll to the end: the last fair is rendered.
      const list = $(el, '.list')!;
      list.scrollTop = list.scrollHeight;
      const lastRow = () => $(el, '.list [aria-posinset="3000"]');
      await waitUntil(lastRow, 'last row never rendered', { timeout: 3000 });
      expect($$(el, '.list [role=listitem]').length).to.be.at.most(200);
      // Opening and closing a detail returns focus to the row, even after it was scrolled away.
      const lastId = lastRow()!.dataset.key!;
      $<HTMLButtonElement>(lastRow()!, 'button')!.click();
      await el.updateComplete;
      list.scrollTop = 0;
      await waitUntil(() => !lastRow(), 'row not recycled');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      await waitUntil(() => deepActiveElement()?.getAttribute('data-fair') === lastId, 'focus not returned');
      // A filter change re-renders from the top with a small DOM.
      await select(el, 'jf-audience', '农村劳动力');
      expect(countText(el)).to.equal('共 1,000 场招聘会');
      await waitUntil(() => $(el, '.list [aria-posinset="1"]'), 'list not back at the top');
      expect($$(el, '.list [role=listitem]').length).to.be.at.most(200);
    });
  });

  describe('parts loaded on demand', () => {
    const original = { ...lazyChunks };
    /** Replaces a chunk loader with one held until `settle()` (resolve) or `fail()` (reject). */
    function hold(name: keyof typeof lazyChunks): {
      settle: () => void;
      fail: () => void;
      calls: () => number;
    } {
      let calls = 0;
      let settle!: () => void;
      let fail!: () => void;
      (lazyChunks as Record<string, () => Promise<unknown>>)[name] = () => {
        calls++;
        return new Promise((resolve, reject) => {
          settle = () => void original[name]().then(resolve, reject);
          fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
        });
      };
      return { settle: () => settle(), fail: () => fail(), calls: () => calls };
    }
    afterEach(() => Object.assign(lazyChunks, original));

    it('the list renders without the views chunk; pointing at the widget starts loading it', async () => {
      const views = hold('views');
      hold('window');
      const { el } = await make();
      expect(ids(el).length).to.be.greaterThan(0);
      expect(views.calls()).to.equal(0);
      $(el, '#jf-count')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      expect(views.calls()).to.equal(1);
      views.settle();
    });

    it('the detail shows a loading view (focus on its heading), then the detail when its chunk arrives', async () => {
      const views = hold('views');
      const { el } = await make();
      const opened = oneEvent(el, 'hbrs-fair-open') as Promise<HbrsEvent<'hbrs-fair-open'>>;
      $<HTMLButtonElement>(el, 'button[data-fair="JF-1"]')!.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog did not open');
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.querySelector('[part=loading]')).to.not.equal(null);
      expect(dialog.querySelector('#jf-detail-title')!.textContent).to.equal('2026年大冶市春风行动招聘会');
      expect(deepActiveElement()).to.equal(dialog.querySelector('#jf-detail-title'));
      await expectAccessible(el);
      views.settle();
      expect((await opened).detail.id).to.equal('JF-1');
      await waitUntil(() => dialog.querySelector('.facts'), 'detail body never rendered');
      expect(dialog.querySelector('[part=loading]')).to.equal(null);
      expect(dialog.textContent).to.contain('数控车工');
      expect(deepActiveElement()).to.equal(dialog.querySelector('#jf-detail-title'));
      await press('Escape');
      await waitUntil(() => deepActiveElement() === $(el, 'button[data-fair="JF-1"]'), 'focus not returned');
    });

    it('a views chunk that fails shows an error view with a retry that works, in the detail and the month view', async () => {
      const { messages } = await captureConsole(async () => {
        const views = hold('views');
        const { el } = await make({}, {}, 'en');
        el.openFair('JF-1');
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog did not open');
        views.fail();
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        await waitUntil(() => dialog.querySelector('[part=error]'), 'no error view');
        await expectAccessible(el);
        const retry = dialog.querySelector<HTMLButtonElement>('[part=error] button')!;
        retry.focus();
        const again = hold('views');
        await press('Enter');
        expect(again.calls()).to.equal(1);
        again.settle();
        await waitUntil(() => dialog.querySelector('.facts'), 'detail body never rendered after retry');
        expect(dialog.textContent).to.contain('Contact');
        // Focus was on the retry button, which is gone: it goes back to the heading.
        await waitUntil(() => deepActiveElement() === dialog.querySelector('#jf-detail-title'), 'focus lost');

        // The month view in a new widget, its chunk failing, then retried.
        const month = hold('views');
        // (make() awaits updateComplete, which waits for a chunk the render needs: fail it first.)
        const making = make({}, { view: 'month' });
        await waitUntil(() => month.calls() > 0, 'the month view did not ask for its chunk');
        month.fail();
        const { el: el2 } = await making;
        await waitUntil(() => $(el2, '[part=calendar] [part=error]'), 'no error view in the month view');
        Object.assign(lazyChunks, original);
        $<HTMLButtonElement>(el2, '[part=calendar] [part=error] button')!.click();
        await waitUntil(() => $(el2, 'table[role=grid]'), 'month grid never rendered after retry');
        expect($(el2, '[part=calendar] [part=error]')).to.equal(null);
      });
      expect(messages).to.deep.equal([]);
    });

    it('focus stays on its fair when the keyed rows arrive with the windowing chunk', async () => {
      const win = hold('window');
      hold('views');
      const { el } = await make();
      const before = $<HTMLButtonElement>(el, 'button[data-fair="JF-2"]')!;
      before.focus();
      expect(win.calls()).to.equal(1);
      win.settle();
      await waitUntil(
        () => $<HTMLButtonElement>(el, 'button[data-fair="JF-2"]') !== before,
        'rows not re-keyed',
      );
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, 'button[data-fair="JF-2"]'));
    });

    it(`a list longer than ${VIRTUALIZE_ABOVE} shows its first rows while the windowing loads, and a retry if it fails`, async () => {
      const win = hold('window');
      const making = make({ fairs: manyFairs(300) }, { date: 'all' });
      await waitUntil(() => win.calls() > 0, 'the long list did not ask for its windowing');
      const el = document.querySelector('hbrs-job-fairs')!;
      expect(countText(el)).to.equal('共 300 场招聘会');
      expect($$(el, '.list [role=listitem]').length).to.equal(VIRTUALIZE_ABOVE);
      expect($(el, '.list + [part=loading]')).to.not.equal(null);
      await expectAccessible(el);
      win.fail();
      await making;
      await waitUntil(() => $(el, '[part=error]'), 'no error view for the windowing');
      expect($$(el, '.list [role=listitem]').length).to.equal(VIRTUALIZE_ABOVE);
      await expectAccessible(el);
      Object.assign(lazyChunks, original);
      $<HTMLButtonElement>(el, '[part=error] button')!.click();
      await waitUntil(() => !$(el, '[part=error]') && !$(el, '[part=loading]'), 'windowing never loaded');
      const list = $(el, '.list')!;
      list.scrollTop = list.scrollHeight;
      await waitUntil(() => $(el, '.list [aria-posinset="300"]'), 'last row never rendered');
      expect($$(el, '.list [role=listitem]').length).to.be.below(300);
    });
  });

  describe('session', () => {
    it('a whole session (filters, month, detail, calendar, close, error, retry) logs nothing to the console', async () => {
      const { messages } = await captureConsole(async () => {
        const { el, setStatus } = await make({}, { 'sync-url': '' });
        await select(el, 'jf-city', '420100');
        await select(el, 'jf-date', 'month');
        $$<HTMLButtonElement>(el, '.view-toggle button')[1]!.click();
        await el.updateComplete;
        $<HTMLElement>(el, 'td[data-day="2026-03-16"]')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.day-fairs button[data-fair]')!.click();
        await el.updateComplete;
        el.addEventListener('hbrs-fair-calendar', (e) => e.preventDefault(), { once: true });
        $$<HTMLButtonElement>(el, '.detail-actions button')[0]!.click();
        await press('Escape');
        await waitUntil(() => !el.selected);
        setStatus(500);
        el.client = fakeClient({ status: 500 }).client;
        await waitUntil(() => $(el, '[part=error]'));
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
      const el = await fixture<HbrsJobFairs>(html`<hbrs-job-fairs .client=${fake.client}></hbrs-job-fairs>`);
      await settled(el);
      expect($(el, '[part=status]')!.textContent).to.equal('进行中');
    });
  });

  describe('safety', () => {
    it('renders hostile strings typed into the keyword box as text', async () => {
      const { messages } = await captureConsole(async () => {
        const { el } = await make();
        const input = $<HTMLInputElement>(el, '#jf-keyword')!;
        for (const s of HOSTILE_STRINGS) {
          input.value = s;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          expect(input.value).to.equal(s);
          expect(root(el).querySelector('img, script, svg, style:not([data-x])')).to.equal(null);
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('renders hostile data as text and never turns hostile URLs into links', async () => {
      const { messages } = await captureConsole(async () => {
        const fairs = HOSTILE_STRINGS.filter((s) => s.trim() !== '').map((s, i) => {
          const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
          return {
            ...baseFairs()[0],
            id: `H-${i}`,
            name: s,
            theme: s,
            description: s,
            venue: { name: s, address: s, transit: s },
            online: { platform: s, url, liveStreamUrl: url },
            mode: 'hybrid',
            organizers: { hosts: [s], undertakers: [s], coOrganizers: [s] },
            zones: [{ code: 'A', name: s, boothRange: s }],
            employers: [
              {
                id: 'E',
                name: s,
                boothNo: s,
                zoneCode: 'A',
                positions: [
                  { ...(baseFairs()[0]!.employers as { positions: object[] }[])[0]!.positions[0], title: s },
                ],
              },
            ],
            contact: { name: s, phone: url, email: s },
            registration: { jobseeker: { url, method: s }, employer: { url, method: s } },
            source: { platform: s, url },
          };
        });
        const { el } = await make({ fairs }, { date: 'all' });
        expect(ids(el)).to.have.length(fairs.length);
        for (const f of fairs) {
          const button = $<HTMLButtonElement>(el, `button[data-fair="${f.id}"]`)!;
          expect(button.textContent!.trim()).to.equal(f.name.trim());
          expect(button.children.length).to.equal(0);
          el.openFair(f.id);
          await el.updateComplete;
          const dialog = $(el, 'dialog')!;
          expect(dialog.querySelector('img, script, svg, iframe, object, style')).to.equal(null);
          for (const a of dialog.querySelectorAll('a'))
            expect(a.getAttribute('href')!).to.match(/^(https?|tel):/);
          // A hostile phone number never becomes a link that is not a plain tel: number.
          for (const a of dialog.querySelectorAll('a[href^="tel:"]'))
            expect(a.getAttribute('href')).to.match(/^tel:[\d+]+$/);
          $<HTMLDialogElement>(el, 'dialog')!.close();
          await el.updateComplete;
        }
        for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')!).to.match(/^https?:/);
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('an unknown date preset falls back to upcoming', async () => {
      const { el } = await make({}, { date: 'tomorrow-ish' });
      expect(el.date).to.equal('upcoming');
      expect($<HTMLSelectElement>(el, '#jf-date')!.value).to.equal('upcoming');
      expect(ids(el)).to.have.length(6);
    });

    it('a hostile attribute value is harmless', async () => {
      const { el } = await make(
        {},
        { division: '<img src=x onerror=window.__hbrsPwned=1>', keyword: '"><svg onload=1>' },
      );
      expect(ids(el)).to.deep.equal([]);
      expect($<HTMLInputElement>(el, '#jf-keyword')!.value).to.equal('"><svg onload=1>');
      expect(wasPwned()).to.equal(false);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const { el } = await make();
        const r = getComputedStyle($(el, '.hbrs-root')!);
        expect(r.fontSize).to.equal('16px');
        expect(r.fontStyle).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(r.letterSpacing).to.equal('normal');
        expect(getComputedStyle($(el, '#jf-keyword')!).fontSize).to.equal('16px');
        expect(parseFloat(getComputedStyle($(el, '#jf-keyword')!).width)).to.be.greaterThan(100);
        expect(parseFloat(getComputedStyle($(el, '.view-toggle button')!).minHeight)).to.equal(44);
        expect(getComputedStyle($(el, '.fair-name')!).fontSize).to.equal('16.8px');
      } finally {
        remove();
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await make();
        el.openFair('JF-1');
        await el.updateComplete;
        const r = $(el, '.hbrs-root')!;
        expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
        const d = $(el, 'dialog')!;
        expect(d.scrollWidth).to.be.at.most(d.clientWidth + 1);
        expect(d.getBoundingClientRect().width).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
      const page = await openCspPage('hbrs-job-fairs.js', ['hbrs-job-fairs']);
      const el = page.doc.querySelector('hbrs-job-fairs') as HbrsJobFairs;
      await waitUntil(() => el.shadowRoot!.querySelector('#jf-count'), 'CSP page widget did not load', {
        timeout: 8000,
      });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('招聘会');
      expect(el.shadowRoot!.querySelector('[part=sample-notice]')).to.not.equal(null);
      expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('h2')!).color).to.equal(
        'rgb(11, 87, 164)',
      );
      // Open a detail (modal dialog) and the month view under the policy too.
      el.date = 'all';
      await el.updateComplete;
      const first = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-fair]')!;
      first.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open).to.equal(true);
      el.selected = '';
      el.view = 'month';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('table[role=grid]')).to.not.equal(null);
      await aTimeout(50);
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    });
  });
});
