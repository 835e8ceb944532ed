// The built React example in Chromium: the widgets render inside React, props reach them (a React state change
// re-filters the list), and their typed events update React state. Run after `vite build` (pnpm build).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { serveDir } from '../../../scripts/static-server.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;

describe('examples/react (Vite + React 19 + @hbrs/react)', () => {
  let server;
  let browser;
  let page;
  const errors = [];
  before(async () => {
    assert.ok(existsSync(`${dist}index.html`), 'examples/react/dist is missing: run pnpm build first');
    const served = await serveDir(dist);
    server = served.server;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(served.url);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const status = () => page.locator('#status').textContent();
  const fairButtons = () =>
    page.evaluate(() =>
      [
        ...document.querySelector('hbrs-job-fairs').shadowRoot.querySelectorAll('.list button[data-fair]'),
      ].map((b) => b.dataset.fair),
    );

  it('renders the widgets; onHbrsLoad sets React state with the typed detail', async () => {
    await page.waitForFunction(
      () => /共 \d+ 场招聘会/.test(document.querySelector('#status').textContent),
      null,
      {
        timeout: 30_000,
      },
    );
    const n = Number(/共 (\d+) 场/.exec(await status())[1]);
    assert.ok(n > 0, `no fairs in Wuhan: ${await status()}`);
    assert.ok((await fairButtons()).length > 0);
    const ra = await page.evaluate(
      () => !!document.querySelector('hbrs-retirement-age')?.shadowRoot?.textContent,
    );
    assert.equal(ra, true, 'the retirement-age calculator did not render');
  });

  it('a React prop change reaches the element (division), and onHbrsFairOpen reports the fair opened', async () => {
    const wuhan = await fairButtons();
    await page.selectOption('#division', '420600');
    await page.waitForFunction(() => document.querySelector('hbrs-job-fairs').division === '420600', null, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      (before) => {
        const ids = [
          ...document.querySelector('hbrs-job-fairs').shadowRoot.querySelectorAll('.list button[data-fair]'),
        ].map((b) => b.dataset.fair);
        return ids.length > 0 && ids.join() !== before;
      },
      wuhan.join(),
      { timeout: 10_000 },
    );
    const [first] = await fairButtons();
    await page.evaluate(
      (id) =>
        document
          .querySelector('hbrs-job-fairs')
          .shadowRoot.querySelector(`button[data-fair="${id}"]`)
          .click(),
      first,
    );
    await page.waitForFunction(
      (id) => document.querySelector('#status').textContent.includes(`已打开 ${id}`),
      first,
      {
        timeout: 10_000,
      },
    );
    assert.deepEqual(errors, []);
  });
});
