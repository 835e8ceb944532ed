// Complete English (issue 16): every widget with lang="en", in each of its states, shows no Chinese character in
// its shadow DOM's text or accessible attributes, except inside elements marked as Chinese data (`lang="zh-CN"`:
// names of fairs, employers, venues, outlets, addresses, which have no English form). Also: the month view's
// weekday header fits at 360 px with large text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { normalizeLocale, findLang } from '@hbrs/core';
import { render } from 'lit';
import { baseFairs } from './job-fairs/test/fixtures.js';
import { mount as mountJobFairs, clearUrl as clearJobFairsUrl } from './job-fairs/test/page.js';
import { fixtureClient as postdocClient } from './postdoc-finder/test/fixtures.js';
import { PostdocPage, clearUrl as clearPostdocUrl } from './postdoc-finder/test/page.js';
import {
  EstimatorPage,
  OFFICIAL_FIXTURE,
  mount as mountEstimator,
  mountLazy as mountEstimatorLazy,
} from './pension-estimator/test/page.js';
import type { AdjustmentRuleSet } from '@hbrs/sdk/policy';
import { NOW as RETIREMENT_NOW, RetirementPage } from './retirement-age/test/page.js';
import {
  ServiceMapPage,
  clearUrl as clearServiceMapUrl,
  create as createServiceMap,
  fixtureClient as serviceMapClient,
  host as serviceMapHost,
} from './service-map/test/page.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
];

/** Every piece of Chinese text in `host`'s shadow DOM (and the shadow DOMs inside it) not marked as Chinese. */
function leaks(host: Element): string[] {
  const out: string[] = [];
  const chinese = (el: Element): boolean => normalizeLocale(findLang(el)) === 'zh-CN';
  const visit = (root: ShadowRoot): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Text) {
        const parent = n.parentElement;
        if (!parent || parent.closest('style, script, template')) continue;
        if (CJK.test(n.data) && !chinese(parent)) out.push(`text in <${parent.localName}>: ${n.data.trim()}`);
      } else if (n instanceof Element) {
        for (const a of ATTRIBUTES) {
          const v = n.getAttribute(a);
          if (v && CJK.test(v) && !chinese(n)) out.push(`${a} of <${n.localName}>: ${v}`);
        }
        if (n instanceof HTMLInputElement && CJK.test(n.value) && !chinese(n))
          out.push(`value of <input>: ${n.value}`);
        if (n.shadowRoot) visit(n.shadowRoot);
      }
    }
  };
  visit(host.shadowRoot!);
  return out;
}

/** Fails with the list of leaks when the widget shows Chinese outside marked data. */
function expectEnglish(host: Element, state: string): void {
  expect(host.shadowRoot!.textContent!.trim().length, `${state}: something is shown`).to.be.above(0);
  expect(leaks(host), `${state}: Chinese text in lang="en"`).to.deep.equal([]);
}

