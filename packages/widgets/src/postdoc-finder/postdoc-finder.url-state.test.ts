import { expect, waitUntil } from '@open-wc/testing';
import { deepActiveElement } from '@hbrs/testing';
import { PostdocPage, clearUrl, pdParams, text } from './test/page.js';

const mount = PostdocPage.mount;

describe('<hbrs-postdoc-finder> URL state', () => {
  afterEach(clearUrl);

  it('mirrors filters, the open programme and the comparison; Back closes the detail; a link restores all', async () => {
    const page = await mount({ syncUrl: true });
    const el = page.el;
    await page.select('city', '420100');
    await page.setKeyword('gx');
    page.pins[0]!.click();
    await el.updateComplete;
    const pinned = el.comparedIds[0]!;
    const opener = page.openers[0]!;
    const id = opener.dataset.open!;
    opener.click();
    await page.detailOpened();
    await el.updateComplete;
    expect(pdParams()).to.deep.equal({ 'pd.q': 'gx', 'pd.city': '420100', 'pd.id': id, 'pd.cmp': pinned });
    expect(deepActiveElement()).to.equal(page.detailTitle);
    history.back();
    await waitUntil(() => !page.detail, 'Back did not close the detail');
    await el.updateComplete;
    // Focus was in the detail: it goes back to the card, not to the page.
    expect((deepActiveElement() as HTMLElement).dataset.open).to.equal(id);
    history.forward();
    await page.detailOpened('Forward did not reopen the detail');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(page.detailTitle);
    history.back();
    await waitUntil(() => !page.detail);
    expect(pdParams()['pd.id']).to.equal(undefined);
    expect(page.input.value).to.equal('gx');
    // Round trip: a fresh widget on the shared link shows the same state.
    history.replaceState(null, '', `${location.pathname}${location.search}&pd.id=${id}`);
    const copy = await mount({ syncUrl: true });
    expect(copy.el.currentFilters).to.include({ q: 'gx', city: '420100' });
    expect(copy.el.comparedIds).to.deep.equal([pinned]);
    expect(text(copy.detailTitle)).to.contain(text(opener.querySelector('.host')));
  });

  it('leaves the URL alone without sync-url', async () => {
    const page = await mount();
    await page.select('city', '420100');
    expect(pdParams()).to.deep.equal({});
  });
});
