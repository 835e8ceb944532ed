import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { define, loadCoreTexts, type HbrsEventMap } from '@hbrs/core';
import { createClient, type Division, type HbrsClient } from '@hbrs/sdk';
import { captureConsole, expectAccessible } from '@hbrs/testing';
import { HbrsDataElement } from './data-element.js';

/** Waits for the next console.warn (the dropped-records warning is written by a module loaded on demand). */
async function nextWarning(): Promise<void> {
  const inner = console.warn;
  let seen = false;
  console.warn = (...a: unknown[]) => {
    seen = true;
    inner(...a);
  };
  try {
    await waitUntil(() => seen, 'no console warning', { timeout: 5000 });
  } finally {
    console.warn = inner;
  }
}

/** A minimal data widget over the divisions data set. */
class TestDataEl extends HbrsDataElement<Division[]> {
  protected get dataKind() {
    return 'divisions' as const;
  }
  protected get urlPrefix() {
    return 'td';
  }
  lastUrlState: Record<string, string> = {};
  protected override applyUrlState(state: Record<string, string>): void {
    this.lastUrlState = state;
  }
  protected loadData(client: HbrsClient, signal: AbortSignal) {
    return client.divisions.list({ signal });
  }
  protected override render() {
    return litHtml`<div class="hbrs-root">
      ${this.renderNotices()} ${this.renderDataState() ?? litHtml`<ul>${this.loaded!.map((d) => litHtml`<li>${d.name}</li>`)}</ul>`}
      ${this.announcer.render()}
    </div>`;
  }
}
define('hbrs-test-data', TestDataEl);

const feed = (sample: boolean, names: string[], bad = false) => ({
  meta: { generatedAt: '2026-01-01T00:00:00+08:00', sample, source: 'test', license: 'CC0' },
  items: [
    { code: '420000', name: '湖北省', level: 'province' },
    ...names.map((name, i) => ({
      code: `4201${String(i + 2).padStart(2, '0')}`,
      name,
      level: 'county',
      parentCode: '420100',
    })),
    ...(bad ? [{ code: 'bad', name: '', level: 'nope' }] : []),
  ],
});

/** A fetch that serves one divisions feed document (or fails as told). */
function fakeFetch(doc: unknown, fail: { status?: number; times?: number; delay?: number } = {}) {
  let calls = 0;
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls++;
    if (fail.delay) {
      await new Promise((r) => setTimeout(r, fail.delay));
      init?.signal?.throwIfAborted();
    }
    if (fail.status && calls <= (fail.times ?? Infinity))
      return new Response('oops', { status: fail.status });
    expect(String(input)).to.match(/divisions\.json$/);
    return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(fn, { calls: () => calls });
}

type El = TestDataEl & HTMLElement;

