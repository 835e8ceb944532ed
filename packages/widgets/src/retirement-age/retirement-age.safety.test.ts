import { expect, fixture, html } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  installHostileHost,
  openCspPage,
  wasPwned,
} from '@hbrs/testing';
import { render } from 'lit';
import type { HbrsRetirementAge } from './retirement-age.js';
import { SOURCES, renderSources, type Source } from './provenance.js';
import zhCN from './locales/zh-CN.js';
import { NOW, RetirementPage, restorePage, text } from './test/page.js';

describe('<hbrs-retirement-age> safety', () => {
  afterEach(restorePage);

  describe('safety', () => {
    it('renders hostile strings typed into the contribution field and preset as attributes as text only', async () => {
      const { messages } = await captureConsole(async () => {
        const page = await RetirementPage.mount(
          html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
        );
        const el = page.el;
        const input = page.contribution;
        for (const s of HOSTILE_STRINGS) {
          input.value = s;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          expect(input.value).to.equal(s);
          expect(input.getAttribute('aria-invalid'), s).to.equal(s.trim() ? 'true' : 'false');
          expect(
            page.shadow.querySelectorAll(
              'img, script, style:not([data-lit]), a[href^="javascript"], svg [onload]',
            ),
          ).to.have.length(0);
          el.setAttribute('birth', s);
          el.setAttribute('category', s);
          el.setAttribute('contribution-years', s);
          await el.updateComplete;
          if (s.trim()) expect(text(page.error)).to.contain(s.replace(/\s+/g, ' ').trim().slice(0, 30));
          el.setAttribute('birth', '1970-01');
          el.setAttribute('category', 'male');
          await el.updateComplete;
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('echoes a 100,000-character preset in its error cut to 40 characters, in zh-CN and en', async () => {
      const long = '1'.repeat(100000);
      for (const lang of ['zh-CN', 'en']) {
        const page = await RetirementPage.mount(
          html`<hbrs-retirement-age
            lang=${lang}
            now=${NOW}
            birth=${long}
            category=${long}
          ></hbrs-retirement-age>`,
        );
        const lines = [...page.error!.querySelectorAll('.error-line')].map(text);
        expect(lines, lang).to.have.length(2);
        for (const line of lines) {
          expect(line.length, lang).to.be.below(200);
          expect(line, lang).to.contain(`${'1'.repeat(40)}…`);
        }
        expect(page.error!.getBoundingClientRect().height, lang).to.be.below(600);
      }
    });

    it('never turns a hostile URL into a link', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        for (const s of HOSTILE_STRINGS) {
          const hostile: Source = {
            ...SOURCES[0]!,
            id: s as Source['id'],
            document: s,
            urls: [...HOSTILE_URLS, 'https://www.gov.cn/zhengce/'],
          };
          render(renderSources(zhCN, [hostile]), host);
          expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
            'https://www.gov.cn/zhengce/',
          ]);
          expect(host.querySelector('li')!.dataset.source).to.equal(s);
          if (s) expect(host.querySelector('cite')!.textContent).to.equal(s);
          expect(host.querySelectorAll('img, script, svg, style')).to.have.length(0);
        }
      } finally {
        host.remove();
      }
      expect(wasPwned()).to.equal(false);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const wrap = await fixture(
          html`<div>
            <hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>
          </div>`,
        );
        const el = wrap.querySelector('hbrs-retirement-age')!;
        await el.updateComplete;
        const page = new RetirementPage(el);
        const root = getComputedStyle(page.frame);
        expect(root.fontSize).to.equal('16px');
        expect(root.fontStyle).to.equal('normal');
        expect(root.textTransform).to.equal('none');
        expect(root.boxSizing).to.equal('border-box');
        const select = getComputedStyle(page.year);
        expect(select.fontSize).to.equal('16px');
        expect(parseFloat(select.minHeight)).to.equal(44);
        const button = getComputedStyle(page.stepsToggle);
        expect(parseFloat(button.minHeight)).to.equal(44);
        expect(button.fontSize).to.equal('16px');
        expect(getComputedStyle(page.factValue('age')!).fontSize).to.equal('24px');
      } finally {
        remove();
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation, in zh-CN and en', async () => {
      for (const lang of ['zh-CN', 'en']) {
        const csp = await openCspPage('hbrs-retirement-age.js', ['hbrs-retirement-age'], lang);
        const el = csp.doc.querySelector('hbrs-retirement-age') as HbrsRetirementAge;
        const page = new RetirementPage(el);
        el.setAttribute('birth', '1970-01');
        el.setAttribute('category', 'male');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(page.fact('age'), lang).to.equal(lang === 'en' ? '61 years 4 months' : '61岁4个月');
        expect(csp.violations, lang).to.deep.equal([]);
        expect(csp.errors, lang).to.deep.equal([]);
        expect(csp.win.getComputedStyle(page.heading!).color, lang).to.equal('rgb(11, 87, 164)');
        expect(csp.win.getComputedStyle(page.chartShape('statutory')).fill, lang).to.equal(
          'rgb(11, 87, 164)',
        );
      }
    });
  });
});
