import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement, expectAccessible, press, tab } from '@hbrs/testing';
import { clearUrl, fixtureClient, mount } from './test/page.js';

afterEach(clearUrl);

describe('<hbrs-service-map> keyboard, pointer and focus', () => {
  describe('list and detail', () => {
    it('opens a point from the list with the keyboard, focuses its heading, and returns focus on Escape', async () => {
      const page = await mount(fixtureClient({ points: 30 }));
      const first = page.items[0]!;
      // Tab through the controls to the first list item: every stop shows a focus ring.
      let guard = 0;
      while (deepActiveElement() !== first && guard++ < 40) {
        await tab();
        const a = deepActiveElement() as HTMLElement;
        if (a && page.shadow.contains(a))
          expect(getComputedStyle(a).outlineStyle, a.outerHTML.slice(0, 60)).not.to.equal('none');
      }
      expect(deepActiveElement()).to.equal(first);
      const selected = oneEvent(page.el, 'hbrs-service-point-select');
      await press('Enter');
      const ev = (await selected) as CustomEvent;
      expect(ev.detail).to.deep.equal({ id: first.dataset.id, name: ev.detail.name, source: 'list' });
      await page.el.updateComplete;
      const title = page.detail.title!;
      expect(deepActiveElement()).to.equal(title);
      expect(title.textContent).to.equal(ev.detail.name);
      // The map highlights it and brings it into view, past the cluster levels, so it stands alone.
      const view = page.view!;
      expect(view.selected).to.equal(first.dataset.id);
      expect(view.map.zoom).to.equal(15);
      const at = view.screenPoint(first.dataset.id!)!;
      expect(at.x).to.be.within(0, view.map.size.x);
      expect(at.y).to.be.within(0, view.map.size.y);
      expect(page.find('.sm-selected')).to.exist;
      await waitUntil(() => view.stats.objects > 0 && view.stats.clusters === 0, 'still clustered');
      await press('Escape');
      await page.el.updateComplete;
      const again = page.item(first.dataset.id!)!;
      expect(deepActiveElement()).to.equal(again);
      expect(again.getAttribute('aria-current')).to.equal('true');
      expect(page.view!.selected).to.equal(undefined);
    });

    it('opens a point clicked on the map, highlights it in the list, and returns focus to the map', async () => {
      const page = await mount(fixtureClient({ points: 30 }));
      const view = page.view!;
      const index = await page.el.client!.servicePoints.index();
      const target = index.get('SP-00001')!;
      view.map.setView(target.location.lat, target.location.lng, 17);
      await waitUntil(() => view.stats.clusters === 0 && view.stats.objects > 0);
      // A real click on the canvas point (hit-tested by the map).
      page.mapContainer.scrollIntoView({ block: 'center' });
      const at = view.screenPoint('SP-00001')!;
      const box = page.mapContainer.getBoundingClientRect();
      expect(at.x).to.be.within(0, box.width);
      const selected = oneEvent(page.el, 'hbrs-service-point-select');
      await sendMouse({ type: 'click', position: [Math.round(box.left + at.x), Math.round(box.top + at.y)] });
      const ev = (await selected) as CustomEvent;
      expect(ev.detail.source).to.equal('map');
      await page.el.updateComplete;
      expect(deepActiveElement()).to.equal(page.detail.title);
      await page.detail.back();
      expect(deepActiveElement()).to.equal(page.mapContainer);
      expect(page.item(ev.detail.id)?.getAttribute('aria-current') ?? 'true').to.equal('true');
    });

    it('skips the map with the visible skip link', async () => {
      const page = await mount(fixtureClient({ points: 10 }));
      const skip = page.skipLink;
      expect(skip.getBoundingClientRect().height).to.be.at.least(24);
      skip.focus();
      await press('Enter');
      expect(deepActiveElement()).to.equal(page.listTitle);
      await tab();
      expect(deepActiveElement()).to.equal(page.items[0]);
    });
  });

  describe('map', () => {
    it('reaches clusters by keyboard and zooms in on Enter, keeping focus in the map', async () => {
      const page = await mount(fixtureClient({ points: 200 }));
      const view = page.view!;
      const z0 = view.map.zoom;
      const cluster = page.clusters[0]!;
      // Enter on the map container moves onto the clusters (the map is one tab stop).
      page.mapContainer.focus();
      await press('Enter');
      expect(deepActiveElement()!.classList.contains('sm-cluster')).to.equal(true);
      expect(getComputedStyle(deepActiveElement()!).outlineStyle).not.to.equal('none');
      cluster.focus();
      await press('Enter');
      await waitUntil(() => view.map.zoom > z0, 'cluster did not zoom');
      // Once re-clustered, focus is on the object nearest to the cluster, still in the map.
      await waitUntil(() => !view.map.animating && !cluster.isConnected, 'not re-clustered');
      await waitUntil(() => page.mapContainer.contains(deepActiveElement()), 'focus left the map');
      // Space works too.
      await waitUntil(() => !view.map.animating);
      await new Promise((r) => setTimeout(r, 300));
      await waitUntil(() => page.clusters.length > 0);
      const z1 = view.map.zoom;
      page.clusters[0]!.focus();
      await press('Space');
      await waitUntil(() => view.map.zoom > z1 || page.clusters.length === 0, 'space did not zoom');
    });

    it('is one tab stop: a few Tab presses from the top of the widget to the first result', async () => {
      // Every cluster was a tab stop (45 Tab presses with the sample data).
      const page = await mount(fixtureClient({ points: 200 }));
      expect(page.clusters.length).to.be.at.least(3);
      const before = document.createElement('button');
      before.textContent = 'before';
      page.el.before(before);
      before.focus();
      const stops: Element[] = [];
      while (deepActiveElement() !== page.items[0] && stops.length < 40) {
        await tab();
        stops.push(deepActiveElement()!);
      }
      before.remove();
      expect(deepActiveElement()).to.equal(page.items[0]);
      // Locate, 市州, keyword, service, bank, open now, skip link, map, 3 zoom buttons, the first result.
      expect(stops.length).to.be.at.most(13);
      expect(stops.filter((e) => page.mapContainer.contains(e))).to.deep.equal([page.mapContainer]);
      expect(stops).to.include(page.skipLink);
    });

    it('moves between clusters and points with the arrow keys; Enter opens a point; Escape goes back to the map', async () => {
      const page = await mount(fixtureClient({ points: 200 }));
      const view = page.view!;
      const map = page.mapContainer;
      map.focus();
      await press('Enter');
      const first = deepActiveElement() as HTMLElement;
      expect(map.contains(first) && first !== map).to.equal(true);
      const x = (e: Element): number => e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2;
      const y = (e: Element): number => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2;
      // Right from the westernmost object, then down, each to another object in that direction.
      const west = page.clusters.reduce((a, b) => (x(b) < x(a) ? b : a));
      west.focus();
      const c0 = view.map.center;
      await press('ArrowRight');
      const right = deepActiveElement()!;
      expect(right).not.to.equal(west);
      expect(map.contains(right)).to.equal(true);
      expect(x(right)).to.be.greaterThan(x(west));
      const north = page.clusters.reduce((a, b) => (y(b) < y(a) ? b : a));
      north.focus();
      await press('ArrowDown');
      expect(y(deepActiveElement()!)).to.be.greaterThan(y(north));
      expect(view.map.center, 'an object in that direction: no pan').to.deep.equal(c0);
      await press('Escape');
      expect(deepActiveElement()).to.equal(map);
      // A single point (canvas) gets focus through a stand-in named after it; Enter opens it.
      const index = await page.el.client!.servicePoints.index();
      const target = index.get('SP-00001')!;
      view.map.setView(target.location.lat, target.location.lng, 17);
      await waitUntil(() => view.stats.clusters === 0 && view.stats.objects > 0, 'still clustered');
      map.focus();
      await press('Enter');
      const cursor = page.pointCursor!;
      expect(deepActiveElement()).to.equal(cursor);
      const name = cursor.getAttribute('aria-label')!;
      expect(index.all().some((p) => p.name === name)).to.equal(true);
      await expectAccessible(page.el);
      const selected = oneEvent(page.el, 'hbrs-service-point-select');
      await press('Enter');
      const ev = (await selected) as CustomEvent;
      expect(ev.detail).to.include({ name, source: 'map' });
    });

    it('pans by drag (not opening what the press started on) and by arrow keys; +/− zoom; the wheel only after focus', async () => {
      const page = await mount(fixtureClient({ points: 200 }));
      const view = page.view!;
      const map = page.mapContainer;
      map.scrollIntoView({ block: 'center' });
      const box = map.getBoundingClientRect();
      const wheel = (): WheelEvent => {
        const e = new WheelEvent('wheel', {
          deltaY: -120,
          bubbles: true,
          cancelable: true,
          composed: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
        });
        map.dispatchEvent(e);
        return e;
      };
      const z0 = view.map.zoom;
      // Before the map was focused or clicked, the wheel scrolls the page, not the map.
      expect(wheel().defaultPrevented).to.equal(false);
      expect(view.map.animating).to.equal(false);
      expect(view.map.zoom).to.equal(z0);
      try {
        // A drag that starts on a cluster moves the map and does not zoom into the cluster.
        const cb = page.clusters[0]!.getBoundingClientRect();
        const start: [number, number] = [
          Math.round(cb.left + cb.width / 2),
          Math.round(cb.top + cb.height / 2),
        ];
        const c0 = view.map.center;
        await sendMouse({ type: 'move', position: start });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [start[0] - 60, start[1] - 40] });
        await sendMouse({ type: 'move', position: [start[0] - 120, start[1] - 80] });
        await sendMouse({ type: 'up' });
        await new Promise((r) => setTimeout(r, 50));
        const c1 = view.map.center;
        expect(c1.lng, 'dragged left: the view moves east').to.be.greaterThan(c0.lng + 0.1);
        expect(c1.lat, 'dragged up: the view moves south').to.be.lessThan(c0.lat - 0.05);
        expect(view.map.zoom).to.equal(z0);
        expect(view.map.animating).to.equal(false);
      } finally {
        await resetMouse();
      }
      map.focus();
      const c2 = view.map.center;
      await press('ArrowRight');
      expect(view.map.center.lng).to.be.greaterThan(c2.lng);
      await press('ArrowDown');
      expect(view.map.center.lat).to.be.lessThan(c2.lat);
      await press('+');
      await waitUntil(() => view.map.zoom === z0 + 1, `+ gave ${view.map.zoom}`);
      await press('-');
      await waitUntil(() => view.map.zoom === z0, `- gave ${view.map.zoom}`);
      // Focused: the wheel zooms the map (around the cursor) and does not scroll the page.
      expect(wheel().defaultPrevented).to.equal(true);
      await waitUntil(() => view.map.zoom === z0 + 1, `wheel gave ${view.map.zoom}`);
      expect(deepActiveElement()).to.equal(map);
    });

    it('zooms by pinch (two pointers) and by double click', async () => {
      const page = await mount(fixtureClient({ points: 50 }));
      const view = page.view!;
      const map = page.mapContainer;
      const box = map.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const pointer = (type: string, id: number, x: number): void => {
        map.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            button: 0,
            clientX: x,
            clientY: cy,
            bubbles: true,
            composed: true,
          }),
        );
      };
      const z0 = view.map.zoom;
      pointer('pointerdown', 1, cx - 40);
      pointer('pointerdown', 2, cx + 40);
      // Fingers twice as far apart: one level in.
      pointer('pointermove', 1, cx - 80);
      pointer('pointermove', 2, cx + 80);
      await waitUntil(() => view.map.zoom > z0 + 0.5, `pinch gave ${view.map.zoom}`);
      // Both fingers move together: the map follows them (one finger is left to scroll the page).
      expect(getComputedStyle(map).touchAction).to.equal('pan-y');
      const c0 = view.map.center;
      pointer('pointermove', 1, cx - 20);
      pointer('pointermove', 2, cx + 140);
      await waitUntil(() => view.map.center.lng < c0.lng - 0.01, 'two fingers did not pan');
      pointer('pointerup', 1, cx - 20);
      pointer('pointerup', 2, cx + 140);
      await waitUntil(
        () => view.map.zoom === z0 + 1 && !view.map.animating,
        `pinch end gave ${view.map.zoom}`,
      );
      map.dispatchEvent(
        new MouseEvent('dblclick', {
          clientX: cx,
          clientY: cy,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      await waitUntil(
        () => view.map.zoom === z0 + 2 && !view.map.animating,
        `dblclick gave ${view.map.zoom}`,
      );
    });
  });
});
