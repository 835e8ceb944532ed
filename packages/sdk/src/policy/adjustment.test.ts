import { expect } from 'chai';
import fc from 'fast-check';
import { ageOn, missingParameters } from './adjustment.js';
import { parseAdjustmentRules, pensionAdjustment } from './adjustment-check.js';
import type { AdjustmentRuleSet, AgeTiltRule } from './adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from './adjustment-types.js';
import { BEIJING_2014_ADJUSTMENT } from './data/adjustment-rules-beijing-2014.js';
import { HUBEI_2025_ADJUSTMENT } from './data/adjustment-rules-hubei-2025.js';
import { NATIONAL_ADJUSTMENT_2024, NATIONAL_ADJUSTMENT_2025 } from './data/national-adjustment.js';
import { PolicyError } from './errors.js';

/** A complete rule set with made-up TEST parameters (not any region's figures) exercising every rule kind. */
const TEST_RULES: AdjustmentRuleSet = {
  schema: ADJUSTMENT_SCHEMA,
  provenance: { region: 'Test region', year: 2025, official: false, note: 'test fixture, invented numbers' },
  eligibility: { retiredBy: '2024-12-31', effectiveFrom: '2025-01-01' },
  ageAsOf: '2024-12-31',
  rules: [
    { kind: 'flat', id: 'flat', amount: 50 },
    {
      kind: 'per-year',
      id: 'years',
      segments: [
        { fromYears: 0, toYears: 15, amountPerYear: 2 },
        { fromYears: 15, toYears: 30, amountPerYear: 3 },
        { fromYears: 30, toYears: null, amountPerYear: 4 },
      ],
    },
    { kind: 'percent', id: 'pct', percent: 1 },
    {
      kind: 'age-tilt',
      id: 'age',
      cumulative: true,
      bands: [
        { minAge: 70, amount: 20 },
        { minAge: 75, amount: 30 },
        { minAge: 80, amount: 50 },
      ],
    },
    { kind: 'remote-area', id: 'remote', amount: 10 },
  ],
  minimumIncrease: 100,
  maximumIncrease: 300,
};

