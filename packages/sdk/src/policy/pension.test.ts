import { expect } from 'chai';
import fc from 'fast-check';
import { PolicyError } from './errors.js';
import { basicPension, contributionYearsFromMonths } from './pension.js';

/** Independent reference: everything scaled to integers (base in fen, index in 1/10⁴, years in 1/100). */
function referenceBasicFen(baseFen: number, index4: number, years100: number): number {
  // basic(yuan) = base × (1 + idx)/2 × years/100  →  fen = baseFen × (10⁴ + index4) × years100 / (2 × 10⁴ × 100 × 100)
  const num = BigInt(baseFen) * BigInt(10000 + index4) * BigInt(years100);
  const den = 2n * 10000n * 100n * 100n;
  return Number((2n * num + den) / (2n * den));
}

describe('basicPension: 国发〔2005〕38号 formulas (§2.1)', () => {
  it('whole example, checked by hand', () => {
    // 基础 = 7424 × (1 + 0.8)/2 × 30.5 × 1% = 2037.888 → 2037.89
    // 个人账户 = 88888.88 / 138.4 (60岁1个月) = 642.2607… → 642.26
    const r = basicPension({
      base: 7424,
      averageIndex: 0.8,
      contributionYears: 30.5,
      accountBalance: 88888.88,
      retireAge: { years: 60, months: 1 },
    });
    expect(r.basic).to.equal(2037.89);
    expect(r.account).to.equal(642.26);
    expect(r.transitional).to.equal(0);
    expect(r.total).to.equal(2680.15);
    expect(r.fen).to.deep.equal({ basic: 203789, account: 64226, transitional: 0, total: 268015 });
    expect(r.annuity.months).to.equal(138.4);
    expect(r.steps.map((s) => s.key)).to.deep.equal(['basic', 'account', 'total']);
    expect(r.steps[0]!.formula).to.equal('7424 × (1 + 0.8) ÷ 2 × 30.5 × 1% = 2037.89');
  });

  it('basic pension = 1% per year of the average of base and indexed wage', () => {
    // (9112 + 9112 × 1)/2 × 35 × 1% = 3189.20 ; 139000 / 139 = 1000
    const r = basicPension({
      base: 9112,
      averageIndex: 1,
      contributionYears: 35,
      accountBalance: 139000,
      retireAge: 60,
    });
    expect(r.basic).to.equal(3189.2);
    expect(r.account).to.equal(1000);
    expect(r.total).to.equal(4189.2);
  });

  it('rounds half-up to the fen where float arithmetic would round down', () => {
    // 7000 × (1 + 1.3)/2 × 20.25 × 1% = 1630.125 exactly → 1630.13; naive floats give 1630.1249999999998 → 1630.12
    const naive = Math.round(((7000 * (1 + 1.3)) / 2) * 20.25 * 0.01 * 100) / 100;
    expect(naive).to.equal(1630.12);
    const r = basicPension({
      base: 7000,
      averageIndex: 1.3,
      contributionYears: 20.25,
      accountBalance: 0,
      retireAge: 60,
    });
    expect(r.basic).to.equal(1630.13);
  });

  it('contribution years as { years, months } are exact months/12', () => {
    // 35y8m = 428/12 years: 6000 × 1 × 428/12 × 1% = 2140 exactly; 35.67 printed → 2140.20
    const exact = basicPension({
      base: 6000,
      averageIndex: 1,
      contributionYears: { years: 35, months: 8 },
      accountBalance: 0,
      retireAge: 60,
    });
    expect(exact.basic).to.equal(2140);
    const printed = basicPension({
      base: 6000,
      averageIndex: 1,
      contributionYears: contributionYearsFromMonths(428),
      accountBalance: 0,
      retireAge: 60,
    });
    expect(contributionYearsFromMonths(428)).to.equal(35.67);
    expect(printed.basic).to.equal(2140.2);
  });

  it('contributionYearsFromMonths rounds half-up to 2 decimals', () => {
    expect(contributionYearsFromMonths(0)).to.equal(0);
    expect(contributionYearsFromMonths(1)).to.equal(0.08); // 0.08333
    expect(contributionYearsFromMonths(2)).to.equal(0.17); // 0.16667
    expect(contributionYearsFromMonths(3)).to.equal(0.25);
    expect(contributionYearsFromMonths(186)).to.equal(15.5);
    expect(() => contributionYearsFromMonths(1.5)).to.throw(PolicyError);
  });

  it('floor mode and age 47 override reach the account part', () => {
    const base = { base: 7000, averageIndex: 1, contributionYears: 20, accountBalance: 100000 };
    expect(basicPension({ ...base, retireAge: { years: 60, months: 1 } }).account).to.equal(722.54); // /138.4
    expect(
      basicPension({ ...base, retireAge: { years: 60, months: 1 }, annuity: { monthly: 'floor' } }).account,
    ).to.equal(719.42); // /139
    expect(basicPension({ ...base, retireAge: 47 }).account).to.equal(483.09); // /207
    expect(basicPension({ ...base, retireAge: 47, annuity: { age47: 208 } }).account).to.equal(480.77); // /208
    const r = basicPension({ ...base, retireAge: 47 });
    expect(r.steps.find((s) => s.key === 'account')!.official).to.equal(false);
  });

  it('过渡性养老金 estimate: base × index × deemed years × coefficient (Hubei default 1.2%), labelled estimate', () => {
    // 9112 × 1.2 × 10.5 × 1.2% = 1377.7344 → 1377.73
    const r = basicPension({
      base: 9112,
      averageIndex: 1.2,
      contributionYears: 35,
      accountBalance: 0,
      retireAge: 60,
      transitional: { deemedYears: 10.5 },
    });
    expect(r.transitional).to.equal(1377.73);
    expect(r.transitionalIsEstimate).to.equal(true);
    expect(r.steps.find((s) => s.key === 'transitional')!.official).to.equal(false);
    expect(r.steps.find((s) => s.key === 'total')!.official).to.equal(false);
    expect(r.steps.find((s) => s.key === 'transitional')!.sources).to.include(
      'hubei-transitional-coefficient',
    );
    // custom coefficient 1.3%, index 0.9, base 7000: 7000 × 0.9 × 8 × 1.3% = 655.2
    const c = basicPension({
      base: 9112,
      averageIndex: 1.2,
      contributionYears: 35,
      accountBalance: 0,
      retireAge: 60,
      transitional: { deemedYears: { years: 8, months: 0 }, coefficient: 0.013, index: 0.9, base: 7000 },
    });
    expect(c.transitional).to.equal(655.2);
    expect(c.total).to.equal(c.basic + c.account + 655.2);
  });

  it('a known transitional amount is used as is', () => {
    const r = basicPension({
      base: 7000,
      averageIndex: 1,
      contributionYears: 30,
      accountBalance: 0,
      retireAge: 60,
      transitional: { amount: 512.345 },
    });
    expect(r.transitional).to.equal(512.35);
    expect(r.transitionalIsEstimate).to.equal(false);
    expect(r.fen.total).to.equal(r.fen.basic + r.fen.account + 51235);
  });

  it('property: basic part equals an independent integer computation; total = sum of rounded parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100000, max: 3000000 }), // base in fen
        fc.integer({ min: 0, max: 30000 }), // index in 1/10⁴
        fc.integer({ min: 0, max: 5000 }), // years in 1/100
        fc.integer({ min: 0, max: 100000000 }), // balance in fen
        fc.integer({ min: 480, max: 840 }),
        (baseFen, index4, years100, balanceFen, ageMonths) => {
          const r = basicPension({
            base: baseFen / 100,
            averageIndex: index4 / 10000,
            contributionYears: years100 / 100,
            accountBalance: balanceFen / 100,
            retireAge: { years: Math.floor(ageMonths / 12), months: ageMonths % 12 },
          });
          const divisorTenths = Math.round(r.annuity.months * 10);
          const accountFen = Number(
            (2n * BigInt(balanceFen) * 10n + BigInt(divisorTenths)) / (2n * BigInt(divisorTenths)),
          );
          return (
            r.fen.basic === referenceBasicFen(baseFen, index4, years100) &&
            r.fen.account === accountFen &&
            r.fen.total === r.fen.basic + r.fen.account + r.fen.transitional &&
            Number.isFinite(r.total) &&
            Math.round(r.total * 100) === r.fen.total
          );
        },
      ),
    );
  });
});

