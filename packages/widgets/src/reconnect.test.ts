// Every data widget moved in the DOM while its data is loading (as Vue transitions, teleports and keyed lists
// do) finishes loading where it now is; moved after the data arrived, it keeps it and loads nothing again.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fakeClient } from '@hbrs/testing';
import './all.js';

const FILES = ['job-fairs.json', 'postdoc.json', 'service-points.json', 'divisions.json'];

async function sampleFiles(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of FILES) out[f] = await (await fetch(`/packages/sample-data/feed/${f}`)).json();
  return out;
}

type DataEl = HTMLElement & { client: unknown; updateComplete: Promise<unknown> };

describe('data widgets moved in the DOM', function () {
  this.timeout(30_000);
  let files: Record<string, unknown>;
  before(async () => {
    files = await sampleFiles();
  });

  for (const tag of ['hbrs-job-fairs', 'hbrs-service-map', 'hbrs-postdoc-finder']) {
    it(`<${tag}> moved while loading finishes loading in its new place`, async () => {
      const { client, fetch } = fakeClient({ files, hold: true });
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <section></section>
          <aside></aside>
        </div>`,
      );
      const el = document.createElement(tag) as DataEl;
      el.client = client;
      box.querySelector('section')!.append(el);
      await waitUntil(() => fetch.calls() > 0, 'no request made');
      // Moved to another parent during the load.
      box.querySelector('aside')!.append(el);
      const loaded = oneEvent(el, 'hbrs-load');
      fetch.release();
      await loaded;
      await el.updateComplete;
      expect(el.isConnected).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=loading], .hbrs-loading')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);

      // Moved again after the data arrived: it keeps its data and makes no new request.
      const before = fetch.calls();
      box.querySelector('section')!.append(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(fetch.calls()).to.equal(before);
      expect(el.shadowRoot!.querySelector('[part~=loading], .hbrs-loading')).to.equal(null);
    });
  }
});