// These tests listen for load events after mounting: core's English texts (loaded with the first English element,
// which `updateComplete` waits for) are there beforehand, so a mount does not outlast a load.
before(() => loadCoreTexts('en'));
describe('HbrsDataElement', () => {
  it('loads through the client property, drops bad records, and shows the sample notice for sample data', async () => {
    const client = createClient({
      feed: 'https://data.example.invalid/feeds/',
      fetch: fakeFetch(feed(true, ['江岸区', '江汉区'], true)),
    });
    const { result: ev, messages } = await captureConsole(async () => {
      const warned = nextWarning();
      const el = await fixture<El>(html`<hbrs-test-data .client=${client}></hbrs-test-data>`);
      const loaded = (await oneEvent(el, 'hbrs-load')) as CustomEvent<HbrsEventMap['hbrs-load']>;
      await warned;
      return loaded;
    });
    const el = ev.target as El;
    // The dropped record is reported: in the event, and once in the console, naming the feed and the reason.
    expect(ev.detail).to.deep.equal({
      count: 3,
      sample: true,
      dropped: 1,
      reasons: [{ id: 'bad', message: ev.detail.reasons?.[0]?.message ?? '' }],
    });
    expect(ev.detail.reasons?.[0]?.message).to.match(/level/);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(
      /^warn: hbrs-test-data: 1 of 4 divisions records from https:\/\/data\.example\.invalid\/feeds\/ failed validation/,
    );
    expect(messages[0]).to.include('bad:');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['湖北省', '江岸区', '江汉区']);
    expect(el.shadowRoot!.querySelector('[part=sample-notice]')).to.exist;
    await expectAccessible(el);
  });

  it('names the first five dropped records, and every one with the debug attribute', async () => {
    const doc = feed(false, ['江岸区'], true);
    for (let i = 0; i < 7; i++) doc.items.push({ code: `x${i}`, name: '', level: 'nope' });
    const run = async (debug: boolean) =>
      captureConsole(async () => {
        const client = createClient({ feed: 'https://d.example.invalid/', fetch: fakeFetch(doc) });
        const warned = nextWarning();
        const el = await fixture<El>(
          html`<hbrs-test-data .client=${client} ?debug=${debug}></hbrs-test-data>`,
        );
        const detail = ((await oneEvent(el, 'hbrs-load')) as CustomEvent<HbrsEventMap['hbrs-load']>).detail;
        await warned;
        return detail;
      });
    const plain = await run(false);
    expect(plain.result.dropped).to.equal(8);
    expect(plain.result.reasons).to.have.length(5);
    expect(plain.messages).to.have.length(1);
    expect(plain.messages[0]?.split('\n').filter((l) => /^ {2}(bad|x\d):/.test(l))).to.have.length(5);
    expect(plain.messages[0]).to.include('… 3 more (add the debug attribute');
    const all = await run(true);
    expect(all.result.reasons).to.have.length(5);
    expect(all.messages[0]?.split('\n').filter((l) => /^ {2}(bad|x\d):/.test(l))).to.have.length(8);
    expect(all.messages[0]).not.to.include('more (add');
  });

  it('shows no sample notice for official data, and reloads when the source changes', async () => {
    const official = createClient({
      feed: 'https://a.example.invalid/',
      fetch: fakeFetch(feed(false, ['武昌区'])),
    });
    const el = await fixture<El>(html`<hbrs-test-data .client=${official}></hbrs-test-data>`);
    await oneEvent(el, 'hbrs-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=sample-notice]')).to.equal(null);
    el.client = createClient({
      feed: 'https://b.example.invalid/',
      fetch: fakeFetch(feed(true, ['洪山区', '青山区'])),
    });
    await oneEvent(el, 'hbrs-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(3);
    expect(el.shadowRoot!.querySelector('[part=sample-notice]')).to.exist;
  });

  it('shows the error in plain words with a retry that loads again, with nothing on the console', async () => {
    const fetch = fakeFetch(feed(true, ['江岸区']), { status: 404, times: 1 });
    const client = createClient({ feed: 'https://c.example.invalid/', fetch, retries: 0 });
    const { messages } = await captureConsole(async () => {
      const el = await fixture<El>(html`<hbrs-test-data lang="en" .client=${client}></hbrs-test-data>`);
      const err = (await oneEvent(el, 'hbrs-error')) as CustomEvent<{ code: string }>;
      expect(err.detail.code).to.be.oneOf(['http', 'not-found']);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('could not be loaded');
      await expectAccessible(el);
      setTimeout(() => (alert.querySelector('button') as HTMLButtonElement).click());
      await oneEvent(el, 'hbrs-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(2);
    });
    expect(messages).to.deep.equal([]);
  });

  it('moved in the page while loading, it loads again and shows the data (not a skeleton forever)', async () => {
    const fetch = fakeFetch(feed(true, ['江岸区', '江汉区']), { delay: 30 });
    const client = createClient({ feed: 'https://e.example.invalid/', fetch, retries: 0 });
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <hbrs-test-data .client=${client}></hbrs-test-data>
        <aside></aside>
      </div>`,
    );
    const el = box.querySelector<El>('hbrs-test-data')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.exist;
    const errors: Event[] = [];
    el.addEventListener('hbrs-error', (e) => errors.push(e));
    box.querySelector('aside')!.append(el);
    const ev = (await oneEvent(el, 'hbrs-load')) as CustomEvent<{ count: number }>;
    expect(ev.detail.count).to.equal(3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(3);
    expect(errors).to.deep.equal([]);
  });

  it('moved in the page after the data arrived, it keeps the data and does not load again', async () => {
    const fetch = fakeFetch(feed(true, ['江岸区']));
    const client = createClient({ feed: 'https://f.example.invalid/', fetch });
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <hbrs-test-data .client=${client}></hbrs-test-data>
        <aside></aside>
      </div>`,
    );
    const el = box.querySelector<El>('hbrs-test-data')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 2);
    const calls = fetch.calls();
    let loads = 0;
    el.addEventListener('hbrs-load', () => loads++);
    box.querySelector('aside')!.append(el);
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(fetch.calls()).to.equal(calls);
    expect(loads).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(2);
  });

  it('reads its URL state on start when sync-url is set', async () => {
    const start = location.href;
    history.replaceState(null, '', '?td.division=420102&x=1');
    try {
      const client = createClient({ feed: 'https://d.example.invalid/', fetch: fakeFetch(feed(true, [])) });
      const el = await fixture<El>(html`<hbrs-test-data sync-url .client=${client}></hbrs-test-data>`);
      expect(el.lastUrlState).to.deep.equal({ division: '420102' });
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