describe('pensionAdjustment: every rule kind (test fixture)', () => {
  it('sums the parts, each rounded half-up to the fen, with the breakdown', () => {
    // flat 50; years 32 (full) → 15×2 + 15×3 + 2×4 = 83; 1% × 3456.78 = 34.5678 → 34.57; age 76 → 20 + 30; remote 10
    const r = pensionAdjustment(
      { pension: 3456.78, contributionYears: 32.5, birth: '1948-06', remoteArea: true, retiredAt: '2008-07' },
      TEST_RULES,
    );
    expect(r.parts.map((p) => [p.ruleId, p.amount])).to.deep.equal([
      ['flat', 50],
      ['years', 83],
      ['pct', 34.57],
      ['age', 50],
      ['remote', 10],
    ]);
    expect(r.total).to.equal(227.57);
    expect(r.totalFen).to.equal(22757);
    expect(r.newPension).to.equal(3684.35);
    expect(r.ageUsed).to.equal(76);
    expect(r.eligible).to.equal(true);
    expect(r.official).to.equal(false);
    expect(r.parts[1]!.formula).to.equal('15 × 2 + 15 × 3 + 2 × 4 = 83.00');
    expect(r.parts[0]!.rule).to.deep.equal(TEST_RULES.rules[0]);
  });

  it('tops up to the minimum increase and shows it as a part', () => {
    // flat 50 + 5 years × 2 = 10 + 1% × 1000 = 10 → 70 < 100 → +30
    const r = pensionAdjustment({ pension: 1000, contributionYears: 5, age: 60 }, TEST_RULES);
    expect(r.total).to.equal(100);
    expect(r.parts.at(-1)).to.deep.include({ kind: 'minimum', amount: 30 });
  });

  it('caps at the maximum increase and shows the deduction as a part', () => {
    // 50 + (30 + 45 + 15 × 4 = 135) + 200 + (20 + 30 + 50) + 10 = 495 → capped at 300 (−195)
    const r = pensionAdjustment(
      { pension: 20000, contributionYears: 45, age: 85, remoteArea: true },
      TEST_RULES,
    );
    expect(r.total).to.equal(300);
    expect(r.parts.at(-1)).to.deep.include({ kind: 'maximum', amount: -195 });
  });

  it('not eligible when retired after retiredBy', () => {
    const r = pensionAdjustment(
      { pension: 3000, contributionYears: 30, age: 60, retiredAt: '2025-01' },
      TEST_RULES,
    );
    expect(r.eligible).to.equal(false);
    expect(r.total).to.equal(0);
    expect(r.newPension).to.equal(3000);
    expect(r.reason?.zh).to.contain('2024-12-31');
    expect(
      pensionAdjustment(
        { pension: 3000, contributionYears: 30, age: 60, retiredAt: '2024-12-31' },
        TEST_RULES,
      ).eligible,
    ).to.equal(true);
  });

  it('year counting: full-years, round-up, exact', () => {
    const make = (yearCounting: 'full-years' | 'round-up' | 'exact'): AdjustmentRuleSet => ({
      schema: ADJUSTMENT_SCHEMA,
      provenance: { region: 'T', year: 2025, official: false },
      rules: [{ kind: 'per-year', id: 'y', amountPerYear: 2, yearCounting }],
    });
    const p = { pension: 1000, contributionYears: { years: 20, months: 3 } };
    expect(pensionAdjustment(p, make('full-years')).total).to.equal(40);
    expect(pensionAdjustment(p, make('round-up')).total).to.equal(42);
    expect(pensionAdjustment(p, make('exact')).total).to.equal(40.5);
    expect(pensionAdjustment({ pension: 1000, contributionYears: 20 }, make('round-up')).total).to.equal(40);
  });

  it('non-cumulative age bands take the highest matching band only', () => {
    const set: AdjustmentRuleSet = {
      ...TEST_RULES,
      rules: [{ kind: 'age-tilt', id: 'a', bands: (TEST_RULES.rules[3] as AgeTiltRule).bands }],
      minimumIncrease: undefined,
    };
    expect(pensionAdjustment({ pension: 1, contributionYears: 1, age: 82 }, set).total).to.equal(50);
    expect(pensionAdjustment({ pension: 1, contributionYears: 1, age: 69 }, set).total).to.equal(0);
  });

  it('property: total (fen) = sum of parts; percent part grows with the pension', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 50, max: 105 }),
        fc.boolean(),
        (pensionFen, years, age, remoteArea) => {
          const r = pensionAdjustment(
            { pension: pensionFen / 100, contributionYears: years, age, remoteArea },
            TEST_RULES,
          );
          const sum = r.parts.reduce((s, p) => s + Math.round((p.amount ?? 0) * 100), 0);
          const r2 = pensionAdjustment(
            { pension: pensionFen / 100 + 100, contributionYears: years, age, remoteArea },
            { ...TEST_RULES, minimumIncrease: undefined, maximumIncrease: undefined },
          );
          const r1 = pensionAdjustment(
            { pension: pensionFen / 100, contributionYears: years, age, remoteArea },
            { ...TEST_RULES, minimumIncrease: undefined, maximumIncrease: undefined },
          );
          return sum === r.totalFen && r.total >= 100 && r.total <= 300 && r2.total >= r1.total;
        },
      ),
    );
  });
});

describe('pensionAdjustment: Beijing 2014 structure example (京人社养发〔2014〕48号, §3.4)', () => {
  const bj = (pension: number, contributionYears: number, birth: string) =>
    pensionAdjustment({ pension, contributionYears, birth }, BEIJING_2014_ADJUSTMENT);
  it('30 years, pension 3000, age 75 → 105 + 100 + 130 = 335', () => {
    const r = bj(3000, 30, '1938-03');
    expect(r.parts.map((p) => p.amount)).to.deep.equal([105, 100, 130]);
    expect(r.total).to.equal(335);
  });
  it('under 10 years: 35 flat; ≥ 10 years: 3.5 per full year', () => {
    expect(bj(3000, 8.9, '1960-01').parts[0]!.amount).to.equal(35);
    expect(bj(3000, 10, '1960-01').parts[0]!.amount).to.equal(35);
    expect(bj(3000, 10.99, '1960-01').parts[0]!.amount).to.equal(35);
    expect(bj(3000, 11, '1960-01').parts[0]!.amount).to.equal(38.5);
  });
  it('flat amount by own-pension band, [min, max)', () => {
    expect(bj(2772.99, 20, '1960-01').parts[1]!.amount).to.equal(150);
    expect(bj(2773, 20, '1960-01').parts[1]!.amount).to.equal(100);
    expect(bj(3770, 20, '1960-01').parts[1]!.amount).to.equal(70);
    expect(bj(4769.99, 20, '1960-01').parts[1]!.amount).to.equal(70);
    expect(bj(4770, 20, '1960-01').parts[1]!.amount).to.equal(60);
  });
  it('age bands as of 2013-12-31', () => {
    const tilt = (birth: string) => bj(3000, 20, birth).parts[2]!.amount;
    expect(tilt('1949-01')).to.equal(0); // 64
    expect(tilt('1948-12')).to.equal(90); // 65
    expect(tilt('1944-01')).to.equal(90); // 69
    expect(tilt('1943-12')).to.equal(110); // 70
    expect(tilt('1938-12')).to.equal(130); // 75
    expect(tilt('1933-12')).to.equal(150); // 80
    expect(tilt('1920-05')).to.equal(150); // 93
  });
  it('is marked not official, with its document number', () => {
    expect(BEIJING_2014_ADJUSTMENT.provenance.official).to.equal(false);
    expect(BEIJING_2014_ADJUSTMENT.provenance.document).to.equal('京人社养发〔2014〕48号');
  });
});

