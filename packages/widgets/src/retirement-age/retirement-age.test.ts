import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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
import { render } from 'lit';
import { policySource } from '@hbrs/sdk/policy';
import './define.js';
import type { HbrsRetirementAge, RetirementChangeDetail } from './retirement-age.js';
import { SOURCES, renderSources, type Source } from './provenance.js';
import { computeModel, currentMonth, parseYm, timelineScale } from './model.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

type Row = [birth: string, delay: number, age: string, retireAt: string, min: string];

/**
 * The example rows of /work/shared/reference/policy-rules.md §1.4, verbatim: 出生年月, 延迟月数, 改革后法定退休年龄,
 * 改革后退休时间, 最低缴费年限 (category keys as in §1.2).
 */
const POLICY_RULES_1_4: Record<'male' | 'female_55' | 'female_50', Row[]> = {
  male: [
    ['1964-12', 0, '60岁', '2024-12', '15年'],
    ['1965-01', 1, '60岁1个月', '2025-02', '15年'],
    ['1965-05', 2, '60岁2个月', '2025-07', '15年'],
    ['1968-01', 10, '60岁10个月', '2028-11', '15年'],
    ['1970-01', 16, '61岁4个月', '2031-05', '16年'],
    ['1972-06', 23, '61岁11个月', '2034-05', '17年6个月'],
    ['1975-01', 31, '62岁7个月', '2037-08', '19年'],
    ['1976-09', 36, '63岁', '2039-09', '20年'],
    ['1977-01', 36, '63岁', '2040-01', '20年'],
  ],
  female_55: [
    ['1969-12', 0, '55岁', '2024-12', '15年'],
    ['1970-01', 1, '55岁1个月', '2025-02', '15年'],
    ['1970-05', 2, '55岁2个月', '2025-07', '15年'],
    ['1972-01', 7, '55岁7个月', '2027-08', '15年'],
    ['1974-01', 13, '56岁1个月', '2030-02', '15年6个月'],
    ['1976-06', 20, '56岁8个月', '2033-02', '17年'],
    ['1979-01', 28, '57岁4个月', '2036-05', '18年6个月'],
    ['1981-09', 36, '58岁', '2039-09', '20年'],
    ['1982-01', 36, '58岁', '2040-01', '20年'],
  ],
  female_50: [
    ['1974-12', 0, '50岁', '2024-12', '15年'],
    ['1975-01', 1, '50岁1个月', '2025-02', '15年'],
    ['1975-03', 2, '50岁2个月', '2025-05', '15年'],
    ['1977-01', 13, '51岁1个月', '2028-02', '15年'],
    ['1978-07', 22, '51岁10个月', '2030-05', '15年6个月'],
    ['1981-01', 37, '53岁1个月', '2034-02', '17年6个月'],
    ['1983-01', 49, '54岁1个月', '2037-02', '19年'],
    ['1984-11', 60, '55岁', '2039-11', '20年'],
    ['1985-01', 60, '55岁', '2040-01', '20年'],
  ],
};
const CAP = { male: 36, female_55: 36, female_50: 60 };

