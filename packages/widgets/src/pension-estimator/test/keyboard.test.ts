import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, press, tab } from '@hbrs/testing';
import { BEIJING_2014_ADJUSTMENT } from '@hbrs/sdk/policy';
import { estimator, yuan } from './page.js';

// Keyboard paths of <hbrs-pension-estimator>, with real key presses: tabs, term help, glossary, IME input.

describe('<hbrs-pension-estimator>: keyboard', () => {
  describe('validation', () => {
    it('accepts full-width digits typed with a Chinese IME (real key presses)', async () => {
      const p = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
      p.$<HTMLInputElement>('#pension').focus();
      await sendKeys({ type: '３０００．５' });
      p.$<HTMLInputElement>('#pension').dispatchEvent(new Event('change'));
      await p.el.updateComplete;
      expect(p.$<HTMLInputElement>('#pension').getAttribute('aria-invalid')).to.equal('false');
      await p.fill({ years: '30', aby: '1938', abm: '6' });
      expect(p.headline()[1]).to.equal(yuan(3000.5 + 335));
    });
  });

  describe('keyboard', () => {
    it('moves between the tabs with arrow keys, Home and End (ARIA tabs) and emits hbrs-pension-mode', async () => {
      const p = await estimator();
      await tab();
      const first = p.$('#tab-adjustment');
      expect(deepActiveElement()).to.equal(first);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      setTimeout(() => press('ArrowRight'));
      const ev = (await oneEvent(p.el, 'hbrs-pension-mode')) as CustomEvent<{ mode: string }>;
      expect(ev.detail).to.deep.equal({ mode: 'retirement' });
      await p.el.updateComplete;
      await p.el.updateComplete;
      expect(deepActiveElement()).to.equal(p.$('#tab-retirement'));
      expect(p.$('#tab-retirement').getAttribute('aria-selected')).to.equal('true');
      expect(p.$('#tab-adjustment').getAttribute('tabindex')).to.equal('-1');
      expect(p.$('#panel-retirement').hidden).to.equal(false);
      expect(p.$('#panel-adjustment').hidden).to.equal(true);
      await press('Home');
      await p.el.updateComplete;
      expect(p.el.mode).to.equal('adjustment');
      await press('End');
      await p.el.updateComplete;
      expect(p.el.mode).to.equal('retirement');
      await press('ArrowRight'); // wraps
      await p.el.updateComplete;
      expect(p.el.mode).to.equal('adjustment');
      // Tab leaves the tab list for the panel: the adjustment year, the link to the notice the example set
      // follows, then the first field. (Ids compared: chai formatting two elements that differ hangs the page.)
      const focused = () => {
        const a = deepActiveElement();
        return a?.id || a?.getAttribute('href') || a?.localName;
      };
      await tab();
      expect(focused()).to.equal('ayear');
      await tab();
      expect(focused()).to.equal('https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm');
      await tab();
      expect(focused()).to.equal('pension');
    });

    it('opens a term help by keyboard, moves focus into it, and Escape returns focus to its button', async () => {
      const p = await estimator({ mode: 'retirement' });
      const button = p.$<HTMLButtonElement>('#helpbtn-base');
      button.focus();
      await press('Enter');
      await p.el.updateComplete;
      await p.el.updateComplete;
      const panel = p.$('#help-base');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(panel);
      expect(panel.textContent).to.contain('计发基数');
      await press('Escape');
      await p.el.updateComplete;
      await p.el.updateComplete;
      expect(p.$('#help-base')).to.equal(null);
      expect(deepActiveElement()).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // The close button works too.
      await press('Space');
      await p.el.updateComplete;
      await p.el.updateComplete;
      await tab();
      expect(deepActiveElement()!.textContent!.trim()).to.equal('关闭');
      await press('Enter');
      await p.el.updateComplete;
      await p.el.updateComplete;
      expect(deepActiveElement()).to.equal(button);
    });

    it('reaches every glossary term by keyboard (计发基数, 缴费指数, 计发月数, 视同缴费年限)', async () => {
      const p = await estimator();
      const summaries = [...p.all('.glossary summary')] as HTMLElement[];
      expect(summaries.map((s) => s.textContent!.trim())).to.deep.equal([
        '计发基数',
        '缴费指数',
        '计发月数',
        '视同缴费年限',
      ]);
      summaries[0]!.focus();
      for (const s of summaries) {
        expect(deepActiveElement()).to.equal(s);
        await press('Enter');
        expect((s.parentElement as HTMLDetailsElement).open).to.equal(true);
        await tab(); // the opened text holds nothing focusable: on to the next term
      }
    });
  });
});
