import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { deepActiveElement, expectAccessible, expectStatesAccessible, press } from '@hbrs/testing';
import { ServiceMapPage, clearUrl, create, fixtureClient, host, mount } from './test/page.js';

afterEach(clearUrl);

describe('<hbrs-service-map> states and accessibility', () => {
  const client = fixtureClient({ points: 30 });
  let failNext = true;
  const flaky = fixtureClient({ points: 30, fail: () => failNext });

  for (const attrs of [
    {},
    { lang: 'en' },
    { theme: 'wuhan' },
    { theme: 'xiangyang', 'large-text': '' },
  ] as Record<string, string>[])
    it(`has no axe violations in loading, error, ready, empty, detail and located states ${JSON.stringify(attrs)}`, async function () {
      this.timeout(30_000);
      const wrap = await host();
      const el = create(fixtureClient({ hang: true }), attrs);
      wrap.append(el);
      const page = new ServiceMapPage(el);
      await expectStatesAccessible(el, [
        { name: 'loading', enter: async () => void (await el.updateComplete) },
        {
          name: 'error',
          enter: async () => {
            el.client = fixtureClient({ fail: () => true });
            await waitUntil(() => page.error);
          },
        },
        {
          name: 'ready',
          enter: async () => {
            el.client = client;
            await page.ready();
          },
        },
        {
          name: 'empty',
          enter: async () => {
            await page.search('没有这样的网点zzz');
            expect(page.empty).to.exist;
          },
        },
        {
          name: 'detail',
          enter: async () => {
            page.empty!.querySelector('button')!.click();
            await el.updateComplete;
            await page.open();
            expect(page.detail.isOpen).to.equal(true);
          },
        },
        {
          name: 'located (distances)',
          enter: async () => {
            await page.detail.back();
            await page.chooseCity('420100');
          },
        },
      ]);
    });

  it('themes the point detail with the same tokens', async () => {
    const page = await mount(client, 'theme=xiangyang');
    page.el.style.setProperty('--hbrs-color-success', 'rgb(1, 2, 3)');
    page.el.now = new Date('2026-01-06T02:30:00Z');
    await page.open();
    const link = page.detail.appLinks[0]!;
    expect(getComputedStyle(link).color).to.equal('rgb(155, 34, 38)');
    expect(getComputedStyle(page.detail.find('.sm-open')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('says what went wrong in plain words and retries by keyboard', async () => {
    failNext = true;
    const wrap = await host();
    const el = create(flaky);
    wrap.append(el);
    const page = new ServiceMapPage(el);
    await waitUntil(() => page.error);
    expect(page.error!.textContent).to.contain('数据服务返回了错误');
    expect(page.find('.sm-map')).to.equal(null);
    failNext = false;
    page.error!.querySelector('button')!.focus();
    setTimeout(() => press('Enter'));
    const ev = (await oneEvent(el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
    expect(ev.detail).to.deep.equal({ reason: 'user' });
    await page.ready();
    expect(page.items.length).to.equal(20);
  });

  it('offers a way out of the empty result (clear filters) and puts focus back in the form', async () => {
    const page = await mount(client);
    await page.search('qqqqqqqq');
    const empty = page.empty!;
    expect(empty.textContent).to.contain('没有符合条件的网点');
    expect(page.view!.stats.objects).to.equal(0);
    empty.querySelector('button')!.click();
    await page.el.updateComplete;
    expect(page.items).to.have.length(20);
    expect(deepActiveElement()).to.equal(page.keyword);
    expect(page.keyword.value).to.equal('');
  });

  it('an empty feed with no filter set offers nothing to clear', async () => {
    const page = await mount(fixtureClient({ points: 0 }));
    const empty = page.empty!;
    expect(empty).to.exist;
    expect(empty.textContent).to.contain('没有符合条件的网点');
    expect(empty.querySelector('button')).to.equal(null);
    await expectAccessible(page.el);
  });

  it('announces the count once typing pauses, through one polite live region', async () => {
    const page = await mount(fixtureClient({ points: 40 }));
    const live = page.liveRegions;
    expect(live).to.have.length(1);
    await page.search('江岸');
    await waitUntil(
      () => /找到 \d+ 个网点/.test(live[0]!.textContent!) && !live[0]!.textContent!.includes('40'),
      'no announcement',
      { timeout: 2000 },
    );
  });

  it('stays usable and accessible in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const page = await mount(fixtureClient({ points: 60 }));
      const cluster = page.clusters[0]!;
      expect(getComputedStyle(cluster).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(cluster).borderTopStyle).to.equal('solid');
      await page.open();
      await waitUntil(() => page.selectedRing);
      expect(getComputedStyle(page.selectedRing!).borderTopWidth).to.equal('4px');
      await expectAccessible(page.el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('honours prefers-reduced-motion (no zoom or fade animation)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const page = await mount(fixtureClient({ points: 10 }));
      const view = page.view!;
      const z = view.map.zoom;
      page.zoomInButton.click();
      // No animation: the new zoom holds at once.
      expect(view.map.zoom).to.equal(z + 1);
      expect(view.map.animating).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <hbrs-service-map large-text .client=${fixtureClient({ points: 20 })}></hbrs-service-map>
        </div>`,
      );
      const page = await new ServiceMapPage(wrap.querySelector('hbrs-service-map')!).ready();
      const root = page.root;
      expect(root.scrollWidth).to.be.at.most(320);
      expect(page.el.getBoundingClientRect().width).to.be.at.most(320);
      await page.open();
      expect(root.scrollWidth).to.be.at.most(320);
      await expectAccessible(page.el);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
