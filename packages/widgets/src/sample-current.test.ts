// The built-in sample data stays current (issue 14.3): widgets pinned at dates years ahead, with no client set,
// read the sample data dated at their `now` and still show upcoming fairs (黄石 and 神农架 too) and open calls.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HbrsJobFairs } from './job-fairs/job-fairs.js';
import type { HbrsPostdocFinder } from './postdoc-finder/postdoc-finder.js';
import './job-fairs/define.js';
import './postdoc-finder/define.js';

const PINNED = ['2026-12-03T10:00:00+08:00', '2029-02-28T10:00:00+08:00', '2032-02-29T10:00:00+08:00'];
const DAY = 86_400_000;

/** The dates written `2031年8月3日` in `text`, as the start of that day in Asia/Shanghai. */
const zhDates = (text: string): number[] =>
  [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) =>
    Date.parse(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}T00:00:00+08:00`),
  );

describe('sample data at pinned dates years ahead', function () {
  this.timeout(30_000);

  for (const at of PINNED) {
    const now = new Date(at);
    for (const division of ['420200', '429021']) {
      it(`<hbrs-job-fairs division="${division}"> at ${at} lists upcoming fairs, soonest within weeks`, async () => {
        const el = await fixture<HbrsJobFairs>(
          html`<hbrs-job-fairs lang="zh-CN" division=${division} .now=${now}></hbrs-job-fairs>`,
        );
        await waitUntil(
          () => el.shadowRoot!.querySelector('#jf-count, [part=empty], [part=error]'),
          'no load',
          {
            timeout: 10_000,
          },
        );
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=sample-notice]')).to.not.equal(null);
        expect(el.resultCount, 'upcoming fairs').to.be.above(0);
        const first = el.shadowRoot!.querySelector('.list [role=listitem], .list li')!;
        const dates = zhDates(first.textContent ?? '');
        expect(dates.length, first.textContent ?? '').to.be.above(0);
        expect(dates[0]).to.be.at.least(now.getTime() - DAY);
        expect(dates[0]).to.be.below(now.getTime() + 92 * DAY);
      });
    }

    it(`<hbrs-postdoc-finder> at ${at} shows open calls with deadlines ahead`, async () => {
      const el = await fixture<HbrsPostdocFinder>(
        html`<hbrs-postdoc-finder lang="zh-CN" page-size="500" .now=${now}></hbrs-postdoc-finder>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.cards, .hbrs-empty, .hbrs-error'), 'no load', {
        timeout: 10_000,
      });
      await el.updateComplete;
      const deadlines = [...el.shadowRoot!.querySelectorAll('.card li')]
        .map((li) => li.textContent ?? '')
        .filter((t) => t.startsWith('截止日期'));
      const open = deadlines.filter((t) => !t.includes('已截止') && !t.includes('长期有效'));
      expect(open.length, 'cards with an open dated call').to.be.at.least(5);
      for (const t of open) expect(zhDates(t)[0], t).to.be.at.least(now.getTime() - DAY);
      expect(
        deadlines.some((t) => t.includes('已截止')),
        'some calls closed',
      ).to.equal(true);
    });
  }
});
