// `pnpm start` (docs/serve.mjs) serves the site as a real web server would: compressed, with ETags and cache headers.
import { expect } from 'chai';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// @ts-expect-error plain JavaScript module without types
import { pickEncoding, serveDir } from '../../scripts/static-server.mjs';

describe('the static server of pnpm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbrs-serve-'));
  const js = `export const text = ${JSON.stringify('招聘会 '.repeat(2000))};\n`;
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-B3x9Kq1z.js'), js);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>x</p>'.repeat(400)}`);
  writeFileSync(join(dir, 'tiny.json'), '{"a":1}');
  let server: { close(): void };
  let url = '';
  before(async () => {
    ({ server, url } = await serveDir(dir, 0));
  });
  after(() => server.close());

  it('picks brotli, then gzip, by Accept-Encoding (q=0 refuses)', () => {
    expect(pickEncoding('gzip, deflate, br')).to.equal('br');
    expect(pickEncoding('gzip, br;q=0')).to.equal('gzip');
    expect(pickEncoding('identity')).to.equal(undefined);
    expect(pickEncoding('')).to.equal(undefined);
  });

  it('answers compressed, with an ETag, and 304 for a matching If-None-Match', async () => {
    const br = await fetch(`${url}assets/index-B3x9Kq1z.js`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).to.equal('br');
    expect(br.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
    // fetch decodes the body: it is the file
    expect(await br.text()).to.equal(js);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${url}assets/index-B3x9Kq1z.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(raw.length).to.be.lessThan(Buffer.byteLength(js) / 5);
    expect(gunzipSync(raw).toString()).to.equal(js);

    const page = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-type')).to.match(/^text\/html/);
    expect(page.headers.get('cache-control')).to.equal('no-cache');
    const etag = page.headers.get('etag');
    expect(etag).to.match(/^"[\w-]+"$/);
    await page.arrayBuffer();
    const again = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(again.status).to.equal(304);
  });

  it('sends small files as they are, and nothing outside its folder', async () => {
    const tiny = await fetch(`${url}tiny.json`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(tiny.headers.get('content-encoding')).to.equal(null);
    expect(await tiny.json()).to.deep.equal({ a: 1 });
    const out = await fetch(`${url}..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).to.include(out.status);
  });
});
