// URL state of <hbrs-job-fairs> under sync-url: filters, the open fair, Back, shared links and the share link.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { HbrsEvent } from '@hbrs/core';
import { clearUrl, mount as make } from './test/page.js';

describe('<hbrs-job-fairs>: URL state', () => {
  afterEach(() => clearUrl(['jf.', 'north.', 'portal']));

  describe('URL state', () => {
    it('mirrors filters and the open fair under jf.* keys; Back restores; a link restores', async () => {
      const { el, page } = await make({}, { 'sync-url': '' });
      await page.select('jf-campaign', 'chunfeng');
      expect(new URL(location.href).searchParams.get('jf.campaign')).to.equal('chunfeng');
      await page.openDetail('JF-2');
      expect(new URL(location.href).searchParams.get('jf.fair')).to.equal('JF-2');
      const link = location.href;

      history.back();
      await waitUntil(() => el.selected === '', 'Back did not close the detail');
      await el.updateComplete;
      expect(page.find('dialog')).to.equal(null);
      expect(el.campaign).to.equal('chunfeng');
      history.back();
      await waitUntil(() => el.campaign === '', 'Back did not restore the filter');
      await el.updateComplete;
      expect(page.ids()).to.have.length(6);

      // A shared link opens the same filters and fair in a fresh widget.
      history.replaceState(null, '', link);
      const fresh = await make({}, { 'sync-url': '' });
      expect(fresh.el.campaign).to.equal('chunfeng');
      expect(fresh.page.ids()).to.deep.equal(['JF-1', 'JF-2']);
      await waitUntil(
        () => fresh.page.find('dialog')?.hasAttribute('open'),
        'detail not opened from the link',
      );
      expect(fresh.page.find('#jf-detail-title')!.textContent).to.equal('江岸区网络直播招聘会');
    });

    it('ignores the URL without sync-url and never lets it override a hidden preset', async () => {
      history.replaceState(null, '', '?jf.campaign=jinqiu&jf.division=420100');
      const plain = await make();
      expect(plain.el.campaign).to.equal('');
      const county = await make({}, { 'sync-url': '', division: '420281', 'hide-filters': 'division' });
      expect(county.el.division).to.equal('420281');
      expect(county.el.campaign).to.equal('jinqiu');
    });
  });

  describe('share link', () => {
    it('share link (with sync-url) points at the fair and emits hbrs-fair-share', async () => {
      const { el, page } = await make({}, { 'sync-url': '' });
      await page.openDetail('JF-2');
      const ev = oneEvent(el, 'hbrs-fair-share') as Promise<HbrsEvent<'hbrs-fair-share'>>;
      page.findAll<HTMLButtonElement>('.detail-actions button')[1]!.click();
      const { detail } = await ev;
      expect(new URL(detail.url).searchParams.get('jf.fair')).to.equal('JF-2');
      await el.updateComplete;
      expect(page.find<HTMLInputElement>('.share-field input')!.value).to.equal(detail.url);
    });

    it('under sync-url="north" it uses the north.* keys, and leaves the keys of other widgets and the page', async () => {
      history.replaceState(null, '', '?jf.campaign=jinqiu&north.mode=online&portal=1');
      const { el, page } = await make({}, { 'sync-url': 'north' });
      expect(page.ids()).to.deep.equal(['JF-2', 'JF-3']);
      await page.openDetail('JF-2');
      expect(new URL(location.href).searchParams.get('north.fair')).to.equal('JF-2');
      const ev = oneEvent(el, 'hbrs-fair-share') as Promise<HbrsEvent<'hbrs-fair-share'>>;
      page.actions()[1]!.click();
      const { detail } = await ev;
      const link = new URL(detail.url).searchParams;
      expect(link.get('north.fair')).to.equal('JF-2');
      expect(link.has('north.mode')).to.equal(false);
      expect(link.has('jf.fair')).to.equal(false);
      expect(link.get('jf.campaign')).to.equal('jinqiu');
      expect(link.get('portal')).to.equal('1');
      expect(el.shareLinkFor('JF-3')).to.equal(detail.url.replace('JF-2', 'JF-3'));
    });
  });
});
