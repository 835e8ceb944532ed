// Keyboard paths of <hbrs-job-fairs>, with real key presses: Tab order, a long windowed list, the month grid.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, press, tab } from '@hbrs/testing';
import type { HbrsEvent } from '@hbrs/core';
import { manyFairs } from './test/fixtures.js';
import { clearUrl, mount as make } from './test/page.js';

describe('<hbrs-job-fairs>: keyboard', () => {
  afterEach(() => clearUrl());

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
      const { el, page } = await make({ fairs: manyFairs(3000) }, { date: 'all' });
      await waitUntil(() => page.find('.list [aria-posinset="1"] button'), 'no rows');
      page.find<HTMLButtonElement>('.list [aria-posinset="1"] button')!.focus();
      for (let i = 2; i <= 25; i++) {
        await tab();
        await el.updateComplete;
        const row = deepActiveElement()!.closest('[role=listitem]');
        expect(row?.getAttribute('aria-posinset'), `Tab ${i - 1}`).to.equal(String(i));
      }
      expect(page.findAll('.list [role=listitem]').length).to.be.at.most(200);
    });
  });

  describe('month grid', () => {
    it('is a keyboard-navigable grid: arrows, Home/End, PageUp/PageDown, Enter lists the day', async () => {
      const { el, page } = await make();
      const viewChange = oneEvent(el, 'hbrs-view-change') as Promise<HbrsEvent<'hbrs-view-change'>>;
      page.findAll<HTMLButtonElement>('.view-toggle button')[1]!.click();
      expect((await viewChange).detail.view).to.equal('month');
      await el.updateComplete;
      expect(page.find('#jf-month-title')!.textContent).to.equal('2026年3月');
      expect(page.find('td[tabindex="0"]')!.dataset.day).to.equal('2026-03-11');
      expect(page.find('td[data-day="2026-03-17"]')!.textContent).to.contain('1 场招聘会');
      expect(page.countText()).to.equal('共 5 场招聘会');
      page.find<HTMLElement>('td[tabindex="0"]')!.focus();
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
      expect(page.find('#jf-day-title')!.textContent).to.contain('3月13日');
      expect(page.findAll('.day-fairs button[data-fair]').map((b) => b.dataset.fair)).to.deep.equal(['JF-2']);
      await press('PageDown');
      await el.updateComplete;
      expect(page.find('#jf-month-title')!.textContent).to.equal('2026年4月');
      expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-04-13');
      await press('PageUp');
      await press('PageUp');
      await el.updateComplete;
      expect(page.find('#jf-month-title')!.textContent).to.equal('2026年2月');
      // Other filters apply to the month too.
      expect(page.find('td[data-day="2026-02-20"]')!.textContent).to.contain('1 场');
      await page.select('jf-mode', 'online');
      expect(page.find('td[data-day="2026-02-20"]')!.textContent).to.contain('0 场');
    });
  });
});
