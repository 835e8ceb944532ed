import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import {
  Announcer,
  UrlStateController,
  coreMessages,
  errorMessage,
  inputErrorMessage,
  parseNumberInput,
  toHalfWidth,
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

describe('number input', () => {
  it('normalises full-width digits and punctuation', () => {
    expect(toHalfWidth('１２．５　ａ')).to.equal('12.5 a');
    expect(parseNumberInput('１２，３４５．６')).to.deep.equal({ ok: true, value: 12345.6 });
    expect(parseNumberInput(' 8 000 ')).to.deep.equal({ ok: true, value: 8000 });
  });

  it('rejects empty, non-numeric, negative, fractional and out-of-range input', () => {
    expect(parseNumberInput('')).to.deep.equal({ ok: false, error: 'empty' });
    expect(parseNumberInput('abc')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseNumberInput('1e400')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseNumberInput('Infinity')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseNumberInput('-3')).to.deep.equal({ ok: false, error: 'negative' });
    expect(parseNumberInput('1.5', { integer: true })).to.deep.equal({ ok: false, error: 'not-integer' });
    expect(parseNumberInput('0.1', { min: 0.6 })).to.deep.equal({ ok: false, error: 'too-small' });
    expect(parseNumberInput('61', { max: 60 })).to.deep.equal({ ok: false, error: 'too-large' });
  });

  it('has messages in both locales', () => {
    expect(inputErrorMessage(coreMessages['zh-CN'], 'too-large', { max: 60 })).to.contain('60');
    expect(inputErrorMessage(coreMessages.en, 'too-small', { min: 0.6 })).to.equal(
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
    expect(errorMessage(t, { code: 'invalid-data' })).to.equal(t.errorInvalidData);
    expect(errorMessage(t, { code: 'not-found' })).to.equal(t.errorNotFound);
    expect(errorMessage(t, new Error('x'))).to.equal(t.errorUnknown);
    expect(errorMessage(t, null)).to.equal(t.errorUnknown);
  });
});
