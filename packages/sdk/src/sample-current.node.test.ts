/**
 * The built-in sample data is current whatever the date: the client's clock (`now`) dates it when it loads.
 * Pinned at today, three months and two years ahead, and on a leap day.
 */
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient } from './index.js';

const DAY = 86_400_000;
const PINNED = [
  '2026-12-03T10:00:00+08:00',
  '2027-03-03T10:00:00+08:00',
  '2028-12-03T10:00:00+08:00',
  '2028-02-29T09:00:00+08:00',
];
const ymd = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

describe('sample data is current at the client clock', () => {
  for (const at of PINNED) {
    const now = Date.parse(at);
    const client = createClient({ now: () => now });

    it(`${at}: upcoming fairs in every 市州 within three months, and a few just past`, async () => {
      const shizhou = (await client.divisions.ordered())
        .filter((d) => d.role === 'city')
        .map((d) => d.division);
      expect(shizhou.length).to.equal(17);
      for (const d of shizhou) {
        const page = await client.jobFairs.query({
          division: d.code,
          from: new Date(now),
          to: new Date(now + 92 * DAY),
          status: ['upcoming', 'ongoing'],
          pageSize: 1,
        });
        expect(page.total, `${d.code} ${d.name}`).to.be.above(0);
      }
      const ended = await client.jobFairs.query({ status: 'ended', pageSize: 1, sort: '-startTime' });
      expect(ended.total).to.be.within(5, 120);
      expect(Date.parse(ended.items[0]!.endTime)).to.be.below(now);
      expect(Date.parse(ended.items[0]!.endTime)).to.be.above(now - 14 * DAY);
      const meta = await client.meta('job-fairs');
      expect(Date.parse(meta.generatedAt)).to.be.at.most(now);
      expect(Date.parse(meta.generatedAt)).to.be.above(now - 7 * DAY);
      expect(meta.dropped, 'the moved records still validate').to.equal(0);
      expect((await client.meta('postdoc')).dropped).to.equal(0);
    });

    it(`${at}: postdoc calls open, closing within 30 days and closed; none published later than today`, async () => {
      const openings = await client.postdoc.openings();
      const today = ymd(now);
      const soon = ymd(now + 30 * DAY);
      expect(openings.every((o) => o.publishDate <= today)).to.equal(true);
      const dated = openings.filter((o) => o.deadline);
      expect(dated.filter((o) => o.deadline! >= today).length).to.be.at.least(10);
      expect(dated.filter((o) => o.deadline! >= today && o.deadline! <= soon).length).to.be.at.least(1);
      expect(dated.filter((o) => o.deadline! < today).length).to.be.at.least(10);
    });
  }

  it('the default clock is the device clock: upcoming fairs now', async () => {
    const page = await createClient().jobFairs.query({ status: 'upcoming', from: new Date(), pageSize: 1 });
    expect(page.total).to.be.above(50);
  });
});

describe('docs examples pick divisions that have fairs', () => {
  const guides = fileURLToPath(new URL('../../../docs/guide/', import.meta.url));
  const codes = new Set<string>();
  for (const name of readdirSync(guides).filter((n) => n.endsWith('.md'))) {
    const md = readFileSync(`${guides}${name}`, 'utf8');
    for (const m of md.matchAll(/<hbrs-job-fairs[^>]*\bdivision="(\d{6})"/g)) codes.add(m[1]!);
    for (const m of md.matchAll(/jobFairs\.query\(\{[^}]*division: '(\d{6})'/g)) codes.add(m[1]!);
  }

  it('finds the examples (getting-started uses 黄石 420200)', () => {
    expect([...codes]).to.include('420200');
  });

  for (const at of PINNED) {
    it(`${at}: each example division has upcoming fairs in the sample data`, async () => {
      const now = Date.parse(at);
      const client = createClient({ now: () => now });
      for (const division of codes) {
        const page = await client.jobFairs.query({
          division,
          from: new Date(now),
          status: 'upcoming',
          pageSize: 1,
        });
        expect(page.total, division).to.be.above(0);
      }
    });
  }
});
