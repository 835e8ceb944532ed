// <hbrs-job-fairs> over the feed layout (manifest.json): the list from summaries, the detail from its shard,
// fetched when the pointer rests on the fair so that it opens without waiting.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MANIFEST_FORMAT, parseFeed, summarize } from '@hbrs/sdk';
import { fakeClient } from '@hbrs/testing/fake-fetch';
import type { HbrsJobFairs } from './job-fairs.js';
import { FEED, NOW, baseFairs, divisionItems } from './test/fixtures.js';
import { JobFairsPage, clearUrl } from './test/page.js';

const META = { generatedAt: '2026-03-01T08:00:00+08:00', sample: false, source: 'test', license: 'CC0-1.0' };

function layoutFiles(): Record<string, unknown> {
  const full = parseFeed('job-fairs', { meta: META, items: baseFairs() }).items;
  return {
    'manifest.json': {
      format: MANIFEST_FORMAT,
      generatedAt: META.generatedAt,
      kinds: {
        'job-fairs': {
          count: full.length,
          summary: { file: 'job-fairs/summary.json', hash: 's1' },
          details: { pattern: 'job-fairs/detail/{shard}.json', shards: 1, hash: 'd1' },
        },
        divisions: { file: { file: 'divisions.json' } },
      },
    },
    'job-fairs/summary.json': { meta: META, items: full.map((f) => summarize('job-fairs', f)) },
    'job-fairs/detail/0.json': { meta: META, items: baseFairs() },
    'divisions.json': { meta: META, items: divisionItems() },
  };
}

describe('<hbrs-job-fairs>: feed layout', () => {
  afterEach(() => clearUrl());

  it('lists from summaries, prefetches a detail on hover and opens it with its employers', async () => {
    const files = layoutFiles();
    const { client, fetch } = fakeClient({
      feed: `${FEED}manifest.json`,
      files: (url) => files[new URL(url).pathname.replace('/feeds/', '')] as never,
    });
    const el = document.createElement('hbrs-job-fairs') as HbrsJobFairs;
    el.client = client;
    el.now = NOW;
    const wrap = await fixture(html`<div lang="zh-CN"></div>`);
    wrap.append(el);
    const page = new JobFairsPage(el);
    await page.settled();
    expect(page.ids()).to.include('JF-1');
    // Counts come from the summary's stats.
    expect(page.find('.fair')!.textContent).to.contain('3 个岗位');
    const details = () => fetch.requests.filter((u) => u.includes('/detail/'));
    expect(details()).to.deep.equal([]);
    const button = page.find<HTMLButtonElement>('button[data-fair="JF-1"]')!;
    button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => details().length === 1, 'the detail shard is fetched on hover');
    expect(details()[0]).to.contain('job-fairs/detail/0.json?v=d1');
    el.openFair('JF-1');
    await waitUntil(() => page.inDialog('hbrs-job-fair-detail'), 'the detail opens');
    await el.updateComplete;
    const detail = page.inDialog('hbrs-job-fair-detail')!;
    await (detail as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(detail.shadowRoot!.textContent).to.contain('示例矿山机械有限公司（示例）');
    // Opening it again, or another fair of the same shard, fetches nothing more.
    expect(details()).to.have.length(1);
  });
});
