// The sample data is current on any day: job fairs and postdoc openings moved by src/shift.ts around a pinned date.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAST_DAYS, PERIOD_DAYS, shiftFeed, shiftIso } from '../src/shift.js';
// @ts-expect-error plain JS module without type declarations
import { loadReference } from './reference.mjs';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = fileURLToPath(new URL('../', import.meta.url));
const feed = (kind: string): Json => JSON.parse(readFileSync(`${root}feed/${kind}.json`, 'utf8'));
const fairs = feed('job-fairs');
const postdoc = feed('postdoc');
const DAY = 86_400_000;
const ref = loadReference();
/** The 17 市州 (the four 省直管 units count one each). */
const SHIZHOU: string[] = ref.shizhou.map((s: { code: string }) => s.code);
const shizhouOf = (code: string): string => (code.startsWith('4290') ? code : `${code.slice(0, 4)}00`);
const ymd = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** Today, three months on, two years on, a leap day, and a date long before the data's year. */
const PINNED = [
  '2026-12-03T10:00:00+08:00',
  '2027-03-03T10:00:00+08:00',
  '2028-12-03T10:00:00+08:00',
  '2028-02-29T23:30:00+08:00',
  '2031-07-15T08:00:00+08:00',
  '2024-05-01T12:00:00+08:00',
];

/** Every ISO-dated string of a record, by path. */
function dates(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(v)) v.forEach((x, i) => dates(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) dates(x, `${path}.${k}`, out);
  else if (typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v)) out.set(path, v);
  return out;
}
const dayOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

describe('shiftIso', () => {
  it('moves the calendar date and keeps the time and offset; handles leap days and year ends', () => {
    expect(shiftIso('2026-02-04T09:00:00+08:00', 364)).to.equal('2027-02-03T09:00:00+08:00');
    expect(shiftIso('2027-03-01', 364)).to.equal('2028-02-28');
    expect(shiftIso('2027-03-02', 364)).to.equal('2028-02-29');
    expect(shiftIso('2026-12-31', -364)).to.equal('2026-01-01');
    expect(shiftIso('not a date', 7)).to.equal('not a date');
  });
});

