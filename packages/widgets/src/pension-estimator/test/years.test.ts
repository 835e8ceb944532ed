import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, expectStatesAccessible, press } from '@hbrs/testing';
import {
  ADJUSTMENT_LIST_SCHEMA,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  HUBEI_2026_EXAMPLE_ADJUSTMENT,
  pensionAdjustment,
  type AdjustmentRuleSet,
} from '@hbrs/sdk/policy';
import type { HbrsPensionEstimator, PensionEstimateDetail } from '../pension-estimator.js';
import { EstimatorPage, at, estimator, json, stubFetch, yuan } from './page.js';

// Adjustment plans by year (issue 14.4): two years of rules (the built-in 2025 and 2026 example sets, or a
// portal's), the plan of the year asked about at pinned dates (2026-12, 2027-06, 2030), the fallback notice,
// the pension the plan adjusts, rules-src lists, axe on the new states and the year choice by keyboard.

/** 3000 元, 30 years, born 1951-06: 74 on 2025-12-31 (tilt 70–74), 75 on 2026-12-31 (tilt 75–79). */
const PERSON = { pension: '3000', years: '30', aby: '1951', abm: '6' };

const official = (set: AdjustmentRuleSet, document: string): AdjustmentRuleSet => ({
  ...set,
  provenance: {
    ...set.provenance,
    official: true,
    document,
    url: 'https://rst.hubei.gov.cn/notice.html',
  },
});

