// The built docs site (`pnpm build` renders the guides and builds docs/dist first): titles, the sidebar and links.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
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

  it('gives a ready snippet per CDN bundle whose integrity is the manifest’s and the shipped file’s', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'cdn/manifest.json'), 'utf8')) as {
      version: string;
      files: Record<string, { integrity: string }>;
    };
    // The docs ship the CDN folder of this build.
    const built = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../../packages/widgets/dist/cdn/manifest.json', import.meta.url)),
        'utf8',
      ),
    ) as typeof manifest;
    expect(manifest).to.deep.equal(built);
    const page = readFileSync(join(dist, 'guide/getting-started.html'), 'utf8');
    expect(page).to.contain('href="#snippets"');
    // The generated section: from its heading to the next section.
    const html = (/<h3 id="snippets">[\s\S]*?(?=<h2)/.exec(page)?.[0] ?? '')
      .replace(/&quot;|&#34;/g, '"')
      .replace(/&lt;|&#60;/g, '<');
    const dir = `/static/hbrs/${manifest.version}/`;
    const snippets = new Map<string, string>();
    for (const [, file, integrity] of html.matchAll(
      /<(?:script type="module" src|link rel="stylesheet" href)="([^"]+)"\s+integrity="([^"]+)"/g,
    ))
      if (file!.startsWith(dir)) snippets.set(file!.slice(dir.length), integrity!);
    const bundles = Object.keys(manifest.files).filter((f) => /^hbrs-[\w-]+\.js$/.test(f));
    expect(bundles.length).to.be.greaterThan(1);
    expect([...snippets.keys()].sort()).to.deep.equal([...bundles, 'themes.css'].sort());
    for (const [file, integrity] of snippets) {
      expect(integrity, file).to.equal(manifest.files[file]!.integrity);
      const sha = createHash('sha384')
        .update(readFileSync(join(dist, 'cdn', file)))
        .digest('base64');
      expect(integrity, file).to.equal(`sha384-${sha}`);
    }
  });

  it('gives the embed snippet of each widget in the reference with the manifest’s integrity', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'cdn/manifest.json'), 'utf8')) as {
      files: Record<string, { integrity: string }>;
    };
    const html = readFileSync(join(dist, 'guide/widgets.html'), 'utf8').replace(/&quot;|&#34;/g, '"');
    const found = [...html.matchAll(/src="\/static\/hbrs\/[^/]+\/(hbrs-[\w-]+\.js)"\s+integrity="([^"]*)"/g)];
    expect(found.length).to.be.greaterThan(1);
    for (const [, file, integrity] of found)
      expect(integrity, file).to.equal(manifest.files[file!]?.integrity);
  });

  it('lists the theme of every 市州 in the theming guide', () => {
    const html = readFileSync(join(dist, 'guide/theming.html'), 'utf8');
    const rows = [...html.matchAll(/<tr>\s*<td><code>([a-z]+)<\/code><\/td>\s*<td>[^<]*\((\d{6})\)/g)];
    expect(new Set(rows.map((r) => r[2])).size).to.equal(17);
  });
});
