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
    // Let the sample data arrive and the widgets render their content.
    await new Promise((r) => setTimeout(r, 1500));
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    // Every data widget says it shows sample data.
    for (const tag of ['hbrs-job-fairs', 'hbrs-postdoc-finder', 'hbrs-service-map']) {
      const notice = page.doc.querySelector(tag)!.shadowRoot!.querySelector('[part~=sample-notice]');
      expect(notice?.textContent, tag).to.contain('示例数据');
    }
  });
});
