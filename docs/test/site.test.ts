// The built docs site (`pnpm build` renders the guides and builds docs/dist first): titles, the sidebar and links.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(dist, 'guide'))) throw new Error(`${dist} is missing: run "pnpm docs:build" first`);
const guides = readdirSync(join(dist, 'guide')).filter((f) => f.endsWith('.html'));

describe('docs site', () => {
  it('has guides', () => {
    expect(guides).to.include('getting-started.html');
    expect(guides).to.include('job-fairs.html');
  });

  it('shows titles and the sidebar as text, without Markdown backticks', () => {
    for (const f of guides) {
      const html = readFileSync(join(dist, 'guide', f), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, f).to.not.equal('');
      expect(title, f).to.not.contain('`');
      const nav = /<nav class="guides"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(nav, f).to.not.contain('`');
    }
    const jf = readFileSync(join(dist, 'guide', 'job-fairs.html'), 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(jf)?.[1]).to.match(
      /^Job fairs (&lt;|&#60;)hbrs-job-fairs(&gt;|&#62;) · hbrs$/,
    );
  });

  it('links only to pages and files that exist in the built site', () => {
    const broken: string[] = [];
    for (const f of guides) {
      const html = readFileSync(join(dist, 'guide', f), 'utf8');
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|#|\/\/)/i.test(href!)) continue; // external, mailto, in-page
        const path = href!.split('#')[0]!.split('?')[0]!;
        if (!path) continue;
        const target = path.startsWith('/')
          ? join(dist, path)
          : resolve(dirname(join(dist, 'guide', f)), path);
        if (!existsSync(target)) broken.push(`${f} → ${href}`);
      }
    }
    expect(broken).to.deep.equal([]);
  });
});
