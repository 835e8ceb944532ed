// The month view past the data (it says where the data ends) and its day panel after PageDown/PageUp (issue 16).
import { expect } from '@open-wc/testing';
import { deepActiveElement, expectStatesAccessible, press } from '@hbrs/testing';
import type { HbrsJobFairs } from './job-fairs.js';
import { clearUrl, mount as make, type JobFairsPage } from './test/page.js';

/** Switches to the month view and focuses the grid's day `day`. */
async function monthAt(el: HbrsJobFairs, page: JobFairsPage, day: string): Promise<void> {
  el.view = 'month';
  await el.updateComplete;
  await page.settled();
  await el.updateComplete;
  page.day(day)!.focus();
}

const dayTitle = (page: JobFairsPage) => page.find('#jf-day-title')?.textContent ?? '';
const dayFairs = (page: JobFairsPage) =>
  page.findAll<HTMLButtonElement>('.day-fairs button[data-fair]').map((b) => b.dataset.fair);
const note = (page: JobFairsPage) => page.find('.data-note')?.textContent?.trim() ?? '';

describe('<hbrs-job-fairs>: month view', () => {
  afterEach(() => clearUrl());

  it('the day panel follows the month shown after PageDown and PageUp (and the month buttons)', async () => {
    const { el, page } = await make();
    await monthAt(el, page, '2026-03-10');
    await press('Enter');
    await el.updateComplete;
    expect(dayTitle(page)).to.contain('3月10日');
    expect(page.find('.day-fairs')!.textContent).to.contain('当天没有');
    // PageDown: 10 April has a fair (JF-5); the panel shows that day, not 10 March.
    await press('PageDown');
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年4月');
    expect((deepActiveElement() as HTMLElement).dataset.day).to.equal('2026-04-10');
    expect(dayTitle(page)).to.contain('4月10日');
    expect(dayFairs(page)).to.deep.equal(['JF-5']);
    expect(page.find('.day-fairs')!.textContent).to.not.contain('当天没有');
    expect(page.day('2026-04-10')!.getAttribute('aria-selected')).to.equal('true');
    await press('PageUp');
    await press('PageUp');
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年2月');
    expect(dayTitle(page)).to.contain('2月10日');
    // The "next month" button moves the panel too.
    page.findAll<HTMLButtonElement>('.month-nav button')[1]!.click();
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年3月');
    expect(dayTitle(page)).to.contain('3月10日');
  });

  it('says where the data ends when paging past the last fair, and where it starts before the first (zh-CN)', async () => {
    const { el, page } = await make();
    await monthAt(el, page, '2026-03-11');
    expect(note(page)).to.equal('');
    await press('PageDown');
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年4月');
    expect(note(page), 'April still has a fair').to.equal('');
    await press('PageDown');
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年5月');
    expect(note(page)).to.contain('数据中最后一场符合条件的招聘会在2026年4月10日');
    expect(note(page)).to.contain('之后的月份没有数据');
    expect(page.find('.data-note')!.getAttribute('role')).to.equal('status');
    for (let i = 0; i < 4; i++) await press('PageUp');
    await el.updateComplete;
    expect(page.monthTitle()).to.equal('2026年1月');
    expect(note(page)).to.contain('数据中最早一场符合条件的招聘会在2026年2月20日');
    // The filters count: online fairs only, the data of that kind ends earlier.
    await page.select('jf-mode', 'online');
    el.month = '2026-04';
    await el.updateComplete;
    expect(note(page)).to.contain('最后一场符合条件的招聘会在2026年3月');
  });

  it('says where the data ends in English, and every month state passes axe', async () => {
    const { el, page } = await make({}, {}, 'en');
    await monthAt(el, page, '2026-03-11');
    await press('PageDown');
    await press('PageDown');
    await el.updateComplete;
    expect(note(page)).to.match(
      /^The last matching job fair in the data is on Friday, April 10, 2026; there is no data for later months\.$/,
    );
    await expectStatesAccessible(el, [
      { name: 'month after the data', enter: () => {} },
      { name: 'month before the data', enter: (e) => void (e.month = '2025-12') },
      {
        name: 'day picked, then the next month',
        enter: async (e) => {
          e.month = '2026-03';
          await e.updateComplete;
          page.day('2026-03-10')!.click();
          await e.updateComplete;
          page.findAll<HTMLButtonElement>('.month-nav button')[1]!.click();
        },
      },
    ]);
    expect(note(page)).to.equal('');
    expect(dayTitle(page)).to.contain('April 10');
  });
});
