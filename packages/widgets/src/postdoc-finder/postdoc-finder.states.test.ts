import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expectAccessible, expectStatesAccessible, press } from '@hbrs/testing';
import { englishTexts, type HbrsPostdocFinder } from './postdoc-finder.js';
import { fixtureClient } from './test/fixtures.js';
import { PostdocPage, clearUrl, text } from './test/page.js';

type El = HbrsPostdocFinder;
const mount = PostdocPage.mount;
const pageOf = (el: El) => new PostdocPage(el);

describe('<hbrs-postdoc-finder> states and accessibility', () => {
  afterEach(clearUrl);

  it('shows the loading skeleton while the data loads', async () => {
    const client = fixtureClient({ delay: 300 });
    const el = await fixture<El>(html`<hbrs-postdoc-finder .client=${client}></hbrs-postdoc-finder>`);
    const page = pageOf(el);
    expect(page.loading!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
    await page.settled();
  });

  const states = [
    { name: 'ready', enter: async () => {} },
    {
      name: 'suggestions open',
      enter: async (el: El) => {
        await pageOf(el).setKeyword('jsj');
      },
    },
    {
      name: 'suggestion active',
      enter: async (el: El) => {
        pageOf(el).input.focus();
        await press('ArrowDown');
      },
    },
    {
      name: 'filtered with chips',
      enter: async (el: El) => {
        await pageOf(el).select('city', '420100');
        pageOf(el).input.blur();
      },
    },
    {
      name: 'empty',
      enter: async (el: El) => {
        await pageOf(el).setKeyword('zzqqxx');
        pageOf(el).input.blur();
      },
    },
    {
      name: 'comparison',
      enter: async (el: El) => {
        const page = pageOf(el);
        await page.setKeyword('');
        page.pins[0]!.click();
        await el.updateComplete;
        page.pins[1]!.click();
      },
    },
    {
      name: 'detail',
      enter: async (el: El) => {
        pageOf(el).openers[0]!.click();
      },
    },
  ];

  for (const lang of ['zh-CN', 'en']) {
    it(`has no axe violations in any state (${lang})`, async function () {
      // Seven states checked by axe, with the detail and comparison in their own shadow roots: slow on a
      // busy machine with coverage on.
      this.timeout(30_000);
      const page = await mount({ lang });
      await expectStatesAccessible(page.el, states);
    });
  }

  it('has no axe violations in the error state, a theme and the large-text mode', async () => {
    const failed = await mount({ client: fixtureClient({ status: 500 }) });
    await expectAccessible(failed.el);
    const ok = (await mount()).el;
    ok.setAttribute('theme', 'xiangyang');
    ok.setAttribute('large-text', '');
    await expectStatesAccessible(ok, states.slice(0, 3));
  });

  it('switches language when the page does, loading the English texts on demand', async () => {
    const page = await mount();
    expect(text(page.count)).to.equal('找到 40 个博士后站点');
    page.el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => text(page.count) === '40 postdoc programmes found');
    expect(text(page.label)).to.equal('Search hosts or disciplines');
    const loading = await fixture<El>(
      html`<div lang="en">
        <hbrs-postdoc-finder .client=${fixtureClient({ delay: 200 })}></hbrs-postdoc-finder>
      </div>`,
    );
    const l = pageOf(loading.querySelector('hbrs-postdoc-finder')!);
    await l.el.updateComplete;
    expect(text(l.heading)).to.equal('Find a postdoc programme in Hubei');
    expect(text(l.loading)).to.equal('Loading…');
  });

  it('asks once for English texts that fail to load, keeps the Chinese ones, and asks again on a data reload', async () => {
    const real = englishTexts.importer;
    let calls = 0;
    englishTexts.forget();
    // Fails the way a network does: a moment later (an immediate rejection would make the old loop spin).
    englishTexts.importer = () => {
      calls++;
      return new Promise((_, reject) =>
        setTimeout(() => reject(new TypeError('Failed to fetch dynamically imported module')), 5),
      );
    };
    try {
      const page = await mount({ lang: 'en' });
      const el = page.el;
      await waitUntil(() => calls > 0, 'the English texts were never asked for');
      // Updates of every kind: typing, a filter, a detail, and plain re-renders (each used to ask again).
      await page.setKeyword('武汉');
      await page.setKeyword('');
      page.openers[0]!.click();
      await page.detailOpened();
      for (let i = 0; i < 5; i++) {
        el.requestUpdate();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(calls).to.equal(1);
      expect(text(page.label)).to.equal('搜索单位或学科');
      // A data reload (here a new source) asks again, and the English texts arrive.
      englishTexts.importer = real;
      el.client = fixtureClient();
      await waitUntil(
        () => text(page.label) === 'Search hosts or disciplines',
        'English never arrived after the reload',
      );
    } finally {
      englishTexts.importer = real;
    }
  });

  it('renders English from the nearest lang', async () => {
    const page = await mount({ lang: 'en' });
    expect(text(page.heading)).to.equal('Find a postdoc programme in Hubei');
    expect(text(page.count)).to.equal('40 postdoc programmes found');
    expect(page.section.getAttribute('lang')).to.equal('en');
    expect(text(page.facet('city'))).to.contain('Wuhan (27)');
    expect(text(page.cards[2]!)).to.contain('Open calls: 1 · Research directions: 2 · Places: 3');
    expect(text(page.cards[2]!)).to.contain('Funding: Postdoctoral Innovative Talent Support Programme');
    expect(text(page.root)).not.to.match(/[：（）]/);
    page.openers[2]!.click();
    await page.detailOpened();
    const detail = text(page.detail);
    for (const s of [
      'Back to results',
      'Requirements',
      'Aged 35 or under',
      'Support schemes that apply',
      'Hubei postdoc innovation research posts',
    ])
      expect(detail, s).to.contain(s);
    expect(detail).not.to.match(/[：（）]/);
  });

  it('honours forced colours and reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const page = await mount();
      const pin = page.pins[0]!;
      pin.click();
      await page.el.updateComplete;
      expect(getComputedStyle(pin).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(pin).borderTopStyle).to.equal('solid');
      const slow = pageOf(
        await fixture<El>(
          html`<hbrs-postdoc-finder
            loading="eager"
            .client=${fixtureClient({ delay: 300 })}
          ></hbrs-postdoc-finder>`,
        ),
      );
      expect(getComputedStyle(slow.skeleton!).animationName).to.equal('none');
      await slow.settled();
    } finally {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });

  it('keeps a page at 360 px free of horizontal scrolling with three programmes compared', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      for (const large of [false, true]) {
        const page = await mount();
        const el = page.el;
        el.toggleAttribute('large-text', large);
        for (const pin of page.pins.slice(0, 3)) {
          pin.click();
          await el.updateComplete;
        }
        await waitUntil(() => page.compare, 'no comparison');
        await el.updateComplete;
        const doc = document.documentElement;
        expect(doc.clientWidth).to.equal(360);
        expect(doc.scrollWidth, `large-text ${large}`).to.be.at.most(360);
        // The table scrolls inside its own region instead.
        const wrap = page.compare!.querySelector<HTMLElement>('.table-wrap')!;
        expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // 320 px, and the large-text mode at 320 px (what 200% zoom on a 640 px window looks like, and more).
      for (const large of [false, true]) {
        const page = await mount();
        const el = page.el;
        el.style.width = '320px';
        el.toggleAttribute('large-text', large);
        await el.updateComplete;
        const section = page.section;
        expect(section.scrollWidth, `list, large-text ${large}`).to.be.at.most(section.clientWidth + 1);
        page.openers[0]!.click();
        await page.detailOpened();
        expect(section.scrollWidth, `detail, large-text ${large}`).to.be.at.most(section.clientWidth + 1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
