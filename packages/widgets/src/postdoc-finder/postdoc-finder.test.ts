import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { HbrsPostdocFinder } from './postdoc-finder.js';
import { fixtureClient } from './test/fixtures.js';

describe('smoke', () => {
  it('renders', async () => {
    const client = fixtureClient();
    const el = await fixture<HbrsPostdocFinder>(
      html`<hbrs-postdoc-finder .client=${client}></hbrs-postdoc-finder>`,
    );
    const ev = await oneEvent(el, 'hbrs-load');
    await el.updateComplete;
    console.log(JSON.stringify(ev.detail), el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 1500));
    expect(el.shadowRoot!.querySelectorAll('.card').length).to.equal(20);
  });
});
