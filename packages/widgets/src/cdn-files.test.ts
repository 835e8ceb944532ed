// The CDN folder as a portal copies it: every file getting-started names is there, with its SRI hash in the manifest.
import { expect } from '@open-wc/testing';

const CDN = '/packages/widgets/dist/cdn/';

async function sri(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('CDN folder', () => {
  it('ships themes.css (page-level themes, large text) with its integrity hash in manifest.json', async () => {
    const manifest = (await (await fetch(`${CDN}manifest.json`)).json()) as {
      files: Record<string, { integrity: string; bytes: number }>;
    };
    const res = await fetch(`${CDN}themes.css`);
    expect(res.status).to.equal(200);
    const body = await res.arrayBuffer();
    const css = new TextDecoder().decode(body);
    expect(css).to.contain("[data-hbrs-theme='wuhan']");
    expect(css).to.contain('[data-hbrs-large-text]');
    expect(manifest.files['themes.css']?.bytes).to.equal(body.byteLength);
    expect(manifest.files['themes.css']?.integrity).to.equal(await sri(body));
  });
});
