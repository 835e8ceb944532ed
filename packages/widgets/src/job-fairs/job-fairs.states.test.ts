// States of <hbrs-job-fairs> (loading, error, empty, ready, month, detail) with axe, and the parts loaded on demand.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import {
  captureConsole,
  deepActiveElement,
  expectAccessible,
  expectStatesAccessible,
  press,
} from '@hbrs/testing';
import type { HbrsEvent } from '@hbrs/core';
import { VIRTUALIZE_ABOVE } from './job-fairs.js';
import { baseFairs, fakeClient, manyFairs } from './test/fixtures.js';
import { JobFairsPage, clearUrl, holdChunk, mount as make, restoreChunks } from './test/page.js';

describe('<hbrs-job-fairs>: states', () => {
  afterEach(() => clearUrl());

  describe('states', () => {
    it('loading, then ready; error with the reason in plain words and a retry that works', async () => {
      const { el, page, release } = await make({ hold: true });
      await el.updateComplete;
      expect(page.find('[part=loading]')).to.not.equal(null);
      release();
      await page.settled();
      expect(page.ids()).to.have.length(6);

      const failing = fakeClient({ status: 503 });
      const errEvent = oneEvent(el, 'hbrs-error') as Promise<HbrsEvent<'hbrs-error'>>;
      el.client = failing.client;
      expect((await errEvent).detail.code).to.equal('http');
      await el.updateComplete;
      const error = page.find('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('数据服务返回了错误');
      failing.setStatus(200);
      const loaded = oneEvent(el, 'hbrs-load') as Promise<HbrsEvent<'hbrs-load'>>;
      error.querySelector('button')!.click();
      expect((await loaded).detail).to.deep.equal({ count: 7, sample: false });
      await el.updateComplete;
      expect(page.ids()).to.have.length(6);
    });

    it('empty result offers a way out (clear filters), which brings results back', async () => {
      const { el, page } = await make();
      await page.select('jf-campaign', 'jinqiu');
      const empty = page.find('[part=empty]')!;
      expect(empty.textContent).to.contain('没有符合条件的招聘会');
      const button = empty.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal('清除筛选条件');
      button.click();
      await el.updateComplete;
      expect(page.ids()).to.have.length(6);
      expect(el.campaign).to.equal('');
    });

    it('with no upcoming fairs and no filter, the way out is "any date"', async () => {
      const { el, page } = await make({ fairs: [baseFairs()[3]!] });
      const button = page.find<HTMLButtonElement>('[part=empty] button')!;
      expect(button.textContent!.trim()).to.equal('查看全部日期');
      button.click();
      await el.updateComplete;
      expect(page.ids()).to.deep.equal(['JF-4']);
    });

    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe violations in any state (${lang}): loading, error, empty, ready, month, detail`, async () => {
        const { el, page, release } = await make({ hold: true }, {}, lang);
        await el.updateComplete;
        await expectAccessible(el);
        release();
        await page.settled();
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
              new JobFairsPage(e).day('2026-03-11')!.click();
            },
          },
          { name: 'detail', enter: (e) => ((e.view = 'list'), e.openFair('JF-1')) },
          { name: 'detail (online fair)', enter: (e) => e.openFair('JF-2') },
        ]);
        const failing = fakeClient({ status: 500 });
        el.selected = '';
        el.client = failing.client;
        await waitUntil(() => page.find('[part=error]'), 'no error view');
        await expectAccessible(el);
      });
    }
  });

  describe('parts loaded on demand', () => {
    afterEach(() => restoreChunks());

    it('the list renders without the views chunk; pointing at the widget starts loading it', async () => {
      const views = holdChunk('views');
      holdChunk('window');
      const { page } = await make();
      expect(page.ids().length).to.be.greaterThan(0);
      expect(views.calls()).to.equal(0);
      page
        .find('#jf-count')!
        .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      expect(views.calls()).to.equal(1);
      views.settle();
    });

    it('the detail shows a loading view (focus on its heading), then the detail when its chunk arrives', async () => {
      const views = holdChunk('views');
      const { el, page } = await make();
      const opened = oneEvent(el, 'hbrs-fair-open') as Promise<HbrsEvent<'hbrs-fair-open'>>;
      page.find<HTMLButtonElement>('button[data-fair="JF-1"]')!.click();
      await waitUntil(() => page.find<HTMLDialogElement>('dialog')?.open, 'dialog did not open');
      expect(page.dialog).to.not.equal(null);
      expect(page.inDialog('[part=loading]')).to.not.equal(null);
      expect(page.inDialog('#jf-detail-title')!.textContent).to.equal('2026年大冶市春风行动招聘会');
      expect(deepActiveElement()).to.equal(page.inDialog('#jf-detail-title'));
      await expectAccessible(el);
      views.settle();
      expect((await opened).detail.id).to.equal('JF-1');
      await waitUntil(() => page.inDialog('.facts'), 'detail body never rendered');
      expect(page.inDialog('[part=loading]')).to.equal(null);
      expect(page.detailText()).to.contain('数控车工');
      expect(deepActiveElement()).to.equal(page.inDialog('#jf-detail-title'));
      await press('Escape');
      await waitUntil(
        () => deepActiveElement() === page.find('button[data-fair="JF-1"]'),
        'focus not returned',
      );
    });

    it('a views chunk that fails shows an error view with a retry that works, in the detail and the month view', async () => {
      const { messages } = await captureConsole(async () => {
        const views = holdChunk('views');
        const { el, page } = await make({}, {}, 'en');
        el.openFair('JF-1');
        await waitUntil(() => page.find<HTMLDialogElement>('dialog')?.open, 'dialog did not open');
        views.fail();
        expect(page.dialog).to.not.equal(null);
        await waitUntil(() => page.inDialog('[part=error]'), 'no error view');
        await expectAccessible(el);
        const retry = page.inDialog<HTMLButtonElement>('[part=error] button')!;
        retry.focus();
        const again = holdChunk('views');
        await press('Enter');
        expect(again.calls()).to.equal(1);
        again.settle();
        await waitUntil(() => page.inDialog('.facts'), 'detail body never rendered after retry');
        expect(page.detailText()).to.contain('Contact');
        // Focus was on the retry button, which is gone: it goes back to the heading.
        await waitUntil(() => deepActiveElement() === page.inDialog('#jf-detail-title'), 'focus lost');

        // The month view in a new widget, its chunk failing, then retried.
        const month = holdChunk('views');
        // (make() awaits updateComplete, which waits for a chunk the render needs: fail it first.)
        const making = make({}, { view: 'month' });
        await waitUntil(() => month.calls() > 0, 'the month view did not ask for its chunk');
        month.fail();
        const { page: page2 } = await making;
        await waitUntil(() => page2.find('[part=calendar] [part=error]'), 'no error view in the month view');
        restoreChunks();
        page2.find<HTMLButtonElement>('[part=calendar] [part=error] button')!.click();
        await waitUntil(() => page2.find('table[role=grid]'), 'month grid never rendered after retry');
        expect(page2.find('[part=calendar] [part=error]')).to.equal(null);
      });
      expect(messages).to.deep.equal([]);
    });

    it('focus stays on its fair when the keyed rows arrive with the windowing chunk', async () => {
      const win = holdChunk('window');
      holdChunk('views');
      const { el, page } = await make();
      const before = page.find<HTMLButtonElement>('button[data-fair="JF-2"]')!;
      before.focus();
      expect(win.calls()).to.equal(1);
      win.settle();
      await waitUntil(
        () => page.find<HTMLButtonElement>('button[data-fair="JF-2"]') !== before,
        'rows not re-keyed',
      );
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(page.find('button[data-fair="JF-2"]'));
    });

    it(`a list longer than ${VIRTUALIZE_ABOVE} shows its first rows plainly, loads the windowing when scrolled, and a retry if it fails`, async function () {
      // 300 rows, three axe runs and two chunk loads: more than mocha's 10 s on a loaded CI machine.
      this.timeout(30_000);
      const win = holdChunk('window');
      const { page } = await make({ fairs: manyFairs(300) }, { date: 'all' });
      const { el } = page;
      // Not asked for at first render (its bytes are not on the page until a person goes down the list).
      expect(win.calls()).to.equal(0);
      expect(page.countText()).to.equal('共 300 场招聘会');
      expect(page.findAll('.list [role=listitem]').length).to.equal(VIRTUALIZE_ABOVE);
      expect(page.find('.list + [part=loading]')).to.equal(null);
      await expectAccessible(el);
      // Scrolling the list asks for it: the first rows stay, with the loading view under them.
      page.find('.list')!.scrollTop = 200;
      await waitUntil(() => win.calls() > 0, 'scrolling the long list did not ask for its windowing');
      await waitUntil(() => page.find('.list + [part=loading]'), 'no loading view while the windowing loads');
      expect(page.findAll('.list [role=listitem]').length).to.equal(VIRTUALIZE_ABOVE);
      await expectAccessible(el);
      const making = el.updateComplete;
      win.fail();
      await making;
      await waitUntil(() => page.find('[part=error]'), 'no error view for the windowing');
      expect(page.findAll('.list [role=listitem]').length).to.equal(VIRTUALIZE_ABOVE);
      await expectAccessible(el);
      restoreChunks();
      page.find<HTMLButtonElement>('[part=error] button')!.click();
      await waitUntil(
        () => !page.find('[part=error]') && !page.find('[part=loading]'),
        'windowing never loaded',
      );
      const list = page.find('.list')!;
      list.scrollTop = list.scrollHeight;
      await waitUntil(() => page.find('.list [aria-posinset="300"]'), 'last row never rendered');
      expect(page.findAll('.list [role=listitem]').length).to.be.below(300);
    });
  });
});
