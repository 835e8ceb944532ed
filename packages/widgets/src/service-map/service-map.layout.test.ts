import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CITY_SEATS } from './cities.js';
import { ServiceMapPage, clearUrl, create, fixtureClient } from './test/page.js';

afterEach(clearUrl);

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));
const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The widget inside a host page region that scrolls, below a clipping ancestor (as portal layouts do). */
async function inScrollingHost(
  width: number,
  points = 200,
): Promise<{ page: ServiceMapPage; scroller: HTMLElement }> {
  const outer = await fixture<HTMLDivElement>(
    html`<div>
      <div class="scroller">
        <div class="header">portal header</div>
        <div class="slot"></div>
        <div class="footer">portal footer</div>
      </div>
    </div>`,
  );
  const box = (s: string): CSSStyleDeclaration => outer.querySelector<HTMLElement>(s)!.style;
  Object.assign(outer.style, { overflow: 'hidden', width: `${width}px` });
  Object.assign(box('.scroller'), { height: '700px', overflow: 'auto' });
  box('.header').height = '300px';
  box('.footer').height = '1200px';
  const el = create(fixtureClient({ points }));
  outer.querySelector('.slot')!.append(el);
  const page = await new ServiceMapPage(el).ready();
  return { page, scroller: outer.querySelector<HTMLElement>('.scroller')! };
}

describe('<hbrs-service-map> layout', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('keeps the map beside the list at 1280 px: the list is as tall as the map column and scrolls', async () => {
    const { page, scroller } = await inScrollingHost(1280);
    const list = page.listColumn;
    const mapCol = page.mapColumn;
    // No blank space beside the list: it ends where the map column's content (map and notes) ends.
    const mapEnd = (): number => mapCol.lastElementChild!.getBoundingClientRect().bottom;
    expect(Math.abs(list.getBoundingClientRect().bottom - mapEnd())).to.be.below(40);
    expect(list.scrollHeight, 'the results do not fit: the list scrolls').to.be.greaterThan(
      list.clientHeight + 200,
    );
    // The host page scrolls the widget's columns into view.
    scroller.scrollTop += list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    await frame();
    const view = scroller.getBoundingClientRect();
    const frameBox = page.mapFrame.getBoundingClientRect();
    expect(frameBox.top).to.be.at.least(view.top - 1);
    expect(frameBox.bottom).to.be.at.most(view.bottom + 1);
    // Scrolling the list to its last result: it is still beside the map.
    const last = page.items.at(-1)!;
    list.scrollTop = list.scrollHeight;
    await frame();
    const lastBox = last.getBoundingClientRect();
    const mapBox = page.mapFrame.getBoundingClientRect();
    expect(lastBox.bottom).to.be.at.most(list.getBoundingClientRect().bottom + 1);
    expect(lastBox.top).to.be.within(mapBox.top - 80, mapBox.bottom + 150);
    expect(mapBox.right).to.be.at.most(list.getBoundingClientRect().left);
    // Tabbing through the list scrolls it, not past the map.
    page.items[0]!.focus();
    expect(list.scrollTop).to.equal(0);
  });

  it('keeps an open detail beside the map, scrolling inside the column', async () => {
    const { page } = await inScrollingHost(1280);
    await page.open();
    const list = page.listColumn;
    expect(page.detail.isOpen).to.equal(true);
    const mapEnd = page.mapColumn.lastElementChild!.getBoundingClientRect().bottom;
    expect(Math.abs(list.getBoundingClientRect().bottom - mapEnd)).to.be.below(40);
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
    expect(list.scrollTop).to.equal(0);
  });

  it('stacks map above list at 360 px, with the list in the page flow and nothing wider than the screen', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { page } = await inScrollingHost(360);
      const list = page.listColumn;
      expect(page.mapColumn.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().top);
      expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
      expect(page.root.scrollWidth).to.be.at.most(page.root.clientWidth);
      expect(page.el.getBoundingClientRect().width).to.be.at.most(360);
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it('keeps the 市州 names readable at the province view: none under a cluster, or the cluster names the city', async () => {
    // Points around every city seat: a cluster sits on each name, as with the real data.
    const client = fixtureClient({
      points: CITY_SEATS.length * 12,
      edit: (feeds) =>
        feeds['service-points'].items.forEach((p, i) => {
          const c = CITY_SEATS[i % CITY_SEATS.length]!;
          p.location = { lng: c.lng + ((i % 5) - 2) * 0.01, lat: c.lat + ((i % 3) - 1) * 0.01, crs: 'WGS84' };
        }),
    });
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.style.width = '900px';
    const el = create(client);
    wrap.append(el);
    const page = await new ServiceMapPage(el).ready();
    await waitUntil(() => page.clusters.length >= 4, 'no clusters on the names');
    const clusters = page.clusters.map((c) => ({
      box: c.getBoundingClientRect(),
      name: c.textContent ?? '',
    }));
    let moved = 0;
    for (const label of page.cityLabels) {
      const name = label.textContent!;
      if (label.hidden) {
        expect(
          clusters.some((c) => c.name.includes(name)),
          `${name} hidden and not named`,
        ).to.equal(true);
        continue;
      }
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      for (const c of clusters) expect(overlap(box, c.box), `${name} under a cluster`).to.equal(false);
      if (label.style.translate) moved++;
    }
    expect(moved, 'names moved aside').to.be.greaterThan(0);
    // The names the issue found covered are among them.
    expect(page.cityLabels.map((l) => l.textContent)).to.include.members(['襄阳市', '孝感市', '黄冈市']);
  });
});
