import { expect, waitUntil } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  hugeText,
  installHostileHost,
  openCspPage,
  wasPwned,
} from '@hbrs/testing';
import type { HbrsPostdocFinder } from './postdoc-finder.js';
import { fixtureClient, programmeItems } from './test/fixtures.js';
import { PostdocPage, clearUrl, text } from './test/page.js';

const mount = PostdocPage.mount;

describe('<hbrs-postdoc-finder> safety', () => {
  afterEach(clearUrl);

  it('renders hostile strings typed in the search box as text', async () => {
    const page = await mount();
    const { messages } = await captureConsole(async () => {
      for (const s of HOSTILE_STRINGS) {
        await page.setKeyword(s);
        expect(page.input.value).to.equal(s);
        expect(page.root.querySelector('img, script, svg, style:not([data-lit]), iframe')).to.equal(null);
        const chip = page.chip('q');
        if (s.trim()) expect(text(chip)).to.contain(s.replace(/\s+/g, ' ').trim().slice(0, 20));
      }
    });
    expect(wasPwned()).to.equal(false);
    expect(messages).to.deep.equal([]);
  });

  it('echoes a 100,000-character keyword in its filter chip cut to 40 characters', async () => {
    const page = await mount();
    const long = hugeText(100000);
    await page.setKeyword(long);
    expect(page.input.value).to.equal(long);
    const chip = text(page.chip('q'));
    expect(chip).to.contain(`${long.slice(0, 40)}…`);
    expect(chip.length).to.be.below(100);
  });

  it('renders hostile data fields as text and never links hostile URLs', async () => {
    const items = HOSTILE_STRINGS.filter((s) => s.trim()).map((s, i) => {
      const base = programmeItems(i + 1)[i]!;
      const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
      return {
        ...base,
        id: `H-${i}`,
        host: { name: s, orgType: 'university', website: url },
        discipline: { code: '0812', name: s },
        contact: { name: s, phone: s, email: s },
        openings: [
          {
            id: `HO-${i}`,
            title: s,
            programme: s,
            directions: [{ name: s, supervisor: { name: s, title: s, honours: [s] } }],
            eligibility: { other: s },
            compensation: { text: s, housing: s },
            materials: [s],
            applyMethod: s,
            contact: { name: s, phone: url, email: s },
            publishDate: '2026-01-01',
            rolling: true,
            source: { platform: s, url },
          },
        ],
      };
    });
    const { messages } = await captureConsole(async () => {
      const page = await mount({ client: fixtureClient({ items }), pageSize: 50 });
      expect(page.cards.length).to.equal(items.length);
      const hosts = page.cards.map((c) => c.querySelector('.host')!.textContent);
      for (const it of items) expect(hosts).to.include(it.host.name.trim());
      for (const [i] of items.entries()) {
        page.openers[i]!.click();
        await page.el.updateComplete;
        const detail = page.detail!;
        expect(detail.querySelector('img, script, svg, iframe, style')).to.equal(null);
        for (const a of detail.querySelectorAll('a')) {
          expect(['https:', 'http:', 'tel:']).to.include(new URL(a.href).protocol);
          expect(HOSTILE_URLS).not.to.include(a.getAttribute('href'));
        }
        page.back.click();
        await page.el.updateComplete;
      }
    });
    expect(wasPwned()).to.equal(false);
    expect(messages).to.deep.equal([]);
  });

  it('clamps a 1 MB host name (and a long discipline) in its card; the detail shows a long name whole', async function () {
    this.timeout(30000); // laying out 1 MB of text takes seconds on a loaded machine
    const huge = hugeText();
    const long = hugeText(100000);
    const items = programmeItems(3).map((p, i) => {
      const host = p.host as Record<string, unknown>;
      if (i === 0) return { ...p, host: { ...host, name: huge } };
      if (i === 1) return { ...p, host: { ...host, name: long }, discipline: { code: '0812', name: long } };
      return p;
    });
    const page = await mount({ client: fixtureClient({ items }) });
    const card = (id: unknown) =>
      page.cards.find((c) => c.querySelector(`[data-open="${String(id)}"]`))!.getBoundingClientRect().height;
    const usual = card(items[2]!.id);
    expect(card(items[0]!.id))
      .to.be.above(usual)
      .and.at.most(usual + 50);
    expect(card(items[0]!.id)).to.be.below(350);
    expect(card(items[1]!.id)).to.be.below(400);
    // The whole name is the button's text (a screen reader reads it), and the detail shows it whole, wrapped.
    expect(page.root.querySelector(`[data-open="${String(items[0]!.id)}"] .host`)!.textContent).to.equal(
      huge,
    );
    page.root.querySelector<HTMLElement>(`[data-open="${String(items[1]!.id)}"]`)!.click();
    await page.detailOpened();
    const title = page.detailTitle!;
    expect(title.textContent).to.contain(long);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
    expect(title.getBoundingClientRect().height).to.be.above(1000);
  });

  it('keeps its look on a hostile host page', async () => {
    const remove = installHostileHost();
    try {
      const page = await mount();
      const sectionStyle = getComputedStyle(page.section);
      expect(sectionStyle.fontSize).to.equal('16px');
      expect(sectionStyle.textTransform).to.equal('none');
      expect(sectionStyle.boxSizing).to.equal('border-box');
      const q = getComputedStyle(page.input);
      expect(q.fontSize).to.equal('16px');
      expect(parseFloat(q.minHeight)).to.equal(44);
      const pin = getComputedStyle(page.pins[0]!);
      expect(parseFloat(pin.minHeight)).to.equal(44);
    } finally {
      remove();
    }
  });

  it('works from its CDN bundle under a strict CSP', async () => {
    const csp = await openCspPage('hbrs-postdoc-finder.js', ['hbrs-postdoc-finder']);
    const page = new PostdocPage(csp.doc.querySelector('hbrs-postdoc-finder') as HbrsPostdocFinder);
    const el = page.el;
    // Whatever the built-in sample data does, the widget renders a state without errors.
    // (The first load of the bundle and its sample data can take over a second on a busy machine.)
    await waitUntil(() => page.root.querySelector('.cards, .hbrs-error, .hbrs-empty'), 'no state under CSP', {
      timeout: 5000,
    });
    el.client = fixtureClient();
    await el.updateComplete;
    // The fixture's 40 programmes (not the sample data's first page of cards).
    await waitUntil(() => text(page.count) === '找到 40 个博士后站点', 'no fixture data under CSP', {
      timeout: 5000,
    });
    await waitUntil(() => page.cards.length === 20, 'no cards under CSP');
    page.openers[0]!.click();
    // The detail view is a separate chunk of the bundle, loaded under the same policy.
    await page.detailOpened('no detail under CSP', 5000);
    await new Promise((r) => setTimeout(r, 50));
    // The detail's own stylesheet is adopted under the policy too.
    expect(csp.win.getComputedStyle(page.opening!).paddingTop).to.equal('12px');
    expect(csp.win.getComputedStyle(page.heading!).color).to.equal('rgb(11, 87, 164)');
    expect(csp.violations).to.deep.equal([]);
    expect(csp.errors).to.deep.equal([]);
  });
});
