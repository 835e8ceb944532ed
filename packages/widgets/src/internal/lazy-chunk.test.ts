import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { HbrsElement, define } from '@hbrs/core';
import { captureConsole, expectAccessible } from '@hbrs/testing';
import { LazyChunk } from './lazy-chunk.js';

interface Mod {
  greet(name: string): string;
}

/** A loader the test settles by hand, counting its calls. */
function controlledLoader() {
  let calls = 0;
  let settle: { resolve: (m: Mod) => void; reject: (e: unknown) => void } | undefined;
  const loader = () => {
    calls++;
    return new Promise<Mod>((resolve, reject) => (settle = { resolve, reject }));
  };
  return {
    loader,
    calls: () => calls,
    resolve: () => settle!.resolve({ greet: (n) => `你好，${n}` }),
    reject: () => settle!.reject(new TypeError('Failed to fetch dynamically imported module')),
  };
}

class ChunkEl extends HbrsElement {
  static override properties = { name: {} };
  name = '武汉';
  renders = 0;
  readied = 0;
  errors = 0;
  retried = 0;
  chunk = new LazyChunk<Mod>(this, () => Promise.resolve({ greet: (n: string) => `你好，${n}` }), {
    onReady: () => this.readied++,
    onError: () => this.errors++,
  });
  protected override render() {
    this.renders++;
    return litHtml`<div class="hbrs-root">
      ${this.chunk.render((m) => litHtml`<p id="out">${m.greet(this.name)}</p>`, {
        rows: 2,
        onRetry: () => this.retried++,
      })}
    </div>`;
  }
}
define('hbrs-test-chunk', ChunkEl);
type El = ChunkEl & HTMLElement;

const out = (el: El) => el.shadowRoot!.querySelector('#out')?.textContent ?? null;

describe('LazyChunk', () => {
  it('starts idle with the pending view, and loads once however many callers ask at the same time', async () => {
    const el = await fixture<El>(html`<hbrs-test-chunk></hbrs-test-chunk>`);
    const c = controlledLoader();
    el.chunk.loader = c.loader;
    expect(el.chunk.status).to.equal('idle');
    expect(el.shadowRoot!.querySelectorAll('[part=loading] .hbrs-skeleton').length).to.equal(2);
    const asks = [el.chunk.load(), el.chunk.load(), el.chunk.retry(), el.chunk.load()];
    expect(el.chunk.status).to.equal('pending');
    expect(c.calls()).to.equal(1);
    c.resolve();
    const values = await Promise.all(asks);
    expect(values.every((v) => v === values[0] && v !== undefined)).to.equal(true);
    expect(el.chunk.status).to.equal('ready');
    expect(el.readied).to.equal(1);
    // Once there, asking again does not import again.
    await el.chunk.load();
    expect(c.calls()).to.equal(1);
    await el.updateComplete;
    expect(out(el)).to.equal('你好，武汉');
  });

  it('re-renders the host on each status change, and updateComplete waits for the module', async () => {
    const el = await fixture<El>(html`<hbrs-test-chunk></hbrs-test-chunk>`);
    let resolve!: (m: Mod) => void;
    el.chunk.loader = () =>
      new Promise<Mod>((r) => {
        resolve = r;
      });
    const before = el.renders;
    void el.chunk.load();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.renders).to.equal(before + 1); // pending
    setTimeout(() => resolve({ greet: (n) => `hi ${n}` }), 20);
    // Without waiting on the chunk itself: the host's updateComplete holds until the module rendered.
    await el.updateComplete;
    expect(el.chunk.status).to.equal('ready');
    expect(out(el)).to.equal('hi 武汉');
    expect(el.renders).to.equal(before + 2);
    // The host's own updates render through the module.
    el.name = '黄石';
    await el.updateComplete;
    expect(out(el)).to.equal('hi 黄石');
  });

  it('shows the error view after a failure, does not load again by itself, and its retry loads again', async () => {
    const { messages } = await captureConsole(async () => {
      const el = await fixture<El>(html`<hbrs-test-chunk lang="en"></hbrs-test-chunk>`);
      const c = controlledLoader();
      el.chunk.loader = c.loader;
      const first = el.chunk.load();
      c.reject();
      expect(await first).to.equal(undefined);
      expect(el.chunk.status).to.equal('error');
      expect(el.chunk.error).to.be.instanceOf(TypeError);
      expect(el.errors).to.equal(1);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[part=error][role=alert]')!;
      expect(alert.textContent).to.contain('could not be loaded');
      await expectAccessible(el);
      // A failed chunk is not asked for again on the next load() (e.g. the next update).
      expect(await el.chunk.load()).to.equal(undefined);
      expect(c.calls()).to.equal(1);
      // The retry button loads again: pending view, then the module.
      alert.querySelector('button')!.click();
      expect(el.chunk.status).to.equal('pending');
      expect(el.retried).to.equal(1);
      expect(c.calls()).to.equal(2);
      await new Promise((r) => setTimeout(r, 0));
      expect(el.shadowRoot!.querySelector('[part=loading]')).to.exist;
      c.resolve();
      await el.chunk.ready;
      await el.updateComplete;
      expect(el.chunk.status).to.equal('ready');
      expect(el.chunk.error).to.equal(undefined);
      expect(out(el)).to.equal('你好，武汉');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });
    expect(messages).to.deep.equal([]);
  });

  it('turns a loader that throws synchronously into the error status', async () => {
    const el = await fixture<El>(html`<hbrs-test-chunk></hbrs-test-chunk>`);
    el.chunk.loader = () => {
      throw new Error('no');
    };
    expect(await el.chunk.load()).to.equal(undefined);
    expect(el.chunk.status).to.equal('error');
    await el.chunk.ready;
  });

  it('loads by itself on the first update where `when` holds, rendering the pending view first', async () => {
    let calls = 0;
    class When extends HbrsElement {
      static override properties = { open: { type: Boolean } };
      open = false;
      chunk = new LazyChunk<Mod>(
        this,
        async () => {
          calls++;
          await new Promise((r) => setTimeout(r, 10));
          return { greet: (n: string) => `hi ${n}` };
        },
        { when: () => this.open },
      );
      protected override render() {
        return this.open ? this.chunk.render((m) => litHtml`<p id="out">${m.greet('x')}</p>`) : litHtml``;
      }
    }
    define('hbrs-test-chunk-when', When);
    const el = await fixture<When & HTMLElement>(html`<hbrs-test-chunk-when></hbrs-test-chunk-when>`);
    expect(el.chunk.status).to.equal('idle');
    el.open = true;
    el.requestUpdate();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.chunk.status).to.equal('pending');
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.exist;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#out')!.textContent).to.equal('hi x');
    el.requestUpdate();
    await el.updateComplete;
    expect(calls).to.equal(1);
  });

  it('with holdUpdates: false, updateComplete does not wait for a chunk held open', async () => {
    class Open extends HbrsElement {
      chunk = new LazyChunk<Mod>(this, () => new Promise<Mod>(() => undefined), { holdUpdates: false });
      protected override render() {
        return this.chunk.render(() => litHtml`<p>never</p>`);
      }
    }
    define('hbrs-test-chunk-open', Open);
    const el = await fixture<Open & HTMLElement>(html`<hbrs-test-chunk-open></hbrs-test-chunk-open>`);
    void el.chunk.load();
    expect(await el.updateComplete).to.equal(true);
    expect(el.chunk.status).to.equal('pending');
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.exist;
  });
});
