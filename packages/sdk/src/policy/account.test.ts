import { expect } from 'chai';
import fc from 'fast-check';
import { contributionSchedule, projectAccount } from './account.js';
import { ACCOUNT_INTEREST_RATES } from './data/interest-rates.js';
import { PolicyError } from './errors.js';

describe('projectAccount', () => {
  it('one year, checked by hand: 50000 × 1.0262 + 6720 × (1 + 0.0262 × 1.083 / 2) = 58125.34', () => {
    const r = projectAccount({ balance: 50000, contributions: [{ year: 2024, monthlyBase: 7000 }] });
    expect(r.balance).to.equal(58125.34);
    expect(r.totalContributions).to.equal(6720);
    expect(r.totalInterest).to.equal(1405.34);
    expect(r.steps).to.have.length(1);
    expect(r.steps[0]).to.deep.include({ year: 2024, opening: 50000, rate: 0.0262, rateFrom: 'table' });
    expect(r.usesAssumedRates).to.equal(false);
    expect(r.sources).to.include('account-interest-convention');
  });

  it('two years with the 2023 (3.97%) and 2024 (2.62%) rates, checked by hand', () => {
    // 2023: 10000 + 4800 + 397 + 4800 × 0.0397 × 0.5415 (103.18824) = 15300.19
    // 2024: 15300.19 + 5760 + 400.864978 + 5760 × 0.0262 × 0.5415 (81.718848) = 21542.77
    const r = projectAccount({
      balance: 10000,
      contributions: [
        { year: 2024, monthlyBase: 6000 },
        { year: 2023, monthlyBase: 5000 },
      ],
    });
    expect(r.steps.map((s) => s.closing)).to.deep.equal([15300.19, 21542.77]);
    expect(r.balance).to.equal(21542.77);
  });

  it("'none' convention: current-year contributions earn no interest that year", () => {
    const r = projectAccount({
      balance: 50000,
      contributions: [{ year: 2024, monthlyBase: 7000 }],
      currentYearInterest: 'none',
    });
    expect(r.balance).to.equal(58030); // 50000 × 1.0262 + 6720
    expect(r.sources).to.not.include('account-interest-convention');
  });

  it('the monthly credit is rounded to the fen before multiplying by the months', () => {
    // 7777.77 × 8% = 622.2216 → 622.22 × 6 = 3733.32; rate 0 isolates the contribution
    const r = projectAccount({
      balance: 0,
      contributions: [{ year: 2030, monthlyBase: 7777.77, months: 6 }],
      rates: { 2030: 0 },
    });
    expect(r.totalContributions).to.equal(3733.32);
    expect(r.steps[0]!.rateFrom).to.equal('input');
  });

  it('gap years earn interest only; toYear extends the projection', () => {
    const r = projectAccount({
      balance: 1000,
      contributions: [{ year: 2020, monthlyBase: 0 }],
      toYear: 2022,
    });
    // 1000 × 1.0604 = 1060.40; × 1.0669 = 1131.34 (1131.3408); × 1.0612 = 1200.58 (1200.5580…)
    expect(r.steps.map((s) => s.closing)).to.deep.equal([1060.4, 1131.34, 1200.58]);
  });

  it('provisional 2025/2026 rates are flagged; futureRate fills later years and is flagged too', () => {
    const r = projectAccount({ balance: 1000, contributions: [{ year: 2025, monthlyBase: 0 }] });
    expect(r.steps[0]!.rateFrom).to.equal('table-provisional');
    expect(r.usesAssumedRates).to.equal(true);
    expect(r.sources).to.include('interest-rates-provisional');
    expect(ACCOUNT_INTEREST_RATES[2025]!.provisional).to.equal(true);
    const f = projectAccount({
      balance: 1000,
      contributions: [],
      fromYear: 2030,
      toYear: 2031,
      futureRate: 0.02,
    });
    expect(f.steps.map((s) => s.rateFrom)).to.deep.equal(['futureRate', 'futureRate']);
    expect(f.balance).to.equal(1040.4);
  });

  it('throws MISSING_PARAMETER for a year without a rate, or for provisional years when they are excluded', () => {
    expect(() => projectAccount({ balance: 0, contributions: [{ year: 2030, monthlyBase: 5000 }] }))
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
    expect(() =>
      projectAccount({
        balance: 0,
        contributions: [{ year: 2025, monthlyBase: 5000 }],
        useProvisionalRates: false,
      }),
    )
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
  });

  it('rejects invalid input', () => {
    const bad: unknown[] = [
      { balance: Number.NaN, contributions: [] },
      { balance: -1, contributions: [] },
      { balance: 0, contributions: [{ year: 2024, monthlyBase: -5 }] },
      { balance: 0, contributions: [{ year: 2024, monthlyBase: 5000, months: 13 }] },
      { balance: 0, contributions: [{ year: 2024.5, monthlyBase: 5000 }] },
      {
        balance: 0,
        contributions: [
          { year: 2024, monthlyBase: 1 },
          { year: 2024, monthlyBase: 2 },
        ],
      },
      { balance: 0, contributions: [{ year: 2024, monthlyBase: 1 }], currentYearInterest: 'monthly' },
      { balance: 0, contributions: [{ year: 2024, monthlyBase: 1 }], fromYear: 2025 },
      { balance: 0, contributions: [] },
      null,
    ];
    for (const b of bad) expect(() => projectAccount(b as never), JSON.stringify(b)).to.throw(PolicyError);
  });

  it('property: balance = opening + contributions + interest (to the fen), non-decreasing with non-negative rates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50000000 }),
        fc.array(
          fc.record({ base: fc.integer({ min: 0, max: 3000000 }), months: fc.integer({ min: 0, max: 12 }) }),
          {
            minLength: 1,
            maxLength: 15,
          },
        ),
        fc.integer({ min: 0, max: 900 }),
        (openingFen, years, rateBp) => {
          const contributions = years.map((y, i) => ({
            year: 2030 + i,
            monthlyBase: y.base / 100,
            months: y.months,
          }));
          const r = projectAccount({ balance: openingFen / 100, contributions, futureRate: rateBp / 10000 });
          const fen = (x: number) => Math.round(x * 100);
          let prev = openingFen;
          for (const s of r.steps) {
            if (fen(s.opening) !== prev) return false;
            if (fen(s.closing) !== fen(s.opening) + fen(s.contribution) + fen(s.interest)) return false;
            if (fen(s.closing) < fen(s.opening) + fen(s.contribution)) return false;
            prev = fen(s.closing);
          }
          return fen(r.balance) === openingFen + fen(r.totalContributions) + fen(r.totalInterest);
        },
      ),
    );
  });
});

describe('contributionSchedule', () => {
  it('grows the base by the given rate, rounded to the fen each year', () => {
    expect(
      contributionSchedule({ fromYear: 2025, toYear: 2027, monthlyBase: 8000, growth: 0.03 }),
    ).to.deep.equal([
      { year: 2025, monthlyBase: 8000 },
      { year: 2026, monthlyBase: 8240 },
      { year: 2027, monthlyBase: 8487.2 },
    ]);
  });
  it('rejects toYear < fromYear and NaN bases', () => {
    expect(() => contributionSchedule({ fromYear: 2025, toYear: 2024, monthlyBase: 1 })).to.throw(
      PolicyError,
    );
    expect(() => contributionSchedule({ fromYear: 2025, toYear: 2026, monthlyBase: Number.NaN })).to.throw(
      PolicyError,
    );
  });
});