describe('<hbrs-pension-estimator>: adjustment plans by year', () => {
  it('2026-12: the 2026 plan applies, it asks for the pension of December 2025, and it is marked example', async () => {
    const p = await estimator({ now: at('2026-12-15') });
    expect(p.input<HTMLSelectElement>('ayear').value).to.equal('2026');
    expect(p.all('#ayear option').map((o) => o.textContent!.trim())).to.deep.equal(['2025年', '2026年']);
    expect(p.all('.fallback')).to.have.length(0);
    expect(p.cell('label[for=pension]')).to.equal('本人2025年12月的基本养老金（元/月）');
    expect(p.cell('#pension-hint')).to.contain('即2026年调整前的金额');
    expect(p.cell('[part=badge]')).to.equal('示例 · 非官方');
    expect(p.text()).to.contain('湖北省2026年基本养老金调整规则');
    expect(p.cell('.basis')).to.contain('关于2025年调整退休人员基本养老金的通知');
    expect(p.$('.basis a')?.getAttribute('href')).to.equal(
      'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
    );
    expect(p.text()).to.contain('示例假定：全国总体调整水平为 2%');
    expect(p.text()).to.contain('适用于 2025-12-31 及以前退休的人员，自 2026-01-01 起执行。');
    setTimeout(() => void p.fill(PERSON));
    const ev = (await oneEvent(p.el, 'hbrs-pension-estimate')) as CustomEvent<PensionEstimateDetail>;
    await p.el.updateComplete;
    // 2026 example: 21 + 30 × 1 + 0.3% × 3000 + 15 (age 74 on 2025-12-31) = 75.
    expect(p.headline()).to.deep.equal([yuan(75), yuan(3075)]);
    expect(p.cell('[part=total] dt')).to.equal('2026年调整每月增加');
    expect(ev.detail).to.deep.include({ year: 2026, rulesYear: 2026 });
  });

  it('2027-06: the 2027 plan is missing, so it says so and estimates with the 2026 example parameters', async () => {
    const p = await estimator({ now: at('2027-06-10') });
    expect(p.input<HTMLSelectElement>('ayear').value).to.equal('2027');
    expect(p.all('#ayear option').map((o) => o.textContent!.trim())).to.deep.equal([
      '2025年',
      '2026年',
      '2027年（方案尚未收录）',
    ]);
    expect(p.cell('.fallback')).to.equal('2027年调整方案尚未收录，以下按2026年示例参数测算。');
    // Someone who already receives the 2026 increase enters the pension of December 2026, which includes it.
    expect(p.cell('label[for=pension]')).to.equal('本人2026年12月的基本养老金（元/月）');
    expect(p.cell('#pension-hint')).to.contain('已领到2027年调整的');
    expect(p.text()).to.contain('湖北省2026年基本养老金调整规则');
    expect(p.text()).to.contain('适用于 2026-12-31 及以前退休的人员，自 2027-01-01 起执行。');
    await p.fill(PERSON);
    // 2026 parameters, ages on 2026-12-31: 21 + 30 + 9 + 25 (75–79) = 85.
    expect(p.headline()).to.deep.equal([yuan(85), yuan(3085)]);
    expect(p.cell('[part=total] dt')).to.equal('2027年调整每月增加');
    expect(p.cell('tr[data-rule=percent] th')).to.equal('挂钩调整（本人基本养老金）');
  });

  it('2030: still the 2026 example parameters, on the pension of December 2029', async () => {
    const p = await estimator({ now: at('2030-01-05') });
    expect(p.cell('.fallback')).to.equal('2030年调整方案尚未收录，以下按2026年示例参数测算。');
    expect(p.cell('label[for=pension]')).to.equal('本人2029年12月的基本养老金（元/月）');
    expect(p.all('#ayear option').map((o) => o.getAttribute('value'))).to.deep.equal([
      '2025',
      '2026',
      '2030',
    ]);
    await p.fill({ ...PERSON, aby: '1958' });
    // Born 1958-06: 71 on 2029-12-31 → 15; 21 + 30 + 9 + 15 = 75.
    expect(p.headline()).to.deep.equal([yuan(75), yuan(3075)]);
  });

  it('the person chooses another year: its own plan, its own pension month, no notice', async () => {
    const p = await estimator({ now: at('2027-06-10') });
    await p.fill(PERSON);
    await p.type('ayear', '2025');
    expect(p.all('.fallback')).to.have.length(0);
    expect(p.cell('label[for=pension]')).to.equal('本人2024年12月的基本养老金（元/月）');
    const expected = pensionAdjustment(
      { pension: 3000, contributionYears: 30, birth: '1951-06' },
      HUBEI_2025_EXAMPLE_ADJUSTMENT,
    );
    // 2025 example: 18 + 30 + 12 + 10 (age 73 on 2024-12-31) = 70.
    expect(expected.total).to.equal(70);
    expect(p.headline()).to.deep.equal([yuan(70), yuan(3070)]);
    expect(p.cell('[part=total] dt')).to.equal('2025年调整每月增加');
  });

  it('chooses the year by keyboard (arrow keys on the select)', async () => {
    const p = await estimator({ now: at('2027-06-10') });
    await p.fill(PERSON);
    const select = p.input<HTMLSelectElement>('ayear');
    select.focus();
    await press('ArrowUp');
    await p.el.updateComplete;
    expect(p.input<HTMLSelectElement>('ayear').value).to.equal('2026');
    expect(p.all('.fallback')).to.have.length(0);
    expect(p.cell('label[for=pension]')).to.equal('本人2025年12月的基本养老金（元/月）');
    expect(p.headline()).to.deep.equal([yuan(75), yuan(3075)]);
    expect(deepActiveElement()).to.equal(p.input('ayear'));
  });

  it('adjustment-year presets the year asked about', async () => {
    const p = await estimator({ now: at('2026-12-15') });
    p.el.adjustmentYear = 2025;
    await p.el.updateComplete;
    expect(p.input<HTMLSelectElement>('ayear').value).to.equal('2025');
    expect(p.cell('label[for=pension]')).to.equal('本人2024年12月的基本养老金（元/月）');
  });

  it('names an official plan by its document, without the badge, and says "方案" in the fallback', async () => {
    const rules = [
      official(HUBEI_2025_EXAMPLE_ADJUSTMENT, '鄂人社发〔2025〕1号'),
      official(HUBEI_2026_EXAMPLE_ADJUSTMENT, '鄂人社发〔2026〕2号'),
    ];
    const p = await estimator({ rules, now: at('2027-06-10') });
    expect(p.cell('.fallback')).to.equal('2027年调整方案尚未收录，以下按2026年方案测算。');
    expect(p.cell('.document')).to.equal('文件：鄂人社发〔2026〕2号');
    expect(p.all('[part=badge]')).to.have.length(0);
    expect(p.text()).to.contain('官方调整方案');
    await p.type('ayear', '2025');
    expect(p.cell('.document')).to.equal('文件：鄂人社发〔2025〕1号');
  });

  it('in English: the notice, the label and the year options', async () => {
    const p = await estimator({ now: at('2027-06-10'), lang: 'en' });
    await waitUntil(() => p.cell('.fallback').startsWith('The 2027'));
    expect(p.cell('.fallback')).to.equal(
      'The 2027 adjustment plan is not included yet; the estimate below uses the 2026 example parameters.',
    );
    expect(p.cell('label[for=pension]')).to.equal('Your basic pension for December 2026 (yuan/month)');
    expect(p.cell('[part=badge]')).to.equal('Example · unofficial');
    expect(p.all('#ayear option').map((o) => o.textContent!.trim())).to.deep.equal([
      '2025',
      '2026',
      '2027 (plan not included yet)',
    ]);
  });

  it('a year before every plan has no estimate, and says so', async () => {
    const p = await estimator({ rules: [HUBEI_2026_EXAMPLE_ADJUSTMENT], now: at('2026-03-01') });
    p.el.adjustmentYear = 2024;
    await p.el.updateComplete;
    expect(p.cell('.fallback')).to.equal('2024年调整方案尚未收录，也没有更早的方案可供测算。');
    expect(p.input('pension')).to.equal(null);
  });

  it('has no axe violations in the new states (exact, fallback, no plan; zh-CN and en)', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const p = await estimator({ now: at('2026-12-15'), lang });
      await expectStatesAccessible(p.el, [
        { name: 'exact 2026, filled', enter: () => p.fill(PERSON) },
        { name: 'fallback 2027', enter: async (el) => void (el.now = at('2027-06-10')) },
        { name: 'fallback 2030', enter: async (el) => void (el.now = at('2030-01-05')) },
        {
          name: 'no plan',
          enter: async (el) => {
            el.rules = [HUBEI_2026_EXAMPLE_ADJUSTMENT];
            el.adjustmentYear = 2024;
          },
        },
      ]);
    }
  });

  describe('rules-src with several files', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    const files: Record<string, unknown> = {
      'https://rst.example.gov.cn/rules/hubei-2025.json': HUBEI_2025_EXAMPLE_ADJUSTMENT,
      'https://rst.example.gov.cn/rules/hubei-2026.json': HUBEI_2026_EXAMPLE_ADJUSTMENT,
      'https://rst.example.gov.cn/rules/index.json': {
        schema: ADJUSTMENT_LIST_SCHEMA,
        rules: ['hubei-2025.json', 'hubei-2026.json'],
      },
      'https://rst.example.gov.cn/rules/twice.json': {
        schema: ADJUSTMENT_LIST_SCHEMA,
        rules: ['hubei-2025.json', 'hubei-2025.json'],
      },
    };
    const serve = () => {
      const stub = stubFetch((url) => (url in files ? json(files[url]) : new Response('', { status: 404 })));
      restore = stub.restore;
      return stub;
    };

    async function mountSrc(src: string, now: Date): Promise<{ p: EstimatorPage; load: CustomEvent }> {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('hbrs-pension-estimator') as HbrsPensionEstimator;
      el.now = now;
      el.setAttribute('rules-src', src);
      const ev = oneEvent(el, 'hbrs-load') as Promise<CustomEvent>;
      wrap.append(el);
      const load = await ev;
      await el.updateComplete;
      return { p: new EstimatorPage(el), load };
    }

    for (const [name, src] of [
      [
        'space-separated',
        'https://rst.example.gov.cn/rules/hubei-2025.json https://rst.example.gov.cn/rules/hubei-2026.json',
      ],
      [
        'comma-separated',
        'https://rst.example.gov.cn/rules/hubei-2026.json,https://rst.example.gov.cn/rules/hubei-2025.json',
      ],
      ['a list file', 'https://rst.example.gov.cn/rules/index.json'],
    ] as const) {
      it(`loads two years from ${name} URLs and applies the year asked about`, async () => {
        const stub = serve();
        const { p, load } = await mountSrc(src, at('2027-06-10'));
        expect(load.detail).to.deep.equal({ count: 10, sample: true });
        expect(stub.calls.length).to.equal(name === 'a list file' ? 3 : 2);
        expect(p.all('#ayear option').map((o) => o.getAttribute('value'))).to.deep.equal([
          '2025',
          '2026',
          '2027',
        ]);
        expect(p.cell('.fallback')).to.equal('2027年调整方案尚未收录，以下按2026年示例参数测算。');
      });
    }

    it('names the file at fault when two files are for one year', async () => {
      serve();
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('hbrs-pension-estimator') as HbrsPensionEstimator;
      el.now = at('2027-06-10');
      el.setAttribute('rules-src', 'https://rst.example.gov.cn/rules/twice.json');
      const ev = oneEvent(el, 'hbrs-error') as Promise<CustomEvent<{ code: string; message: string }>>;
      wrap.append(el);
      const err = await ev;
      expect(err.detail.code).to.equal('invalid-data');
      expect(err.detail.message).to.contain('https://rst.example.gov.cn/rules/hubei-2025.json');
      expect(err.detail.message).to.contain('2025');
      await el.updateComplete;
      const p = new EstimatorPage(el);
      expect(p.$('[part=error] button')).to.exist;
    });
  });
});
