// The last good copy in every data widget: loaded once, then the data source fails on the next visit → the
// copy with "数据更新于 …，暂无法连接数据源" and a retry, not the error view; the source back, the retry brings the
// fresh data and the notice goes.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HbrsEventMap } from '@hbrs/core';
import { memoryStore } from '@hbrs/sdk';
import { expectStatesAccessible, fakeClient, press } from '@hbrs/testing';
import { backgroundRetry } from './internal/stale.js';
import './all.js';

const FILES = ['job-fairs.json', 'postdoc.json', 'service-points.json', 'divisions.json'];
const KIND: Record<string, string> = {
  'hbrs-job-fairs': 'job-fairs',
  'hbrs-service-map': 'service-points',
  'hbrs-postdoc-finder': 'postdoc',
};

async function sampleFiles(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of FILES) out[f] = await (await fetch(`/packages/sample-data/feed/${f}`)).json();
  return out;
}

type DataEl = HTMLElement & { client: unknown; updateComplete: Promise<unknown> };
type LoadEvent = CustomEvent<HbrsEventMap['hbrs-load']>;

async function mount(tag: string, client: unknown): Promise<{ el: DataEl; load: LoadEvent }> {
  const box = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
  const el = document.createElement(tag) as DataEl;
  el.client = client;
  el.setAttribute('loading', 'eager'); // (the first visit's widget is still above it)
  const loaded = oneEvent(el, 'hbrs-load') as Promise<LoadEvent>;
  box.append(el);
  const load = await loaded;
  await el.updateComplete;
  return { el, load };
}