describe('sample data moved to a pinned date', () => {
  for (const at of PINNED) {
    const now = Date.parse(at);
    const today = ymd(now);
    const shifted = shiftFeed('job-fairs', fairs, now) as Json;
    const items: Json[] = shifted.items;

    it(`${at}: every 市州 has fairs in the coming three months, and a few are just past`, () => {
      const soon = new Set<string>();
      for (const f of items) {
        const start = Date.parse(f.startTime);
        if (f.status !== 'cancelled' && start > now && start < now + 92 * DAY)
          soon.add(shizhouOf(f.divisionCode));
      }
      expect([...SHIZHOU].filter((c) => !soon.has(c))).to.deep.equal([]);
      expect(soon.has('420200'), '黄石').to.equal(true);
      const past = items.filter((f) => Date.parse(f.endTime) < now);
      expect(past.length).to.be.within(5, 120);
      // Nothing older than the past window, nothing more than a period ahead.
      for (const f of items) {
        expect(Date.parse(f.startTime)).to.be.at.least(now - (PAST_DAYS + 1) * DAY);
        expect(Date.parse(f.startTime)).to.be.below(now + PERIOD_DAYS * DAY);
      }
    });

    it(`${at}: each fair moves by whole 52-week periods in every date, keeps its weekday, and says the right status`, () => {
      expect(items).to.have.length(fairs.items.length);
      for (let i = 0; i < items.length; i++) {
        const a = fairs.items[i];
        const b = items[i];
        expect(b.id).to.equal(a.id);
        const da = dates(a);
        const db = dates(b);
        expect([...db.keys()]).to.deep.equal([...da.keys()]);
        const k = (dayOf(b.startTime) - dayOf(a.startTime)) / DAY / PERIOD_DAYS;
        expect(Number.isInteger(k), `${a.id} start`).to.equal(true);
        for (const [path, v] of da) {
          if (path === '.updatedAt') {
            expect(Date.parse(db.get(path)!)).to.be.at.most(Date.parse(shifted.meta.generatedAt));
            continue;
          }
          expect((dayOf(db.get(path)!) - dayOf(v)) / DAY, `${a.id}${path}`).to.equal(k * PERIOD_DAYS);
          expect(db.get(path)!.slice(10)).to.equal(v.slice(10));
        }
        expect(new Date(b.startTime).getUTCDay()).to.equal(new Date(a.startTime).getUTCDay());
        expect(b.campaign.year).to.equal(a.campaign.year + k);
        expect(b.name.match(/20\d\d年/g)?.map((y: string) => parseInt(y, 10))).to.deep.equal(
          a.name.match(/20\d\d年/g)?.map((y: string) => parseInt(y, 10) + k),
        );
        const expected =
          a.status === 'cancelled'
            ? 'cancelled'
            : Date.parse(b.endTime) < now
              ? 'ended'
              : Date.parse(b.startTime) <= now
                ? 'ongoing'
                : 'upcoming';
        expect(b.status, b.id).to.equal(expected);
      }
    });

    it(`${at}: the data says it was made in the last week, never later`, () => {
      const g = Date.parse(shifted.meta.generatedAt);
      expect(g).to.be.at.most(now);
      expect(g).to.be.above(now - 7 * DAY);
      expect(shifted.meta.generatedAt.slice(10)).to.equal(fairs.meta.generatedAt.slice(10));
      const p = shiftFeed('postdoc', postdoc, now) as Json;
      expect(p.meta.generatedAt).to.equal(shifted.meta.generatedAt);
    });

    it(`${at}: postdoc calls are published by today, and some are open, some closing within 30 days, some closed`, () => {
      const p = shiftFeed('postdoc', postdoc, now) as Json;
      const openings: Json[] = p.items.flatMap((x: Json) => x.openings ?? []);
      const before: Json[] = postdoc.items.flatMap((x: Json) => x.openings ?? []);
      expect(openings).to.have.length(before.length);
      const soon = ymd(now + 30 * DAY);
      for (const [i, o] of openings.entries()) {
        expect(o.publishDate <= today, o.id).to.equal(true);
        expect(o.publishDate > ymd(now - PERIOD_DAYS * DAY), o.id).to.equal(true);
        const k = (dayOf(o.publishDate) - dayOf(before[i].publishDate)) / DAY / PERIOD_DAYS;
        expect(Number.isInteger(k)).to.equal(true);
        if (o.deadline)
          expect((dayOf(o.deadline) - dayOf(before[i].deadline)) / DAY).to.equal(k * PERIOD_DAYS);
      }
      const dated = openings.filter((o) => o.deadline);
      expect(dated.filter((o) => o.deadline >= today).length, 'open').to.be.at.least(10);
      expect(dated.filter((o) => o.deadline >= today && o.deadline <= soon).length, 'closing').to.be.at.least(
        1,
      );
      expect(dated.filter((o) => o.deadline < today).length, 'closed').to.be.at.least(10);
    });
  }

  it('is deterministic within a day, leaves other kinds and the input alone', () => {
    const text = JSON.stringify(fairs);
    const a = shiftFeed('job-fairs', fairs, Date.parse('2029-06-01T00:10:00+08:00')) as Json;
    const b = shiftFeed('job-fairs', fairs, Date.parse('2029-06-01T23:50:00+08:00')) as Json;
    expect(a.items.map((f: Json) => f.startTime)).to.deep.equal(b.items.map((f: Json) => f.startTime));
    expect(JSON.stringify(fairs)).to.equal(text);
    const sp = feed('service-points');
    expect(shiftFeed('service-points', sp, Date.now())).to.equal(sp);
  });

  it('every week over three years has upcoming fairs in every 市州 within twelve weeks', () => {
    for (
      let t = Date.parse('2026-12-01T12:00:00+08:00');
      t < Date.parse('2029-12-01T00:00:00+08:00');
      t += 7 * DAY
    ) {
      const soon = new Set<string>();
      for (const f of (shiftFeed('job-fairs', fairs, t) as Json).items) {
        const s = Date.parse(f.startTime);
        if (s > t && s < t + 84 * DAY && f.status !== 'cancelled') soon.add(shizhouOf(f.divisionCode));
      }
      expect(
        SHIZHOU.filter((c) => !soon.has(c)),
        ymd(t),
      ).to.deep.equal([]);
    }
  });

  it('loadFeed({ now }) gives the moved document, loadFeed() the committed one (from dist)', async () => {
    const dist = `${root}dist/index.js`;
    expect(existsSync(dist), 'run pnpm --filter @hbrs/sample-data build').to.equal(true);
    const mod = await import(dist);
    const now = Date.parse(PINNED[2]!);
    expect(await mod.loadFeed('job-fairs', { now })).to.deep.equal(shiftFeed('job-fairs', fairs, now));
    expect(await mod.loadFeed('postdoc', { now: new Date(now) })).to.deep.equal(
      shiftFeed('postdoc', postdoc, now),
    );
    expect(await mod.loadFeed('job-fairs')).to.deep.equal(fairs);
  });
});
