import { expect, html } from '@open-wc/testing';
import { wasPwned } from '@hbrs/testing';
import { mount } from './page.js';

// sync-url of <hbrs-pension-estimator>: the tab and inputs in the query string, shared links, Back.

describe('<hbrs-pension-estimator>: url-state', () => {
  describe('sync-url', () => {
    let start: string;
    beforeEach(() => {
      start = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', start));

    it('mirrors the tab and inputs under pe.* keys, restores them from a link, and Back returns to the previous tab', async () => {
      const p = await mount(html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`);
      await p.fill({ pension: '3000' });
      expect(new URL(location.href).searchParams.get('pe.pension')).to.equal('3000');
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('adjustment');
      p.$<HTMLButtonElement>('#tab-retirement').click();
      await p.el.updateComplete;
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('retirement');
      await p.fill({ index: '1.2', ry: '35', balance: '139000', ageY: '60' });
      const link = location.href;
      expect(new URL(link).searchParams.get('pe.index')).to.equal('1.2');

      // A second widget opened from the shared link shows the same state and result.
      const copy = await mount(html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`);
      expect(copy.el.mode).to.equal('retirement');
      expect(copy.$<HTMLInputElement>('#index').value).to.equal('1.2');
      expect(copy.headline()).to.deep.equal(p.headline());

      // Back: the tab switch was a history entry.
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await p.el.updateComplete;
      expect(p.el.mode).to.equal('adjustment');
      expect(p.$<HTMLInputElement>('#pension').value).to.equal('3000');
      // Other query parameters of the host page are left alone; without sync-url nothing is written.
      const plain = await mount(html`<hbrs-pension-estimator></hbrs-pension-estimator>`);
      const before = location.href;
      await plain.fill({ pension: '1234' });
      expect(location.href).to.equal(before);
    });

    it('Back to an entry without pe.* keys restores the preset tab', async () => {
      const p = await mount(
        html`<hbrs-pension-estimator sync-url mode="retirement"></hbrs-pension-estimator>`,
      );
      p.$<HTMLButtonElement>('#tab-adjustment').click();
      await p.el.updateComplete;
      expect(new URL(location.href).searchParams.get('pe.m')).to.equal('adjustment');
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await p.el.updateComplete;
      expect(p.el.mode).to.equal('retirement');
    });

    it('ignores junk in the URL', async () => {
      const url = new URL(location.href);
      url.searchParams.set('pe.m', '<script>');
      url.searchParams.set('pe.pension', '<img src=x onerror="window.__hbrsPwned=1">');
      history.replaceState(null, '', url);
      const p = await mount(html`<hbrs-pension-estimator sync-url></hbrs-pension-estimator>`);
      expect(p.el.mode).to.equal('adjustment');
      expect(p.$<HTMLInputElement>('#pension').getAttribute('aria-invalid')).to.equal('true');
      expect(wasPwned()).to.equal(false);
    });
  });
});
