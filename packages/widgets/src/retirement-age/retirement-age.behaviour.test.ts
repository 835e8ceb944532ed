import { expect, fixture, html } from '@open-wc/testing';
import { policySource } from '@hbrs/sdk/policy';
import { SOURCES } from './provenance.js';
import { computeModel, currentMonth, parseYm, timelineScale } from './model.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';
import { NOW, RetirementPage, restorePage, text } from './test/page.js';

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

describe('<hbrs-retirement-age> behaviour', () => {
  afterEach(restorePage);

  describe('the example rows of policy-rules.md §1.4', () => {
    for (const [category, rows] of Object.entries(POLICY_RULES_1_4) as [
      keyof typeof POLICY_RULES_1_4,
      Row[],
    ][]) {
      it(`renders every ${category} row: retirement month, age, delay and minimum contribution`, async () => {
        const page = await RetirementPage.mount(
          html`<hbrs-retirement-age now=${NOW} category=${category}></hbrs-retirement-age>`,
        );
        const el = page.el;
        for (const [birth, delay, age, retireAt, min] of rows) {
          el.setAttribute('birth', birth);
          await el.updateComplete;
          const row = `${category} ${birth}`;
          expect(page.fact('age'), row).to.equal(age);
          expect(page.factTime('retire-at'), row).to.equal(retireAt);
          const [y, m] = retireAt.split('-').map(Number);
          expect(page.fact('retire-at'), row).to.equal(`${y}年${m}月`);
          expect(page.fact('delay'), row).to.equal(
            delay === 0 ? '不延迟' : `延迟${delay}个月${delay === CAP[category] ? '（已达上限）' : ''}`,
          );
          expect(page.fact('min-contribution'), row).to.equal(`${min}（${y}年达到法定退休年龄）`);
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
      const page = new RetirementPage(el);
      expect(page.fact('age')).to.equal('61 years 4 months');
      expect(page.fact('retire-at')).to.equal('May 2031');
      expect(page.fact('delay')).to.equal('16 months later');
      expect(page.fact('min-contribution')).to.equal('16 years (statutory age reached in 2031)');
      el.setAttribute('birth', '1965-01');
      await el.updateComplete;
      expect(page.fact('age')).to.equal('60 years 1 month');
      expect(page.fact('delay')).to.equal('1 month later');
      el.setAttribute('birth', '1972-06');
      await el.updateComplete;
      expect(page.fact('min-contribution')).to.equal('17 years 6 months (statutory age reached in 2034)');
      expect(page.frame.getAttribute('lang')).to.equal('en');
    });

    it('shows the flexible earliest and latest retirement (§1.6)', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1976-09" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      expect(page.fact('earliest')).to.match(/^60岁，2036年9月/);
      expect(page.factTime('earliest')).to.equal('2036-09');
      expect(page.fact('latest')).to.match(/^66岁，2042年9月/);
      expect(page.factTime('latest')).to.equal('2042-09');
      el.birth = '1984-11';
      el.category = 'female-50';
      await el.updateComplete;
      expect(page.fact('age')).to.equal('55岁');
      expect(page.fact('earliest')).to.match(/^52岁，2036年11月/);
      expect(page.fact('earliest')).to.contain('最低缴费年限18年');
      expect(page.fact('latest')).to.match(/^58岁，2042年11月/);
      el.birth = '1970-01';
      el.category = 'male';
      await el.updateComplete;
      // For men the earliest is always the original 60; it is not "early" when the statutory age is 60 itself.
      expect(page.fact('earliest')).to.match(/^60岁，2030年1月/);
      el.birth = '1964-12';
      await el.updateComplete;
      expect(text(page.notice)).to.contain('2025年1月之前').and.contain('弹性退休也不适用');
      // Flexible retirement exists from 2025-01-01 only: no earliest / latest, no timeline, no such steps.
      expect(page.factRow('earliest')).to.equal(null);
      expect(page.factRow('latest')).to.equal(null);
      expect(page.timeline).to.equal(null);
      expect([...page.stepItems].map((li) => li.getAttribute('data-key'))).to.deep.equal([
        'delay',
        'age',
        'retireAt',
        'minContribution',
      ]);
      el.birth = '1977-01';
      await el.updateComplete;
      expect(text(page.result)).to.contain('晚于官方对照表的最后一行');
    });
  });

  describe('minimum contribution track', () => {
    it('says whether the person is on track, short, or already there', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now="2026-01" birth="1972-06" category="male"></hbrs-retirement-age>`,
      );
      const el = page.el;
      expect(page.factRow('track')).to.equal(null);
      // 1972-06 male: statutory 2034-05, minimum 17y6m = 210 months; 2026-01 → 2034-05 is 100 months.
      el.contributionYears = '9';
      await el.updateComplete;
      expect(page.factRow('track')!.dataset.track).to.equal('short');
      expect(page.fact('track')).to.contain('已缴9年').and.contain('约17年4个月').and.contain('仍差2个月');
      el.contributionYears = '10';
      await el.updateComplete;
      expect(page.factRow('track')!.dataset.track).to.equal('on-track');
      expect(page.fact('track')).to.contain('约18年4个月').and.contain('可以达到最低缴费年限17年6个月');
      el.contributionYears = '17.5';
      await el.updateComplete;
      expect(page.factRow('track')!.dataset.track).to.equal('met');
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
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1970-01" category="male"></hbrs-retirement-age>`,
      );
      const input = page.contribution;
      const typeInto = (value: string) => page.typeContribution(value);
      await typeInto('１２．５');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(page.fact('track')).to.contain('已缴12年6个月');
      for (const [bad, message] of [
        ['abc', '请输入数字'],
        ['-3', '不能为负数'],
        ['61', '最大为 60'],
        // Exponent notation is read like the number written out (issue 15.6): 1e3 is too large, as 1000 is.
        ['1e3', '最大为 60'],
        ['1000', '最大为 60'],
        // A decimal comma is rejected, not read as 125.
        ['12,5', '小数请用小数点'],
      ] as [string, string][]) {
        await typeInto(bad);
        expect(input.getAttribute('aria-invalid'), bad).to.equal('true');
        expect(text(page.contributionError), bad).to.contain(message);
        expect(input.getAttribute('aria-describedby')).to.contain('ra-years-error');
        expect(page.factRow('track'), bad).to.equal(null);
        expect(page.fact('age')).to.equal('61岁4个月');
      }
      await typeInto('1.25e1');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(page.fact('track')).to.contain('已缴12年6个月');
      await typeInto('');
      expect(page.contributionError).to.equal(null);
    });

    it('reads a preset birth month written with full-width digits, slashes or 年月 (the core parser)', async () => {
      for (const birth of [
        '１９７０－０１',
        '１９７０-０１',
        '1970/1',
        '1970年1月',
        '１９７０年１月１５日',
      ]) {
        const page = await RetirementPage.mount(
          html`<hbrs-retirement-age now=${NOW} birth=${birth} category="male"></hbrs-retirement-age>`,
        );
        expect(page.error, birth).to.equal(null);
        expect(page.fact('age'), birth).to.equal('61岁4个月');
      }
    });
  });

  describe('timeline, source, print and layout', () => {
    it('draws an accessible SVG timeline with a text equivalent and no style attributes', async () => {
      const page = await RetirementPage.mount(
        html`<hbrs-retirement-age now=${NOW} birth="1981-01" category="female-50"></hbrs-retirement-age>`,
      );
      const el = page.el;
      const svg = page.chart!;
      expect(svg.getAttribute('role')).to.equal('img');
      const labelledBy = svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text(page.byId(id)));
      expect(labelledBy[0]).to.equal('退休时间线');
      expect(labelledBy[1]).to.equal(
        '原法定退休年龄：50岁，2031年1月；弹性提前退休，最早：50岁1个月，2031年2月；法定退休年龄：53岁1个月，2034年2月；弹性延迟退休，最晚：56岁1个月，2037年2月',
      );
      const legend = [...page.legendItems].map(text);
      expect(legend).to.deep.equal([
        '原法定退休年龄 50岁，2031年1月',
        '弹性提前退休，最早 50岁1个月，2031年2月',
        '法定退休年龄 53岁1个月，2034年2月',
        '弹性延迟退休，最晚 56岁1个月，2037年2月',
      ]);
      expect(page.shadow.querySelectorAll('[style]')).to.have.length(0);
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
      const page = await RetirementPage.mount(html`<hbrs-retirement-age now=${NOW}></hbrs-retirement-age>`);
      const el = page.el;
      const source = page.source!;
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
      // The documents are named in the page language: no English caveat on a zh-CN page (the badge says it).
      for (const cite of source.querySelectorAll('cite')) expect(text(cite)).not.to.match(/[A-Za-z]{2,}/);
      expect(text(source.querySelector('[data-source="flexible-min-contribution-year"] cite'))).to.equal(
        '人社部发〔2024〕94号',
      );
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
