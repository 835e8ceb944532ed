import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, press, tab } from '@hbrs/testing';
import { PostdocPage, clearUrl, text } from './test/page.js';

const mount = PostdocPage.mount;

describe('<hbrs-postdoc-finder> keyboard', () => {
  afterEach(clearUrl);

  it('is a WAI-ARIA combobox: arrows, Enter picks a suggestion, Escape closes then clears', async () => {
    const page = await mount();
    const el = page.el;
    const q = page.input;
    const listbox = page.listbox;
    expect(q.getAttribute('role')).to.equal('combobox');
    expect(q.getAttribute('aria-controls')).to.equal('pd-listbox');
    expect(q.getAttribute('aria-autocomplete')).to.equal('list');
    expect(q.getAttribute('aria-expanded')).to.equal('false');
    expect(listbox.getAttribute('role')).to.equal('listbox');
    await tab();
    expect(deepActiveElement()).to.equal(q);
    await sendKeys({ type: 'jsj' });
    await el.updateComplete;
    expect(q.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox.hidden).to.equal(false);
    const options = page.options;
    expect(text(options[0]!)).to.contain('计算机科学与技术（0812）');
    expect(q.hasAttribute('aria-activedescendant')).to.equal(false);
    await press('ArrowDown');
    await el.updateComplete;
    expect(q.getAttribute('aria-activedescendant')).to.equal('pd-opt-0');
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowUp');
    await el.updateComplete;
    const last = page.options.length - 1;
    expect(q.getAttribute('aria-activedescendant')).to.equal(`pd-opt-${last}`);
    await press('ArrowLeft');
    await el.updateComplete;
    expect(q.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(q.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown');
    await el.updateComplete;
    expect(q.getAttribute('aria-activedescendant')).to.equal('pd-opt-0');
    expect(deepActiveElement()).to.equal(q);
    setTimeout(() => press('Enter'));
    const ev = (await oneEvent(el, 'hbrs-postdoc-search')) as CustomEvent<{
      filters: { discipline: string };
      total: number;
    }>;
    await el.updateComplete;
    expect(ev.detail.filters.discipline).to.equal('0812');
    expect(ev.detail.total).to.equal(5);
    expect(q.value).to.equal('');
    expect(q.getAttribute('aria-expanded')).to.equal('false');
    expect(text(page.chipList)).to.contain('一级学科：计算机科学与技术（0812）');
    expect(page.cards).to.have.length(5);
    expect(deepActiveElement()).to.equal(q);
    // Escape closes an open list first, then clears the text.
    await sendKeys({ type: 'wh' });
    await el.updateComplete;
    expect(q.getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    await el.updateComplete;
    expect(q.getAttribute('aria-expanded')).to.equal('false');
    expect(q.value).to.equal('wh');
    await press('Escape');
    await el.updateComplete;
    expect(q.value).to.equal('');
  });

  it('removes chips by keyboard, moving focus to the next chip', async () => {
    const page = await mount();
    const el = page.el;
    await page.select('city', '420100');
    await page.select('type', 'flow_station');
    const chips = page.chips;
    expect(chips.map((c) => c.dataset.chip)).to.deep.equal(['type', 'city', 'all']);
    expect(text(chips[0]!)).to.contain('移除条件');
    chips[0]!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.currentFilters.type).to.equal('');
    expect((deepActiveElement() as HTMLElement).dataset.chip).to.equal('city');
    await press('Space');
    await el.updateComplete;
    expect(page.chipList).to.equal(null);
    expect(deepActiveElement()).to.equal(page.input);
  });

  it('can be used by keyboard alone with a visible focus ring', async () => {
    const page = await mount();
    const el = page.el;
    await tab();
    expect(deepActiveElement()).to.equal(page.input);
    await tab();
    const first = deepActiveElement() as HTMLElement;
    expect(first.id).to.equal('pd-f-category');
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    await tab(6);
    const card = deepActiveElement() as HTMLElement;
    expect(card.dataset.open).to.be.a('string');
    expect(getComputedStyle(card).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(card).outlineWidth)).to.be.at.least(2);
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(page.detailTitle);
    await tab();
    expect((deepActiveElement() as HTMLElement).classList.contains('pin')).to.equal(true);
    await press('Space');
    await el.updateComplete;
    expect(el.comparedIds).to.deep.equal([card.dataset.open]);
  });
});
