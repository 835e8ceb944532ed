import { expect, html, oneEvent } from '@open-wc/testing';
import { HOSTILE_STRINGS, captureConsole, deepActiveElement, wasPwned } from '@hbrs/testing';
import type { RetirementChangeDetail } from './retirement-age.js';
import { NOW, RetirementPage, restorePage } from './test/page.js';

describe('<hbrs-retirement-age> URL state', () => {
  afterEach(restorePage);

  describe('URL state', () => {
    it('reads a shared link, writes changes, and Back restores the previous result and closes the calculation', async () => {
      history.replaceState(null, '', '?keep=1&ra.birth=1975-01&ra.cat=female-50&ra.years=10');
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} sync-url birth="1960-01" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      expect(page.fact('age')).to.equal('50岁1个月');
      expect(page.contribution.value).to.equal('10');
      // A user change pushes a history entry.
      page.radio('female-55').click();
      await el.updateComplete;
      let q = new URLSearchParams(location.search);
      expect(q.get('ra.cat')).to.equal('female-55');
      expect(q.get('ra.birth')).to.equal('1975-01');
      expect(q.get('keep')).to.equal('1');
      expect(page.fact('age')).to.equal('56岁4个月');
      // Opening the calculation pushes too.
      page.stepsToggle.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('ra.steps')).to.equal('1');
      const explained = oneEvent(el, 'hbrs-retirement-explain');
      history.back();
      expect(((await explained) as CustomEvent<{ open: boolean }>).detail).to.deep.equal({ open: false });
      await el.updateComplete;
      expect(page.steps.hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(page.stepsToggle);
      const changed = oneEvent(el, 'hbrs-retirement-change');
      history.back();
      const detail = ((await changed) as CustomEvent<RetirementChangeDetail>).detail;
      expect(detail).to.deep.include({ birth: '1975-01', category: 'female-50', contributionMonths: 120 });
      await el.updateComplete;
      expect(page.fact('age')).to.equal('50岁1个月');
      expect(page.radio('female-50').checked).to.equal(true);
      q = new URLSearchParams(location.search);
      expect(q.get('ra.cat')).to.equal('female-50');
      // Typing replaces the entry instead of adding one.
      const length = history.length;
      const input = page.contribution;
      input.value = '11';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('ra.years')).to.equal('11');
      expect(history.length).to.equal(length);
    });

    it('leaves the URL alone without sync-url', async () => {
      history.replaceState(null, '', '?ra.birth=1975-01&ra.cat=female-50');
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      expect(page.fact('age')).to.equal('61岁4个月');
      page.radio('female-55').click();
      await el.updateComplete;
      expect(location.search).to.equal('?ra.birth=1975-01&ra.cat=female-50');
    });

    it('treats a hostile shared link as an invalid preset, rendered as text', async () => {
      const { messages } = await captureConsole(async () => {
        for (const s of HOSTILE_STRINGS.filter((s) => s.trim())) {
          history.replaceState(
            null,
            '',
            `?${new URLSearchParams({ 'ra.birth': s, 'ra.cat': s, 'ra.years': s })}`,
          );
          const page = await RetirementPage.mount(
            html`<hbrs-retirement-age now=${NOW} sync-url></hbrs-retirement-age>`,
          );
          const error = page.error!;
          expect(error.querySelectorAll('p.error-line')).to.have.length(2);
          for (const p of error.querySelectorAll('p.error-line')) {
            expect(p.children.length).to.equal(0);
            expect(p.textContent).to.contain(s.replace(/\s+$/, '').slice(0, 20));
          }
          expect(page.contribution.value).to.equal(s);
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });
  });
});
