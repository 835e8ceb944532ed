import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import {
  Announcer,
  LoadController,
  UrlStateController,
  coreMessages,
  errorMessage,
  inputErrorMessage,
  inputMessages,
  parseNumberInput,
  toHalfWidth,
  loadCoreTexts,
} from './index.js';

class AnnounceEl extends LitElement {
  announcer = new Announcer(this);
  syncUrl = true;
  popped: Record<string, string> | undefined;
  url = new UrlStateController(
    this,
    'tx',
    () => this.syncUrl,
    (s) => (this.popped = s),
  );
  protected override render() {
    return litHtml`${this.announcer.render()}`;
  }
}
customElements.define('x-announce', AnnounceEl);

// Core's English texts load with their first use; these tests read them directly.
before(() => loadCoreTexts('en'));

describe('Announcer', () => {
  it('puts messages in one polite live region, and repeats are re-announced', async () => {
    const el = await fixture<AnnounceEl>(html`<x-announce></x-announce>`);
    const regions = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions.length).to.equal(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    el.announcer.announce('找到 12 场');
    await el.updateComplete;
    const first = regions[0]!.textContent!.trim();
    expect(first).to.equal('找到 12 场');
    el.announcer.announce('找到 12 场');
    await el.updateComplete;
    expect(regions[0]!.textContent).not.to.equal(first + '\n');
    expect(el.announcer.text).to.not.equal('找到 12 场');
    expect(el.announcer.text.trim()).to.equal('找到 12 场');
  });
});

describe('UrlStateController', () => {
  const start = window.location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('writes prefixed keys, keeps the page’s own parameters, and reads them back', async () => {
    history.replaceState(null, '', '?page=3&other.q=x');
    const el = await fixture<AnnounceEl>(html`<x-announce></x-announce>`);
    el.url.write({ division: '420281', q: '武汉', empty: '' });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('page')).to.equal('3');
    expect(params.get('other.q')).to.equal('x');
    expect(params.get('tx.division')).to.equal('420281');
    expect(params.has('tx.empty')).to.equal(false);
    expect(el.url.read()).to.deep.equal({ division: '420281', q: '武汉' });
  });

  it('takes the prefix from a valid sync-url value, so two widgets of one kind keep apart', async () => {
    history.replaceState(null, '', '?tx.q=default&north.q=n');
    const a = await fixture<AnnounceEl>(html`<x-announce sync-url="north"></x-announce>`);
    const b = await fixture<AnnounceEl>(html`<x-announce sync-url></x-announce>`);
    expect(a.url.read()).to.deep.equal({ q: 'n' });
    expect(b.url.read()).to.deep.equal({ q: 'default' });
    a.url.write({ q: '武汉' });
    b.url.write({ q: '黄石' });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('north.q')).to.equal('武汉');
    expect(params.get('tx.q')).to.equal('黄石');
    // Invalid values keep the widget's own prefix.
    for (const bad of ['a.b', '<x>', '1abc', 'x'.repeat(17), 'true', ' ']) {
      a.setAttribute('sync-url', bad);
      expect(a.url.read(), bad).to.deep.equal({ q: '黄石' });
    }
  });

  it('does nothing when sync is off', async () => {
    const el = await fixture<AnnounceEl>(html`<x-announce></x-announce>`);
    el.syncUrl = false;
    el.url.write({ a: '1' });
    expect(window.location.search).not.to.contain('tx.a');
    expect(el.url.read()).to.deep.equal({});
  });

  it('push adds history entries and Back restores the state through popstate', async () => {
    const el = await fixture<AnnounceEl>(html`<x-announce></x-announce>`);
    el.url.write({ id: 'one' }, 'push');
    el.url.write({ id: 'two' }, 'push');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    expect(el.popped).to.deep.equal({ id: 'one' });
  });
});

/** A host whose load reads `source` and `page`; each load takes `delay` ms and is counted. */
class ArgsLoadEl extends LitElement {
  static override properties = { source: {}, page: { type: Number } };
  source = 'a';
  page = 1;
  other = 0;
  delay = 25;
  loads: string[] = [];
  aborted = 0;
  completed: string[] = [];
  /** (not reactive) the next loads fail / end their value with this */
  fail = false;
  suffix = '';
  data = new LoadController(this, {
    args: () => [this.source, this.page] as const,
    task: async ([source, page], signal) => {
      this.loads.push(`${source}${page}`);
      await new Promise((r) => setTimeout(r, this.delay));
      if (signal.aborted) {
        this.aborted++;
        throw new DOMException('aborted', 'AbortError');
      }
      if (source === 'bad' || this.fail) throw new Error('boom');
      return `${source}:${page}${this.suffix}`;
    },
    onComplete: (v) => this.completed.push(v),
  });
  protected override render() {
    return litHtml`<p>${this.data.status} ${this.data.value}</p>`;
  }
}
customElements.define('x-args-load', ArgsLoadEl);

const settle = (el: ArgsLoadEl) =>
  new Promise((r) => setTimeout(r, el.delay * 3)).then(() => el.updateComplete);

