import { expect } from 'chai';
import fc from 'fast-check';
import { annuityMonths, annuityMonthsDetail } from './annuity.js';
import { ANNUITY_MONTHS_TABLE } from './data/annuity-table.js';
import { PolicyError } from './errors.js';

describe('annuityMonths: official whole-year table (国发〔2005〕38号 附件, §2.2)', () => {
  // prettier-ignore
  const TABLE: Record<number, number> = {
    40: 233, 41: 230, 42: 226, 43: 223, 44: 220, 45: 216, 46: 212, 47: 207,
    48: 204, 49: 199, 50: 195, 51: 190, 52: 185, 53: 180, 54: 175, 55: 170,
    56: 164, 57: 158, 58: 152, 59: 145, 60: 139, 61: 132, 62: 125, 63: 117,
    64: 109, 65: 101, 66: 93, 67: 84, 68: 75, 69: 65, 70: 56,
  };
  for (const [age, months] of Object.entries(TABLE)) {
    it(`age ${age} → ${months}`, () => {
      expect(annuityMonths({ years: Number(age), months: 0 })).to.equal(months);
      expect(annuityMonths({ years: Number(age), months: 0 }, { monthly: 'floor' })).to.equal(months);
    });
  }
  it('the shipped table has exactly ages 40–70 and is strictly decreasing', () => {
    const ages = Object.keys(ANNUITY_MONTHS_TABLE).map(Number);
    expect(ages).to.deep.equal(Array.from({ length: 31 }, (_, i) => 40 + i));
    for (let a = 40; a < 70; a++)
      expect(ANNUITY_MONTHS_TABLE[a]!).to.be.greaterThan(ANNUITY_MONTHS_TABLE[a + 1]!);
  });
});

describe('annuityMonths: age 47 is disputed (207 default, overridable)', () => {
  it('defaults to 207 and flags the dispute', () => {
    const d = annuityMonthsDetail({ years: 47, months: 0 });
    expect(d.months).to.equal(207);
    expect(d.usesDisputedAge47).to.equal(true);
    expect(d.sources).to.include('annuity-age-47');
  });
  it('age47: 208 overrides the whole-year value and the neighbouring interpolations', () => {
    expect(annuityMonths({ years: 47, months: 0 }, { age47: 208 })).to.equal(208);
    // 46y6m: 212 − (212 − 208) × 6/12 = 210.0 vs 212 − (212 − 207) × 6/12 = 209.5
    expect(annuityMonths({ years: 46, months: 6 })).to.equal(209.5);
    expect(annuityMonths({ years: 46, months: 6 }, { age47: 208 })).to.equal(210);
    // 47y6m: 207 − (207 − 204)/2 = 205.5 vs 208 − (208 − 204)/2 = 206
    expect(annuityMonths({ years: 47, months: 6 })).to.equal(205.5);
    expect(annuityMonths({ years: 47, months: 6 }, { age47: 208 })).to.equal(206);
  });
  it('a full table override wins and clears the dispute flag', () => {
    const d = annuityMonthsDetail({ years: 47, months: 0 }, { table: { 47: 208 } });
    expect(d.months).to.equal(208);
    expect(d.usesDisputedAge47).to.equal(false);
  });
  it('ages not touching 47 are not flagged', () => {
    expect(annuityMonthsDetail({ years: 60, months: 1 }).usesDisputedAge47).to.equal(false);
    expect(annuityMonthsDetail({ years: 48, months: 0 }).usesDisputedAge47).to.equal(false);
  });
});

describe('annuityMonths: month interpolation (§2.3)', () => {
  const VECTORS: [number, number, number][] = [
    [60, 1, 138.4], // 济南 12345 and a Sichuan 2025 notice
    [50, 1, 194.6], // 济南 12345
    [62, 10, 118.3],
    [58, 1, 151.4],
    [50, 6, 192.5],
    [55, 1, 169.5],
    [55, 4, 168.0],
    [60, 2, 137.8],
    [60, 3, 137.3],
    [60, 6, 135.5],
    [61, 4, 129.7],
    [62, 11, 117.7],
  ];
  for (const [y, m, expected] of VECTORS) {
    it(`${y}岁${m}个月 → ${expected}`, () => {
      const d = annuityMonthsDetail({ years: y, months: m });
      expect(d.months).to.equal(expected);
      expect(d.officialTableValue).to.equal(false);
      expect(d.sources).to.include('annuity-interpolation');
      expect(annuityMonths({ years: y, months: m }, { monthly: 'floor' })).to.equal(ANNUITY_MONTHS_TABLE[y]);
    });
  }
  it('formula text shows the numbers', () => {
    expect(annuityMonthsDetail({ years: 60, months: 1 }).formula).to.equal(
      '139 − (139 − 132) × 1/12 = 138.4',
    );
  });

  it('property: equals round_half_up(T[y] − (T[y] − T[y+1]) × m/12, 1) and lies between T[y+1] and T[y]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40 * 12, max: 70 * 12 }), (total) => {
        const y = Math.floor(total / 12);
        const m = total % 12;
        const v = annuityMonths({ years: y, months: m });
        const lo = ANNUITY_MONTHS_TABLE[y]!;
        if (m === 0) return v === lo;
        const hi = ANNUITY_MONTHS_TABLE[y + 1]!;
        // independent check in integer tenths: 10·v = floor((120·lo − 10·(lo−hi)·m + 6) / 12)
        const tenths = Math.floor((120 * lo - 10 * (lo - hi) * m + 6) / 12);
        return Math.round(v * 10) === tenths && v <= lo && v >= hi && Math.round(v * 10) === v * 10;
      }),
    );
  });
  it('property: non-increasing in age (month by month from 40y0m to 70y0m)', () => {
    let prev = Infinity;
    for (let t = 480; t <= 840; t++) {
      const v = annuityMonths({ years: Math.floor(t / 12), months: t % 12 });
      expect(v).to.be.at.most(prev);
      prev = v;
    }
  });
});

describe('annuityMonths: invalid input', () => {
  const cases: [unknown, string][] = [
    [{ years: 39, months: 11 }, 'OUT_OF_RANGE'],
    [{ years: 70, months: 1 }, 'OUT_OF_RANGE'],
    [{ years: 71, months: 0 }, 'OUT_OF_RANGE'],
    [{ years: 60, months: 12 }, 'INVALID_AGE'],
    [{ years: 60, months: -1 }, 'INVALID_AGE'],
    [{ years: 60.5, months: 0 }, 'INVALID_AGE'],
    [{ years: Number.NaN, months: 0 }, 'INVALID_AGE'],
    [60, 'INVALID_AGE'],
    [null, 'INVALID_AGE'],
  ];
  for (const [age, code] of cases) {
    it(`${JSON.stringify(age)} → ${code}`, () => {
      expect(() => annuityMonths(age as never))
        .to.throw(PolicyError)
        .with.property('code', code);
    });
  }
  it('rejects an unknown monthly mode and a non-finite age47', () => {
    expect(() => annuityMonths({ years: 60, months: 1 }, { monthly: 'round' as never })).to.throw(
      PolicyError,
    );
    expect(() => annuityMonths({ years: 47, months: 0 }, { age47: Number.NaN })).to.throw(PolicyError);
  });
});
