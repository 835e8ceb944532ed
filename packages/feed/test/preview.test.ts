// `hbrs-feed preview` answers as a web team's own server would: brotli or gzip, ETag and 304, cache headers, CSP.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '../src/node/preview.js';

describe('hbrs-feed preview server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbrs-preview-'));
  const feed = { items: Array.from({ length: 200 }, (_, i) => ({ id: `SP${i}`, name: `网点 ${i}` })) };
  writeFileSync(join(dir, 'service-points.json'), JSON.stringify(feed));
  let server: { url: string; close: () => Promise<void> };
  before(async () => {
    server = await startPreview(dir, 0);
  });
  after(() => server.close());

  it('compresses with brotli or gzip as asked, and answers 304 to a matching ETag', async () => {
    const url = new URL('/feed/service-points.json', server.url).href;
    for (const enc of ['br', 'gzip']) {
      const res = await fetch(url, { headers: { 'accept-encoding': enc } });
      expect(res.headers.get('content-encoding'), enc).to.equal(enc);
      expect(res.headers.get('cache-control')).to.equal('no-cache');
      expect(await res.json()).to.deep.equal(feed);
    }
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^".+"$/);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).to.equal(304);
  });

  it('serves its page with a strict Content-Security-Policy', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).to.match(/script-src 'self'/);
    expect(await res.text()).to.match(/<hbrs-service-map feed="\/feed\/">/);
  });
});
