import { expect, fixture, html } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  installHostileHost,
  openCspPage,
  wasPwned,
} from '@hbrs/testing';
import { BEIJING_2014_ADJUSTMENT, type AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type { HbrsPensionEstimator } from '../pension-estimator.js';
import { EstimatorPage, estimator, json, mount, pageOf, stubFetch, yuan } from './page.js';

// Safety of <hbrs-pension-estimator>: hostile strings and URLs, the hostile host page, the strict-CSP page.

describe('<hbrs-pension-estimator>: safety', () => {
  it('never fetches a non-http(s) rules-src', async () => {
    const stub = stubFetch(() => json(BEIJING_2014_ADJUSTMENT));
    try {
      for (const bad of HOSTILE_URLS.filter((u) => !u.startsWith('//') && u !== 'not a url')) {
        const p = await mount(html`<hbrs-pension-estimator rules-src=${bad}></hbrs-pension-estimator>`);
        await p.el.updateComplete;
        expect(p.cell('[part=error]'), bad).to.contain('只接受 http 或 https 地址');
      }
      expect(stub.calls).to.deep.equal([]);
    } finally {
      stub.restore();
    }
  });

  describe('safety', () => {
    it('renders hostile strings typed into every text input as text, never NaN, no console error', async () => {
      const { messages } = await captureConsole(async () => {
        const p = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
        const adjust = ['pension', 'years', 'aby'];
        for (const s of HOSTILE_STRINGS) {
          for (const f of adjust) await p.type(f, s);
          expect(p.text()).not.to.match(/NaN|Infinity/);
        }
        p.el.mode = 'retirement';
        await p.el.updateComplete;
        await p.type('acct', 'project');
        const fields = [
          'base',
          'index',
          'ry',
          'deemed',
          'cbal',
          'wage',
          'left',
          'rate',
          'ageY',
          'ageM',
          'rby',
        ];
        for (const s of HOSTILE_STRINGS) {
          for (const f of fields) await p.type(f, s);
          expect(p.text()).not.to.match(/NaN|Infinity/);
        }
        expect(p.all('img, script, a, iframe').length).to.equal(0);
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('renders hostile strings in rule-set data as text and never links a hostile URL', async () => {
      const { messages } = await captureConsole(async () => {
        for (const [i, s] of HOSTILE_STRINGS.entries()) {
          const url = HOSTILE_URLS[i % HOSTILE_URLS.length];
          const rules: AdjustmentRuleSet = {
            ...BEIJING_2014_ADJUSTMENT,
            provenance: { ...BEIJING_2014_ADJUSTMENT.provenance, region: s, document: s || undefined, url },
            rules: BEIJING_2014_ADJUSTMENT.rules.map((r) => ({ ...r, labelZh: s })),
          };
          const p = await estimator({ rules });
          await p.fill({ pension: '3000', years: '30', aby: '1938', abm: '6' });
          if (s) expect(p.cell('.document')).to.equal(`文件：${s}`.trim());
          expect(p.cell('tr[data-rule=per-year] th')).to.equal(s.trim());
          expect(p.all('img, script, iframe, style, svg').length).to.equal(0);
          expect(p.$('[part=provenance] a'), url).to.equal(null);
          expect(p.headline()[0]).to.equal(yuan(335));
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div><hbrs-pension-estimator mode="retirement"></hbrs-pension-estimator></div>`,
        );
        const p = new EstimatorPage(wrap.querySelector('hbrs-pension-estimator')!);
        await p.el.updateComplete;
        const r = getComputedStyle(p.$('.hbrs-root'));
        expect(r.fontSize).to.equal('16px');
        expect(r.fontStyle).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(r.letterSpacing).to.equal('normal');
        const input = getComputedStyle(p.$('#base'));
        expect(input.fontSize).to.equal('16px');
        expect(parseFloat(input.minHeight)).to.equal(44);
        const tabButton = getComputedStyle(p.$('#tab-adjustment'));
        expect(parseFloat(tabButton.minHeight)).to.equal(44);
        expect(tabButton.fontSize).to.equal('16px');
      } finally {
        remove();
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
      const page = await openCspPage('hbrs-pension-estimator.js', ['hbrs-pension-estimator']);
      const el = page.doc.querySelector('hbrs-pension-estimator') as HbrsPensionEstimator;
      const p = await pageOf(el);
      expect(p.text()).to.contain('示例参数测算');
      // Switch to the chart and fill it in, inside the CSP page.
      await p.show('retirement');
      await p.click('[part=empty] button');
      expect(p.$('svg[part=chart] rect')).to.exist;
      await new Promise((r) => setTimeout(r, 50));
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      const title = p.$('h2');
      expect(page.win.getComputedStyle(title).color).to.equal('rgb(11, 87, 164)');
    });
  });
});
