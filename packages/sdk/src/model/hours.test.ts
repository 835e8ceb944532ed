import { expect } from 'chai';
import fc from 'fast-check';
import { isOpenAt, toShanghaiTime } from './hours.js';
import type { OpeningHours } from './service-point.js';

const weekdays: OpeningHours = {
  weekly: [
    { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '09:00', close: '12:00' },
    { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '14:00', close: '17:30' },
    { days: ['Sa'], open: '09:00', close: '16:00' },
  ],
  holidayRule: 'closed_on_public_holidays',
};
const point = { openingHours: weekdays, status: 'active' };
// Monday 2026-02-02 in Shanghai. `sh(h, m)` = that local time as a UTC instant.
const sh = (day: number, h: number, m = 0) => new Date(Date.UTC(2026, 1, 2 + day, h - 8, m));

describe('toShanghaiTime', () => {
  it('converts with UTC+8, including across the UTC date line', () => {
    expect(toShanghaiTime(new Date('2026-02-01T16:30:00Z'))).to.deep.equal({
      date: '2026-02-02',
      weekday: 'Mo',
      minutes: 30,
    });
    expect(toShanghaiTime(Date.parse('2026-02-01T15:59:00Z'))).to.deep.equal({
      date: '2026-02-01',
      weekday: 'Su',
      minutes: 1439,
    });
  });
  it('rejects invalid dates', () => {
    expect(() => toShanghaiTime(new Date('nope'))).to.throw(RangeError);
  });
});

describe('isOpenAt', () => {
  it('is open inside a period, with open inclusive and close exclusive', () => {
    expect(isOpenAt(point, sh(0, 9, 0))).to.equal(true);
    expect(isOpenAt(point, sh(0, 8, 59))).to.equal(false);
    expect(isOpenAt(point, sh(0, 11, 59))).to.equal(true);
    expect(isOpenAt(point, sh(0, 12, 0))).to.equal(false);
    expect(isOpenAt(point, sh(0, 13, 0))).to.equal(false); // lunch break
    expect(isOpenAt(point, sh(0, 17, 29))).to.equal(true);
    expect(isOpenAt(point, sh(0, 17, 30))).to.equal(false);
  });
  it('uses the Shanghai weekday, not the UTC one', () => {
    // Saturday 09:30 Shanghai = Saturday 01:30 UTC; Sunday 09:30 Shanghai = Sunday 01:30 UTC (closed)
    expect(isOpenAt(point, sh(5, 9, 30))).to.equal(true);
    expect(isOpenAt(point, sh(6, 9, 30))).to.equal(false);
    // Monday 07:00 Shanghai is still Sunday 23:00 UTC: closed; Friday 17:00 Shanghai = Friday 09:00 UTC: open
    expect(isOpenAt(point, sh(0, 7, 0))).to.equal(false);
    expect(isOpenAt(point, sh(4, 17, 0))).to.equal(true);
  });
  it('accepts epoch milliseconds', () => {
    expect(isOpenAt(point, sh(0, 10).getTime())).to.equal(true);
  });
  it('is never open when the status is not active', () => {
    expect(isOpenAt({ ...point, status: 'suspended' }, sh(0, 10))).to.equal(false);
    expect(isOpenAt({ openingHours: weekdays }, sh(0, 10))).to.equal(true);
  });
  it('applies closed_on_public_holidays only with a holiday calendar', () => {
    const isPublicHoliday = (d: string) => d === '2026-02-02';
    expect(isOpenAt(point, sh(0, 10), { isPublicHoliday })).to.equal(false);
    expect(isOpenAt(point, sh(1, 10), { isPublicHoliday })).to.equal(true);
    const rota = { openingHours: { ...weekdays, holidayRule: 'rotating_duty' as const } };
    expect(isOpenAt(rota, sh(0, 10), { isPublicHoliday })).to.equal(true);
  });
  it('handles periods past midnight', () => {
    const night = { openingHours: { weekly: [{ days: ['Fr' as const], open: '20:00', close: '02:00' }] } };
    expect(isOpenAt(night, sh(4, 19, 59))).to.equal(false);
    expect(isOpenAt(night, sh(4, 23, 0))).to.equal(true);
    expect(isOpenAt(night, sh(5, 1, 59))).to.equal(true); // Saturday early morning belongs to Friday's period
    expect(isOpenAt(night, sh(5, 2, 0))).to.equal(false);
    expect(isOpenAt(night, sh(3, 1, 0))).to.equal(false); // Thursday night rule does not exist
  });
  it('is closed with an empty schedule', () => {
    expect(isOpenAt({ openingHours: { weekly: [] } }, sh(0, 10))).to.equal(false);
  });
  it('property: for a single daytime rule on all days, open iff local minute in [open, close)', () => {
    const all = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1438 }),
        fc.integer({ min: 1, max: 1439 }),
        fc.integer({ min: 0, max: 4e12 }),
        (o, c, ms) => {
          fc.pre(c > o);
          const fmt = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const hours = { weekly: [{ days: [...all], open: fmt(o), close: fmt(c) }] };
          const local = Math.floor(((ms + 8 * 3600_000) % 86_400_000) / 60_000);
          expect(isOpenAt({ openingHours: hours }, ms)).to.equal(local >= o && local < c);
        },
      ),
    );
  });
});
