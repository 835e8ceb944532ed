import { expect, waitUntil } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  hugeText,
  installHostileHost,
  openCspPage,
  press,
  wasPwned,
} from '@hbrs/testing';
import type { HbrsServiceMap } from './service-map.js';
import { validTileTemplate } from './map-view.js';
import { ServiceMapPage, clearUrl, fixtureClient, mount } from './test/page.js';

afterEach(clearUrl);

describe('<hbrs-service-map> safety', () => {
  it('accepts only http(s) tile templates with the {x} {y} {z} {s} placeholders', () => {
    expect(validTileTemplate('https://tiles.example.gov.cn/{z}/{x}/{y}.png')).to.equal(true);
    expect(validTileTemplate('https://t{s}.example.gov.cn/{z}/{x}/{y}.png')).to.equal(true);
    for (const u of HOSTILE_URLS) expect(validTileTemplate(u), u).to.equal(false);
    expect(validTileTemplate('https://x.example/{z}/{x}/{y}.png?k={key}')).to.equal(false);
    expect(validTileTemplate('https://x.example/{z}/{x}/{y}{r}.png')).to.equal(false);
  });

  it('uses Tianditu only with a key, and a custom template only when it is safe', async () => {
    const page = await mount(
      fixtureClient({ points: 10 }),
      'tianditu-key=abc123 attribution=审图号：GS(2099)0000号',
    );
    const el = page.el;
    await waitUntil(() => page.tiles.length > 0);
    const src = page.tiles[0]!.getAttribute('src')!;
    expect(new URL(src).host).to.match(/^t[0-7]\.tianditu\.gov\.cn$/);
    expect(src).to.contain('tk=abc123');
    expect(page.attribution!.textContent).to.contain('天地图');
    // The portal's 审图号 follows the Tianditu credit.
    expect(page.attribution!.textContent).to.match(/天地图.*审图号：GS\(2099\)0000号$/);
    expect(page.cityLabels).to.have.length(0);

    const hostile = HOSTILE_STRINGS[0]!;
    el.removeAttribute('tianditu-key');
    el.setAttribute('tiles', 'custom');
    el.setAttribute('tile-url', 'javascript:alert(1)//{z}/{x}/{y}');
    await waitUntil(() => page.cityLabels.length > 0 && page.view);
    expect(page.tiles).to.have.length(0);
    el.setAttribute('tile-url', 'https://tiles.example.invalid/{z}/{x}/{y}.png');
    el.setAttribute('attribution', hostile);
    await waitUntil(() => page.tiles.length > 0);
    const attribution = page.attribution!;
    expect(attribution.textContent).to.equal(hostile);
    expect(attribution.querySelector('img')).to.equal(null);
    expect(wasPwned()).to.equal(false);
  });

  it('renders hostile strings in inputs and data fields as text, and hostile URLs never become links', async () => {
    const { messages } = await captureConsole(async () => {
      const client = fixtureClient({
        points: HOSTILE_STRINGS.length,
        edit: (f) => {
          f['service-points'].items.forEach((item, i) => {
            const p = item as Record<string, unknown>;
            const s = HOSTILE_STRINGS[i]! || '空';
            p.name = s;
            p.address = s;
            p.bank = { code: 'OTHER', name: s };
            p.phone = HOSTILE_URLS[i % HOSTILE_URLS.length];
            p.contactPerson = s;
            p.openingHours = {
              weekly: [
                {
                  days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
                  open: '00:00',
                  close: '23:59',
                  servicesNote: s,
                },
              ],
              text: s,
            };
            p.status = 'active';
          });
        },
      });
      const page = await mount(client);
      page.moreButton?.click();
      await page.el.updateComplete;
      const items = page.items;
      const expected = HOSTILE_STRINGS.filter((s) => s !== '').length + 1;
      expect(items.length).to.equal(expected);
      for (const b of items) {
        expect(b.querySelector('.sm-item-name')!.children.length).to.equal(0);
        expect(b.querySelectorAll('img, script, svg, a, style')).to.have.length(0);
      }
      for (const id of items.map((b) => b.dataset.id!)) {
        await page.open(id);
        const d = page.detail.root!;
        expect(d.querySelectorAll('img, script, svg, style, iframe')).to.have.length(0);
        for (const a of page.detail.links) expect(a.href).to.match(/^(https:|tel:)/);
        expect(page.detail.title!.children.length).to.equal(0);
        await press('Escape');
        await page.el.updateComplete;
      }
      for (const s of HOSTILE_STRINGS) {
        await page.search(s);
        expect(page.keyword.value).to.equal(s.replace(/[\r\n]/g, ''));
      }
      expect(page.findAll('script, iframe')).to.have.length(0);
    });
    expect(wasPwned()).to.equal(false);
    expect(messages).to.deep.equal([]);
  });

  it('clamps a 1 MB name (and a long address) in its list item; the detail shows a long name whole', async function () {
    this.timeout(30000); // laying out 1 MB of text takes seconds on a loaded machine
    const huge = hugeText();
    const long = hugeText(100000);
    const ids: string[] = [];
    const client = fixtureClient({
      points: 3,
      edit: (f) => {
        const items = f['service-points'].items as Record<string, unknown>[];
        ids.push(...items.map((p) => p.id as string));
        items[0]!.name = huge;
        items[1]!.name = long;
        items[1]!.address = long;
      },
    });
    const page = await mount(client);
    const height = (id: string) => page.item(id)!.getBoundingClientRect().height;
    const usual = height(ids[2]!);
    expect(height(ids[0]!))
      .to.be.above(usual)
      .and.at.most(usual + 60);
    expect(height(ids[0]!)).to.be.below(200);
    expect(height(ids[1]!)).to.be.below(250);
    // The whole name is the button's text (a screen reader reads it), and the detail shows it whole, wrapped.
    expect(page.item(ids[0]!)!.querySelector('.sm-item-name')!.textContent).to.equal(huge);
    await page.open(ids[1]);
    await waitUntil(() => page.detail.title, 'detail did not open');
    const title = page.detail.title!;
    expect(title.textContent!.trim()).to.equal(long);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
    expect(title.getBoundingClientRect().height).to.be.above(1000);
  });

  it('keeps its look on a hostile host page', async () => {
    const remove = installHostileHost();
    try {
      const page = await mount(fixtureClient({ points: 10 }));
      const root = getComputedStyle(page.root);
      expect(root.fontSize).to.equal('16px');
      expect(root.fontStyle).to.equal('normal');
      expect(root.textTransform).to.equal('none');
      expect(root.boxSizing).to.equal('border-box');
      const item = getComputedStyle(page.items[0]!);
      expect(parseFloat(item.minHeight)).to.equal(44);
      expect(item.fontSize).to.equal('16px');
      const frame = page.mapFrame.getBoundingClientRect();
      expect(frame.height).to.be.closeTo(420, 2);
      expect(page.view!.map.size.y).to.be.greaterThan(300);
    } finally {
      remove();
    }
  });

  it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
    const csp = await openCspPage('hbrs-service-map.js', ['hbrs-service-map']);
    // The CDN bundle's own element class: seen from outside through the same page object.
    const page = new ServiceMapPage(csp.doc.querySelector('hbrs-service-map') as HbrsServiceMap);
    await waitUntil(() => page.find('.item'), 'no list under CSP', { timeout: 10000 });
    await waitUntil(() => page.find('.sm-map canvas'), 'no map under CSP', { timeout: 10000 });
    await waitUntil(() => page.clusters.length > 0);
    page.items[0]!.click();
    await page.el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(page.shadow.textContent).to.contain('示例数据');
    expect(csp.violations).to.deep.equal([]);
    expect(csp.errors).to.deep.equal([]);
    expect(csp.win.getComputedStyle(page.heading).color).to.equal('rgb(11, 87, 164)');
    // The map's layout CSS applies inside the shadow root.
    const pane = page.find('.sm-layer')!;
    expect(csp.win.getComputedStyle(pane).position).to.equal('absolute');
    // The point detail (its own element) opened there too, styled.
    expect(page.detail.title).to.exist;
    expect(csp.win.getComputedStyle(page.detail.element!).borderTopStyle).to.equal('solid');
  });
});
