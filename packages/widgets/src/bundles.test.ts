// Two CDN bundles on one page (the map's own bundle, then the all-widgets bundle), both reading one feed: they
// share the page's SDK client, so each feed file is downloaded once (not once per bundle).
import { expect, waitUntil } from '@open-wc/testing';

describe('CDN bundles side by side', function () {
  this.timeout(30_000);

  it('share one client per source: divisions.json is fetched once for two bundles', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'two bundles';
    iframe.width = '900';
    iframe.height = '700';
    const q = new URLSearchParams({
      bundle: 'hbrs-service-map.js,hbrs-widgets.js',
      tags: 'hbrs-service-map,hbrs-job-fairs',
      feed: '/packages/sample-data/feed/',
    });
    iframe.src = `/__csp/page.html?${q}`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Window & typeof globalThis;
      const doc = iframe.contentDocument!;
      const events: string[] = [];
      for (const t of ['hbrs-service-map', 'hbrs-job-fairs'])
        doc.querySelector(t)!.addEventListener('hbrs-load', () => events.push(t));
      await waitUntil(() => events.length === 2, 'both widgets loaded', { timeout: 20_000 });
      const fetched = (name: string) =>
        win.performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.endsWith(`/feed/${name}`)).length;
      expect(fetched('divisions.json')).to.equal(1);
      expect(fetched('service-points.json')).to.equal(1);
      expect(fetched('job-fairs.json')).to.equal(1);
      const rec = win as unknown as { __errors: string[]; __cspViolations: unknown[] };
      expect(rec.__errors).to.deep.equal([]);
      expect(rec.__cspViolations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
