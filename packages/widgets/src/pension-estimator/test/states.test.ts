import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  captureConsole,
  deepActiveElement,
  expectAccessible,
  expectStatesAccessible,
  press,
} from '@hbrs/testing';
import { type AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type { HbrsPensionEstimator } from '../pension-estimator.js';
import { EstimatorPage, OFFICIAL_FIXTURE, mount, mountLazy, standIn } from './page.js';

// Every state of <hbrs-pension-estimator> with axe (both locales, a theme), the loading and error views of the parts loaded on demand, reflow at 320 px.

describe('<hbrs-pension-estimator>: states and axe', () => {
  describe('accessibility', () => {
    const states = [
      {
        name: 'adjustment, template, empty',
        enter: async (el: HbrsPensionEstimator) => void (el.mode = 'adjustment'),
      },
      {
        name: 'adjustment, template, incomplete',
        enter: (el: HbrsPensionEstimator) =>
          new EstimatorPage(el).fill({ pension: '3000', years: '30', aby: '1950', abm: '3' }),
      },
      {
        name: 'adjustment, ready',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          p.el.rules = OFFICIAL_FIXTURE;
          await p.el.updateComplete;
        },
      },
      {
        name: 'adjustment, invalid inputs',
        enter: (el: HbrsPensionEstimator) =>
          new EstimatorPage(el).fill({ pension: '-1', years: 'x', aby: '' }),
      },
      {
        name: 'adjustment, zero pension and decimal comma',
        enter: (el: HbrsPensionEstimator) => new EstimatorPage(el).fill({ pension: '0', years: '15,5' }),
      },
      {
        name: 'error',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          p.el.rules = { schema: 'bad' } as unknown as AdjustmentRuleSet;
          await p.el.updateComplete;
        },
      },
      {
        name: 'retirement, empty',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          p.el.rules = undefined;
          p.el.mode = 'retirement';
          await p.el.updateComplete;
        },
      },
      {
        name: 'retirement, ready with help and index helper open',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          await p.fill({
            base: '9112',
            index: '1',
            ry: '35',
            deemed: '5',
            balance: '139000',
            ageY: '60',
            ageM: '1',
          });
          p.$<HTMLButtonElement>('#helpbtn-index').click();
          p.$<HTMLButtonElement>('[aria-controls=index-helper]').click();
          await p.el.updateComplete;
        },
      },
      {
        name: 'retirement, projection and invalid',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          await p.type('acct', 'project');
          await p.fill({ wage: '8000', left: '5', rate: '', ageM: '13' });
          p.all<HTMLDetailsElement>('details').forEach((d) => (d.open = true));
        },
      },
      {
        name: 'retirement, invalid birth year',
        enter: async (el: HbrsPensionEstimator) => {
          const p = new EstimatorPage(el);
          await p.type('acct', 'balance');
          await p.fill({ balance: '139000', rby: '1e3' });
        },
      },
    ];
    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan', 'large-text': '' }]) {
      it(`has no axe violations in any state (${JSON.stringify(attrs)})`, async () => {
        const p = await mount(html`<hbrs-pension-estimator></hbrs-pension-estimator>`);
        for (const [k, v] of Object.entries(attrs)) p.el.setAttribute(k, v);
        await p.el.updateComplete;
        await expectStatesAccessible(p.el, states);
      });
    }

    it('reflows at 320 px without horizontal overflow', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div class="narrow">
          <hbrs-pension-estimator mode="retirement" large-text></hbrs-pension-estimator>
        </div>`,
      );
      wrap.style.width = '320px';
      const p = new EstimatorPage(wrap.querySelector('hbrs-pension-estimator')!);
      await p.el.updateComplete;
      await p.fill({ base: '9112', index: '1', ry: '35', deemed: '5', balance: '139000', ageY: '60' });
      const r = p.$('.hbrs-root');
      expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
      expect(getComputedStyle(p.$('#tab-retirement')).flexBasis).to.equal('100%');
    });
  });

  for (const mode of ['adjustment', 'retirement'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`shows the loading view while the ${mode} tab downloads, then the tab (${lang}, axe in both)`, async () => {
        const stand = standIn(mode);
        stand.hold();
        try {
          const p = await mountLazy(mode, lang);
          await waitUntil(() => p.inPanel(mode, '[part=loading]'), 'loading view');
          expect(p.inPanel(mode, '[part=loading]').getAttribute('role')).to.equal('status');
          expect(p.inPanel(mode, '[part=form]')).to.equal(null);
          // The tabs and the glossary are there already.
          expect(p.$(`#tab-${mode}`).getAttribute('aria-selected')).to.equal('true');
          expect(p.all('.glossary details').length).to.equal(4);
          await expectAccessible(p.el);
          stand.state.release();
          await p.el.updateComplete;
          expect(p.inPanel(mode, '[part=loading]')).to.equal(null);
          expect(p.inPanel(mode, '[part=form]')).to.exist;
          expect(p.cell(`label[for=${mode === 'adjustment' ? 'pension' : 'base'}]`)).to.contain(
            lang === 'en' ? (mode === 'adjustment' ? 'basic pension for' : 'Pension base') : '元/月',
          );
          await expectAccessible(p.el);
          expect(stand.state.calls).to.equal(1);
        } finally {
          stand.restore();
        }
      });

      it(`shows an error view with retry when the ${mode} tab fails to download, and recovers by keyboard (${lang})`, async () => {
        const stand = standIn(mode);
        stand.state.failing = true;
        try {
          const { messages } = await captureConsole(async () => {
            const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
            const el = document.createElement('hbrs-pension-estimator');
            const p = new EstimatorPage(el);
            p.el.mode = mode;
            const failed = oneEvent(p.el, 'hbrs-error') as Promise<CustomEvent<{ code: string }>>;
            wrap.append(p.el);
            expect((await failed).detail.code).to.equal('network');
            await p.el.updateComplete;
            const error = p.inPanel(mode, '[part=error]');
            expect(error).to.exist;
            expect(error.getAttribute('role')).to.equal('alert');
            expect(error.textContent).to.contain(
              lang === 'en' ? 'could not be reached' : '无法连接到数据服务',
            );
            await expectAccessible(p.el);
            // It does not retry on its own (no loop of failing downloads) …
            await new Promise((r) => setTimeout(r, 50));
            expect(stand.state.calls).to.equal(1);
            // … a failed retry keeps the error view and focus on its button …
            const retry = p.inPanel<HTMLButtonElement>(mode, '[part=error] button');
            retry.focus();
            const retried = oneEvent(p.el, 'hbrs-retry') as Promise<CustomEvent<{ reason: string }>>;
            await press('Enter');
            expect((await retried).detail).to.deep.equal({ reason: 'user' });
            await p.el.updateComplete;
            expect(stand.state.calls).to.equal(2);
            expect(deepActiveElement()).to.equal(p.inPanel(mode, '[part=error] button'));
            // … and once the network is back, Enter loads the tab and focus moves to its first field.
            stand.state.failing = false;
            await press('Enter');
            await p.el.updateComplete;
            expect(p.inPanel(mode, '[part=error]')).to.equal(null);
            expect(p.inPanel(mode, '[part=form]')).to.exist;
            expect(deepActiveElement()).to.equal(p.$(mode === 'adjustment' ? '#pension' : '#city'));
            expect(stand.state.calls).to.equal(3);
          });
          expect(messages).to.deep.equal([]);
        } finally {
          stand.restore();
        }
      });
    }
  }
});