describe('Hubei 2025 rule set and national notices', () => {
  it('Hubei 2025 is official: false with every amount null, and is refused until filled in', () => {
    expect(HUBEI_2025_ADJUSTMENT.provenance.official).to.equal(false);
    expect(HUBEI_2025_ADJUSTMENT.provenance.confidence).to.equal('NOT_FOUND');
    expect(missingParameters(HUBEI_2025_ADJUSTMENT)).to.have.length(7);
    let err: unknown;
    try {
      pensionAdjustment({ pension: 3000, contributionYears: 30, birth: '1950-01' }, HUBEI_2025_ADJUSTMENT);
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(PolicyError);
    expect((err as PolicyError).code).to.equal('RULES_INCOMPLETE');
    expect((err as PolicyError).details.missing).to.include('rules[0].amount');
  });
  it('allowIncomplete shows the structure with null amounts and complete: false', () => {
    const r = pensionAdjustment(
      { pension: 3000, contributionYears: 30, birth: '1950-01', remoteArea: true },
      HUBEI_2025_ADJUSTMENT,
      {
        allowIncomplete: true,
      },
    );
    expect(r.complete).to.equal(false);
    expect(r.parts.map((p) => p.amount)).to.deep.equal([null, null, null, null, null]);
    expect(r.total).to.equal(0);
  });
  it('entering the official figures is one object: fill the nulls (here with test numbers) and it computes', () => {
    const filled = JSON.parse(JSON.stringify(HUBEI_2025_ADJUSTMENT)) as {
      provenance: { official: boolean };
      rules: { amount?: number; amountPerYear?: number; percent?: number; bands?: { amount: number }[] }[];
    };
    filled.rules[0]!.amount = 30;
    filled.rules[1]!.amountPerYear = 1.5;
    filled.rules[2]!.percent = 0.5;
    filled.rules[3]!.bands!.forEach((b, i) => (b.amount = 10 * (i + 1)));
    filled.rules[4]!.amount = 5;
    filled.provenance.official = true;
    const set = parseAdjustmentRules(filled);
    expect(missingParameters(set)).to.deep.equal([]);
    // 30 + 30 × 1.5 + 0.5% × 3000 + (age 75 as of 2024-12-31 → 20) + 0 = 110
    const r = pensionAdjustment({ pension: 3000, contributionYears: 30, birth: '1949-05' }, set);
    expect(r.total).to.equal(110);
    expect(r.official).to.equal(true);
  });
  it('national 2025: 2% overall, retired by 2024-12-31, from 2025-01-01; 2024: 3%', () => {
    expect(NATIONAL_ADJUSTMENT_2025).to.include({
      overallPercent: 2,
      retiredBy: '2024-12-31',
      effectiveFrom: '2025-01-01',
      published: '2025-07-10',
    });
    expect(NATIONAL_ADJUSTMENT_2025.urls).to.include(
      'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
    );
    expect(NATIONAL_ADJUSTMENT_2024.overallPercent).to.equal(3);
    expect(HUBEI_2025_ADJUSTMENT.nationalLevel?.percent).to.equal(NATIONAL_ADJUSTMENT_2025.overallPercent);
  });
});

describe('adjustment rule sets: JSON round trip and validation', () => {
  for (const [name, set] of [
    ['test fixture', TEST_RULES],
    ['Beijing 2014', BEIJING_2014_ADJUSTMENT],
    ['Hubei 2025 template', HUBEI_2025_ADJUSTMENT],
  ] as const) {
    it(`${name}: JSON.stringify → parseAdjustmentRules gives an equal rule set and equal results`, () => {
      const json = JSON.stringify(set);
      const back = parseAdjustmentRules(json);
      expect(back).to.deep.equal(JSON.parse(json));
      const person = { pension: 3210.5, contributionYears: 27.4, birth: '1944-07', remoteArea: true };
      expect(pensionAdjustment(person, back, { allowIncomplete: true })).to.deep.equal(
        pensionAdjustment(person, set, { allowIncomplete: true }),
      );
    });
  }

  const broken: [string, (s: Record<string, unknown>) => void, string][] = [
    ['wrong schema', (s) => (s.schema = 'other'), 'schema'],
    [
      'missing official flag',
      (s) => delete (s.provenance as Record<string, unknown>).official,
      'provenance.official',
    ],
    [
      'unknown rule kind',
      (s) => ((s.rules as Record<string, unknown>[])[1]!.kind = 'bonus'),
      'rules[1].kind',
    ],
    ['string amount', (s) => ((s.rules as Record<string, unknown>[])[0]!.amount = '50'), 'rules[0].amount'],
    ['duplicate id', (s) => ((s.rules as Record<string, unknown>[])[1]!.id = 'flat'), 'rules[1].id'],
    [
      'flat with amount and bands',
      (s) => ((s.rules as Record<string, unknown>[])[0]!.bands = [{ amount: 1 }]),
      'rules[0]',
    ],
    ['bad ageAsOf', (s) => (s.ageAsOf = '2024-02-30'), 'ageAsOf'],
    [
      'NaN percent',
      (s) => ((s.rules as Record<string, unknown>[])[2]!.percent = Number.NaN),
      'rules[2].percent',
    ],
    ['rules not an array', (s) => (s.rules = {}), 'rules'],
  ];
  for (const [name, mutate, path] of broken) {
    it(`rejects ${name} with INVALID_RULES at ${path}`, () => {
      const s = structuredClone(TEST_RULES) as unknown as Record<string, unknown>;
      mutate(s);
      let err: unknown;
      try {
        parseAdjustmentRules(s);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(PolicyError);
      expect((err as PolicyError).code).to.equal('INVALID_RULES');
      expect((err as PolicyError).details.path).to.equal(path);
    });
  }
  it('rejects invalid JSON text and non-objects', () => {
    expect(() => parseAdjustmentRules('{not json'))
      .to.throw(PolicyError)
      .with.property('code', 'INVALID_RULES');
    expect(() => parseAdjustmentRules(null))
      .to.throw(PolicyError)
      .with.property('code', 'INVALID_RULES');
    expect(() => parseAdjustmentRules([]))
      .to.throw(PolicyError)
      .with.property('code', 'INVALID_RULES');
  });
});

describe('pensionAdjustment: invalid person input', () => {
  it('needs birth or age when the set has age tilts', () => {
    expect(() => pensionAdjustment({ pension: 3000, contributionYears: 30 }, TEST_RULES))
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
  });
  it('rejects NaN pension, negative years, bad birth', () => {
    expect(() =>
      pensionAdjustment({ pension: Number.NaN, contributionYears: 30, age: 70 }, TEST_RULES),
    ).to.throw(PolicyError);
    expect(() => pensionAdjustment({ pension: 3000, contributionYears: -1, age: 70 }, TEST_RULES)).to.throw(
      PolicyError,
    );
    expect(() => pensionAdjustment({ pension: 3000, contributionYears: 30, birth: '1950-13' }, TEST_RULES))
      .to.throw(PolicyError)
      .with.property('code', 'INVALID_YEAR_MONTH');
  });
});

describe('ageOn', () => {
  it('full years on the reference date, month-level births', () => {
    expect(ageOn('1954-12', '2024-12-31')).to.equal(70);
    expect(ageOn('1955-01', '2024-12-31')).to.equal(69);
    expect(ageOn('1954-12-31', '2024-12-31')).to.equal(70);
    expect(ageOn('1955-01-01', '2024-12-31')).to.equal(69);
    expect(ageOn('1954-06-16', '2024-06-15')).to.equal(69);
    expect(ageOn('1954-06-15', '2024-06-15')).to.equal(70);
  });
  it('a month-only birth in the same month as a mid-month reference date is ambiguous', () => {
    expect(() => ageOn('1954-06', '2024-06-15'))
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
  });
  it('rejects births after the reference date', () => {
    expect(() => ageOn('2025-01', '2024-12-31'))
      .to.throw(PolicyError)
      .with.property('code', 'OUT_OF_RANGE');
  });
});