const $ = <T extends Element = HTMLElement>(el: HbrsRetirementAge, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fact = (el: HbrsRetirementAge, key: string): string => text($(el, `[data-key="${key}"] dd`));
const factTime = (el: HbrsRetirementAge, key: string): string =>
  $(el, `[data-key="${key}"] dd time`)?.getAttribute('datetime') ?? '';
const until = async (cond: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(cond(), what).to.equal(true);
};

const NOW = '2026-11';
const initialUrl = window.location.href;

describe('<hbrs-retirement-age>', () => {
  afterEach(async () => {
    history.replaceState(null, '', initialUrl);
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  describe('the example rows of policy-rules.md §1.4', () => {
    for (const [category, rows] of Object.entries(POLICY_RULES_1_4) as [
      keyof typeof POLICY_RULES_1_4,
      Row[],
    ][]) {
      it(`renders every ${category} row: retirement month, age, delay and minimum contribution`, async () => {
        const el = await fixture<HbrsRetirementAge>(
          html`<hbrs-retirement-age now=${NOW} category=${category}></hbrs-retirement-age>`,
        );
        for (const [birth, delay, age, retireAt, min] of rows) {
          el.setAttribute('birth', birth);
          await el.updateComplete;
          const row = `${category} ${birth}`;
          expect(fact(el, 'age'), row).to.equal(age);
          expect(factTime(el, 'retire-at'), row).to.equal(retireAt);
          const [y, m] = retireAt.split('-').map(Number);
          expect(fact(el, 'retire-at'), row).to.equal(`${y}年${m}月`);
          expect(fact(el, 'delay'), row).to.equal(
            delay === 0 ? '不延迟' : `延迟${delay}个月${delay === CAP[category] ? '（已达上限）' : ''}`,
          );
          expect(fact(el, 'min-contribution'), row).to.equal(`${min}（${y}年达到法定退休年龄）`);
        }
      });
    }

    it('renders the rows in English too', async () => {
      const wrap = await fixture(
        html`<div lang="en">
          <hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>
        </div>`,
      );
      const el = wrap.querySelector('hbrs-retirement-age')!;
      await el.updateComplete;
      expect(fact(el, 'age')).to.equal('61 years 4 months');
      expect(fact(el, 'retire-at')).to.equal('May 2031');
      expect(fact(el, 'delay')).to.equal('16 months later');
      expect(fact(el, 'min-contribution')).to.equal('16 years (statutory age reached in 2031)');
      el.setAttribute('birth', '1965-01');
      await el.updateComplete;
      expect(fact(el, 'age')).to.equal('60 years 1 month');
      expect(fact(el, 'delay')).to.equal('1 month later');
      el.setAttribute('birth', '1972-06');
      await el.updateComplete;
      expect(fact(el, 'min-contribution')).to.equal('17 years 6 months (statutory age reached in 2034)');
      expect($(el, '.hbrs-root')!.getAttribute('lang')).to.equal('en');
    });

    it('shows the flexible earliest and latest retirement (§1.6)', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1976-09" category="male"></hbrs-retirement-age>`,
      );
      expect(fact(el, 'earliest')).to.match(/^60岁，2036年9月/);
      expect(factTime(el, 'earliest')).to.equal('2036-09');
      expect(fact(el, 'latest')).to.match(/^66岁，2042年9月/);
      expect(factTime(el, 'latest')).to.equal('2042-09');
      el.birth = '1984-11';
      el.category = 'female-50';
      await el.updateComplete;
      expect(fact(el, 'age')).to.equal('55岁');
      expect(fact(el, 'earliest')).to.match(/^52岁，2036年11月/);
      expect(fact(el, 'earliest')).to.contain('最低缴费年限18年');
      expect(fact(el, 'latest')).to.match(/^58岁，2042年11月/);
      el.birth = '1970-01';
      el.category = 'male';
      await el.updateComplete;
      // For men the earliest is always the original 60; it is not "early" when the statutory age is 60 itself.
      expect(fact(el, 'earliest')).to.match(/^60岁，2030年1月/);
      el.birth = '1964-12';
      await el.updateComplete;
      expect(text($(el, '.notice')))
        .to.contain('2025年1月之前')
        .and.contain('弹性退休也不适用');
      // Flexible retirement exists from 2025-01-01 only: no earliest / latest, no timeline, no such steps.
      expect($(el, '[data-key="earliest"]')).to.equal(null);
      expect($(el, '[data-key="latest"]')).to.equal(null);
      expect($(el, '[part=timeline]')).to.equal(null);
      expect(
        [...el.shadowRoot!.querySelectorAll('#ra-steps li')].map((li) => li.getAttribute('data-key')),
      ).to.deep.equal(['delay', 'age', 'retireAt', 'minContribution']);
      el.birth = '1977-01';
      await el.updateComplete;
      expect(text($(el, '.result'))).to.contain('晚于官方对照表的最后一行');
    });
  });

  describe('minimum contribution track', () => {
    it('says whether the person is on track, short, or already there', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now="2026-01" birth="1972-06" category="male"></hbrs-retirement-age>`,
      );
      expect($(el, '[data-key="track"]')).to.equal(null);
      // 1972-06 male: statutory 2034-05, minimum 17y6m = 210 months; 2026-01 → 2034-05 is 100 months.
      el.contributionYears = '9';
      await el.updateComplete;
      expect($(el, '[data-key="track"]')!.dataset.track).to.equal('short');
      expect(fact(el, 'track')).to.contain('已缴9年').and.contain('约17年4个月').and.contain('仍差2个月');
      el.contributionYears = '10';
      await el.updateComplete;
      expect($(el, '[data-key="track"]')!.dataset.track).to.equal('on-track');
      expect(fact(el, 'track')).to.contain('约18年4个月').and.contain('可以达到最低缴费年限17年6个月');
      el.contributionYears = '17.5';
      await el.updateComplete;
      expect($(el, '[data-key="track"]')!.dataset.track).to.equal('met');
    });

    it('checks the early-retirement minimum for the earlier year', () => {
      // 1984-11 female-50: earliest 52y (2036-11) needs the 2036 minimum of 18y6m = 222 months.
      const m = computeModel({ year: 1984, month: 11 }, 'female-50', { year: 2026, month: 11 }, 100);
      expect(m.early).to.deep.equal({ projected: 220, min: 222, ok: false });
      expect(m.track).to.deep.include({ kind: 'on-track', have: 100, projected: 256, min: 240, short: 0 });
      const past = computeModel({ year: 1960, month: 1 }, 'male', { year: 2026, month: 11 }, 100);
      expect(past.track).to.deep.include({ kind: 'short', projected: 100, short: 80 });
    });

    it('validates the contribution years inline: full-width digits accepted, nonsense rejected', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const input = $<HTMLInputElement>(el, '#ra-years')!;
      const typeInto = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await typeInto('１２．５');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(fact(el, 'track')).to.contain('已缴12年6个月');
      for (const [bad, message] of [
        ['abc', '请输入数字'],
        ['-3', '不能为负数'],
        ['61', '最大为 60'],
        ['1e3', '请输入数字'],
      ] as [string, string][]) {
        await typeInto(bad);
        expect(input.getAttribute('aria-invalid'), bad).to.equal('true');
        expect(text($(el, '#ra-years-error')), bad).to.contain(message);
        expect(input.getAttribute('aria-describedby')).to.contain('ra-years-error');
        expect($(el, '[data-key="track"]'), bad).to.equal(null);
        expect(fact(el, 'age')).to.equal('61岁4个月');
      }
      await typeInto('');
      expect($(el, '#ra-years-error')).to.equal(null);
    });
  });

  describe('states', () => {
    it('is empty with a way out until birth and category are given', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`,
      );
      const empty = $(el, '[part=empty]')!;
      expect(text(empty)).to.contain('出生年月、类别（原法定退休年龄）');
      $<HTMLButtonElement>(el, '[part=empty] button')!.click();
      expect(deepActiveElement()).to.equal($(el, '#ra-year'));
      el.birth = '1970-01';
      await el.updateComplete;
      expect(text($(el, '[part=empty]'))).to.not.contain('出生年月、');
      $<HTMLButtonElement>(el, '[part=empty] button')!.click();
      expect(deepActiveElement()).to.equal($(el, '#ra-cat-male'));
      expect($(el, '[part=result]')).to.equal(null);
      // No data set: no sample-data notice, no loading state in zh-CN.
      expect($(el, '[part=sample-notice]')).to.equal(null);
      expect($(el, '[part=loading]')).to.equal(null);
    });

    it('shows an invalid preset as an error with its reason, and starts again from there', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-13" category="female"></hbrs-retirement-age>`,
      );
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('“1970-13”无效').and.contain('“female”无效');
      $<HTMLButtonElement>(el, '[part=error] button')!.click();
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
      expect($(el, '[part=empty]')).to.not.equal(null);
      expect(deepActiveElement()).to.equal($(el, '#ra-year'));
      for (const bad of ['1939-12', '2030-01', '19700101']) {
        el.birth = bad;
        await el.updateComplete;
        expect(text($(el, '[part=error]')), bad).to.contain(`“${bad}”无效`);
      }
      el.birth = ' ';
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
      // An invalid `now` falls back to the current month in Asia/Shanghai.
      el.now = 'soon';
      el.birth = '1970-05-17';
      el.category = 'female_55';
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
      expect(fact(el, 'age')).to.equal('55岁2个月');
    });

    it('switches language live when the nearest lang changes', async () => {
      const wrap = await fixture(
        html`<div lang="zh-CN"><hbrs-retirement-age now=${NOW}></hbrs-retirement-age></div>`,
      );
      const el = wrap.querySelector('hbrs-retirement-age')!;
      expect(text($(el, 'h2'))).to.equal('退休年龄测算');
      wrap.setAttribute('lang', 'en');
      await until(() => text($(el, 'h2')) === 'When do I retire?', 'English');
      expect($(el, '.hbrs-root')!.getAttribute('lang')).to.equal('en');
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
          $<HTMLButtonElement>(el, '#ra-steps-toggle')!.click();
        },
      },
    ];

    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan' }, { theme: 'xiangyang', 'large-text': '' }]) {
      it(`has no axe violations in any state (${JSON.stringify(attrs)})`, async () => {
        const { messages } = await captureConsole(async () => {
          const el = await fixture<HbrsRetirementAge>(
            html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`,
          );
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          await expectStatesAccessible(el, states());
        });
        expect(messages).to.deep.equal([]);
      });
    }
  });

  describe('keyboard', () => {
    it('is filled in with real key presses, with visible focus, and announces the result', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`,
      );
      const changes: RetirementChangeDetail[] = [];
      el.addEventListener('hbrs-retirement-change', (e) =>
        changes.push((e as CustomEvent<RetirementChangeDetail>).detail),
      );
      await tab();
      const year = $<HTMLSelectElement>(el, '#ra-year')!;
      expect(deepActiveElement()).to.equal(year);
      expect(year.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(year).outlineStyle).to.equal('solid');
      await sendKeys({ type: '1970' });
      expect(year.value).to.equal('1970');
      await tab();
      const month = $<HTMLSelectElement>(el, '#ra-month')!;
      expect(deepActiveElement()).to.equal(month);
      await press('ArrowDown');
      expect(month.value).to.equal('1');
      await tab();
      expect(deepActiveElement()).to.equal($(el, '#ra-cat-male'));
      await press('Space');
      await el.updateComplete;
      expect(fact(el, 'age')).to.equal('61岁4个月');
      await press('ArrowDown');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, '#ra-cat-female-55'));
      expect(fact(el, 'age')).to.equal('55岁1个月');
      const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
      await until(() => live.textContent!.includes('55岁1个月'), 'announced');
      expect(text(live)).to.contain('法定退休时间2025年2月').and.contain('延迟1个月');
      expect(el.shadowRoot!.querySelectorAll('[aria-live]').length).to.equal(1);
      await tab();
      expect(deepActiveElement()).to.equal($(el, '#ra-years'));
      await sendKeys({ type: '２０' });
      await el.updateComplete;
      expect(fact(el, 'track')).to.contain('已缴20年');
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
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const toggle = $<HTMLButtonElement>(el, '#ra-steps-toggle')!;
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#ra-steps')!.hidden).to.equal(true);
      setTimeout(() => press('Enter'));
      const opened = (await oneEvent(el, 'hbrs-retirement-explain')) as CustomEvent<{ open: boolean }>;
      expect(opened.detail).to.deep.equal({ open: true });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal($(el, '#ra-steps-title'));
      const steps = [...el.shadowRoot!.querySelectorAll('#ra-steps li')].map(text);
      expect(steps[0]).to.contain('⌊60÷4⌋+1 = 16').and.contain('延迟16个月');
      expect(steps).to.have.length(6);
      await tab();
      expect(deepActiveElement()).to.equal($(el, '.steps-close'));
      await press('Escape');
      await el.updateComplete;
      expect($(el, '#ra-steps')!.hidden).to.equal(true);
      await until(() => deepActiveElement() === toggle, 'focus back on the toggle after Escape');
      await press('Enter');
      await until(() => deepActiveElement() === $(el, '#ra-steps-title'), 'focus in the calculation');
      $<HTMLButtonElement>(el, '.steps-close')!.click();
      await until(() => deepActiveElement() === toggle, 'focus back on the toggle after close');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('clears everything with the reset button and returns focus to the first field', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age
          now=${NOW}
          birth="1970-01"
          category="male"
          contribution-years="3"
        ></hbrs-retirement-age>`,
      );
      $<HTMLButtonElement>(el, '.reset')!.focus();
      await press('Enter');
      await el.updateComplete;
      expect($(el, '[part=empty]')).to.not.equal(null);
      expect($<HTMLSelectElement>(el, '#ra-year')!.value).to.equal('');
      expect($<HTMLInputElement>(el, '#ra-years')!.value).to.equal('');
      expect(
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[type=radio]')].some((r) => r.checked),
      ).to.equal(false);
      await until(() => deepActiveElement() === $(el, '#ra-year'), 'focus on the year');
    });
  });

  describe('URL state', () => {
    it('reads a shared link, writes changes, and Back restores the previous result and closes the calculation', async () => {
      history.replaceState(null, '', '?keep=1&ra.birth=1975-01&ra.cat=female-50&ra.years=10');
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} sync-url birth="1960-01" category="male"></hbrs-retirement-age>`,
      );
      expect(fact(el, 'age')).to.equal('50岁1个月');
      expect($<HTMLInputElement>(el, '#ra-years')!.value).to.equal('10');
      // A user change pushes a history entry.
      $<HTMLInputElement>(el, '#ra-cat-female-55')!.click();
      await el.updateComplete;
      let q = new URLSearchParams(location.search);
      expect(q.get('ra.cat')).to.equal('female-55');
      expect(q.get('ra.birth')).to.equal('1975-01');
      expect(q.get('keep')).to.equal('1');
      expect(fact(el, 'age')).to.equal('56岁4个月');
      // Opening the calculation pushes too.
      $<HTMLButtonElement>(el, '#ra-steps-toggle')!.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('ra.steps')).to.equal('1');
      const explained = oneEvent(el, 'hbrs-retirement-explain');
      history.back();
      expect(((await explained) as CustomEvent<{ open: boolean }>).detail).to.deep.equal({ open: false });
      await el.updateComplete;
      expect($(el, '#ra-steps')!.hidden).to.equal(true);
      expect(deepActiveElement()).to.equal($(el, '#ra-steps-toggle'));
      const changed = oneEvent(el, 'hbrs-retirement-change');
      history.back();
      const detail = ((await changed) as CustomEvent<RetirementChangeDetail>).detail;
      expect(detail).to.deep.include({ birth: '1975-01', category: 'female-50', contributionMonths: 120 });
      await el.updateComplete;
      expect(fact(el, 'age')).to.equal('50岁1个月');
      expect($<HTMLInputElement>(el, '#ra-cat-female-50')!.checked).to.equal(true);
      q = new URLSearchParams(location.search);
      expect(q.get('ra.cat')).to.equal('female-50');
      // Typing replaces the entry instead of adding one.
      const length = history.length;
      const input = $<HTMLInputElement>(el, '#ra-years')!;
      input.value = '11';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('ra.years')).to.equal('11');
      expect(history.length).to.equal(length);
    });

    it('leaves the URL alone without sync-url', async () => {
      history.replaceState(null, '', '?ra.birth=1975-01&ra.cat=female-50');
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      expect(fact(el, 'age')).to.equal('61岁4个月');
      $<HTMLInputElement>(el, '#ra-cat-female-55')!.click();
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
          const el = await fixture<HbrsRetirementAge>(
            html`<hbrs-retirement-age now=${NOW} sync-url></hbrs-retirement-age>`,
          );
          const error = $(el, '[part=error]')!;
          expect(error.querySelectorAll('p.error-line')).to.have.length(2);
          for (const p of error.querySelectorAll('p.error-line')) {
            expect(p.children.length).to.equal(0);
            expect(p.textContent).to.contain(s.replace(/\s+$/, '').slice(0, 20));
          }
          expect($<HTMLInputElement>(el, '#ra-years')!.value).to.equal(s);
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });
  });

  describe('safety', () => {
    it('renders hostile strings typed into the contribution field and preset as attributes as text only', async () => {
      const { messages } = await captureConsole(async () => {
        const el = await fixture<HbrsRetirementAge>(
          html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
        );
        const input = $<HTMLInputElement>(el, '#ra-years')!;
        for (const s of HOSTILE_STRINGS) {
          input.value = s;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          expect(input.value).to.equal(s);
          expect(input.getAttribute('aria-invalid'), s).to.equal(s.trim() ? 'true' : 'false');
          expect(
            el.shadowRoot!.querySelectorAll(
              'img, script, style:not([data-lit]), a[href^="javascript"], svg [onload]',
            ),
          ).to.have.length(0);
          el.setAttribute('birth', s);
          el.setAttribute('category', s);
          el.setAttribute('contribution-years', s);
          await el.updateComplete;
          if (s.trim())
            expect(text($(el, '[part=error]'))).to.contain(s.replace(/\s+/g, ' ').trim().slice(0, 30));
          el.setAttribute('birth', '1970-01');
          el.setAttribute('category', 'male');
          await el.updateComplete;
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
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
        const root = getComputedStyle($(el, '.hbrs-root')!);
        expect(root.fontSize).to.equal('16px');
        expect(root.fontStyle).to.equal('normal');
        expect(root.textTransform).to.equal('none');
        expect(root.boxSizing).to.equal('border-box');
        const select = getComputedStyle($(el, '#ra-year')!);
        expect(select.fontSize).to.equal('16px');
        expect(parseFloat(select.minHeight)).to.equal(44);
        const button = getComputedStyle($(el, '#ra-steps-toggle')!);
        expect(parseFloat(button.minHeight)).to.equal(44);
        expect(button.fontSize).to.equal('16px');
        expect(getComputedStyle($(el, '.fact.key dd')!).fontSize).to.equal('24px');
      } finally {
        remove();
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation, in zh-CN and en', async () => {
      for (const lang of ['zh-CN', 'en']) {
        const page = await openCspPage('hbrs-retirement-age.js', ['hbrs-retirement-age'], lang);
        const el = page.doc.querySelector('hbrs-retirement-age') as HbrsRetirementAge;
        el.setAttribute('birth', '1970-01');
        el.setAttribute('category', 'male');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(text(el.shadowRoot!.querySelector('[data-key="age"] dd')), lang).to.equal(
          lang === 'en' ? '61 years 4 months' : '61岁4个月',
        );
        expect(page.violations, lang).to.deep.equal([]);
        expect(page.errors, lang).to.deep.equal([]);
        const title = el.shadowRoot!.querySelector('h2')!;
        expect(page.win.getComputedStyle(title).color, lang).to.equal('rgb(11, 87, 164)');
        const circle = el.shadowRoot!.querySelector('.chart .tl-statutory')!;
        expect(page.win.getComputedStyle(circle).fill, lang).to.equal('rgb(11, 87, 164)');
      }
    });
  });

  describe('timeline, source, print and layout', () => {
    it('draws an accessible SVG timeline with a text equivalent and no style attributes', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1981-01" category="female-50"></hbrs-retirement-age>`,
      );
      const svg = $<SVGSVGElement>(el, '.chart')!;
      expect(svg.getAttribute('role')).to.equal('img');
      const labelledBy = svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text($(el, `#${id}`)));
      expect(labelledBy[0]).to.equal('退休时间线');
      expect(labelledBy[1]).to.equal(
        '原法定退休年龄：50岁，2031年1月；弹性提前退休，最早：50岁1个月，2031年2月；法定退休年龄：53岁1个月，2034年2月；弹性延迟退休，最晚：56岁1个月，2037年2月',
      );
      const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map(text);
      expect(legend).to.deep.equal([
        '原法定退休年龄 50岁，2031年1月',
        '弹性提前退休，最早 50岁1个月，2031年2月',
        '法定退休年龄 53岁1个月，2034年2月',
        '弹性延迟退休，最晚 56岁1个月，2037年2月',
      ]);
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
      const x = (sel: string) => svg.querySelector(sel)!.getBoundingClientRect().x;
      expect(x('.tl-earliest')).to.be.lessThan(x('.tl-statutory'));
      expect(x('.tl-statutory')).to.be.lessThan(x('.tl-latest'));
      expect(text(svg.querySelector('.tl-label'))).to.equal('53岁1个月');
      const scale = timelineScale(el.result!);
      expect(scale.fromYears).to.equal(50);
      expect(scale.toYears).to.equal(57);
      expect(scale.x(50 * 12)).to.equal(24);
      expect(scale.x(57 * 12)).to.equal(336);
      expect(scale.ticks.map((t) => t.years)).to.deep.equal([50, 51, 52, 53, 54, 55, 56, 57]);
    });

    it('names the legal source with its document number and links, from the policy engine', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`,
      );
      const source = $(el, '[part=source]')!;
      expect(text(source))
        .to.contain('《国务院关于渐进式延迟法定退休年龄的办法》')
        .and.contain('人社部发〔2024〕94号');
      const links = [...source.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.deep.equal([
        'https://www.npc.gov.cn/npc/c2/kgfb/202409/t20240913_439534.html',
        'https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm',
        'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
        'https://www.mohrss.gov.cn/wap/zc/zcwj/202501/t20250101_533701.html',
      ]);
      expect(text(source.querySelector('[data-source="flexible-min-contribution-year"] .badge'))).to.equal(
        '第三方解读，未见官方原文',
      );
      expect(text(source.querySelector('[data-source="retirement-age"] .badge'))).to.equal('官方规定');
      expect([...source.querySelectorAll('a')].map(text)).to.deep.equal([
        'npc.gov.cn',
        'gov.cn',
        'mohrss.gov.cn',
        'mohrss.gov.cn',
      ]);
      // The widget's copy of the records equals the engine's (see provenance.ts).
      for (const s of SOURCES) {
        const { id, document, urls, confidence, official } = policySource(s.id);
        expect(s, s.id).to.deep.equal({ id, document, urls: [...urls], confidence, official });
      }
      expect(el.result).to.equal(undefined);
      el.birth = '1970-01';
      el.category = 'male';
      await el.updateComplete;
      expect(SOURCES.map((s) => s.id)).to.deep.equal(el.result!.sources);
    });

    it('prints the result, the timeline and the calculation without the form and buttons', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part=form]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '#ra-steps-toggle')!).display).to.equal('none');
      expect(getComputedStyle($(el, '#ra-steps')!).display).to.equal('block');
      expect(getComputedStyle($(el, '[part=result]')!).display).to.equal('block');
      expect(getComputedStyle($(el, '[part=source] a')!, '::after').content).to.match(
        /attr\(href\)|npc\.gov\.cn/,
      );
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle($(el, '#ra-steps')!).display).to.equal('none');
    });

    it('reflows at 320 px and in the large-text mode without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const large of [false, true]) {
          const el = await fixture<HbrsRetirementAge>(
            html`<hbrs-retirement-age
              now=${NOW}
              birth="1984-11"
              category="female-50"
              contribution-years="5"
              ?large-text=${large}
            ></hbrs-retirement-age>`,
          );
          $<HTMLButtonElement>(el, '#ra-steps-toggle')!.click();
          await el.updateComplete;
          const root = $(el, '.hbrs-root')!;
          expect(root.scrollWidth, `large-text ${large}`).to.be.at.most(root.clientWidth);
          expect(el.getBoundingClientRect().width).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('honours forced colours and reduced motion', async () => {
      const el = await fixture<HbrsRetirementAge>(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      const band = getComputedStyle($(el, '.tl-band')!);
      const canvasText = getComputedStyle($(el, '.tl-axis')!).stroke;
      expect(band.stroke).to.equal(canvasText);
      expect(getComputedStyle($(el, '.tl-statutory')!).fill).to.not.equal('rgb(11, 87, 164)');
      await expectAccessible(el);
    });
  });

  describe('model', () => {
    it('parses year-months leniently and the current month in Asia/Shanghai', () => {
      expect(parseYm('1970-5')).to.deep.equal({ year: 1970, month: 5 });
      expect(parseYm('１９７０－０５')).to.deep.equal({ year: 1970, month: 5 });
      expect(parseYm('1970-05-31')).to.deep.equal({ year: 1970, month: 5 });
      expect(parseYm('1970-00')).to.equal(undefined);
      expect(parseYm(1970)).to.equal(undefined);
      // 2026-03-31 20:00 UTC is already April 1st in Shanghai.
      expect(currentMonth(new Date(Date.UTC(2026, 2, 31, 20)))).to.deep.equal({ year: 2026, month: 4 });
    });

    it('has English texts for every Chinese key', () => {
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(zhCN).sort());
    });
  });
});
