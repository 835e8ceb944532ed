import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, press, tab } from '@hbrs/testing';
import type { RetirementChangeDetail } from './retirement-age.js';
import { NOW, RetirementPage, restorePage, text, until } from './test/page.js';

describe('<hbrs-retirement-age> keyboard', () => {
  afterEach(restorePage);

  describe('keyboard', () => {
    it('is filled in with real key presses, with visible focus, and announces the result', async () => {
      const page = await RetirementPage.mount(html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`);
      const el = page.el;
      const changes: RetirementChangeDetail[] = [];
      el.addEventListener('hbrs-retirement-change', (e) =>
        changes.push((e as CustomEvent<RetirementChangeDetail>).detail),
      );
      await tab();
      const year = page.year;
      expect(deepActiveElement()).to.equal(year);
      expect(year.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(year).outlineStyle).to.equal('solid');
      await sendKeys({ type: '1970' });
      expect(year.value).to.equal('1970');
      await tab();
      const month = page.month;
      expect(deepActiveElement()).to.equal(month);
      await press('ArrowDown');
      expect(month.value).to.equal('1');
      await tab();
      expect(deepActiveElement()).to.equal(page.radio('male'));
      await press('Space');
      await el.updateComplete;
      expect(page.fact('age')).to.equal('61岁4个月');
      await press('ArrowDown');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(page.radio('female-55'));
      expect(page.fact('age')).to.equal('55岁1个月');
      const live = page.live;
      await until(() => live.textContent!.includes('55岁1个月'), 'announced');
      expect(text(live)).to.contain('法定退休时间2025年2月').and.contain('延迟1个月');
      expect(page.liveRegions.length).to.equal(1);
      await tab();
      expect(deepActiveElement()).to.equal(page.contribution);
      await sendKeys({ type: '２０' });
      await el.updateComplete;
      expect(page.fact('track')).to.contain('已缴20年');
      expect(changes.at(-1)).to.deep.equal({
        birth: '1970-01',
        category: 'female-55',
        age: { years: 55, months: 1 },
        at: '2025-02',
        delayMonths: 1,
        minContributionMonths: 180,
        earliest: { age: { years: 55, months: 0 }, at: '2025-01' },
        latest: { age: { years: 58, months: 1 }, at: '2028-02' },
        contributionMonths: 240,
        track: 'met',
      });
      expect(el.birth).to.equal('1970-01');
      expect(el.category).to.equal('female-55');
    });

    it('moves focus into the calculation when it opens, and back to its button on Escape and on close', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      const toggle = page.stepsToggle;
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(page.steps.hidden).to.equal(true);
      setTimeout(() => press('Enter'));
      const opened = (await oneEvent(el, 'hbrs-retirement-explain')) as CustomEvent<{ open: boolean }>;
      expect(opened.detail).to.deep.equal({ open: true });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(page.stepsTitle);
      const steps = [...page.stepItems].map(text);
      expect(steps[0]).to.contain('⌊60÷4⌋+1 = 16').and.contain('延迟16个月');
      expect(steps).to.have.length(6);
      await tab();
      expect(deepActiveElement()).to.equal(page.stepsClose);
      await press('Escape');
      await el.updateComplete;
      expect(page.steps.hidden).to.equal(true);
      await until(() => deepActiveElement() === toggle, 'focus back on the toggle after Escape');
      await press('Enter');
      await until(() => deepActiveElement() === page.stepsTitle, 'focus in the calculation');
      page.stepsClose.click();
      await until(() => deepActiveElement() === toggle, 'focus back on the toggle after close');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('clears everything with the reset button and returns focus to the first field', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age
          now=${NOW}
          birth="1970-01"
          category="male"
          contribution-years="3"
        ></hbrs-retirement-age>`,
      );
      const el = page.el;
      page.resetButton.focus();
      await press('Enter');
      await el.updateComplete;
      expect(page.empty).to.not.equal(null);
      expect(page.year.value).to.equal('');
      expect(page.contribution.value).to.equal('');
      expect([...page.radios].some((r) => r.checked)).to.equal(false);
      await until(() => deepActiveElement() === page.year, 'focus on the year');
    });
  });
});
