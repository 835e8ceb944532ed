// Data widgets far down a page (or in a hidden box) load when they come near the viewport, not with the page;
// `loading="eager"` loads at once.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fakeClient } from '@hbrs/testing';
import './all.js';

const FILES = ['job-fairs.json', 'postdoc.json', 'service-points.json', 'divisions.json'];
type DataEl = HTMLElement & { client: unknown; loading: string; updateComplete: Promise<unknown> };

describe('data widgets near the viewport', function () {
  this.timeout(30_000);
  let files: Record<string, unknown>;
  before(async () => {
    files = {};
    for (const f of FILES) files[f] = await (await fetch(`/packages/sample-data/feed/${f}`)).json();
  });

  const idle = () => new Promise((r) => setTimeout(r, 300));

  for (const tag of ['hbrs-job-fairs', 'hbrs-postdoc-finder', 'hbrs-service-map']) {
    it(`<${tag}> far below the fold loads only when scrolled near; eager loads at once`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
      box.querySelector<HTMLElement>('.spacer')!.style.height = '6000px';
      const lazy = document.createElement(tag) as DataEl;
      const lazyClient = fakeClient({ files });
      lazy.client = lazyClient.client;
      box.append(lazy);
      const eager = document.createElement(tag) as DataEl;
      const eagerClient = fakeClient({ files });
      eager.client = eagerClient.client;
      eager.loading = 'eager';
      const eagerLoaded = oneEvent(eager, 'hbrs-load');
      box.append(eager);
      await eagerLoaded;
      await idle();
      expect(lazyClient.fetch.calls(), 'a widget 6,000 px down asked for data').to.equal(0);
      expect(lazy.shadowRoot!.querySelector('.hbrs-loading'), 'it shows the loading view meanwhile').to.exist;

      const loaded = oneEvent(lazy, 'hbrs-load');
      lazy.scrollIntoView();
      await loaded;
      expect(lazyClient.fetch.calls()).to.be.greaterThan(0);
      window.scrollTo(0, 0);
    });
  }

  it('in a hidden box: loads when the box is shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div hidden></div>`);
    const el = document.createElement('hbrs-job-fairs') as DataEl;
    const c = fakeClient({ files });
    el.client = c.client;
    box.append(el);
    await idle();
    expect(c.fetch.calls()).to.equal(0);
    const loaded = oneEvent(el, 'hbrs-load');
    box.hidden = false;
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('.hbrs-loading') === null);
  });
});
