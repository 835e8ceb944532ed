// Safety of <hbrs-job-fairs>: hostile strings and data, hostile attributes, a hostile host page, 320 px reflow, strict CSP.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  captureConsole,
  hugeText,
  installHostileHost,
  openCspPage,
  wasPwned,
} from '@hbrs/testing';
import { type HbrsJobFairs } from './job-fairs.js';
import { baseFairs } from './test/fixtures.js';
import { JobFairsPage, clearUrl, mount as make } from './test/page.js';

describe('<hbrs-job-fairs>: safety', () => {
  afterEach(() => clearUrl());

  describe('safety', () => {
    it('renders hostile strings typed into the keyword box as text', async () => {
      const { messages } = await captureConsole(async () => {
        const { el, page } = await make();
        const input = page.find<HTMLInputElement>('#jf-keyword')!;
        for (const s of HOSTILE_STRINGS) {
          input.value = s;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          expect(input.value).to.equal(s);
          expect(page.find('img, script, svg, style:not([data-x])')).to.equal(null);
        }
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('renders hostile data as text and never turns hostile URLs into links', async () => {
      const { messages } = await captureConsole(async () => {
        const fairs = HOSTILE_STRINGS.filter((s) => s.trim() !== '').map((s, i) => {
          const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
          return {
            ...baseFairs()[0],
            id: `H-${i}`,
            name: s,
            theme: s,
            description: s,
            venue: { name: s, address: s, transit: s },
            online: { platform: s, url, liveStreamUrl: url },
            mode: 'hybrid',
            organizers: { hosts: [s], undertakers: [s], coOrganizers: [s] },
            zones: [{ code: 'A', name: s, boothRange: s }],
            employers: [
              {
                id: 'E',
                name: s,
                boothNo: s,
                zoneCode: 'A',
                positions: [
                  { ...(baseFairs()[0]!.employers as { positions: object[] }[])[0]!.positions[0], title: s },
                ],
              },
            ],
            contact: { name: s, phone: url, email: s },
            registration: { jobseeker: { url, method: s }, employer: { url, method: s } },
            source: { platform: s, url },
          };
        });
        const { el, page } = await make({ fairs }, { date: 'all' });
        expect(page.ids()).to.have.length(fairs.length);
        for (const f of fairs) {
          const button = page.find<HTMLButtonElement>(`button[data-fair="${f.id}"]`)!;
          expect(button.textContent!.trim()).to.equal(f.name.trim());
          expect(button.children.length).to.equal(0);
          el.openFair(f.id);
          await el.updateComplete;
          expect(page.dialog).to.not.equal(null);
          expect(page.inDialog('img, script, svg, iframe, object, style')).to.equal(null);
          for (const a of page.inDialogAll('a')) expect(a.getAttribute('href')!).to.match(/^(https?|tel):/);
          // A hostile phone number never becomes a link that is not a plain tel: number.
          for (const a of page.inDialogAll('a[href^="tel:"]'))
            expect(a.getAttribute('href')).to.match(/^tel:[\d+]+$/);
          page.find<HTMLDialogElement>('dialog')!.close();
          await el.updateComplete;
        }
        for (const a of page.findAll('a')) expect(a.getAttribute('href')!).to.match(/^https?:/);
      });
      expect(wasPwned()).to.equal(false);
      expect(messages).to.deep.equal([]);
    });

    it('an unknown date preset falls back to upcoming', async () => {
      const { el, page } = await make({}, { date: 'tomorrow-ish' });
      expect(el.date).to.equal('upcoming');
      expect(page.find<HTMLSelectElement>('#jf-date')!.value).to.equal('upcoming');
      expect(page.ids()).to.have.length(6);
    });

    it('a hostile attribute value is harmless', async () => {
      const { page } = await make(
        {},
        { division: '<img src=x onerror=window.__hbrsPwned=1>', keyword: '"><svg onload=1>' },
      );
      expect(page.ids()).to.deep.equal([]);
      expect(page.find<HTMLInputElement>('#jf-keyword')!.value).to.equal('"><svg onload=1>');
      expect(wasPwned()).to.equal(false);
    });

    it('keeps its look on a hostile host page', async () => {
      const remove = installHostileHost();
      try {
        const { page } = await make();
        const r = getComputedStyle(page.find('.hbrs-root')!);
        expect(r.fontSize).to.equal('16px');
        expect(r.fontStyle).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(r.letterSpacing).to.equal('normal');
        expect(getComputedStyle(page.find('#jf-keyword')!).fontSize).to.equal('16px');
        expect(parseFloat(getComputedStyle(page.find('#jf-keyword')!).width)).to.be.greaterThan(100);
        expect(parseFloat(getComputedStyle(page.find('.view-toggle button')!).minHeight)).to.equal(44);
        expect(getComputedStyle(page.find('.fair-name')!).fontSize).to.equal('16.8px');
      } finally {
        remove();
      }
    });

    it('clamps a 1 MB name (and a long place, platform, organiser) in its row; the detail shows a long name whole', async function () {
      this.timeout(30000); // laying out 1 MB of text takes seconds on a loaded machine
      const huge = hugeText();
      const long = hugeText(100000);
      const base = baseFairs()[0]!;
      const fairs = [
        base,
        { ...base, id: 'HUGE', name: huge },
        { ...base, id: 'LONG', name: long },
        {
          ...base,
          id: 'HUGE-ALL',
          name: long,
          mode: 'hybrid',
          venue: { name: long, address: long },
          online: { platform: long, url: 'https://example.org/' },
          organizers: { hosts: [long], undertakers: [], coOrganizers: [] },
        },
      ];
      const { el, page } = await make({ fairs }, { date: 'all' });
      const row = (id: string) => page.fairButton(id)!.closest<HTMLElement>('.fair')!;
      // A usual row is about 160 px; the name takes three lines at most (two more than a short one).
      const usual = row(base.id as string).getBoundingClientRect().height;
      const nameRow = row('HUGE').getBoundingClientRect().height;
      expect(nameRow)
        .to.be.above(usual)
        .and.at.most(usual + 50);
      expect(nameRow).to.be.below(250);
      const allRow = row('HUGE-ALL').getBoundingClientRect().height;
      expect(allRow).to.be.below(400);
      // The whole name is still there for a screen reader (the button's text), and in the detail.
      expect(page.fairButton('HUGE')!.textContent!.trim()).to.have.length(huge.length);
      expect(row('LONG').getBoundingClientRect().height).to.be.closeTo(nameRow, 2);
      // (The detail of a 1 MB name takes seconds to lay out; 100,000 characters show the same thing.)
      el.openFair('LONG');
      await el.updateComplete;
      const title = page.inDialog<HTMLElement>('h2')!;
      expect(title.textContent!.trim()).to.equal(long);
      // Whole and wrapped: no horizontal overflow, much taller than a clamped row.
      expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
      expect(title.getBoundingClientRect().height).to.be.above(1000);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el, page } = await make();
        el.openFair('JF-1');
        await el.updateComplete;
        const r = page.find('.hbrs-root')!;
        expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
        const d = page.find('dialog')!;
        expect(d.scrollWidth).to.be.at.most(d.clientWidth + 1);
        expect(d.getBoundingClientRect().width).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('renders from its CDN bundle under a strict CSP with no violation and no error', async () => {
      const page = await openCspPage('hbrs-job-fairs.js', ['hbrs-job-fairs']);
      const el = page.doc.querySelector('hbrs-job-fairs') as HbrsJobFairs;
      const widget = new JobFairsPage(el);
      await waitUntil(() => widget.find('#jf-count'), 'CSP page widget did not load', {
        timeout: 8000,
      });
      await el.updateComplete;
      expect(widget.find('h2')!.textContent).to.equal('招聘会');
      expect(widget.find('[part=sample-notice]')).to.not.equal(null);
      expect(page.win.getComputedStyle(widget.find('h2')!).color).to.equal('rgb(11, 87, 164)');
      // Open a detail (modal dialog) and the month view under the policy too.
      el.date = 'all';
      await el.updateComplete;
      const first = widget.find<HTMLButtonElement>('button[data-fair]')!;
      first.click();
      await el.updateComplete;
      expect(widget.find<HTMLDialogElement>('dialog')!.open).to.equal(true);
      el.selected = '';
      el.view = 'month';
      await el.updateComplete;
      expect(widget.find('table[role=grid]')).to.not.equal(null);
      await aTimeout(50);
      expect(page.violations).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    });
  });
});
