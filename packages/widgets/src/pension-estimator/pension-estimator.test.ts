import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  deepActiveElement,
  expectAccessible,
  expectStatesAccessible,
  installHostileHost,
  openCspPage,
  press,
  tab,
  wasPwned,
} from '@hbrs/testing';
import { formatMoney } from '@hbrs/core';
import {
  BEIJING_2014_ADJUSTMENT,
  HUBEI_2025_ADJUSTMENT,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  pensionAdjustment,
  missingParameters,
  projectAccount,
  type AdjustmentRuleSet,
} from '@hbrs/sdk/policy';
import './define.js';
import type { HbrsPensionEstimator, PensionEstimateDetail } from './pension-estimator.js';
import { tabLoaders, type TabPart } from './tabs.js';

// ---------------------------------------------------------------------------------------------------
// Helpers

const root = (el: HbrsPensionEstimator) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HbrsPensionEstimator, sel: string) =>
  root(el).querySelector<T & Element>(sel) as T;
const text = (el: HbrsPensionEstimator) => root(el).textContent!.replace(/\s+/g, ' ');
const yuan = (v: number, locale: 'zh-CN' | 'en' = 'zh-CN') => formatMoney(locale, v);

/** Types a value into a field the way a person would (input, then change on commit). */
async function type(el: HbrsPensionEstimator, name: string, value: string): Promise<void> {
  if (name === 'acct') {
    const radio = $<HTMLInputElement>(el, `input[type=radio][name=acct][value=${value}]`);
    radio.click();
    await el.updateComplete;
    return;
  }
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `[name=${name}]`);
  expect(input, `field ${name}`).to.exist;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fillAll(el: HbrsPensionEstimator, values: Record<string, string>): Promise<void> {
  for (const [k, v] of Object.entries(values)) await type(el, k, v);
}

async function estimator(
  attrs: Partial<{ mode: string; lang: string; rules: AdjustmentRuleSet }> = {},
): Promise<HbrsPensionEstimator> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'zh-CN'}>
      <hbrs-pension-estimator
        mode=${attrs.mode ?? 'adjustment'}
        .rules=${attrs.rules}
      ></hbrs-pension-estimator>
    </div>`,
  );
  const el = wrap.querySelector('hbrs-pension-estimator')!;
  await el.updateComplete;
  return el;
}

const cell = (el: HbrsPensionEstimator, sel: string) => $(el, sel)?.textContent?.trim() ?? '';
const headline = (el: HbrsPensionEstimator) =>
  [...root(el).querySelectorAll('[part=total] dd')].map((d) => d.textContent!.trim());

/** fetch stub: each call is answered by `respond` (a Response, an Error to reject, or 'hang'). */
function stubFetch(respond: (url: string, init?: RequestInit) => Response | Error | 'hang') {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    const r = respond(url, init);
    if (r === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return r instanceof Error ? Promise.reject(r) : Promise.resolve(r);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** Mounts the element with attributes, listening for `event` before it connects. */
async function mountWith(attrs: Record<string, string>, event: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('hbrs-pension-estimator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ev = oneEvent(el, event) as Promise<CustomEvent>;
  wrap.append(el);
  return { el, ev };
}

const OFFICIAL_FIXTURE: AdjustmentRuleSet = {
  ...BEIJING_2014_ADJUSTMENT,
  provenance: {
    ...BEIJING_2014_ADJUSTMENT.provenance,
    official: true,
    document: '测试文件〔2025〕1号',
    url: 'https://rst.hubei.gov.cn/example-notice.html',
  },
};

/**
 * Stands in for the loader of a part loaded on demand: every call waits for `release()`, then fails while
 * `failing` is true (as a dropped connection would), else loads the real module. Records the calls.
 */
function standIn(part: TabPart) {
  const original = tabLoaders[part];
  const state = { calls: 0, failing: false, release: () => {} };
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((r) => (state.release = r)));
  (tabLoaders as Record<TabPart, () => Promise<unknown>>)[part] = async () => {
    state.calls++;
    await gate;
    if (state.failing) throw new TypeError('Failed to fetch dynamically imported module');
    return original();
  };
  return { state, hold, restore: () => ((tabLoaders as Record<TabPart, unknown>)[part] = original) };
}

/** Mounts the element in a `lang` wrapper without waiting for its parts loaded on demand. */
async function mountLazy(mode: string, lang = 'zh-CN'): Promise<HbrsPensionEstimator> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><hbrs-pension-estimator mode=${mode}></hbrs-pension-estimator></div>`,
  );
  return wrap.querySelector('hbrs-pension-estimator')!;
}

// ---------------------------------------------------------------------------------------------------