describe('English is complete (issue 16)', function () {
  this.timeout(20_000);

  it('the check itself finds Chinese outside marked data, and not inside it', async () => {
    const el = await fixture(html`<div lang="en"></div>`);
    const root = el.attachShadow({ mode: 'open' });
    const marked = html`<p>Wuhan</p>
      <p lang="zh-CN">武汉市人才市场</p>`;
    render(marked, root);
    expect(leaks(el)).to.deep.equal([]);
    render(
      html`${marked}
        <p aria-label="武昌区">x</p>
        <span>Sorted by distance from 武昌区.</span>`,
      root,
    );
    expect(leaks(el)).to.have.length(2);
  });

  describe('<hbrs-job-fairs>', () => {
    afterEach(() => clearJobFairsUrl());

    it('loading, error, empty, list, month view and detail', async () => {
      const held = await mountJobFairs({ hold: true }, {}, 'en');
      await held.el.updateComplete;
      expect(held.page.find('[part=loading]')).to.not.equal(null);
      expectEnglish(held.el, 'loading');
      held.release();

      const failing = await mountJobFairs({ status: 503 }, {}, 'en');
      expect(failing.page.find('[part=error]')).to.not.equal(null);
      expectEnglish(failing.el, 'error');

      const { el, page } = await mountJobFairs({}, { division: '420200' }, 'en');
      expect(page.ids().length).to.be.above(0);
      expectEnglish(el, 'list');
      await page.select('jf-city', '420100');
      await page.select('jf-county', '420106');
      expectEnglish(el, 'list of a county');

      await page.select('jf-campaign', 'jinqiu');
      expect(page.find('[part=empty]')).to.not.equal(null);
      expectEnglish(el, 'empty');
      page.find<HTMLButtonElement>('[part=empty] button')!.click();
      await el.updateComplete;

      await page.openDetail(baseFairs()[0]!.id as string);
      expectEnglish(el, 'detail');
      page.dialog!.close();
      await el.updateComplete;

      el.view = 'month';
      await el.updateComplete;
      await waitUntil(() => page.find('#jf-month-title'), 'no month view');
      expectEnglish(el, 'month view');
    });
  });

  describe('<hbrs-job-fairs> month view at 360 px with large text', () => {
    afterEach(async () => {
      clearJobFairsUrl();
      await setViewport({ width: 800, height: 600 });
    });

    for (const size of ['16px', '24px']) {
      it(`keeps each weekday of the header on one line (host font size ${size}, large text)`, async () => {
        await setViewport({ width: 360, height: 740 });
        const { el, page } = await mountJobFairs({}, { 'large-text': '', view: 'month' }, 'en');
        el.style.setProperty('--hbrs-font-size', size);
        await el.updateComplete;
        await waitUntil(() => page.findAll('.grid th').length === 7, 'no weekday header');
        const heads = page.findAll('.grid th');
        expect(heads.map((th) => th.textContent!.trim())).to.include('Wed');
        for (const th of heads) {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${th.textContent!.trim()}" on one line`).to.equal(1);
          expect(th.scrollWidth, `"${th.textContent!.trim()}" fits its column`).to.be.at.most(th.clientWidth);
        }
        expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(360);
      });
    }
  });

  describe('<hbrs-postdoc-finder>', () => {
    afterEach(() => clearPostdocUrl());

    it('loading, error, empty, list with filters, detail and comparison', async () => {
      const loading = await fixture(html`<div lang="en"></div>`);
      const held = document.createElement('hbrs-postdoc-finder');
      held.client = postdocClient({ delay: 5_000 });
      loading.append(held);
      await waitUntil(() => held.shadowRoot?.querySelector('[part=loading]'), 'no loading view');
      expectEnglish(held, 'loading');

      const failing = await PostdocPage.mount({
        lang: 'en',
        client: postdocClient({ status: 500 }),
        prefetch: false,
      });
      expect(failing.error).to.not.equal(null);
      expectEnglish(failing.el, 'error');

      const page = await PostdocPage.mount({ lang: 'en' });
      expect(page.cards.length).to.be.above(0);
      expectEnglish(page.el, 'list');
      const discipline = page.facetOptions('discipline').find((o) => o.value)!.value;
      await page.select('discipline', discipline);
      const city = page.facetOptions('city').find((o) => o.value)!.value;
      await page.select('city', city);
      expect(page.chips.length).to.be.above(0);
      expectEnglish(page.el, 'list with filters');
      await page.setKeyword('zzzzzz');
      expect(page.empty).to.not.equal(null);
      expectEnglish(page.el, 'empty');
      await page.setKeyword('');
      for (const k of ['discipline', 'city']) await page.select(k, '');

      page.openers[0]!.click();
      await page.detailOpened();
      await page.el.updateComplete;
      expectEnglish(page.el, 'detail');
      page.back.click();
      await page.el.updateComplete;

      for (const pin of page.pins.slice(0, 3)) {
        pin.click();
        await page.el.updateComplete;
      }
      await waitUntil(() => page.compareTitle, 'no comparison');
      expectEnglish(page.el, 'comparison');
    });
  });

  describe('<hbrs-service-map>', () => {
    afterEach(() => clearServiceMapUrl());

    it('loading, error, empty, list by distance from a county, map labels and detail', async () => {
      const loading = createServiceMap(serviceMapClient({ hang: true }));
      (await serviceMapHost('en')).append(loading);
      await waitUntil(() => loading.shadowRoot?.querySelector('[part=loading]'), 'no loading view');
      expectEnglish(loading, 'loading');

      const failing = createServiceMap(serviceMapClient({ fail: () => true }));
      (await serviceMapHost('en')).append(failing);
      await waitUntil(() => failing.shadowRoot?.querySelector('[part=error]'), 'no error view');
      expectEnglish(failing, 'error');

      const el = createServiceMap(serviceMapClient());
      (await serviceMapHost('en')).append(el);
      const page = await new ServiceMapPage(el).ready();
      expectEnglish(el, 'list and map');
      expect(page.cityLabels.map((l) => l.textContent)).to.include('Wuhan');
      await page.chooseCity('420100');
      const county = [...page.countySelect.options].find((o) => o.value)!;
      await page.chooseCounty(county.value);
      expect(page.locateMessage).to.equal(
        `Sorted by distance from ${page.countySelect.selectedOptions[0]!.textContent!.trim()}.`,
      );
      expect(page.locateMessage).to.match(/ (District|County|City)\.$/);
      expectEnglish(el, 'list by distance from a county');

      await page.open();
      await waitUntil(() => page.detail.root, 'no detail');
      expectEnglish(el, 'detail');
      page.detail.find<HTMLButtonElement>('button')!.click();
      await el.updateComplete;

      await page.search('zzzzzz');
      await waitUntil(() => page.empty, 'no empty view');
      expectEnglish(el, 'empty');
    });
  });

  describe('<hbrs-pension-estimator>', () => {
    it('loading, both tabs empty, with results and invalid inputs, error', async () => {
      const lazy = await mountEstimatorLazy('adjustment', 'en');
      expectEnglish(lazy.el, 'loading');
      await lazy.el.updateComplete;

      const p = await mountEstimator(
        html`<div lang="en"><hbrs-pension-estimator mode="adjustment"></hbrs-pension-estimator></div>`,
      );
      expectEnglish(p.el, 'adjustment, empty');
      await p.fill({ pension: '3000', years: '30', aby: '1950', abm: '3' });
      expectEnglish(p.el, 'adjustment, template result');
      p.el.rules = OFFICIAL_FIXTURE;
      await p.el.updateComplete;
      await p.fill({ pension: '3000', years: '30', aby: '1950', abm: '3' });
      expectEnglish(p.el, 'adjustment, result');
      await p.fill({ pension: '-1', years: 'x', aby: '' });
      expectEnglish(p.el, 'adjustment, invalid');

      p.el.rules = undefined;
      p.el.mode = 'retirement';
      await p.el.updateComplete;
      expectEnglish(p.el, 'retirement, empty');
      await p.fill({
        base: '9112',
        index: '1',
        ry: '35',
        deemed: '5',
        balance: '139000',
        ageY: '60',
        ageM: '1',
      });
      p.all<HTMLDetailsElement>('details').forEach((d) => (d.open = true));
      await p.el.updateComplete;
      expectEnglish(p.el, 'retirement, result');
      await p.type('acct', 'project');
      await p.fill({ wage: '8000', left: '5', rate: '', ageM: '13' });
      expectEnglish(p.el, 'retirement, projection and invalid');

      p.el.rules = { schema: 'bad' } as unknown as AdjustmentRuleSet;
      p.el.mode = 'adjustment';
      await p.el.updateComplete;
      expectEnglish(p.el, 'error');
      expect(new EstimatorPage(p.el).text()).to.not.equal('');
    });
  });

  describe('<hbrs-retirement-age>', () => {
    it('empty, error and result', async () => {
      const page = await RetirementPage.mount(
        html`<div lang="en"><hbrs-retirement-age now=${RETIREMENT_NOW}></hbrs-retirement-age></div>`,
      );
      expect(page.empty).to.not.equal(null);
      expectEnglish(page.el, 'empty');
      page.el.birth = '1970-13';
      page.el.category = 'female';
      await page.el.updateComplete;
      expect(page.error).to.not.equal(null);
      expectEnglish(page.el, 'error');
      page.el.birth = '1970-05';
      page.el.category = 'female_55';
      await page.el.updateComplete;
      expect(page.result).to.not.equal(null);
      expectEnglish(page.el, 'result');
    });
  });

  describe('on the built-in sample data (real divisions, disciplines and vocabularies)', () => {
    const now = new Date('2026-12-03T10:00:00+08:00');

    it('<hbrs-job-fairs>: list and a detail', async () => {
      const wrap = await fixture(html`<div lang="en"><hbrs-job-fairs .now=${now}></hbrs-job-fairs></div>`);
      const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await waitUntil(() => el.shadowRoot!.querySelector('[data-fair]'), 'no fairs', { timeout: 10_000 });
      await el.updateComplete;
      expectEnglish(el, 'sample list');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-fair]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] hbrs-job-fair-detail'), 'no detail');
      await el.updateComplete;
      expectEnglish(el, 'sample detail');
    });

    it('<hbrs-postdoc-finder>: list and a detail', async () => {
      const wrap = await fixture(
        html`<div lang="en"><hbrs-postdoc-finder page-size="50" .now=${now}></hbrs-postdoc-finder></div>`,
      );
      const page = new PostdocPage(wrap.firstElementChild as PostdocPage['el']);
      await waitUntil(() => page.cards.length, 'no programmes', { timeout: 10_000 });
      page.section.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
      await page.el.updateComplete;
      expectEnglish(page.el, 'sample list');
      page.openers[0]!.click();
      await page.detailOpened();
      await page.el.updateComplete;
      expectEnglish(page.el, 'sample detail');
    });
  });
});
