// Two CDN bundles on one page (the map's own bundle, then the all-widgets bundle), both reading one feed: they
// share the page's SDK client, so each feed file is downloaded once (not once per bundle).
import { expect, waitUntil } from '@open-wc/testing';

describe('CDN bundles side by side', function () {
  this.timeout(30_000);

  /** Loads `bundles` in order on the CSP harness page with `tags`, reading the sample feed files. */
  async function twoBundles(bundles: string[], tags: string[], feeds: string[]): Promise<void> {
    const iframe = document.createElement('iframe');
    iframe.title = 'two bundles';
    iframe.width = '900';
    iframe.height = '700';
    const q = new URLSearchParams({
      bundle: bundles.join(','),
      tags: tags.join(','),
      feed: '/packages/sample-data/feed/',
    });
    iframe.src = `/__csp/page.html?${q}`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Window & typeof globalThis;
      const rec = win as unknown as { __errors: string[]; __cspViolations: unknown[]; __loaded: string[] };
      await waitUntil(() => tags.every((t) => rec.__loaded.includes(t)), 'every widget loaded', {
        timeout: 20_000,
      });
      const fetched = (name: string) =>
        win.performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.endsWith(`/feed/${name}`)).length;
      for (const f of feeds) expect(fetched(f), f).to.equal(1);
      expect(rec.__errors).to.deep.equal([]);
      expect(rec.__cspViolations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  }

  it('share one client per source: divisions.json is fetched once for two bundles', () =>
    twoBundles(
      ['hbrs-service-map.js', 'hbrs-widgets.js'],
      ['hbrs-service-map', 'hbrs-job-fairs'],
      ['divisions.json', 'service-points.json', 'job-fairs.json'],
    ));

  // Each element's bundle keeps only the data kinds its elements read. The job-fairs bundle makes the page's
  // client first; the map, reading the same source through that client, borrows the service-point kind from its
  // own bundle.
  it('a client made by one element bundle reads the kinds of another (job fairs, then the map)', () =>
    twoBundles(
      ['hbrs-job-fairs.js', 'hbrs-service-map.js'],
      ['hbrs-job-fairs', 'hbrs-service-map'],
      ['divisions.json', 'service-points.json', 'job-fairs.json'],
    ));

  it('… and the postdoc finder beside the job fairs', () =>
    twoBundles(
      ['hbrs-postdoc-finder.js', 'hbrs-job-fairs.js'],
      ['hbrs-postdoc-finder', 'hbrs-job-fairs'],
      ['postdoc.json', 'job-fairs.json'],
    ));
});