describe('<hbrs-pension-estimator>', () => {
  describe('adjustment tab (§3 of the policy reference)', () => {
    it('by default estimates with the Hubei 2025 example parameters, under the example notice', async () => {
      const el = await estimator();
      expect(cell(el, '[part=notice]')).to.contain('示例参数测算');
      await fillAll(el, { pension: '3000', years: '30', aby: '1950', abm: '3' });
      // Example set: 18 flat + 30 × 1 per year + 0.4% × 3000 = 60.00 (age 74 on 2024-12-31: tilt 70–74 → +10).
      const expected = pensionAdjustment(
        { pension: 3000, contributionYears: 30, birth: '1950-03' },
        HUBEI_2025_EXAMPLE_ADJUSTMENT,
      );
      expect(expected.total).to.equal(70);
      const yuan = (n: number) => formatMoney('zh-CN', n);
      expect(headline(el)).to.deep.equal([yuan(70), yuan(3070)]);
      expect(text(el)).not.to.match(/NaN|Infinity|待公布/);
    });

    it('shows the Hubei 2025 template honestly: example notice, parts not yet published, no total', async () => {
      const el = await estimator({ rules: HUBEI_2025_ADJUSTMENT });
      expect(el.mode).to.equal('adjustment');
      expect(cell(el, '[part=notice]')).to.contain('示例参数测算');
      expect(text(el)).to.contain('湖北省2025年基本养老金调整规则');
      expect(text(el)).to.contain('全国总体调整水平为 2%');
      await fillAll(el, { pension: '3000', years: '30', aby: '1950', abm: '3' });
      const missing = missingParameters(HUBEI_2025_ADJUSTMENT).length;
      expect(missing).to.equal(7);
      expect(cell(el, '.incomplete')).to.contain(`尚有 ${missing} 项参数未填写`);
      expect(headline(el)).to.deep.equal([]);
      const rows = [...root(el).querySelectorAll('tbody tr')];
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
      expect(text(el)).not.to.match(/NaN|Infinity/);
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
        const el = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
        await fillAll(el, { pension: row.pension, years: row.years, aby: row.birth[0], abm: row.birth[1] });
        for (const [rule, amount] of Object.entries(row.parts)) {
          expect(cell(el, `tr[data-rule=${rule}] .amount`), rule).to.equal(yuan(amount));
        }
        const pension = Number(row.pension.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
        expect(headline(el)).to.deep.equal([yuan(row.total), yuan(pension + row.total)]);
      });
    }

    it('shows an official rule set with its document number and no example notice; its link is http(s)', async () => {
      const el = await estimator({ rules: OFFICIAL_FIXTURE });
      expect($(el, '[part=notice]')).to.equal(null);
      expect(cell(el, '[part=provenance]')).to.contain('官方调整方案');
      expect(cell(el, '[part=provenance]')).to.contain('测试文件〔2025〕1号');
      const a = $<HTMLAnchorElement>(el, '[part=provenance] a');
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
      const el = await estimator({ rules: noTilt });
      expect($(el, '[name=aby]')).to.equal(null);
      await fillAll(el, { pension: '3000', years: '30' });
      expect(cell(el, 'tr[data-rule=remote] .amount')).to.equal(yuan(0));
      expect(cell(el, 'tr[data-rule=pct] .amount')).to.equal(yuan(45));
      $<HTMLInputElement>(el, '#remote').click();
      await el.updateComplete;
      expect(cell(el, 'tr[data-rule=remote] .amount')).to.equal(yuan(20));
      expect(headline(el)[0]).to.equal(yuan(105 + 100 + 20 + 45));
    });

    it('applies the minimum and maximum increase of a rule set', async () => {
      const el = await estimator({
        rules: { ...BEIJING_2014_ADJUSTMENT, minimumIncrease: 300, maximumIncrease: 320 },
      });
      await fillAll(el, { pension: '2500', years: '8', aby: '1950', abm: '1' });
      expect(cell(el, 'tr[data-rule=minimumIncrease] .amount')).to.equal(yuan(115));
      expect(headline(el)[0]).to.equal(yuan(300));
      await fillAll(el, { pension: '3000', years: '30', aby: '1938', abm: '6' });
      expect(cell(el, 'tr[data-rule=maximumIncrease] .amount')).to.equal(yuan(-15));
      expect(headline(el)[0]).to.equal(yuan(320));
    });

    it('renders the breakdown in English with the Chinese rule label kept', async () => {
      const el = await estimator({ lang: 'en', rules: BEIJING_2014_ADJUSTMENT });
      await fillAll(el, { pension: '3000', years: '30', aby: '1938', abm: '6' });
      expect(cell(el, 'tr[data-rule=per-year] th')).to.contain('Per contribution year');
      expect($(el, 'tr[data-rule=per-year] th .sub').getAttribute('lang')).to.equal('zh-CN');
      expect(headline(el)).to.deep.equal([yuan(335, 'en'), yuan(3335, 'en')]);
      expect(cell(el, '[part=notice]')).to.contain('Estimate with example parameters');
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
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, base);
      // 9112 × (1 + 1) / 2 × 35 × 1% = 3189.20 ; 139000 / 139 = 1000.00
      expect(cell(el, 'tr[data-part=basic] .amount')).to.equal(yuan(3189.2));
      expect(cell(el, 'tr[data-part=account] .amount')).to.equal(yuan(1000));
      expect(cell(el, 'tr[data-part=transitional] .amount')).to.equal(yuan(0));
      expect(headline(el)).to.deep.equal([yuan(4189.2)]);
      expect(cell(el, '.annuity')).to.equal('计发月数：139');
      expect(cell(el, 'tr[data-part=basic] .formula')).to.contain('9112 × (1 + 1) ÷ 2 × 35 × 1%');
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
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { ...base, balance: '100000' });
      for (const [y, m, months] of annuity) {
        await fillAll(el, { ageY: String(y), ageM: String(m) });
        expect(cell(el, '.annuity'), `${y}y${m}m`).to.equal(`计发月数：${months}`);
        const expected = Math.round((100000 / months) * 100 + 1e-9) / 100;
        expect(cell(el, 'tr[data-part=account] .amount'), `${y}y${m}m`).to.equal(yuan(expected));
        const notes = cell(el, '.notes');
        if (m > 0) expect(notes).to.contain('地方经办口径');
        else expect(notes).not.to.contain('地方经办口径');
        if (y === 47) expect(notes).to.contain('207或208');
      }
    });

    it('applies 基础养老金 = 计发基数 × (1 + 指数) / 2 × 年限 × 1% and the transitional estimate (1.2%)', async () => {
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { ...base, base: '7210', index: '0.6', ry: '15', balance: '0' });
      expect(cell(el, 'tr[data-part=basic] .amount')).to.equal(yuan(865.2)); // 7210 × 1.6 / 2 × 15%
      await fillAll(el, { base: '9112', index: '1.2', ry: '40', deemed: '10' });
      // 9112 × 2.2 / 2 × 40% = 4009.28 ; transitional 9112 × 1.2 × 10 × 1.2% = 1312.128 → 1312.13
      expect(cell(el, 'tr[data-part=basic] .amount')).to.equal(yuan(4009.28));
      expect(cell(el, 'tr[data-part=transitional] .amount')).to.equal(yuan(1312.13));
      expect(headline(el)).to.deep.equal([yuan(4009.28 + 1312.13)]);
      expect(cell(el, '.notes')).to.contain('过渡系数 1.2%');
      // 35.67 years as printed on notices (two decimals).
      await fillAll(el, { index: '1', ry: '35.67', deemed: '0' });
      expect(cell(el, 'tr[data-part=basic] .amount')).to.equal(yuan(3250.25)); // 9112 × 35.67% = 3250.2504
    });

    it('prefills the 计发基数 by city (§4.2) and keeps it editable', async () => {
      const el = await estimator({ mode: 'retirement' });
      const baseInput = () => $<HTMLInputElement>(el, '#base');
      expect(baseInput().value).to.equal('9112');
      for (const [code, value] of [
        ['420500', '7424'],
        ['420600', '7325'],
        ['421000', '7210'],
      ] as const) {
        await type(el, 'city', code);
        expect(baseInput().value, code).to.equal(value);
        expect(cell(el, '#base-hint')).to.contain(value);
      }
      await type(el, 'base', '8000');
      expect(baseInput().value).to.equal('8000');
    });

    it('prefills the retirement age from birth and category (statutory rules)', async () => {
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { rby: '1970', rbm: '1', cat: 'male' });
      expect($<HTMLInputElement>(el, '#ageY').value).to.equal('61');
      expect($<HTMLInputElement>(el, '#ageM').value).to.equal('4');
      expect(cell(el, '.statutory')).to.contain('61岁4个月');
      expect(cell(el, '.statutory')).to.contain('2031-05');
      await fillAll(el, { rby: '1984', rbm: '11', cat: 'female-50' });
      expect($<HTMLInputElement>(el, '#ageY').value).to.equal('55');
      expect($<HTMLInputElement>(el, '#ageM').value).to.equal('0');
    });

    it('presets birth, category and city from attributes', async () => {
      const el = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator
          mode="retirement"
          birth="1976-09"
          category="male"
          city="宜昌"
        ></hbrs-pension-estimator>`,
      );
      expect($<HTMLInputElement>(el, '#ageY').value).to.equal('63');
      expect($<HTMLSelectElement>(el, '#city').value).to.equal('420500');
      expect($<HTMLInputElement>(el, '#base').value).to.equal('7424');
    });

    it('projects the account from wage and years through projectAccount', async () => {
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { ...base });
      await type(el, 'acct', 'project');
      expect($(el, '#balance')).to.equal(null);
      await fillAll(el, { cbal: '0', wage: '100000', left: '1', rate: '2.62' });
      // Wage above the Wuhan upper bound (22488) is clamped to it.
      expect(cell(el, '.projected')).to.contain('4498–22488');
      const projected = cell(el, '.projected');
      expect(projected).to.match(/¥[\d,]+\.\d\d/);
      expect(headline(el).length).to.equal(1);
      expect(text(el)).not.to.match(/NaN|Infinity/);
    });

    it('feeds the projected balance (8% a month, 记账利率, §2.4) into the account pension', async () => {
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { ...base });
      await type(el, 'acct', 'project');
      await fillAll(el, { cbal: '50000', wage: '7000', left: '3', rate: '2' });
      const year = Number(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
      );
      const expected = projectAccount({
        balance: 50000,
        contributions: [0, 1, 2].map((i) => ({ year: year + i, monthlyBase: 7000 })),
        futureRate: 0.02,
      });
      // 7000 × 8% × 12 = 6720 credited a year; three years of interest on top.
      expect(expected.totalContributions).to.equal(20160);
      expect(cell(el, '.projected')).to.contain(yuan(expected.balance));
      expect(cell(el, '.projected')).to.contain(`${year}–${year + 2}`);
      const account = Math.round((expected.balance / 139) * 100) / 100;
      expect(cell(el, 'tr[data-part=account] .amount')).to.equal(yuan(account));
    });

    it('estimates the contribution index from wage vs. average wage', async () => {
      const el = await estimator({ mode: 'retirement' });
      const toggle = $<HTMLButtonElement>(el, '[aria-controls=index-helper]');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($<HTMLInputElement>(el, '#ia').value).to.equal('7496');
      await type(el, 'iw', '11244');
      expect(cell(el, '#index-helper [aria-live]')).to.contain('1.50');
      $<HTMLButtonElement>(el, '#index-helper .hbrs-button').click();
      await el.updateComplete;
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#index').value).to.equal('1.5');
      expect(deepActiveElement()).to.equal($(el, '#index'));
    });

    it('draws an accessible bar chart with SVG attributes and no style attribute', async () => {
      const el = await estimator({ mode: 'retirement' });
      await fillAll(el, { ...base, deemed: '5' });
      const svg = $(el, 'svg[part=chart]');
      expect(svg.getAttribute('role')).to.equal('img');
      const [titleId = '', descId = ''] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(root(el).getElementById(titleId)!.tagName.toLowerCase()).to.equal('title');
      expect(root(el).getElementById(descId)!.textContent).to.contain(yuan(3189.2));
      const rects = [...svg.querySelectorAll('rect')];
      expect(rects.length).to.equal(3);
      const widths = rects.map((r) => Number(r.getAttribute('width')));
      expect(widths[0]).to.be.greaterThan(widths[1]!).and.greaterThan(0);
      expect(root(el).querySelectorAll('[style]').length).to.equal(0);
    });
  });

  describe('validation', () => {
    const cases: [string, string, string, string][] = [
      ['pension', '-5', '不能为负数。', 'Must not be negative.'],
      ['pension', 'abc', '请输入数字。', 'Please enter a number.'],
      ['pension', '', '请填写此项。', 'Please fill in this field.'],
      ['years', '71', '数值过大，最大为 70。', 'Too large: the maximum is 70.'],
      ['aby', '1950.5', '请输入整数。', 'Please enter a whole number.'],
      ['pension', '1e400', '请输入数字。', 'Please enter a number.'],
      ['pension', 'Infinity', '请输入数字。', 'Please enter a number.'],
    ];
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`shows an inline message per input in ${lang} (aria-invalid, aria-describedby)`, async () => {
        const el = await estimator({ lang, rules: BEIJING_2014_ADJUSTMENT });
        for (const [field, value, zh, en] of cases) {
          await type(el, field, value);
          const input = $<HTMLInputElement>(el, `#${field}`);
          expect(input.getAttribute('aria-invalid'), `${field}=${value}`).to.equal('true');
          const err = root(el).getElementById(`${field}-err`)!;
          expect(input.getAttribute('aria-describedby')).to.contain(`${field}-err`);
          expect(err.textContent!.trim()).to.equal(lang === 'en' ? en : zh);
          expect(text(el)).not.to.match(/NaN|Infinity/);
          await type(el, field, field === 'aby' ? '1950' : '10');
          expect(input.getAttribute('aria-invalid')).to.equal('false');
          expect(root(el).getElementById(`${field}-err`)).to.equal(null);
        }
      });
    }

    it('checks the retirement inputs: index range, age range, deemed ≤ total years', async () => {
      const el = await estimator({ mode: 'retirement' });
      await type(el, 'index', '5');
      expect(cell(el, '#index-err')).to.equal('数值过大，最大为 3。');
      await type(el, 'index', '0.1');
      expect(cell(el, '#index-err')).to.equal('数值过小，最小为 0.6。');
      await type(el, 'ageY', '39');
      expect(cell(el, '#ageY-err')).to.equal('数值过小，最小为 40。');
      await type(el, 'ageM', '12');
      expect(cell(el, '#ageM-err')).to.equal('数值过大，最大为 11。');
      await fillAll(el, { ry: '10', deemed: '12' });
      expect(cell(el, '#deemed-err')).to.equal('视同缴费年限不能超过累计缴费年限。');
      expect($(el, '[part=empty]')).to.exist;
      // 70 years and 1 month is outside the 计发月数 table: a plain message, never NaN.
      await fillAll(el, { index: '1', ry: '30', deemed: '0', balance: '1000', ageY: '70', ageM: '1' });
      expect(cell(el, '.compute-error')).to.contain('计发月数表适用于40–70岁');
      expect(text(el)).not.to.match(/NaN|Infinity/);
    });

    it('accepts full-width digits typed with a Chinese IME (real key presses)', async () => {
      const el = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
      $<HTMLInputElement>(el, '#pension').focus();
      await sendKeys({ type: '３０００．５' });
      $<HTMLInputElement>(el, '#pension').dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#pension').getAttribute('aria-invalid')).to.equal('false');
      await fillAll(el, { years: '30', aby: '1938', abm: '6' });
      expect(headline(el)[1]).to.equal(yuan(3000.5 + 335));
    });
  });

  describe('empty state, events and announcements', () => {
    it('offers a way out of the empty state: example values fill the form, focus moves to the first input', async () => {
      const el = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
      expect(cell(el, '[part=empty]')).to.contain('还没有测算结果');
      const button = $<HTMLButtonElement>(el, '[part=empty] button');
      setTimeout(() => button.click());
      const ev = (await oneEvent(el, 'hbrs-pension-estimate')) as CustomEvent<PensionEstimateDetail>;
      expect(ev.detail).to.deep.equal({
        mode: 'adjustment',
        increase: 205, // 3000, 30 years, born 1950-03 (63 on 2013-12-31): 105 + 100 + 0
        newPension: 3205,
        eligible: true,
        official: false,
      });
      expect(ev.composed).to.equal(true);
      expect($(el, '[part=empty]')).to.equal(null);
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#pension'));
      expect(cell(el, '[role=status][aria-live=polite]')).to.contain(`每月增加 ${yuan(205)}`);
    });

    it('emits hbrs-pension-estimate for the retirement tab with the parts', async () => {
      const el = await estimator({ mode: 'retirement' });
      setTimeout(() => $<HTMLButtonElement>(el, '[part=empty] button').click());
      const ev = (await oneEvent(el, 'hbrs-pension-estimate')) as CustomEvent<PensionEstimateDetail>;
      expect(ev.detail).to.deep.include({ mode: 'retirement', basic: 3189.2, account: 1000, total: 4189.2 });
      await el.updateComplete;
      expect(cell(el, '[role=status][aria-live=polite]')).to.contain(yuan(4189.2));
    });

    it('has exactly one polite live region', async () => {
      const el = await estimator();
      expect(root(el).querySelectorAll('[aria-live=polite][role=status]').length).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('moves between the tabs with arrow keys, Home and End (ARIA tabs) and emits hbrs-pension-mode', async () => {
      const el = await estimator();
      await tab();
      const first = $(el, '#tab-adjustment');
      expect(deepActiveElement()).to.equal(first);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      setTimeout(() => press('ArrowRight'));
      const ev = (await oneEvent(el, 'hbrs-pension-mode')) as CustomEvent<{ mode: string }>;
      expect(ev.detail).to.deep.equal({ mode: 'retirement' });
      await el.updateComplete;
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#tab-retirement'));
      expect($(el, '#tab-retirement').getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#tab-adjustment').getAttribute('tabindex')).to.equal('-1');
      expect($(el, '#panel-retirement').hidden).to.equal(false);
      expect($(el, '#panel-adjustment').hidden).to.equal(true);
      await press('Home');
      await el.updateComplete;
      expect(el.mode).to.equal('adjustment');
      await press('End');
      await el.updateComplete;
      expect(el.mode).to.equal('retirement');
      await press('ArrowRight'); // wraps
      await el.updateComplete;
      expect(el.mode).to.equal('adjustment');
      // Tab leaves the tab list for the first field of the panel.
      await tab();
      expect(deepActiveElement()).to.equal($(el, '#pension'));
    });

    it('opens a term help by keyboard, moves focus into it, and Escape returns focus to its button', async () => {
      const el = await estimator({ mode: 'retirement' });
      const button = $<HTMLButtonElement>(el, '#helpbtn-base');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      await el.updateComplete;
      const panel = $(el, '#help-base');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(panel);
      expect(panel.textContent).to.contain('计发基数');
      await press('Escape');
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '#help-base')).to.equal(null);
      expect(deepActiveElement()).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // The close button works too.
      await press('Space');
      await el.updateComplete;
      await el.updateComplete;
      await tab();
      expect(deepActiveElement()!.textContent!.trim()).to.equal('关闭');
      await press('Enter');
      await el.updateComplete;
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(button);
    });

    it('reaches every glossary term by keyboard (计发基数, 缴费指数, 计发月数, 视同缴费年限)', async () => {
      const el = await estimator();
      const summaries = [...root(el).querySelectorAll('.glossary summary')] as HTMLElement[];
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

  describe('language', () => {
    it('follows a change of the nearest lang, loading the English texts on demand', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="zh-CN"><hbrs-pension-estimator mode="retirement"></hbrs-pension-estimator></div>`,
      );
      const el = wrap.querySelector('hbrs-pension-estimator')!;
      await el.updateComplete;
      expect(cell(el, 'h2')).to.equal('养老金测算');
      expect(cell(el, 'label[for=base]')).to.contain('计发基数（元/月）');
      wrap.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(cell(el, 'h2')).to.equal('Pension estimator');
      expect(cell(el, 'label[for=base]')).to.contain('Pension base (计发基数) (yuan/month)');
      expect($(el, 'section').getAttribute('lang')).to.equal('en');
    });
  });

  describe('rules-src', () => {
    it('loads a JSON rule set (loading view, then ready) and emits hbrs-load', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const stub = stubFetch(() => 'hang');
      window.fetch = (async (input: RequestInfo | URL) => {
        stub.calls.push(String(input));
        await gate;
        return json(OFFICIAL_FIXTURE);
      }) as typeof fetch;
      try {
        const el = await fixture<HbrsPensionEstimator>(
          html`<hbrs-pension-estimator
            rules-src="https://data.example.invalid/rules/hubei-2025.json"
          ></hbrs-pension-estimator>`,
        );
        expect($(el, '[part=loading]')).to.exist;
        await expectAccessible(el);
        setTimeout(release);
        const ev = (await oneEvent(el, 'hbrs-load')) as CustomEvent<{ count: number; sample: boolean }>;
        expect(ev.detail).to.deep.equal({ count: 3, sample: false });
        await el.updateComplete;
        expect(stub.calls).to.deep.equal(['https://data.example.invalid/rules/hubei-2025.json']);
        expect(cell(el, '[part=provenance]')).to.contain('测试文件〔2025〕1号');
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
          const { el, ev: failed } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-error');
          const err = (await failed) as CustomEvent<{ code: string }>;
          expect(err.detail.code).to.be.a('string');
          await el.updateComplete;
          expect(cell(el, '[part=error]')).to.contain(message);
          expect(stub.calls[0]).to.equal(new URL('/rules.json', location.href).href);
          fail = false;
          const retry = $<HTMLButtonElement>(el, '[part=error] button');
          retry.focus();
          setTimeout(() => press('Enter'));
          const ev = (await oneEvent(el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
          expect(ev.detail).to.deep.equal({ reason: 'user' });
          await oneEvent(el, 'hbrs-load');
          await el.updateComplete;
          expect($(el, '[part=error]')).to.equal(null);
          expect(cell(el, '[part=provenance]')).to.contain('北京市2014年');
        } finally {
          stub.restore();
        }
      });
    }

    it('gives up after rules-timeout with a timeout message', async () => {
      const stub = stubFetch(() => 'hang');
      try {
        const { el, ev: failed } = await mountWith(
          { 'rules-src': '/slow.json', 'rules-timeout': '50' },
          'hbrs-error',
        );
        const ev = (await failed) as CustomEvent<{ code: string }>;
        expect(ev.detail.code).to.equal('timeout');
        await el.updateComplete;
        expect(cell(el, '[part=error]')).to.contain('响应超时');
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
        const { el } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-load');
        const parent = el.parentElement!;
        el.remove();
        expect(signals[0]!.aborted).to.equal(true);
        const loaded = oneEvent(el, 'hbrs-load');
        parent.append(el);
        await loaded;
        await el.updateComplete;
        expect(stub.calls.length).to.equal(2);
        expect(cell(el, '[part=provenance]')).to.contain('北京市2014年');
      } finally {
        stub.restore();
      }
    });

    it('never fetches a non-http(s) rules-src', async () => {
      const stub = stubFetch(() => json(BEIJING_2014_ADJUSTMENT));
      try {
        for (const bad of HOSTILE_URLS.filter((u) => !u.startsWith('//') && u !== 'not a url')) {
          const el = await fixture<HbrsPensionEstimator>(
            html`<hbrs-pension-estimator rules-src=${bad}></hbrs-pension-estimator>`,
          );
          await el.updateComplete;
          expect(cell(el, '[part=error]'), bad).to.contain('只接受 http 或 https 地址');
        }
        expect(stub.calls).to.deep.equal([]);
      } finally {
        stub.restore();
      }
    });

    it('the rules property wins over rules-src; an invalid rules object shows an error without retry', async () => {
      const stub = stubFetch(() => json(BEIJING_2014_ADJUSTMENT));
      try {
        const el = await fixture<HbrsPensionEstimator>(
          html`<hbrs-pension-estimator
            rules-src="/rules.json"
            .rules=${{ schema: 'nope' } as unknown as AdjustmentRuleSet}
          ></hbrs-pension-estimator>`,
        );
        await el.updateComplete;
        expect(cell(el, '[part=error]')).to.contain('收到的数据格式不正确');
        expect($(el, '[part=error] button')).to.equal(null);
        el.rules = OFFICIAL_FIXTURE;
        await el.updateComplete;
        expect(cell(el, '[part=provenance]')).to.contain('测试文件');
      } finally {
        stub.restore();
      }
    });
  });

  describe('accessibility', () => {
    const states = [
      {
        name: 'adjustment, template, empty',
        enter: async (el: HbrsPensionEstimator) => void (el.mode = 'adjustment'),
      },
      {
        name: 'adjustment, template, incomplete',
        enter: (el: HbrsPensionEstimator) =>
          fillAll(el, { pension: '3000', years: '30', aby: '1950', abm: '3' }),
      },
      {
        name: 'adjustment, ready',
        enter: async (el: HbrsPensionEstimator) => {
          el.rules = OFFICIAL_FIXTURE;
          await el.updateComplete;
        },
      },
      {
        name: 'adjustment, invalid inputs',
        enter: (el: HbrsPensionEstimator) => fillAll(el, { pension: '-1', years: 'x', aby: '' }),
      },
      {
        name: 'error',
        enter: async (el: HbrsPensionEstimator) => {
          el.rules = { schema: 'bad' } as unknown as AdjustmentRuleSet;
          await el.updateComplete;
        },
      },
      {
        name: 'retirement, empty',
        enter: async (el: HbrsPensionEstimator) => {
          el.rules = undefined;
          el.mode = 'retirement';
          await el.updateComplete;
        },
      },
      {
        name: 'retirement, ready with help and index helper open',
        enter: async (el: HbrsPensionEstimator) => {
          await fillAll(el, {
            base: '9112',
            index: '1',
            ry: '35',
            deemed: '5',
            balance: '139000',
            ageY: '60',
            ageM: '1',
          });
          $<HTMLButtonElement>(el, '#helpbtn-index').click();
          $<HTMLButtonElement>(el, '[aria-controls=index-helper]').click();
          await el.updateComplete;
        },
      },
      {
        name: 'retirement, projection and invalid',
        enter: async (el: HbrsPensionEstimator) => {
          await type(el, 'acct', 'project');
          await fillAll(el, { wage: '8000', left: '5', rate: '', ageM: '13' });
          root(el)
            .querySelectorAll('details')
            .forEach((d) => (d.open = true));
        },
      },
    ];
    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan', 'large-text': '' }]) {
      it(`has no axe violations in any state (${JSON.stringify(attrs)})`, async () => {
        const el = await fixture<HbrsPensionEstimator>(
          html`<hbrs-pension-estimator></hbrs-pension-estimator>`,
        );
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        await el.updateComplete;
        await expectStatesAccessible(el, states);
      });
    }

    it('reflows at 320 px without horizontal overflow', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div class="narrow">
          <hbrs-pension-estimator mode="retirement" large-text></hbrs-pension-estimator>
        </div>`,
      );
      wrap.style.width = '320px';
      const el = wrap.querySelector('hbrs-pension-estimator')!;
      await el.updateComplete;
      await fillAll(el, { base: '9112', index: '1', ry: '35', deemed: '5', balance: '139000', ageY: '60' });
      const r = $(el, '.hbrs-root');
      expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
      expect(getComputedStyle($(el, '#tab-retirement')).flexBasis).to.equal('100%');
    });
  });

  describe('safety', () => {
    it('renders hostile strings typed into every text input as text, never NaN, no console error', async () => {
      const { messages } = await captureConsole(async () => {
        const el = await estimator({ rules: BEIJING_2014_ADJUSTMENT });
        const adjust = ['pension', 'years', 'aby'];
        for (const s of HOSTILE_STRINGS) {
          for (const f of adjust) await type(el, f, s);
          expect(text(el)).not.to.match(/NaN|Infinity/);
        }
        el.mode = 'retirement';
        await el.updateComplete;
        await type(el, 'acct', 'project');
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
          for (const f of fields) await type(el, f, s);
          expect(text(el)).not.to.match(/NaN|Infinity/);
        }
        expect(root(el).querySelectorAll('img, script, a, iframe').length).to.equal(0);
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
          const el = await estimator({ rules });
          await fillAll(el, { pension: '3000', years: '30', aby: '1938', abm: '6' });
          if (s) expect(cell(el, '.document')).to.equal(`文件：${s}`.trim());
          expect(cell(el, 'tr[data-rule=per-year] th')).to.equal(s.trim());
          expect(root(el).querySelectorAll('img, script, iframe, style, svg').length).to.equal(0);
          expect(root(el).querySelector('[part=provenance] a'), url).to.equal(null);
          expect(headline(el)[0]).to.equal(yuan(335));
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
        const el = wrap.querySelector('hbrs-pension-estimator')!;
        await el.updateComplete;
        const r = getComputedStyle($(el, '.hbrs-root'));
        expect(r.fontSize).to.equal('16px');
        expect(r.fontStyle).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(r.letterSpacing).to.equal('normal');
        const input = getComputedStyle($(el, '#base'));
        expect(input.fontSize).to.equal('16px');
        expect(parseFloat(input.minHeight)).to.equal(44);
        const tabButton = getComputedStyle($(el, '#tab-adjustment'));
        expect(parseFloat(tabButton.minHeight)).to.equal(44);
        expect(tabButton.fontSize).to.equal('16px');
      } finally {
        remove();
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
      const page = await openCspPage('hbrs-pension-estimator.js', ['hbrs-pension-estimator']);
      const el = page.doc.querySelector('hbrs-pension-estimator') as HbrsPensionEstimator;
      expect(el.shadowRoot!.textContent).to.contain('示例参数测算');
      // Switch to the chart and fill it in, inside the CSP page.
      el.mode = 'retirement';
      await el.updateComplete;
      (el.shadowRoot!.querySelector('[part=empty] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart] rect')).to.exist;
      await new Promise((r) => setTimeout(r, 50));
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(page.win.getComputedStyle(title).color).to.equal('rgb(11, 87, 164)');
    });
  });

  describe('loading on demand', () => {
    it('downloads only the shown tab: the default page never loads the retirement tab, and vice versa', async () => {
      const calls: string[] = [];
      const originals = { ...tabLoaders };
      for (const part of Object.keys(tabLoaders) as TabPart[]) {
        (tabLoaders as Record<TabPart, () => Promise<unknown>>)[part] = () => {
          calls.push(part);
          return originals[part]();
        };
      }
      try {
        const adjustment = await estimator();
        expect(calls).to.deep.equal(['adjustment']);
        expect($(adjustment, '#pension')).to.exist;
        calls.length = 0;
        const retirement = await estimator({ mode: 'retirement' });
        expect(calls).to.deep.equal(['retirement']);
        expect($(retirement, '#base')).to.exist;
        // The account projection comes only when the person chooses it.
        await type(retirement, 'acct', 'project');
        expect(calls).to.deep.equal(['retirement', 'projection']);
        // Switching tabs loads the other one, once.
        retirement.mode = 'adjustment';
        await retirement.updateComplete;
        retirement.mode = 'retirement';
        await retirement.updateComplete;
        retirement.mode = 'adjustment';
        await retirement.updateComplete;
        expect(calls).to.deep.equal(['retirement', 'projection', 'adjustment']);
        expect($(retirement, '#pension')).to.exist;
      } finally {
        Object.assign(tabLoaders, originals);
      }
    });

    for (const mode of ['adjustment', 'retirement'] as const) {
      for (const lang of ['zh-CN', 'en'] as const) {
        it(`shows the loading view while the ${mode} tab downloads, then the tab (${lang}, axe in both)`, async () => {
          const stand = standIn(mode);
          stand.hold();
          try {
            const el = await mountLazy(mode, lang);
            await waitUntil(() => $(el, `#panel-${mode} [part=loading]`), 'loading view');
            expect($(el, `#panel-${mode} [part=loading]`).getAttribute('role')).to.equal('status');
            expect($(el, `#panel-${mode} [part=form]`)).to.equal(null);
            // The tabs and the glossary are there already.
            expect($(el, `#tab-${mode}`).getAttribute('aria-selected')).to.equal('true');
            expect(root(el).querySelectorAll('.glossary details').length).to.equal(4);
            await expectAccessible(el);
            stand.state.release();
            await el.updateComplete;
            expect($(el, `#panel-${mode} [part=loading]`)).to.equal(null);
            expect($(el, `#panel-${mode} [part=form]`)).to.exist;
            expect(cell(el, `label[for=${mode === 'adjustment' ? 'pension' : 'base'}]`)).to.contain(
              lang === 'en' ? (mode === 'adjustment' ? 'monthly basic pension' : 'Pension base') : '元/月',
            );
            await expectAccessible(el);
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
              el.mode = mode;
              const failed = oneEvent(el, 'hbrs-error') as Promise<CustomEvent<{ code: string }>>;
              wrap.append(el);
              expect((await failed).detail.code).to.equal('network');
              await el.updateComplete;
              const error = $(el, `#panel-${mode} [part=error]`);
              expect(error).to.exist;
              expect(error.getAttribute('role')).to.equal('alert');
              expect(error.textContent).to.contain(
                lang === 'en' ? 'could not be reached' : '无法连接到数据服务',
              );
              await expectAccessible(el);
              // It does not retry on its own (no loop of failing downloads) …
              await new Promise((r) => setTimeout(r, 50));
              expect(stand.state.calls).to.equal(1);
              // … a failed retry keeps the error view and focus on its button …
              const retry = $<HTMLButtonElement>(el, `#panel-${mode} [part=error] button`);
              retry.focus();
              const retried = oneEvent(el, 'hbrs-retry') as Promise<CustomEvent<{ reason: string }>>;
              await press('Enter');
              expect((await retried).detail).to.deep.equal({ reason: 'user' });
              await el.updateComplete;
              expect(stand.state.calls).to.equal(2);
              expect(deepActiveElement()).to.equal($(el, `#panel-${mode} [part=error] button`));
              // … and once the network is back, Enter loads the tab and focus moves to its first field.
              stand.state.failing = false;
              await press('Enter');
              await el.updateComplete;
              expect($(el, `#panel-${mode} [part=error]`)).to.equal(null);
              expect($(el, `#panel-${mode} [part=form]`)).to.exist;
              expect(deepActiveElement()).to.equal($(el, mode === 'adjustment' ? '#pension' : '#city'));
              expect(stand.state.calls).to.equal(3);
            });
            expect(messages).to.deep.equal([]);
          } finally {
            stand.restore();
          }
        });
      }
    }

    it('loads the account projection when chosen; a failed download shows an error with retry in the form', async () => {
      const stand = standIn('projection');
      stand.state.failing = true;
      try {
        const el = await estimator({ mode: 'retirement' });
        await fillAll(el, { base: '9112', index: '1', ry: '35', deemed: '0', ageY: '60', ageM: '0' });
        const failed = oneEvent(el, 'hbrs-error') as Promise<CustomEvent<{ code: string }>>;
        await type(el, 'acct', 'project');
        expect((await failed).detail.code).to.equal('network');
        await el.updateComplete;
        // The fields stay usable; the error sits with them; no result without the projection.
        expect($(el, '#wage')).to.exist;
        expect(cell(el, 'fieldset [part=error]')).to.contain('无法连接到数据服务');
        expect(headline(el)).to.deep.equal([]);
        await expectAccessible(el);
        await fillAll(el, { cbal: '50000', wage: '7000', left: '3', rate: '2' });
        stand.state.failing = false;
        const retry = $<HTMLButtonElement>(el, 'fieldset [part=error] button');
        retry.focus();
        await press('Enter');
        await el.updateComplete;
        expect($(el, '[part=error]')).to.equal(null);
        expect(cell(el, '.projected')).to.match(/¥[\d,]+\.\d\d/);
        expect(headline(el).length).to.equal(1);
        expect(deepActiveElement()).to.equal($(el, '#cbal'));
      } finally {
        stand.restore();
      }
    });

    it('shows the tabs in English with their own English texts, loaded with the tab', async () => {
      const el = await estimator({ mode: 'retirement', lang: 'en' });
      expect(cell(el, 'label[for=city]')).to.equal('Insured in (city)');
      await type(el, 'acct', 'project');
      el.mode = 'adjustment';
      await el.updateComplete;
      expect(cell(el, 'label[for=pension]')).to.contain('Your current monthly basic pension');
      expect(cell(el, '[part=notice]')).to.contain('Estimate with example parameters');
    });

    it('a rules-src rule set loads the adjustment tab even while the retirement tab is shown', async () => {
      const stub = stubFetch(() => json(OFFICIAL_FIXTURE));
      const stand = standIn('adjustment');
      try {
        const { el, ev } = await mountWith({ mode: 'retirement', 'rules-src': '/rules.json' }, 'hbrs-load');
        expect(((await ev) as CustomEvent<{ count: number }>).detail.count).to.equal(3);
        expect(stand.state.calls).to.equal(1);
        await el.updateComplete;
        expect($(el, '#base')).to.exist;
        el.mode = 'adjustment';
        await el.updateComplete;
        expect(cell(el, '[part=provenance]')).to.contain('测试文件〔2025〕1号');
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
        const { el, ev } = await mountWith({ 'rules-src': '/rules.json' }, 'hbrs-error');
        await ev;
        await el.updateComplete;
        expect(cell(el, '[part=error]')).to.contain('无法连接到数据服务');
        stand.state.failing = false;
        const loaded = oneEvent(el, 'hbrs-load');
        $<HTMLButtonElement>(el, '[part=error] button').click();
        await loaded;
        await el.updateComplete;
        expect(cell(el, '[part=provenance]')).to.contain('测试文件〔2025〕1号');
        // The rule set fetched meanwhile is used: not fetched again.
        expect(stub.calls.length).to.equal(1);
      } finally {
        stand.restore();
        stub.restore();
      }
    });
  });

  describe('sync-url', () => {
    let start: string;
    beforeEach(() => {
      start = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', start));

    it('mirrors the tab and inputs under pe.* keys, restores them from a link, and Back returns to the previous tab', async () => {
      const el = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`,
      );
      await fillAll(el, { pension: '3000' });
      expect(new URL(location.href).searchParams.get('pe.pension')).to.equal('3000');
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('adjustment');
      $<HTMLButtonElement>(el, '#tab-retirement').click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('retirement');
      await fillAll(el, { index: '1.2', ry: '35', balance: '139000', ageY: '60' });
      const link = location.href;
      expect(new URL(link).searchParams.get('pe.index')).to.equal('1.2');

      // A second widget opened from the shared link shows the same state and result.
      const copy = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`,
      );
      expect(copy.mode).to.equal('retirement');
      expect($<HTMLInputElement>(copy, '#index').value).to.equal('1.2');
      expect(headline(copy)).to.deep.equal(headline(el));

      // Back: the tab switch was a history entry.
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      expect(el.mode).to.equal('adjustment');
      expect($<HTMLInputElement>(el, '#pension').value).to.equal('3000');
      // Other query parameters of the host page are left alone; without sync-url nothing is written.
      const plain = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator></hbrs-pension-estimator>`,
      );
      const before = location.href;
      await fillAll(plain, { pension: '1234' });
      expect(location.href).to.equal(before);
    });

    it('Back to an entry without pe.* keys restores the preset tab', async () => {
      const el = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator sync-url mode="retirement"></hbrs-pension-estimator>`,
      );
      $<HTMLButtonElement>(el, '#tab-adjustment').click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('adjustment');
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      expect(el.mode).to.equal('retirement');
    });

    it('ignores junk in the URL', async () => {
      const url = new URL(location.href);
      url.searchParams.set('pe.m', '<script>');
      url.searchParams.set('pe.pension', '<img src=x onerror="window.__hbrsPwned=1">');
      history.replaceState(null, '', url);
      const el = await fixture<HbrsPensionEstimator>(
        html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`,
      );
      expect(el.mode).to.equal('adjustment');
      expect($<HTMLInputElement>(el, '#pension').getAttribute('aria-invalid')).to.equal('true');
      expect(wasPwned()).to.equal(false);
    });
  });
});
