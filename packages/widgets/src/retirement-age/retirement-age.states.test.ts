import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { captureConsole, deepActiveElement, expectAccessible, expectStatesAccessible } from '@hbrs/testing';
import type { HbrsRetirementAge } from './retirement-age.js';
import { NOW, RetirementPage, restorePage, text, until } from './test/page.js';

describe('<hbrs-retirement-age> states and accessibility', () => {
  afterEach(restorePage);

  describe('states', () => {
    it('is empty with a way out until birth and category are given', async () => {
      const page = await RetirementPage.mount(html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`);
      const el = page.el;
      const empty = page.empty!;
      expect(text(empty)).to.contain('出生年月、类别（原法定退休年龄）');
      page.emptyAction.click();
      expect(deepActiveElement()).to.equal(page.year);
      el.birth = '1970-01';
      await el.updateComplete;
      expect(text(page.empty)).to.not.contain('出生年月、');
      page.emptyAction.click();
      expect(deepActiveElement()).to.equal(page.radio('male'));
      expect(page.result).to.equal(null);
      // No data set: no sample-data notice, no loading state in zh-CN.
      expect(page.part('sample-notice')).to.equal(null);
      expect(page.part('loading')).to.equal(null);
    });

    it('shows an invalid preset as an error with its reason, and starts again from there', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-13" category="female"></hbrs-retirement-age>`,
      );
      const el = page.el;
      const error = page.error!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('“1970-13”无效').and.contain('“female”无效');
      page.errorAction.click();
      await el.updateComplete;
      expect(page.error).to.equal(null);
      expect(page.empty).to.not.equal(null);
      expect(deepActiveElement()).to.equal(page.year);
      for (const bad of ['1939-12', '2030-01', '19700101']) {
        el.birth = bad;
        await el.updateComplete;
        expect(text(page.error), bad).to.contain(`“${bad}”无效`);
      }
      el.birth = ' ';
      await el.updateComplete;
      expect(page.error).to.equal(null);
      // An invalid `now` falls back to the current month in Asia/Shanghai.
      el.now = 'soon';
      el.birth = '1970-05-17';
      el.category = 'female_55';
      await el.updateComplete;
      expect(page.error).to.equal(null);
      expect(page.fact('age')).to.equal('55岁2个月');
    });

    it('switches language live when the nearest lang changes', async () => {
      const wrap = await fixture(
        html`<div lang="zh-CN"><hbrs-retirement-age now=${NOW}></hbrs-retirement-age></div>`,
      );
      const el = wrap.querySelector('hbrs-retirement-age')!;
      const page = new RetirementPage(el);
      expect(text(page.heading)).to.equal('退休年龄测算');
      wrap.setAttribute('lang', 'en');
      await until(() => text(page.heading) === 'When do I retire?', 'English');
      expect(page.frame.getAttribute('lang')).to.equal('en');
    });

    const states = (): { name: string; enter: (el: HbrsRetirementAge) => Promise<void> }[] => [
      {
        name: 'empty',
        enter: async (el) => {
          el.birth = undefined;
          el.category = undefined;
          el.contributionYears = '';
        },
      },
      {
        name: 'error',
        enter: async (el) => {
          el.birth = '<b>1970</b>';
        },
      },
      {
        name: 'ready',
        enter: async (el) => {
          el.birth = '1970-01';
          el.category = 'male';
        },
      },
      {
        name: 'ready, short of the minimum, invalid input',
        enter: async (el) => {
          el.birth = '1984-11';
          el.category = 'female-50';
          el.contributionYears = '1';
          await el.updateComplete;
          el.contributionYears = 'abc';
        },
      },
      {
        name: 'ready, on track',
        enter: async (el) => {
          el.contributionYears = '20';
        },
      },
      {
        name: 'detail (calculation open)',
        enter: async (el) => {
          await el.updateComplete;
          new RetirementPage(el).stepsToggle.click();
        },
      },
    ];

    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan' }, { theme: 'xiangyang', 'large-text': '' }]) {
      it(`has no axe violations in any state (${JSON.stringify(attrs)})`, async () => {
        const { messages } = await captureConsole(async () => {
          const page = await RetirementPage.mount(
            html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`,
          );
          const el = page.el;
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          await expectStatesAccessible(el, states());
        });
        expect(messages).to.deep.equal([]);
      });
    }
  });

  describe('print and layout', () => {
    it('prints the result, the timeline and the calculation without the form and buttons', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(page.form!).display).to.equal('none');
      expect(getComputedStyle(page.stepsToggle).display).to.equal('none');
      expect(getComputedStyle(page.steps).display).to.equal('block');
      expect(getComputedStyle(page.result!).display).to.equal('block');
      expect(getComputedStyle(page.source!.querySelector('a')!, '::after').content).to.match(
        /attr\(href\)|npc\.gov\.cn/,
      );
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(page.steps).display).to.equal('none');
    });

    it('reflows at 320 px and in the large-text mode without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const large of [false, true]) {
          const page = await RetirementPage.mount(
            html`<hbrs-retirement-age
              now=${NOW}
              birth="1984-11"
              category="female-50"
              contribution-years="5"
              ?large-text=${large}
            ></hbrs-retirement-age>`,
          );
          const el = page.el;
          page.stepsToggle.click();
          await el.updateComplete;
          const root = page.frame;
          expect(root.scrollWidth, `large-text ${large}`).to.be.at.most(root.clientWidth);
          expect(el.getBoundingClientRect().width).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('honours forced colours and reduced motion', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      const band = getComputedStyle(page.chartShape('band'));
      const canvasText = getComputedStyle(page.chartShape('axis')).stroke;
      expect(band.stroke).to.equal(canvasText);
      expect(getComputedStyle(page.chartShape('statutory')).fill).to.not.equal('rgb(11, 87, 164)');
      await expectAccessible(el);
    });
  });
});
