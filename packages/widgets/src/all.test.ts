import { expect } from '@open-wc/testing';
import { openCspPage } from '@hbrs/testing';

const TAGS = [
  'hbrs-job-fairs',
  'hbrs-pension-estimator',
  'hbrs-postdoc-finder',
  'hbrs-retirement-age',
  'hbrs-service-map',
];

describe('hbrs-widgets.js (all widgets, CDN bundle)', () => {
  it('registers every widget and renders them together under a strict CSP, with no violation or error', async () => {
    const page = await openCspPage('hbrs-widgets.js', TAGS);
    for (const tag of TAGS) {
      expect(page.win.customElements.get(tag), tag).to.be.a('function');
      const el = page.doc.querySelector(tag)!;
      expect(el.shadowRoot?.textContent?.trim(), tag).to.not.equal('');
    }
    // Every data widget says, once its sample data has arrived, that it shows sample data.
    const notice = (tag: string) =>
      page.doc.querySelector(tag)!.shadowRoot!.querySelector('[part~=sample-notice]')?.textContent ?? '';
    const dataTags = ['hbrs-job-fairs', 'hbrs-postdoc-finder', 'hbrs-service-map'];
    for (let i = 0; i < 100 && !dataTags.every((t) => notice(t).includes('示例数据')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const tag of dataTags) expect(notice(tag), `${tag} sample notice`).to.contain('示例数据');
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
