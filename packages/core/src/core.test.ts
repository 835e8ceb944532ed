import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import {
  HbrsElement,
  LoadController,
  VERSION,
  define,
  findLang,
  formatDateTime,
  formatMoney,
  normalizeLocale,
  renderEmpty,
  renderError,
  renderLoading,
  renderSampleNotice,
  coreMessages,
  safeUrl,
  themesStylesheet,
  loadCoreTexts,
} from './index.js';
import { expectAccessible, captureConsole } from '@hbrs/testing';

class TestEl extends HbrsElement {
  static override properties = { view: {} };
  view = 'ready';
  loader = new LoadController<number>(this, async (signal) => {
    await new Promise((r) => setTimeout(r, 5));
    if (signal.aborted) throw new Error('aborted');
    if (this.view === 'fail') throw new Error('boom');
    return 42;
  });
  fire(): boolean {
    return this.emit('hbrs-load', { count: 3, sample: true }, { cancelable: true });
  }
  protected override render() {
    const t = this.coreText;
    const body =
      this.view === 'loading'
        ? renderLoading(t)
        : this.view === 'empty'
          ? renderEmpty(t, { message: 'x', onAction: () => (this.view = 'ready') })
          : this.view === 'error'
            ? renderError(t, { message: 'y', onRetry: () => (this.view = 'ready') })
            : litHtml`<p>${t.loading}</p>`;
    return litHtml`<div class="hbrs-root">${renderSampleNotice(t)}${body}</div>`;
  }
}
define('hbrs-core-test', TestEl);
type El = TestEl & HTMLElement;

// Core's English texts load with their first use; these tests read them directly.
before(() => loadCoreTexts('en'));

describe('define()', () => {
  it('registers once and does not throw on a second definition', () => {
    class Again extends TestEl {}
    expect(() => define('hbrs-core-test', Again)).not.to.throw();
    expect(customElements.get('hbrs-core-test')).to.equal(TestEl);
  });

  it('warns when a different version is already registered', async () => {
    class Old extends TestEl {
      static override readonly version = '0.0.1-old';
    }
    define('hbrs-core-test-versions', Old);
    class New extends TestEl {}
    const { messages } = await captureConsole(() => define('hbrs-core-test-versions', New));
    expect(messages.join('\n')).to.contain('0.0.1-old').and.to.contain(VERSION);
  });

  it('stays silent when the same version registers twice', async () => {
    class A extends TestEl {}
    class B extends TestEl {}
    define('hbrs-core-test-same', A);
    const { messages } = await captureConsole(() => define('hbrs-core-test-same', B));
    expect(messages).to.deep.equal([]);
  });
});

describe('emit()', () => {
  it('dispatches bubbling, composed events with typed detail', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    setTimeout(() => el.fire());
    const ev = (await oneEvent(document, 'hbrs-load')) as CustomEvent;
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    expect(ev.detail).to.deep.equal({ count: 3, sample: true });
  });

  it('reports preventDefault on cancelable events', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    el.addEventListener('hbrs-load', (e) => e.preventDefault(), { once: true });
    expect(el.fire()).to.equal(false);
  });
});

describe('locale resolution', () => {
  it('maps language tags to supported locales', () => {
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(normalizeLocale('zh_TW')).to.equal('zh-CN');
    expect(normalizeLocale('fr')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
  });

  it('defaults to zh-CN from <html lang>', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    expect(el.locale).to.equal('zh-CN');
  });

  it('uses the element lang, then the nearest ancestor', async () => {
    const wrap = await fixture(
      html`<div lang="en">
        <hbrs-core-test></hbrs-core-test><hbrs-core-test lang="zh-CN"></hbrs-core-test>
      </div>`,
    );
    const [a, b] = wrap.querySelectorAll<El>('hbrs-core-test');
    expect(a!.locale).to.equal('en');
    expect(b!.locale).to.equal('zh-CN');
  });

  it('crosses shadow roots to find the nearest [lang]', async () => {
    class Outer extends LitElement {
      protected override render() {
        return litHtml`<section><hbrs-core-test></hbrs-core-test></section>`;
      }
    }
    customElements.define('x-outer-lang', Outer);
    const outer = await fixture<Outer>(html`<div lang="en"><x-outer-lang></x-outer-lang></div>`);
    const host = outer.querySelector('x-outer-lang') as Outer;
    await host.updateComplete;
    const inner = host.shadowRoot!.querySelector('hbrs-core-test') as El;
    expect(findLang(inner)).to.equal('en');
    expect(inner.locale).to.equal('en');
  });

  it('follows changes of lang and re-renders', async () => {
    const wrap = await fixture(html`<div lang="zh-CN"><hbrs-core-test></hbrs-core-test></div>`);
    const el = wrap.querySelector<El>('hbrs-core-test')!;
    expect(el.shadowRoot!.textContent).to.contain('正在加载');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('Loading');
  });

  it('follows a change of <html lang>', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    document.documentElement.lang = 'en';
    try {
      await new Promise((r) => setTimeout(r, 0));
      expect(el.locale).to.equal('en');
    } finally {
      document.documentElement.lang = 'zh-CN';
    }
  });
});

