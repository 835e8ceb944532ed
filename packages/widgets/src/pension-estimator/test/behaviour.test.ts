import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, expectAccessible, press } from '@hbrs/testing';
import {
  BEIJING_2014_ADJUSTMENT,
  HUBEI_2025_ADJUSTMENT,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  pensionAdjustment,
  missingParameters,
  projectAccount,
  type AdjustmentRuleSet,
} from '@hbrs/sdk/policy';
import type { PensionEstimateDetail } from '../pension-estimator.js';
import { portalRules } from '../adjustment.js';
import {
  EstimatorPage,
  OFFICIAL_FIXTURE,
  at,
  estimator,
  json,
  mount,
  mountWith,
  recordLoads,
  standIn,
  stubFetch,
  yuan,
} from './page.js';

// Behaviour of <hbrs-pension-estimator>: both tabs against the policy reference, validation, results and events, language, rules-src, loading on demand.

describe('<hbrs-pension-estimator>: behaviour', () => {
  describe('adjustment tab (§3 of the policy reference)', () => {
    it('by default estimates with the Hubei 2025 example parameters, under the example notice', async () => {
      const p = await estimator();
      expect(p.cell('[part=notice]')).to.contain('示例参数测算');
      await p.fill({ pension: '3000', years: '30', aby: '1950', abm: '3' });
      // Example set: 18 flat + 30 × 1 per year + 0.4% × 3000 = 60.00 (age 74 on 2024-12-31: tilt 70–74 → +10).
      const expected = pensionAdjustment(
        { pension: 3000, contributionYears: 30, birth: '1950-03' },
        HUBEI_2025_EXAMPLE_ADJUSTMENT,
      );
      expect(expected.total).to.equal(70);
      expect(p.headline()).to.deep.equal([yuan(70), yuan(3070)]);
      expect(p.text()).not.to.match(/NaN|Infinity|待公布/);
    });

    it('shows the Hubei 2025 template honestly: example notice, parts not yet published, no total', async () => {
      const p = await estimator({ rules: HUBEI_2025_ADJUSTMENT });
      expect(p.el.mode).to.equal('adjustment');
      expect(p.cell('[part=notice]')).to.contain('示例参数测算');
      expect(p.text()).to.contain('湖北省2025年基本养老金调整规则');
      expect(p.text()).to.contain('全国总体调整水平为 2%');
      await p.fill({ pension: '3000', years: '30', aby: '1950', abm: '3' });
      const missing = missingParameters(HUBEI_2025_ADJUSTMENT).length;
      expect(missing).to.equal(7);
      expect(p.cell('.incomplete')).to.contain(`尚有 ${missing} 项参数未填写`);
      expect(p.headline()).to.deep.equal([]);
      const rows = [...p.all('tbody tr')];
      expect(rows.map((r) => r.getAttribute('data-rule'))).to.deep.equal([
        'flat',
        'per-year',
        'percent',
        'age-tilt',
        'remote-area',
      ]);
      // Remote area not ticked: that part is 0, the others wait for the official figures.
      expect(
        rows.slice(0, 4).every((r) => r.querySelector('.amount')!.textContent!.includes('待公布')),
      ).to.equal(true);
      expect(p.text()).not.to.match(/NaN|Infinity/);
    });

    // Beijing 2014 (京人社养发〔2014〕48号), the only plan with exact figures in §3.4: 3.5 元 per full year
    // (35 元 under 10 years); flat by own-pension band <2773 150, 2773–3770 100, 3770–4770 70, ≥4770 60; age
    // supplements as of 2013-12-31: 65–69 90, 70–74 110, 75–79 130, ≥80 150.
    const rows: {
      pension: string;
      years: string;
      birth: [string, string];
      parts: Record<string, number>;
      total: number;
    }[] = [
      {
        pension: '3000',
        years: '30',
        birth: ['1938', '6'],
        parts: { 'per-year': 105, 'flat-by-pension': 100, 'age-tilt': 130 },
        total: 335,
      },
      {
        pension: '2500',
        years: '8',
        birth: ['1950', '1'],
        parts: { 'per-year': 35, 'flat-by-pension': 150, 'age-tilt': 0 },
        total: 185,
      },
      {
        pension: '4770',
        years: '40',
        birth: ['1930', '5'],
        parts: { 'per-year': 140, 'flat-by-pension': 60, 'age-tilt': 150 },
        total: 350,
      },
      {
        pension: '2773',
        years: '10',
        birth: ['1945', '12'],
        parts: { 'per-year': 35, 'flat-by-pension': 100, 'age-tilt': 90 },
        total: 225,
      },
      {
        pension: '3769.99',
        years: '25.9',
        birth: ['1940', '2'],
        parts: { 'per-year': 87.5, 'flat-by-pension': 100, 'age-tilt': 110 },
        total: 297.5,
      },
      {
        pension: '３９００',
        years: '１５',
        birth: ['1944', '1'],
        parts: { 'per-year': 52.5, 'flat-by-pension': 70, 'age-tilt': 90 },
        total: 212.5,
      },
    ];
    for (const row of rows) {
      it(`Beijing 2014: pension ${row.pension}, ${row.years} years, born ${row.birth.join('-')} → +${row.total}`, async () => {
        const p = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
        await p.fill({ pension: row.pension, years: row.years, aby: row.birth[0], abm: row.birth[1] });
        for (const [rule, amount] of Object.entries(row.parts)) {
          expect(p.cell(`tr[data-rule=${rule}] .amount`), rule).to.equal(yuan(amount));
        }
        const pension = Number(row.pension.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
        expect(p.headline()).to.deep.equal([yuan(row.total), yuan(pension + row.total)]);
      });
    }

    it('shows an official rule set with its document number and no example notice; its link is http(s)', async () => {
      const p = await estimator({ rules: OFFICIAL_FIXTURE });
      expect(p.$('[part=notice]')).to.equal(null);
      expect(p.cell('[part=provenance]')).to.contain('官方调整方案');
      expect(p.cell('[part=provenance]')).to.contain('测试文件〔2025〕1号');
      const a = p.$<HTMLAnchorElement>('[part=provenance] a');
      expect(a.href).to.equal('https://rst.hubei.gov.cn/example-notice.html');
      expect(a.rel).to.contain('noopener');
    });

    it('asks for the birth only when the rule set has age supplements, and the remote flag only with its rule', async () => {
      const noTilt: AdjustmentRuleSet = {
        ...BEIJING_2014_ADJUSTMENT,
        rules: [
          ...BEIJING_2014_ADJUSTMENT.rules.filter((r) => r.kind !== 'age-tilt'),
          { kind: 'remote-area', id: 'remote', amount: 20 },
          { kind: 'percent', id: 'pct', percent: 1.5 },
        ],
      };
      const p = await estimator({ rules: noTilt });
      expect(p.$('[name=aby]')).to.equal(null);
      await p.fill({ pension: '3000', years: '30' });
      expect(p.cell('tr[data-rule=remote] .amount')).to.equal(yuan(0));
      expect(p.cell('tr[data-rule=pct] .amount')).to.equal(yuan(45));
      p.$<HTMLInputElement>('#remote').click();
      await p.el.updateComplete;
      expect(p.cell('tr[data-rule=remote] .amount')).to.equal(yuan(20));
      expect(p.headline()[0]).to.equal(yuan(105 + 100 + 20 + 45));
    });

    it('applies the minimum and maximum increase of a rule set', async () => {
      const p = await estimator({
        rules: { ...BEIJING_2014_ADJUSTMENT, minimumIncrease: 300, maximumIncrease: 320 },
      });
      await p.fill({ pension: '2500', years: '8', aby: '1950', abm: '1' });
      expect(p.cell('tr[data-rule=minimumIncrease] .amount')).to.equal(yuan(115));
      expect(p.headline()[0]).to.equal(yuan(300));
      await p.fill({ pension: '3000', years: '30', aby: '1938', abm: '6' });
      expect(p.cell('tr[data-rule=maximumIncrease] .amount')).to.equal(yuan(-15));
      expect(p.headline()[0]).to.equal(yuan(320));
    });

    it('renders the breakdown in English, without the Chinese rule labels under the English ones (issue 16)', async () => {
      const p = await estimator({ lang: 'en', rules: BEIJING_2014_ADJUSTMENT });
      await p.fill({ pension: '3000', years: '30', aby: '1938', abm: '6' });
      expect(p.cell('tr[data-rule=per-year] th')).to.contain('Per contribution year');
      expect(p.cell('tr[data-rule=per-year] th')).to.not.match(/[\u3400-\u9fff]/);
      expect(p.headline()).to.deep.equal([yuan(335, 'en'), yuan(3335, 'en')]);
      expect(p.cell('[part=notice]')).to.contain('Estimate with example parameters');
    });
  });

  describe('retirement tab (§2 of the policy reference)', () => {
    const base = {
      base: '9112',
      index: '1',
      ry: '35',
      deemed: '0',
      balance: '139000',
      ageY: '60',
      ageM: '0',
    };

    it('computes 基础 + 个人账户 for the documented example (9112, index 1, 35 years, 139000, age 60)', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill(base);
      // 9112 × (1 + 1) / 2 × 35 × 1% = 3189.20 ; 139000 / 139 = 1000.00
      expect(p.cell('tr[data-part=basic] .amount')).to.equal(yuan(3189.2));
      expect(p.cell('tr[data-part=account] .amount')).to.equal(yuan(1000));
      expect(p.cell('tr[data-part=transitional] .amount')).to.equal(yuan(0));
      expect(p.headline()).to.deep.equal([yuan(4189.2)]);
      expect(p.cell('.annuity')).to.equal('计发月数：139');
      expect(p.cell('tr[data-part=basic] .formula')).to.contain('9112 × (1 + 1) ÷ 2 × 35 × 1%');
    });

    // §2.2 table values and §2.3 month interpolation (济南 12345, 四川 notice and computed values).
    const annuity: [number, number, number][] = [
      [40, 0, 233],
      [47, 0, 207],
      [50, 0, 195],
      [55, 0, 170],
      [58, 0, 152],
      [60, 0, 139],
      [63, 0, 117],
      [70, 0, 56],
      [60, 1, 138.4],
      [50, 1, 194.6],
      [62, 10, 118.3],
      [58, 1, 151.4],
      [50, 6, 192.5],
      [55, 1, 169.5],
      [55, 4, 168.0],
      [60, 2, 137.8],
      [60, 3, 137.3],
      [60, 6, 135.5],
      [61, 4, 129.7],
      [62, 11, 117.7],
    ];
    it('shows the 计发月数 of §2.2/§2.3 and divides the account balance by it', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({ ...base, balance: '100000' });
      for (const [y, m, months] of annuity) {
        await p.fill({ ageY: String(y), ageM: String(m) });
        expect(p.cell('.annuity'), `${y}y${m}m`).to.equal(`计发月数：${months}`);
        const expected = Math.round((100000 / months) * 100 + 1e-9) / 100;
        expect(p.cell('tr[data-part=account] .amount'), `${y}y${m}m`).to.equal(yuan(expected));
        const notes = p.cell('.notes');
        if (m > 0) expect(notes).to.contain('地方经办口径');
        else expect(notes).not.to.contain('地方经办口径');
        if (y === 47) expect(notes).to.contain('207或208');
      }
    });

    it('applies 基础养老金 = 计发基数 × (1 + 指数) / 2 × 年限 × 1% and the transitional estimate (1.2%)', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({ ...base, base: '7210', index: '0.6', ry: '15', balance: '0' });
      expect(p.cell('tr[data-part=basic] .amount')).to.equal(yuan(865.2)); // 7210 × 1.6 / 2 × 15%
      await p.fill({ base: '9112', index: '1.2', ry: '40', deemed: '10' });
      // 9112 × 2.2 / 2 × 40% = 4009.28 ; transitional 9112 × 1.2 × 10 × 1.2% = 1312.128 → 1312.13
      expect(p.cell('tr[data-part=basic] .amount')).to.equal(yuan(4009.28));
      expect(p.cell('tr[data-part=transitional] .amount')).to.equal(yuan(1312.13));
      expect(p.headline()).to.deep.equal([yuan(4009.28 + 1312.13)]);
      expect(p.cell('.notes')).to.contain('过渡系数 1.2%');
      // 35.67 years as printed on notices (two decimals).
      await p.fill({ index: '1', ry: '35.67', deemed: '0' });
      expect(p.cell('tr[data-part=basic] .amount')).to.equal(yuan(3250.25)); // 9112 × 35.67% = 3250.2504
    });

    it('prefills the 计发基数 by city (§4.2) and keeps it editable', async () => {
      const p = await estimator({ mode: 'retirement' });
      const baseInput = () => p.$<HTMLInputElement>('#base');
      expect(baseInput().value).to.equal('9112');
      for (const [code, value] of [
        ['420500', '7424'],
        ['420600', '7325'],
        ['421000', '7210'],
      ] as const) {
        await p.type('city', code);
        expect(baseInput().value, code).to.equal(value);
        expect(p.cell('#base-hint')).to.contain(value);
      }
      await p.type('base', '8000');
      expect(baseInput().value).to.equal('8000');
    });

    it('prefills the retirement age from birth and category (statutory rules)', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({ rby: '1970', rbm: '1', cat: 'male' });
      expect(p.$<HTMLInputElement>('#ageY').value).to.equal('61');
      expect(p.$<HTMLInputElement>('#ageM').value).to.equal('4');
      expect(p.cell('.statutory')).to.contain('61岁4个月');
      expect(p.cell('.statutory')).to.contain('2031-05');
      await p.fill({ rby: '1984', rbm: '11', cat: 'female-50' });
      expect(p.$<HTMLInputElement>('#ageY').value).to.equal('55');
      expect(p.$<HTMLInputElement>('#ageM').value).to.equal('0');
    });

    it('presets birth, category and city from attributes', async () => {
      const p = await mount(
        html`<hbrs-pension-estimator
          mode="retirement"
          birth="1976-09"
          category="male"
          city="宜昌"
        ></hbrs-pension-estimator>`,
      );
      expect(p.$<HTMLInputElement>('#ageY').value).to.equal('63');
      expect(p.$<HTMLSelectElement>('#city').value).to.equal('420500');
      expect(p.$<HTMLInputElement>('#base').value).to.equal('7424');
    });

    it('reads a birth attribute with full-width digits or 年月 as <hbrs-retirement-age> does (the core parser)', async () => {
      for (const birth of ['１９７０-０１', '１９７０－０１', '1970-1', '1970年1月']) {
        const p = await mount(
          html`<hbrs-pension-estimator
            mode="retirement"
            birth=${birth}
            category="male"
          ></hbrs-pension-estimator>`,
        );
        expect(p.$<HTMLInputElement>('#rby').value, birth).to.equal('1970');
        expect(p.$<HTMLSelectElement>('#rbm').value, birth).to.equal('1');
        expect(p.$<HTMLInputElement>('#ageY').value, birth).to.equal('61');
        expect(p.$<HTMLInputElement>('#ageM').value, birth).to.equal('4');
      }
    });

    it('projects the account from wage and years through projectAccount', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({ ...base });
      await p.type('acct', 'project');
      expect(p.$('#balance')).to.equal(null);
      await p.fill({ cbal: '0', wage: '100000', left: '1', rate: '2.62' });
      // Wage above the Wuhan upper bound (22488) is clamped to it.
      expect(p.cell('.projected')).to.contain('4498–22488');
      const projected = p.cell('.projected');
      expect(projected).to.match(/¥[\d,]+\.\d\d/);
      expect(p.headline().length).to.equal(1);
      expect(p.text()).not.to.match(/NaN|Infinity/);
    });

    it('feeds the projected balance (8% a month, 记账利率, §2.4) into the account pension', async () => {
      // The projection starts in the year of the element's clock (`now`).
      const p = await estimator({ mode: 'retirement', now: at('2027-03-01') });
      await p.fill({ ...base });
      await p.type('acct', 'project');
      await p.fill({ cbal: '50000', wage: '7000', left: '3', rate: '2' });
      const year = 2027;
      const expected = projectAccount({
        balance: 50000,
        contributions: [0, 1, 2].map((i) => ({ year: year + i, monthlyBase: 7000 })),
        futureRate: 0.02,
      });
      // 7000 × 8% × 12 = 6720 credited a year; three years of interest on top.
      expect(expected.totalContributions).to.equal(20160);
      expect(p.cell('.projected')).to.contain(yuan(expected.balance));
      expect(p.cell('.projected')).to.contain(`${year}–${year + 2}`);
      const account = Math.round((expected.balance / 139) * 100) / 100;
      expect(p.cell('tr[data-part=account] .amount')).to.equal(yuan(account));
    });

    it('estimates the contribution index from wage vs. average wage', async () => {
      const p = await estimator({ mode: 'retirement' });
      const toggle = p.$<HTMLButtonElement>('[aria-controls=index-helper]');
      toggle.click();
      await p.el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(p.$<HTMLInputElement>('#ia').value).to.equal('7496');
      await p.type('iw', '11244');
      expect(p.cell('#index-helper [aria-live]')).to.contain('1.50');
      p.$<HTMLButtonElement>('#index-helper .hbrs-button').click();
      await p.el.updateComplete;
      await p.el.updateComplete;
      expect(p.$<HTMLInputElement>('#index').value).to.equal('1.5');
      expect(deepActiveElement()).to.equal(p.$('#index'));
    });

    it('draws an accessible bar chart with SVG attributes and no style attribute', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({ ...base, deemed: '5' });
      const svg = p.$('svg[part=chart]');
      expect(svg.getAttribute('role')).to.equal('img');
      const [titleId = '', descId = ''] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(p.byId(titleId)!.tagName.toLowerCase()).to.equal('title');
      expect(p.byId(descId)!.textContent).to.contain(yuan(3189.2));
      const rects = [...svg.querySelectorAll('rect')];
      expect(rects.length).to.equal(3);
      const widths = rects.map((r) => Number(r.getAttribute('width')));
      expect(widths[0]).to.be.greaterThan(widths[1]!).and.greaterThan(0);
      expect(p.all('[style]').length).to.equal(0);
    });
  });

  describe('validation', () => {
    const cases: [string, string, string, string][] = [
      ['years', '-5', '不能为负数。', 'Must not be negative.'],
      ['pension', '-5', '必须大于 0。', 'Must be greater than 0.'],
      ['pension', '0', '必须大于 0。', 'Must be greater than 0.'],
      ['pension', 'abc', '请输入数字。', 'Please enter a number.'],
      ['pension', '', '请填写此项。', 'Please fill in this field.'],
      ['years', '71', '数值过大，最大为 70。', 'Too large: the maximum is 70.'],
      ['aby', '1950.5', '请输入整数。', 'Please enter a whole number.'],
      // Exponent notation is read like the number written out (issue 15.6).
      ['pension', '1e12', '数值过大，最大为 100000。', 'Too large: the maximum is 100000.'],
      ['pension', '1000000000000', '数值过大，最大为 100000。', 'Too large: the maximum is 100000.'],
      ['pension', '1e400', '数值过大，最大为 100000。', 'Too large: the maximum is 100000.'],
      [
        'pension',
        '15,5',
        '小数请用小数点，如 15.5（逗号只用于千位分隔）。',
        'Use a point for decimals, e.g. 15.5 (a comma only separates thousands).',
      ],
      ['pension', 'Infinity', '请输入数字。', 'Please enter a number.'],
    ];
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`shows an inline message per input in ${lang} (aria-invalid, aria-describedby)`, async () => {
        const p = await estimator({ lang, rules: BEIJING_2014_ADJUSTMENT });
        for (const [field, value, zh, en] of cases) {
          await p.type(field, value);
          const input = p.$<HTMLInputElement>(`#${field}`);
          expect(input.getAttribute('aria-invalid'), `${field}=${value}`).to.equal('true');
          const err = p.byId(`${field}-err`)!;
          expect(input.getAttribute('aria-describedby')).to.contain(`${field}-err`);
          expect(err.textContent!.trim()).to.equal(lang === 'en' ? en : zh);
          expect(p.text()).not.to.match(/NaN|Infinity/);
          await p.type(field, field === 'aby' ? '1950' : '10');
          expect(input.getAttribute('aria-invalid')).to.equal('false');
          expect(p.byId(`${field}-err`)).to.equal(null);
        }
      });
    }

    it('never adjusts a pension of 0 or a decimal comma read as thousands; accepts real separators', async () => {
      const p = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
      await p.fill({ pension: '0', years: '30', aby: '1950', abm: '3' });
      expect(p.$('[part=total]')).to.equal(null);
      expect(p.$('[part=empty]')).to.exist;
      await p.type('pension', '15,5');
      expect(p.$('[part=total]')).to.equal(null);
      // Real thousands separators and full-width digits are the same number.
      await p.type('pension', '1,234.5');
      const expected = pensionAdjustment(
        { pension: 1234.5, contributionYears: 30, birth: '1950-03' },
        BEIJING_2014_ADJUSTMENT,
      );
      expect(p.headline()).to.deep.equal([yuan(expected.total), yuan(expected.newPension)]);
      await p.type('pension', '１，２３４．５');
      expect(p.headline()).to.deep.equal([yuan(expected.total), yuan(expected.newPension)]);
      expect(p.byId('pension-err')).to.equal(null);
    });

    it('clears the retirement total when the birth year becomes invalid (no stale result beside an error)', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.fill({
        base: '9112',
        index: '1',
        ry: '35',
        deemed: '0',
        balance: '139000',
        ageY: '60',
        ageM: '0',
      });
      expect(p.headline()).to.have.length(1);
      for (const bad of ['19x0', '1e3', '2100', '19,70']) {
        await p.type('rby', bad);
        expect(p.byId('rby-err'), bad).not.to.equal(null);
        expect(p.$<HTMLInputElement>('#rby').getAttribute('aria-invalid'), bad).to.equal('true');
        expect(p.$('[part=total]'), bad).to.equal(null);
      }
      await p.type('rby', '');
      expect(p.byId('rby-err')).to.equal(null);
      expect(p.headline()).to.have.length(1);
    });

    it('checks the retirement inputs: index range, age range, deemed ≤ total years', async () => {
      const p = await estimator({ mode: 'retirement' });
      await p.type('index', '5');
      expect(p.cell('#index-err')).to.equal('数值过大，最大为 3。');
      await p.type('index', '0.1');
      expect(p.cell('#index-err')).to.equal('数值过小，最小为 0.6。');
      await p.type('ageY', '39');
      expect(p.cell('#ageY-err')).to.equal('数值过小，最小为 40。');
      await p.type('ageM', '12');
      expect(p.cell('#ageM-err')).to.equal('数值过大，最大为 11。');
      await p.fill({ ry: '10', deemed: '12' });
      expect(p.cell('#deemed-err')).to.equal('视同缴费年限不能超过累计缴费年限。');
      expect(p.$('[part=empty]')).to.exist;
      // 70 years and 1 month is outside the 计发月数 table: a plain message, never NaN.
      await p.fill({ index: '1', ry: '30', deemed: '0', balance: '1000', ageY: '70', ageM: '1' });
      expect(p.cell('.compute-error')).to.contain('计发月数表适用于40–70岁');
      expect(p.text()).not.to.match(/NaN|Infinity/);
    });
  });

  describe('empty state, events and announcements', () => {
    it('offers a way out of the empty state: example values fill the form, focus moves to the first input', async () => {
      const p = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
      expect(p.cell('[part=empty]')).to.contain('还没有测算结果');
      const button = p.$<HTMLButtonElement>('[part=empty] button');
      setTimeout(() => button.click());
      const ev = (await oneEvent(p.el, 'hbrs-pension-estimate')) as CustomEvent<PensionEstimateDetail>;
      expect(ev.detail).to.deep.equal({
        mode: 'adjustment',
        increase: 205, // 3000, 30 years, born 1950-03 (63 on 2013-12-31): 105 + 100 + 0
        newPension: 3205,
        eligible: true,
        official: false,
        year: 2014,
        rulesYear: 2014,
      });
      expect(ev.composed).to.equal(true);
      expect(p.$('[part=empty]')).to.equal(null);
      await p.el.updateComplete;
      expect(deepActiveElement()).to.equal(p.$('#pension'));
      expect(p.cell('[role=status][aria-live=polite]')).to.contain(`2014年调整每月增加 ${yuan(205)}`);
    });

    it('emits hbrs-pension-estimate for the retirement tab with the parts', async () => {
      const p = await estimator({ mode: 'retirement' });
      setTimeout(() => p.$<HTMLButtonElement>('[part=empty] button').click());
      const ev = (await oneEvent(p.el, 'hbrs-pension-estimate')) as CustomEvent<PensionEstimateDetail>;
      expect(ev.detail).to.deep.include({ mode: 'retirement', basic: 3189.2, account: 1000, total: 4189.2 });
      await p.el.updateComplete;
      expect(p.cell('[role=status][aria-live=polite]')).to.contain(yuan(4189.2));
    });

    it('has exactly one polite live region', async () => {
      const p = await estimator();
      expect(p.all('[aria-live=polite][role=status]').length).to.equal(1);
    });
  });

  describe('language', () => {
    it('follows a change of the nearest lang, loading the English texts on demand', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="zh-CN"><hbrs-pension-estimator mode="retirement"></hbrs-pension-estimator></div>`,
      );
      const p = new EstimatorPage(wrap.querySelector('hbrs-pension-estimator')!);
      await p.el.updateComplete;
      expect(p.cell('h2')).to.equal('养老金测算');
      expect(p.cell('label[for=base]')).to.contain('计发基数（元/月）');
      wrap.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 0));
      await p.el.updateComplete;
      expect(p.cell('h2')).to.equal('Pension estimator');
      expect(p.cell('label[for=base]')).to.contain('Pension base (yuan/month)');
      expect(p.$('section').getAttribute('lang')).to.equal('en');
    });
  });

  describe('labels', () => {
    for (const [lang, legend, hint, age] of [
      ['zh-CN', '出生年月', '用于计算高龄倾斜。', '退休年龄（岁）'],
      ['en', 'Date of birth', 'Used for the age supplement.', 'Retirement age (years)'],
    ] as const) {
      it(`a fieldset's legend is a short name, its sentence a hint; no unit twice (${lang})`, async () => {
        const p = await estimator({ lang, rules: BEIJING_2014_ADJUSTMENT });
        const birth = p.$('#aby').closest('fieldset')!;
        expect(birth.querySelector('legend')!.textContent!.trim()).to.equal(legend);
        const described = birth.getAttribute('aria-describedby')!;
        expect(p.cell(`#${described}`)).to.equal(hint);
        await p.show('retirement');
        const label = p.cell('label[for=ageY]');
        expect(label).to.equal(age);
        // A unit in brackets once, whatever the language.
        expect(label.match(/[（(]/g)).to.have.length(1);
        await expectAccessible(p.el);
      });
    }
  });

  describe('rules-src', () => {
    it('loads a JSON rule set (loading view, then ready) and emits hbrs-load', async () => {
      const stub = stubFetch(() => json(OFFICIAL_FIXTURE), { hold: true });
      try {
        const p = await mount(
          html`<hbrs-pension-estimator
            rules-src="https://data.example.invalid/rules/hubei-2025.json"
          ></hbrs-pension-estimator>`,
        );
        expect(p.$('[part=loading]')).to.exist;
        await expectAccessible(p.el);
        setTimeout(stub.release);
        const ev = (await oneEvent(p.el, 'hbrs-load')) as CustomEvent<{ count: number; sample: boolean }>;
        expect(ev.detail).to.deep.equal({ count: 3, sample: false });
        await p.el.updateComplete;
        expect(stub.calls).to.deep.equal(['https://data.example.invalid/rules/hubei-2025.json']);
        expect(p.cell('[part=provenance]')).to.contain('测试文件〔2025〕1号');
      } finally {
        stub.restore();
      }
    });

    const failures: [string, () => Response | Error | 'hang', string][] = [
      ['network', () => new TypeError('Failed to fetch'), '无法连接到数据服务'],
      ['http', () => json({}, 500), '(HTTP 500)'],
      ['invalid JSON', () => json('{not json'), '收到的数据格式不正确'],
      ['invalid schema', () => json({ ...OFFICIAL_FIXTURE, schema: 'x' }), '收到的数据格式不正确'],
    ];
    for (const [name, respond, message] of failures) {
      it(`shows a plain ${name} error with retry, emits hbrs-error and recovers on retry`, async () => {
        let fail = true;
        const stub = stubFetch(() => (fail ? respond() : json(BEIJING_2014_ADJUSTMENT)));
        try {
          const { page: p, ev: failed } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-error');
          const err = (await failed) as CustomEvent<{ code: string }>;
          expect(err.detail.code).to.be.a('string');
          await p.el.updateComplete;
          expect(p.cell('[part=error]')).to.contain(message);
          expect(stub.calls[0]).to.equal(new URL('/rules.json', location.href).href);
          fail = false;
          const retry = p.$<HTMLButtonElement>('[part=error] button');
          retry.focus();
          setTimeout(() => press('Enter'));
          const ev = (await oneEvent(p.el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
          expect(ev.detail).to.deep.equal({ reason: 'user' });
          await oneEvent(p.el, 'hbrs-load');
          await p.el.updateComplete;
          expect(p.$('[part=error]')).to.equal(null);
          expect(p.cell('[part=provenance]')).to.contain('北京市2014年');
        } finally {
          stub.restore();
        }
      });
    }

    it('gives up after rules-timeout with a timeout message', async () => {
      const stub = stubFetch(() => 'hang');
      try {
        const { page: p, ev: failed } = await mountWith(
          { 'rules-src': '/slow.json', 'rules-timeout': '50' },
          'hbrs-error',
        );
        const ev = (await failed) as CustomEvent<{ code: string }>;
        expect(ev.detail.code).to.equal('timeout');
        await p.el.updateComplete;
        expect(p.cell('[part=error]')).to.contain('响应超时');
      } finally {
        stub.restore();
      }
    });

    it('aborts the fetch when the element leaves the page and fetches again when it comes back', async () => {
      const signals: AbortSignal[] = [];
      const stub = stubFetch((_url, init) => {
        if (init?.signal) signals.push(init.signal);
        return signals.length === 1 ? 'hang' : json(BEIJING_2014_ADJUSTMENT);
      });
      try {
        const { page: p } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-load');
        // The fetcher is a chunk of its own: leave once the request is on its way.
        await waitUntil(() => signals.length === 1, 'rules-src requested');
        const parent = p.el.parentElement!;
        p.el.remove();
        expect(signals[0]!.aborted).to.equal(true);
        const loaded = oneEvent(p.el, 'hbrs-load');
        parent.append(p.el);
        await loaded;
        await p.el.updateComplete;
        expect(stub.calls.length).to.equal(2);
        expect(p.cell('[part=provenance]')).to.contain('北京市2014年');
      } finally {
        stub.restore();
      }
    });

    it('the rules property wins over rules-src; an invalid rules object shows an error without retry', async () => {
      const stub = stubFetch(() => json(BEIJING_2014_ADJUSTMENT));
      try {
        const p = await mount(
          html`<hbrs-pension-estimator
            rules-src="/rules.json"
            .rules=${{ schema: 'nope' } as unknown as AdjustmentRuleSet}
          ></hbrs-pension-estimator>`,
        );
        await p.el.updateComplete;
        expect(p.cell('[part=error]')).to.contain('收到的数据格式不正确');
        expect(p.$('[part=error] button')).to.equal(null);
        p.el.rules = OFFICIAL_FIXTURE;
        await p.el.updateComplete;
        expect(p.cell('[part=provenance]')).to.contain('测试文件');
      } finally {
        stub.restore();
      }
    });
  });

  describe('parts', () => {
    it("exports the tabs' parts as its own (::part from the page reaches the form and the result)", async () => {
      const style = document.createElement('style');
      style.textContent =
        'hbrs-pension-estimator::part(form) { outline: 3px dotted rgb(1, 2, 3); }' +
        'hbrs-pension-estimator::part(empty) { outline: 3px dotted rgb(4, 5, 6); }';
      document.head.append(style);
      try {
        for (const mode of ['adjustment', 'retirement']) {
          const p = await estimator({ mode });
          expect(getComputedStyle(p.$('[part=form]')).outlineColor, mode).to.equal('rgb(1, 2, 3)');
          expect(getComputedStyle(p.$('[part=empty]')).outlineColor, mode).to.equal('rgb(4, 5, 6)');
        }
      } finally {
        style.remove();
      }
    });
  });

  describe('loading on demand', () => {
    it('downloads only the shown tab: the default page never loads the retirement tab, and vice versa', async () => {
      const loads = recordLoads();
      const calls = loads.calls;
      try {
        const adjustment = await estimator();
        expect(calls).to.deep.equal(['adjustment']);
        expect(adjustment.$('#pension')).to.exist;
        calls.length = 0;
        const retirement = await estimator({ mode: 'retirement' });
        expect(calls).to.deep.equal(['retirement']);
        expect(retirement.$('#base')).to.exist;
        // The account projection comes only when the person chooses it.
        await retirement.type('acct', 'project');
        expect(calls).to.deep.equal(['retirement', 'projection']);
        // Switching tabs loads the other one, once.
        await retirement.show('adjustment');
        await retirement.show('retirement');
        await retirement.show('adjustment');
        expect(calls).to.deep.equal(['retirement', 'projection', 'adjustment']);
        expect(retirement.$('#pension')).to.exist;
      } finally {
        loads.restore();
      }
    });

    it('loads the account projection when chosen; a failed download shows an error with retry in the form', async () => {
      const stand = standIn('projection');
      stand.state.failing = true;
      try {
        const p = await estimator({ mode: 'retirement' });
        await p.fill({ base: '9112', index: '1', ry: '35', deemed: '0', ageY: '60', ageM: '0' });
        const failed = oneEvent(p.el, 'hbrs-error') as Promise<CustomEvent<{ code: string }>>;
        await p.type('acct', 'project');
        expect((await failed).detail.code).to.equal('network');
        await p.el.updateComplete;
        // The fields stay usable; the error sits with them; no result without the projection.
        expect(p.$('#wage')).to.exist;
        expect(p.cell('fieldset [part=error]')).to.contain('无法连接到数据服务');
        expect(p.headline()).to.deep.equal([]);
        await expectAccessible(p.el);
        await p.fill({ cbal: '50000', wage: '7000', left: '3', rate: '2' });
        stand.state.failing = false;
        const retry = p.$<HTMLButtonElement>('fieldset [part=error] button');
        retry.focus();
        await press('Enter');
        await p.el.updateComplete;
        expect(p.$('[part=error]')).to.equal(null);
        expect(p.cell('.projected')).to.match(/¥[\d,]+\.\d\d/);
        expect(p.headline().length).to.equal(1);
        expect(deepActiveElement()).to.equal(p.$('#cbal'));
      } finally {
        stand.restore();
      }
    });

    it('shows the tabs in English with their own English texts, loaded with the tab', async () => {
      const p = await estimator({ mode: 'retirement', lang: 'en' });
      expect(p.cell('label[for=city]')).to.equal('Insured in (city)');
      await p.type('acct', 'project');
      p.el.mode = 'adjustment';
      await p.el.updateComplete;
      expect(p.cell('label[for=pension]')).to.contain('Your basic pension for December 2024');
      expect(p.cell('[part=notice]')).to.contain('Estimate with example parameters');
    });

    it("validates only a portal's rule sets: the built-in examples never download the validator, `rules` does", async () => {
      const original = portalRules.load;
      let calls = 0;
      portalRules.load = () => (calls++, original());
      try {
        const builtIn = await estimator();
        expect(builtIn.cell('[part=provenance]')).to.contain('湖北省2025年');
        expect(calls).to.equal(0);
        const own = await estimator({ rules: OFFICIAL_FIXTURE });
        expect(calls).to.equal(1);
        expect(own.cell('[part=provenance]')).to.contain('测试文件〔2025〕1号');
        // And it still refuses a rule set of the wrong shape.
        own.el.rules = { schema: 'nope' } as unknown as AdjustmentRuleSet;
        await own.el.updateComplete;
        expect(own.cell('[part=error]')).to.contain('收到的数据格式不正确');
      } finally {
        portalRules.load = original;
      }
    });

    it('a rules-src rule set loads the adjustment tab even while the retirement tab is shown', async () => {
      const stub = stubFetch(() => json(OFFICIAL_FIXTURE));
      const stand = standIn('adjustment');
      try {
        const { page: p, ev } = await mountWith(
          { mode: 'retirement', 'rules-src': '/rules.json' },
          'hbrs-load',
        );
        expect(((await ev) as CustomEvent<{ count: number }>).detail.count).to.equal(3);
        expect(stand.state.calls).to.equal(1);
        await p.el.updateComplete;
        expect(p.$('#base')).to.exist;
        p.el.mode = 'adjustment';
        await p.el.updateComplete;
        expect(p.cell('[part=provenance]')).to.contain('测试文件〔2025〕1号');
        expect(stand.state.calls).to.equal(1);
      } finally {
        stand.restore();
        stub.restore();
      }
    });

    it('a rules-src whose adjustment tab fails to download recovers on retry', async () => {
      const stub = stubFetch(() => json(OFFICIAL_FIXTURE));
      const stand = standIn('adjustment');
      stand.state.failing = true;
      try {
        const { page: p, ev } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-error');
        await ev;
        await p.el.updateComplete;
        expect(p.cell('[part=error]')).to.contain('无法连接到数据服务');
        stand.state.failing = false;
        const loaded = oneEvent(p.el, 'hbrs-load');
        p.$<HTMLButtonElement>('[part=error] button').click();
        await loaded;
        await p.el.updateComplete;
        expect(p.cell('[part=provenance]')).to.contain('测试文件〔2025〕1号');
        // The rule set fetched meanwhile is used: not fetched again.
        expect(stub.calls.length).to.equal(1);
      } finally {
        stand.restore();
        stub.restore();
      }
    });
  });
});
