// Takes a screenshot of a built docs page with the local Chromium (playwright-core), for the README
// and for checking what a person sees. Usage: node scripts/screenshot.mjs [page] [out.png] [width]
// Fails when the page logs a CSP violation, an error, or when a widget did not render.
import { resolve } from 'node:path';
import { serveDir } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';

const [page = 'demo/portal.html', out = 'docs/screenshot.png', width = '1200'] = process.argv.slice(2);

const { server, url } = await serveDir(resolve(import.meta.dirname, '../docs/dist'));
const browser = await launchChromium();
const problems = [];
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  tab.on('pageerror', (e) => problems.push(String(e)));
  await tab.goto(url + page, { waitUntil: 'networkidle' });
  const undefinedTags = await tab.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('hbrs-'))
      .filter((e) => !customElements.get(e.localName) || !e.shadowRoot?.textContent?.trim())
      .map((e) => e.localName),
  );
  if (undefinedTags.length) problems.push(`not rendered: ${undefinedTags.join(', ')}`);
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`screenshot of ${url + page} → ${out}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