describe('tokens and themes', () => {
  const rootStyle = (el: El) => getComputedStyle(el.shadowRoot!.querySelector('.hbrs-root')!);
  const noticeBorder = (el: El) =>
    getComputedStyle(el.shadowRoot!.querySelector('.hbrs-sample-notice')!).borderInlineStartColor;

  it('uses px font sizes that ignore the root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
      expect(rootStyle(el).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('switches the theme by attribute, and the large-text mode scales type', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    const primary = () =>
      getComputedStyle(el.shadowRoot!.querySelector('.hbrs-root')!)
        .getPropertyValue('--_hbrs-color-primary')
        .trim();
    expect(primary()).to.equal('#0b57a4');
    el.theme = 'wuhan';
    await el.updateComplete;
    expect(primary()).to.equal('#00656b');
    el.largeText = true;
    await el.updateComplete;
    expect(rootStyle(el).fontSize).to.equal('20px');
    expect(noticeBorder(el)).to.be.a('string');
  });

  it('lets a portal override tokens on an ancestor, and applies page-level themes', async () => {
    const style = document.createElement('style');
    style.textContent = themesStylesheet();
    document.head.append(style);
    try {
      const wrap = await fixture(
        html`<div data-hbrs-theme="xiangyang" data-hbrs-large-text><hbrs-core-test></hbrs-core-test></div>`,
      );
      const el = wrap.querySelector<El>('hbrs-core-test')!;
      expect(rootStyle(el).getPropertyValue('--_hbrs-color-primary').trim()).to.equal('#9b2226');
      expect(rootStyle(el).fontSize).to.equal('20px');
      (wrap as HTMLElement).style.setProperty('--hbrs-color-primary', 'rgb(1, 2, 3)');
      expect(rootStyle(el).getPropertyValue('--_hbrs-color-primary').trim()).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});

describe('state views', () => {
  for (const view of ['ready', 'loading', 'empty', 'error'] as const) {
    it(`"${view}" has no axe violations in zh-CN and en`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const el = await fixture<El>(html`<hbrs-core-test lang=${lang}></hbrs-core-test>`);
        el.view = view;
        await el.updateComplete;
        await expectAccessible(el);
        expect(el.shadowRoot!.querySelector('.hbrs-sample-notice')!.textContent).to.contain(
          coreMessages[lang as 'en' | 'zh-CN'].sampleNoticeTitle,
        );
      }
    });
  }

  it('error view is an alert with a retry button that works', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    el.view = 'error';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('ready');
  });
});

describe('LoadController', () => {
  it('goes loading → ready, and loading → error without an unhandled rejection', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    const { messages } = await captureConsole(async () => {
      const p = el.loader.run();
      expect(el.loader.status).to.equal('loading');
      await p;
      expect(el.loader.status).to.equal('ready');
      expect(el.loader.value).to.equal(42);
      el.view = 'fail';
      await el.loader.run();
      expect(el.loader.status).to.equal('error');
      expect((el.loader.error as Error).message).to.equal('boom');
    });
    expect(messages).to.deep.equal([]);
  });

  it('a newer run wins over an older one', async () => {
    const el = await fixture<El>(html`<hbrs-core-test></hbrs-core-test>`);
    el.view = 'fail';
    const first = el.loader.run();
    el.view = 'ready';
    const second = el.loader.run();
    await Promise.all([first, second]);
    expect(el.loader.status).to.equal('ready');
  });
});

describe('safeUrl', () => {
  it('allows http, https and tel only', () => {
    expect(safeUrl('https://rst.hubei.gov.cn/')).to.equal('https://rst.hubei.gov.cn/');
    expect(safeUrl('tel:027-12333')).to.equal('tel:027-12333');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///x',
      'nope',
      '',
      null,
      42,
    ]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('formatting', () => {
  it('formats money in CNY and dates in Asia/Shanghai', () => {
    expect(formatMoney('zh-CN', 1234.5)).to.equal('¥1,234.50');
    expect(formatMoney('en', 1234.5)).to.contain('1,234.50');
    // 2026-02-03T16:30Z is 2026-02-04 00:30 in Shanghai, whatever the test machine's zone.
    expect(formatDateTime('en', '2026-02-03T16:30:00Z', { dateStyle: 'short' })).to.equal('2/4/26');
    expect(formatDateTime('en', 'not a date')).to.equal('');
  });
});
