import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  captureConsole,
  deepActiveElement,
  expectStatesAccessible,
  installHostileHost,
  openCspPage,
  press,
  tab,
  wasPwned,
} from '@hbrs/testing';
import './define.js';
import type { HbrsPlaceholder, PlaceholderState } from './placeholder.js';

const states: PlaceholderState[] = ['ready', 'loading', 'empty', 'error'];
const enter = (state: PlaceholderState) => ({
  name: state,
  enter: (el: HbrsPlaceholder) => {
    el.state = state;
  },
});

describe('<hbrs-placeholder>', () => {
  it('renders the title and the sample-data notice in zh-CN by default', async () => {
    const el = await fixture<HbrsPlaceholder>(html`<hbrs-placeholder></hbrs-placeholder>`);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('湖北人社服务组件');
    expect(el.shadowRoot!.querySelector('[part=sample-notice]')!.textContent).to.contain('示例数据');
  });

  it('renders English from the nearest lang', async () => {
    const wrap = await fixture(html`<div lang="en"><hbrs-placeholder></hbrs-placeholder></div>`);
    const el = wrap.querySelector('hbrs-placeholder')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Sample data');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
  });

  it('has no axe violations in any state, locale, theme or the large-text mode', async () => {
    for (const attrs of [{}, { lang: 'en' }, { theme: 'wuhan' }, { theme: 'xiangyang', 'large-text': '' }]) {
      const el = await fixture<HbrsPlaceholder>(html`<hbrs-placeholder></hbrs-placeholder>`);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      await expectStatesAccessible(el, states.map(enter));
    }
  });

  it('retries from the error state by keyboard and emits hbrs-retry', async () => {
    const el = await fixture<HbrsPlaceholder>(html`<hbrs-placeholder state="error"></hbrs-placeholder>`);
    const button = el.shadowRoot!.querySelector('button')!;
    await tab();
    expect(deepActiveElement()).to.equal(button);
    setTimeout(() => press('Enter'));
    const ev = (await oneEvent(el, 'hbrs-retry')) as CustomEvent<{ reason: string }>;
    expect(ev.detail).to.deep.equal({ reason: 'user' });
    expect(ev.composed).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('clears the empty state with its action button', async () => {
    const el = await fixture<HbrsPlaceholder>(html`<hbrs-placeholder state="empty"></hbrs-placeholder>`);
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('renders hostile strings as text, never as markup or script', async () => {
    const { messages } = await captureConsole(async () => {
      for (const s of HOSTILE_STRINGS) {
        const el = await fixture<HbrsPlaceholder>(html`<hbrs-placeholder .heading=${s}></hbrs-placeholder>`);
        const h2 = el.shadowRoot!.querySelector('h2')!;
        expect(h2.textContent).to.equal(s);
        expect(h2.children.length).to.equal(0);
      }
    });
    expect(wasPwned()).to.equal(false);
    expect(messages).to.deep.equal([]);
  });

  it('keeps its look on a hostile host page', async () => {
    const remove = installHostileHost();
    try {
      const el = await fixture<HbrsPlaceholder>(
        html`<div><hbrs-placeholder state="error"></hbrs-placeholder></div>`,
      );
      const widget = el.querySelector('hbrs-placeholder')!;
      await widget.updateComplete;
      const root = getComputedStyle(widget.shadowRoot!.querySelector('.hbrs-root')!);
      expect(root.fontSize).to.equal('16px');
      expect(root.fontStyle).to.equal('normal');
      expect(root.textTransform).to.equal('none');
      expect(root.letterSpacing).to.equal('normal');
      expect(root.boxSizing).to.equal('border-box');
      const button = getComputedStyle(widget.shadowRoot!.querySelector('button')!);
      expect(parseFloat(button.minHeight)).to.equal(44);
      expect(button.fontSize).to.equal('16px');
    } finally {
      remove();
    }
  });

  it('renders from the CDN bundles under a strict CSP with no violation', async () => {
    for (const bundle of ['hbrs-widgets.js', 'hbrs-placeholder.js']) {
      const page = await openCspPage(bundle, ['hbrs-placeholder']);
      const el = page.doc.querySelector('hbrs-placeholder')!;
      expect(el.shadowRoot!.textContent, bundle).to.contain('示例数据');
      expect(page.violations, bundle).to.deep.equal([]);
      expect(page.errors, bundle).to.deep.equal([]);
      // Styles applied (adopted stylesheets are allowed by style-src 'self').
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(page.win.getComputedStyle(title).color).to.equal('rgb(11, 87, 164)');
    }
  });
});