describe('LoadController with args', () => {
  it('loads on the first update, again when an argument changes (shallow compare), not on other updates', async () => {
    const el = await fixture<ArgsLoadEl>(html`<x-args-load></x-args-load>`);
    expect(el.data.status).to.equal('loading');
    await settle(el);
    expect(el.data.value).to.equal('a:1');
    expect(el.loads).to.deep.equal(['a1']);
    el.other++;
    el.requestUpdate();
    el.source = 'a';
    await settle(el);
    expect(el.loads).to.deep.equal(['a1']);
    el.page = 2;
    await settle(el);
    expect(el.loads).to.deep.equal(['a1', 'a2']);
    expect(el.data.value).to.equal('a:2');
    expect(el.completed).to.deep.equal(['a:1', 'a:2']);
    // A newer load replaces one in flight; only the newer one completes.
    el.source = 'b';
    await el.updateComplete;
    el.source = 'c';
    await settle(el);
    expect(el.data.value).to.equal('c:2');
    expect(el.completed).to.deep.equal(['a:1', 'a:2', 'c:2']);
    // run() loads again from the current arguments (a retry).
    el.source = 'bad';
    await settle(el);
    expect(el.data.status).to.equal('error');
    el.source = 'd';
    await el.data.run();
    expect(el.data.value).to.equal('d:2');
  });

  it('a quiet run keeps the data shown while it loads and when it fails; a success replaces it', async () => {
    const el = await fixture<ArgsLoadEl>(html`<x-args-load></x-args-load>`);
    await settle(el);
    const text = () => el.shadowRoot!.querySelector('p')!.textContent;
    expect(text()).to.equal('ready a:1');
    el.fail = true;
    void el.data.run(undefined, { quiet: true });
    await el.updateComplete;
    expect(text()).to.equal('ready a:1'); // no loading state
    await settle(el);
    expect(el.data.status).to.equal('ready'); // the failure is not shown
    expect(text()).to.equal('ready a:1');
    el.fail = false;
    el.suffix = '+';
    void el.data.run(undefined, { quiet: true });
    await settle(el);
    expect(text()).to.equal('ready a:1+');
    // A loud run shows the loading state, and its failure the error.
    el.fail = true;
    void el.data.run();
    await el.updateComplete;
    expect(el.data.status).to.equal('loading');
    await settle(el);
    expect(el.data.status).to.equal('error');
  });

  it('restarts a load the host left the page during, when it is back (a move in the DOM)', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <x-args-load></x-args-load>
        <section></section>
      </div>`,
    );
    const el = box.querySelector<ArgsLoadEl>('x-args-load')!;
    await el.updateComplete;
    expect(el.data.status).to.equal('loading');
    box.querySelector('section')!.append(el); // disconnect + connect, mid-load
    await settle(el);
    expect(el.aborted).to.equal(1);
    expect(el.loads).to.deep.equal(['a1', 'a1']);
    expect(el.data.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('ready a:1');
    // Removed while loading and put back later: loads again then.
    el.page = 3;
    await el.updateComplete;
    el.remove();
    await settle(el);
    expect(el.data.status).to.equal('loading');
    box.append(el);
    await settle(el);
    expect(el.data.value).to.equal('a:3');
  });

  it('keeps its data, without loading again, when the host moves after the data arrived', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <x-args-load></x-args-load>
        <section></section>
      </div>`,
    );
    const el = box.querySelector<ArgsLoadEl>('x-args-load')!;
    await settle(el);
    box.querySelector('section')!.append(el);
    el.remove();
    box.append(el);
    await settle(el);
    expect(el.loads).to.deep.equal(['a1']);
    expect(el.data.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('ready a:1');
  });
});

describe('number input', () => {
  it('normalises full-width digits and punctuation', () => {
    expect(toHalfWidth('１２．５　ａ')).to.equal('12.5 a');
    expect(parseNumberInput('１２，３４５．６')).to.deep.equal({ ok: true, value: 12345.6 });
    expect(parseNumberInput(' 8 000 ')).to.deep.equal({ ok: true, value: 8000 });
  });

  it('rejects empty, non-numeric, negative, fractional and out-of-range input', () => {
    expect(parseNumberInput('')).to.deep.equal({ ok: false, error: 'empty' });
    expect(parseNumberInput('abc')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseNumberInput('1e400')).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parseNumberInput('Infinity')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseNumberInput('-3')).to.deep.equal({ ok: false, error: 'negative' });
    expect(parseNumberInput('1.5', { integer: true })).to.deep.equal({ ok: false, error: 'not-integer' });
    expect(parseNumberInput('0.1', { min: 0.6 })).to.deep.equal({ ok: false, error: 'too-small' });
    expect(parseNumberInput('61', { max: 60 })).to.deep.equal({ ok: false, error: 'too-large' });
  });

  it('has messages in both locales', () => {
    expect(inputErrorMessage(inputMessages['zh-CN'], 'too-large', { max: 60 })).to.contain('60');
    expect(inputErrorMessage(inputMessages.en, 'too-small', { min: 0.6 })).to.equal(
      'Too small: the minimum is 0.6.',
    );
  });
});

describe('errorMessage', () => {
  it('maps SDK error codes to plain words', () => {
    const t = coreMessages.en;
    expect(errorMessage(t, { code: 'timeout' })).to.equal(t.errorTimeout);
    expect(errorMessage(t, { code: 'http', status: 503 })).to.equal(`${t.errorHttp} (HTTP 503)`);
    expect(errorMessage(t, { code: 'network' })).to.equal(t.errorNetwork);
    expect(errorMessage(t, { code: 'network', crossOrigin: true })).to.equal(t.errorCrossOrigin);
    expect(t.errorCrossOrigin).not.to.equal(t.errorNetwork);
    expect(errorMessage(t, { code: 'invalid-data' })).to.equal(t.errorInvalidData);
    expect(errorMessage(t, { code: 'not-found' })).to.equal(t.errorNotFound);
    expect(errorMessage(t, new Error('x'))).to.equal(t.errorUnknown);
    expect(errorMessage(t, null)).to.equal(t.errorUnknown);
  });
});