describe('basicPension: invalid input', () => {
  const ok = { base: 7000, averageIndex: 1, contributionYears: 20, accountBalance: 1000, retireAge: 60 };
  const cases: [string, Record<string, unknown>, string][] = [
    ['NaN base', { base: Number.NaN }, 'INVALID_NUMBER'],
    ['negative base', { base: -1 }, 'INVALID_NUMBER'],
    ['Infinity balance', { accountBalance: Infinity }, 'INVALID_NUMBER'],
    ['string index', { averageIndex: '1' }, 'INVALID_NUMBER'],
    ['negative years', { contributionYears: -1 }, 'INVALID_NUMBER'],
    ['bad years object', { contributionYears: { years: 1, months: 12 } }, 'INVALID_AGE'],
    ['age under 40', { retireAge: 39 }, 'OUT_OF_RANGE'],
    ['age 60.5', { retireAge: 60.5 }, 'INVALID_NUMBER'],
    ['age months 13', { retireAge: { years: 60, months: 13 } }, 'INVALID_AGE'],
    ['transitional NaN', { transitional: { deemedYears: Number.NaN } }, 'INVALID_NUMBER'],
    [
      'transitional coefficient 12 (percent instead of fraction)',
      { transitional: { deemedYears: 5, coefficient: 12 } },
      'INVALID_NUMBER',
    ],
  ];
  for (const [name, patch, code] of cases) {
    it(`${name} → ${code}`, () => {
      expect(() => basicPension({ ...ok, ...patch } as never))
        .to.throw(PolicyError)
        .with.property('code', code);
    });
  }
  it('null input throws a PolicyError', () => {
    expect(() => basicPension(null as never)).to.throw(PolicyError);
  });
});
