import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ServiceMapPage, clearUrl, create, fixtureClient, host } from './test/page.js';

afterEach(clearUrl);

describe('<hbrs-service-map> URL state', () => {
  it('mirrors filters and the open point in the query string; Back closes the detail; a link restores it', async () => {
    const wrap = await host();
    const el = create(fixtureClient({ points: 30 }), { 'sync-url': '' });
    wrap.append(el);
    const page = await new ServiceMapPage(el).ready();
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    page.choose(page.bankSelect, 'ICBC');
    page.choose(page.citySelect, '420100');
    await page.search('支行');
    let q = new URLSearchParams(location.search);
    expect(q.get('keep')).to.equal('1');
    expect(q.get('sm.bank')).to.equal('ICBC');
    expect(q.get('sm.city')).to.equal('420100');
    expect(q.get('sm.q')).to.equal('支行');
    const id = page.ids[0]!;
    await page.open();
    q = new URLSearchParams(location.search);
    expect(q.get('sm.id')).to.equal(id);
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(page.detail.isOpen).to.equal(false);
    expect(page.items[0]).to.exist;

    // A shared link opens the same view.
    const link = `${location.pathname}?sm.bank=ICBC&sm.q=${encodeURIComponent('支行')}&sm.city=420100&sm.id=${id}`;
    history.replaceState(null, '', link);
    const wrap2 = await host();
    const el2 = create(el.client!, { 'sync-url': '' });
    const page2 = new ServiceMapPage(el2);
    const sel = oneEvent(el2, 'hbrs-service-point-select');
    wrap2.append(el2);
    const ev = (await sel) as CustomEvent;
    expect(ev.detail.source).to.equal('url');
    expect(ev.detail.id).to.equal(id);
    await waitUntil(() => page2.view);
    await el2.updateComplete;
    expect(page2.detail.title).to.exist;
    expect(page2.keyword.value).to.equal('支行');
    expect(page2.bankSelect.value).to.equal('ICBC');
    expect(page2.citySelect.value).to.equal('420100');
    await waitUntil(() => page2.view!.selected === id);
    await page2.detail.back();
    expect(new URLSearchParams(location.search).get('sm.id')).to.equal(null);
  });

  it('keeps "only this area" in the URL and restores it from a link', async () => {
    const wrap = await host();
    const client = fixtureClient({ points: 120 });
    const el = create(client, { 'sync-url': '' });
    wrap.append(el);
    const page = await new ServiceMapPage(el).ready();
    await page.chooseCity('420100');
    await page.toggleOnlyArea();
    const q = new URLSearchParams(location.search);
    expect(q.get('sm.city')).to.equal('420100');
    expect(q.get('sm.area')).to.equal('1');
    const count = page.count;
    const index = await client.servicePoints.index();
    expect(count).to.equal(index.locate({ division: '420100' }).total);
    const wrap2 = await host();
    const el2 = create(client, { 'sync-url': '' });
    wrap2.append(el2);
    const page2 = await new ServiceMapPage(el2).ready();
    expect(page2.onlyArea!.checked).to.equal(true);
    expect(page2.count).to.equal(count);
    await page2.toggleOnlyArea();
    expect(new URLSearchParams(location.search).get('sm.area')).to.equal(null);
  });

  it('keeps two maps on one page apart with sync-url values as key prefixes', async () => {
    history.replaceState(null, '', `${location.pathname}?north.bank=ICBC`);
    const client = fixtureClient({ points: 30 });
    const make = async (prefix: string): Promise<ServiceMapPage> => {
      const wrap = await host();
      const el = create(client, { 'sync-url': prefix });
      wrap.append(el);
      return new ServiceMapPage(el).ready();
    };
    const north = await make('north');
    const south = await make('south');
    expect(north.bankSelect.value).to.equal('ICBC');
    expect(south.bankSelect.value).to.equal('');
    await south.search('支行');
    const q = new URLSearchParams(location.search);
    expect(q.get('south.q')).to.equal('支行');
    expect(q.get('north.bank')).to.equal('ICBC');
    expect(q.get('north.q')).to.equal(null);
    expect([...q.keys()].filter((k) => k.startsWith('sm.'))).to.deep.equal([]);
  });

  it('ignores junk in the URL', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?sm.svc=<script>&sm.bank=EVIL&sm.city=abc&sm.id=nope`,
    );
    const wrap = await host();
    const el = create(fixtureClient({ points: 10 }), { 'sync-url': '' });
    wrap.append(el);
    const page = new ServiceMapPage(el);
    await waitUntil(() => page.detail.title);
    expect(page.detail.title!.textContent).to.contain('没有找到这个网点');
    expect(page.serviceSelect.value).to.equal('');
    expect(page.bankSelect.value).to.equal('');
  });
});