describe('data widgets: the last good copy when the data source cannot be reached', function () {
  this.timeout(60_000);
  let files: Record<string, unknown>;
  before(async () => {
    files = await sampleFiles();
  });

  for (const tag of Object.keys(KIND)) {
    it(`<${tag}>: the stored copy with its date and a retry, not an error; retry brings fresh data`, async () => {
      const store = memoryStore();
      const first = await mount(tag, fakeClient({ files, persist: store }).client);
      expect(first.load.detail.stale).to.equal(undefined);
      expect(first.el.shadowRoot!.querySelector('[part=stale-notice]')).to.equal(null);
      await waitUntil(
        () => [...store.entries.keys()].some((k) => k.startsWith(`${KIND[tag]} `)),
        'not stored',
      );

      // Next visit: the feed host answers 503.
      const down = fakeClient({ files, persist: store, status: 503 });
      const { el, load } = await mount(tag, down.client);
      expect(load.detail.stale).to.equal(true);
      expect(Date.parse(load.detail.storedAt!)).to.be.closeTo(Date.now(), 60_000);
      expect(load.detail.count).to.equal(first.load.detail.count);
      const root = el.shadowRoot!;
      expect(root.querySelector('[role=alert], [part=error]')).to.equal(null);
      expect(root.querySelector('.hbrs-loading')).to.equal(null);
      const notice = (): HTMLElement | null => root.querySelector('[part=stale-notice]');
      expect(notice()!.textContent).to.match(
        /数据更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}，暂无法连接数据源/,
      );
      expect(root.querySelector('[part=sample-notice]')).to.exist; // the sample notice stays too

      await expectStatesAccessible(el, [
        { name: 'stale (zh-CN)', enter: async () => {} },
        {
          name: 'stale (en)',
          enter: async () => {
            el.setAttribute('lang', 'en');
            await waitUntil(() =>
              /^Data as of .+; the data source cannot be reached right now$/.test(
                notice()!.querySelector('[role=status]')!.textContent!.trim(),
              ),
            );
          },
        },
      ]);
      el.setAttribute('lang', 'zh-CN');
      await waitUntil(() => notice()!.textContent!.includes('数据更新于'));

      // Retry by keyboard while the source is still down: the copy and the notice again, not an error.
      const button = notice()!.querySelector('button')!;
      button.focus();
      const retried = oneEvent(el, 'hbrs-retry');
      const again = oneEvent(el, 'hbrs-load') as Promise<LoadEvent>;
      await press('Enter');
      expect((await retried).detail).to.deep.equal({ reason: 'user' });
      expect((await again).detail.stale).to.equal(true);
      await el.updateComplete;
      expect(notice()).to.exist;
      expect(root.querySelector('[role=alert]')).to.equal(null);

      // Back online (the browser says so): it asks again by itself.
      const online = oneEvent(el, 'hbrs-retry');
      const third = oneEvent(el, 'hbrs-load') as Promise<LoadEvent>;
      window.dispatchEvent(new Event('online'));
      expect((await online).detail).to.deep.equal({ reason: 'online' });
      expect((await third).detail.stale).to.equal(true);
      await el.updateComplete;

      // The source is back: retry → fresh data, no notice.
      down.fetch.setStatus(undefined);
      const reloaded = oneEvent(el, 'hbrs-load') as Promise<LoadEvent>;
      notice()!.querySelector('button')!.click();
      expect((await reloaded).detail.stale).to.equal(undefined);
      await el.updateComplete;
      expect(notice()).to.equal(null);
    });
  }

  it('while the copy shows, it asks again by itself, quietly, and the fresh data replaces the copy', async () => {
    const saved = { ...backgroundRetry };
    Object.assign(backgroundRetry, { firstMs: 100, maxMs: 400 });
    try {
      const store = memoryStore();
      await mount('hbrs-job-fairs', fakeClient({ files, persist: store }).client);
      await waitUntil(() => [...store.entries.keys()].some((k) => k.startsWith('job-fairs ')), 'not stored');
      const down = fakeClient({ files, persist: store, status: 503 });
      const { el, load } = await mount('hbrs-job-fairs', down.client);
      expect(load.detail.stale).to.equal(true);
      const root = el.shadowRoot!;
      const notice = (): HTMLElement | null => root.querySelector('[part=stale-notice]');
      expect(notice()).to.exist;

      // Still down: a quiet attempt, the copy stays on screen (never the loading or error view), then another.
      const reasons: string[] = [];
      let flashed = false;
      el.addEventListener('hbrs-retry', (e) =>
        reasons.push((e as CustomEvent<{ reason: string }>).detail.reason),
      );
      const seen = new MutationObserver(() => {
        if (root.querySelector('.hbrs-loading, [role=alert]')) flashed = true;
      });
      seen.observe(root, { childList: true, subtree: true });
      const calls = down.fetch.calls();
      await waitUntil(() => reasons.length >= 2, 'no background attempts', { timeout: 5000 });
      expect(reasons.every((r) => r === 'background')).to.equal(true);
      expect(down.fetch.calls()).to.be.greaterThan(calls);
      await el.updateComplete;
      expect(notice()).to.exist;

      // The source is back: the next quiet attempt brings the fresh data, the notice goes, nothing flashed.
      down.fetch.setStatus(undefined);
      let fresh = (await oneEvent(el, 'hbrs-load')) as LoadEvent;
      // (an attempt already on its way when the source came back still brings the copy)
      while (fresh.detail.stale) fresh = (await oneEvent(el, 'hbrs-load')) as LoadEvent;
      expect(fresh.detail.count).to.equal(load.detail.count);
      await el.updateComplete;
      expect(notice()).to.equal(null);
      seen.disconnect();
      expect(flashed, 'the loading or error view showed during a background attempt').to.equal(false);

      // Fresh data: it stops asking.
      const after = reasons.length;
      await new Promise((r) => setTimeout(r, 600));
      expect(reasons.length).to.equal(after);
    } finally {
      Object.assign(backgroundRetry, saved);
    }
  });

  it('no copy yet: the error view as before', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const el = document.createElement('hbrs-postdoc-finder') as DataEl;
    el.client = fakeClient({ files, persist: memoryStore(), status: 503 }).client;
    const failed = oneEvent(el, 'hbrs-error');
    box.append(el);
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part=stale-notice]')).to.equal(null);
  });
});
