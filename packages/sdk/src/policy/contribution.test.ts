import { expect } from 'chai';
import fc from 'fast-check';
import { minimumContribution } from './contribution.js';
import { PolicyError } from './errors.js';

describe('minimumContribution (§1.5 table)', () => {
  const TABLE: [number, number, number, number][] = [
    [2025, 15, 0, 180],
    [2029, 15, 0, 180],
    [2030, 15, 6, 186],
    [2031, 16, 0, 192],
    [2032, 16, 6, 198],
    [2033, 17, 0, 204],
    [2034, 17, 6, 210],
    [2035, 18, 0, 216],
    [2036, 18, 6, 222],
    [2037, 19, 0, 228],
    [2038, 19, 6, 234],
    [2039, 20, 0, 240],
    [2050, 20, 0, 240],
  ];
  for (const [year, years, months, total] of TABLE) {
    it(`${year} → ${years}年${months ? `${months}个月` : ''} (${total} months)`, () => {
      const m = minimumContribution(year);
      expect(m).to.include({ year, years, months, totalMonths: total });
      expect(m.labelZh).to.equal(months ? `${years}年${months}个月` : `${years}年`);
    });
  }

  it('matches minMonths(Y) = 180 if Y≤2029; 240 if Y≥2039; else 180 + 6(Y−2029), and is non-decreasing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), (y) => {
        const expected = y <= 2029 ? 180 : y >= 2039 ? 240 : 180 + 6 * (y - 2029);
        const m = minimumContribution(y);
        return (
          m.totalMonths === expected &&
          m.years * 12 + m.months === expected &&
          minimumContribution(y + 1).totalMonths >= m.totalMonths
        );
      }),
    );
  });

  it('rejects non-integer or non-finite years', () => {
    for (const bad of [2030.5, Number.NaN, Infinity, '2030', null]) {
      expect(() => minimumContribution(bad as number))
        .to.throw(PolicyError)
        .with.property('code', 'INVALID_NUMBER');
    }
  });
});
