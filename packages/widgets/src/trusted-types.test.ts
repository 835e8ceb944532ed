// Trusted Types on the CSP harness page (packages/testing/csp-middleware.mjs), with the built CDN bundles: the
// bundles share one policy named "hbrs" (see scripts/cdn-config.mjs), so one bundle, two bundles and hbrs beside a
// host's own Lit app all work under `require-trusted-types-for 'script'; trusted-types hbrs …`, and a page that
// allows no policy gets a plain console message, not a dead page.
import { expect, waitUntil } from '@open-wc/testing';

interface TtPage {
  win: Window & typeof globalThis;
  doc: Document;
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
  consoleErrors: string[];
}

const frames: HTMLIFrameElement[] = [];

async function open(query: Record<string, string>, tags: string[]): Promise<TtPage> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Trusted Types test page';
  iframe.width = '800';
  iframe.height = '600';
  iframe.src = `/__csp/page.html?${new URLSearchParams({ ...query, tags: tags.join(',') })}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const rec = win as unknown as {
    __cspViolations: TtPage['violations'];
    __errors: string[];
    __consoleErrors: string[];
  };
  return {
    win,
    doc,
    get violations() {
      return rec.__cspViolations;
    },
    get errors() {
      return rec.__errors;
    },
    get consoleErrors() {
      return rec.__consoleErrors;
    },
  };
}

/** Every tag is defined and has rendered something into its shadow root. */
async function rendered(page: TtPage, tags: string[]): Promise<void> {
  await Promise.all(tags.map((t) => page.win.customElements.whenDefined(t)));
  await waitUntil(
    () => tags.every((t) => (page.doc.querySelector(t)?.shadowRoot?.childNodes.length ?? 0) > 0),
    `not rendered: ${tags.join(', ')}`,
    { timeout: 8000 },
  );
}

describe('CDN bundles under Trusted Types', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('one bundle renders when the page allows the policy "hbrs"', async () => {
    const tags = ['hbrs-retirement-age'];
    const page = await open({ bundle: 'hbrs-retirement-age.js', tt: 'hbrs' }, tags);
    await rendered(page, tags);
    expect(page.errors).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
    // Enforcement is on: the page requires TrustedHTML where Lit writes its templates.
    const tt = (
      page.win as unknown as { trustedTypes?: { getPropertyType(t: string, p: string): string | null } }
    ).trustedTypes;
    expect(tt?.getPropertyType('template', 'innerHTML')).to.equal('TrustedHTML');
  });

  it('two hbrs bundles on one page share the policy: both register and render', async () => {
    const tags = ['hbrs-retirement-age', 'hbrs-pension-estimator'];
    const page = await open({ bundle: 'hbrs-retirement-age.js,hbrs-pension-estimator.js', tt: 'hbrs' }, tags);
    await rendered(page, tags);
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('beside a host Lit app with its own "lit-html" policy, with no "allow-duplicates"', async () => {
    const tags = ['hbrs-retirement-age'];
    const page = await open({ bundle: 'hbrs-retirement-age.js', tt: 'hbrs lit-html', lit: '1' }, tags);
    await rendered(page, tags);
    await waitUntil(() =>
      page.doc.querySelector('other-lit-app')?.shadowRoot?.textContent?.includes('rendered'),
    );
    expect(page.errors).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it("trusted-types 'none': a plain console message naming the directive, and the host page lives on", async () => {
    const tags = ['hbrs-retirement-age'];
    const page = await open({ bundle: 'hbrs-retirement-age.js', tt: "'none'" }, tags);
    await page.win.customElements.whenDefined('hbrs-retirement-age');
    await waitUntil(() => page.consoleErrors.length > 0, 'no console message');
    expect(page.consoleErrors[0]).to.match(/Trusted Types policy "hbrs"/);
    expect(page.consoleErrors[0]).to.include('trusted-types hbrs');
    // The page's own script still runs: the bundle did not take the page down with it.
    const p = page.doc.createElement('p');
    p.textContent = 'host content';
    page.doc.body.append(p);
    expect(page.doc.body.textContent).to.include('host content');
  });
});
