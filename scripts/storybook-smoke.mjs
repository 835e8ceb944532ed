// Storybook smoke and accessibility sweep over the static build (storybook-static/): opens every
// story in the local Chromium, fails on a page error, a console error, an empty story root, or any axe
// violation in the rendered widget (page-level rules excluded). Run after `pnpm build-storybook`.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveDir } from './static-server.mjs';

const dir = resolve(import.meta.dirname, '../storybook-static');
if (!existsSync(resolve(dir, 'index.json'))) {
  console.error('storybook-smoke: storybook-static/index.json is missing; run `pnpm build-storybook` first.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const IGNORED = ['region', 'landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang'];

const stories = Object.values(JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story',
);
const { server, url } = await serveDir(dir);
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // Failed requests are reported below with their URL.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  for (const story of stories) {
    errors = [];
    await page.goto(`${url}iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle' });
    await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, {
        timeout: 10_000,
      })
      .catch(() => {});
    // Let the widgets settle (data loads, renders).
    await page.waitForTimeout(300);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      async ({ ignored }) => {
        const root = document.querySelector('#storybook-root');
        const hosts = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('hbrs-'));
        const empty = hosts
          .filter((h) => !h.shadowRoot || !h.shadowRoot.textContent.trim())
          .map((h) => h.localName);
        const rules = Object.fromEntries(ignored.map((r) => [r, { enabled: false }]));
        const res = await window.axe.run(root, { rules });
        return {
          hosts: hosts.length,
          empty,
          violations: res.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
        };
      },
      { ignored: IGNORED },
    );
    const problems = [...errors];
    if (result.hosts === 0) problems.push('no hbrs-* element rendered');
    if (result.empty.length) problems.push(`empty: ${result.empty.join(', ')}`);
    problems.push(...result.violations);
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${story.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`,
    );
    if (problems.length) failures.push(story.id);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nstorybook-smoke: ${stories.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
