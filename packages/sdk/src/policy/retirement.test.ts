import { expect } from 'chai';
import fc from 'fast-check';
import { PolicyError } from './errors.js';
import type { RetirementCategory } from './retirement.js';
import { CATEGORY_RULES, checkRetirementChoice, statutoryRetirement } from './retirement.js';

type Row = [
  birth: string,
  delay: number,
  years: number,
  months: number,
  retireAt: string,
  minY: number,
  minM: number,
];

// policy-rules.md §1.4, every example row: 出生年月, 延迟月数, 改革后法定退休年龄, 改革后退休时间, 最低缴费年限.
const ROWS: Record<RetirementCategory, Row[]> = {
  male: [
    ['1964-12', 0, 60, 0, '2024-12', 15, 0],
    ['1965-01', 1, 60, 1, '2025-02', 15, 0],
    ['1965-05', 2, 60, 2, '2025-07', 15, 0],
    ['1968-01', 10, 60, 10, '2028-11', 15, 0],
    ['1970-01', 16, 61, 4, '2031-05', 16, 0],
    ['1972-06', 23, 61, 11, '2034-05', 17, 6],
    ['1975-01', 31, 62, 7, '2037-08', 19, 0],
    ['1976-09', 36, 63, 0, '2039-09', 20, 0],
    ['1977-01', 36, 63, 0, '2040-01', 20, 0],
  ],
  'female-55': [
    ['1969-12', 0, 55, 0, '2024-12', 15, 0],
    ['1970-01', 1, 55, 1, '2025-02', 15, 0],
    ['1970-05', 2, 55, 2, '2025-07', 15, 0],
    ['1972-01', 7, 55, 7, '2027-08', 15, 0],
    ['1974-01', 13, 56, 1, '2030-02', 15, 6],
    ['1976-06', 20, 56, 8, '2033-02', 17, 0],
    ['1979-01', 28, 57, 4, '2036-05', 18, 6],
    ['1981-09', 36, 58, 0, '2039-09', 20, 0],
    ['1982-01', 36, 58, 0, '2040-01', 20, 0],
  ],
  'female-50': [
    ['1974-12', 0, 50, 0, '2024-12', 15, 0],
    ['1975-01', 1, 50, 1, '2025-02', 15, 0],
    ['1975-03', 2, 50, 2, '2025-05', 15, 0],
    ['1977-01', 13, 51, 1, '2028-02', 15, 0],
    ['1978-07', 22, 51, 10, '2030-05', 15, 6],
    ['1981-01', 37, 53, 1, '2034-02', 17, 6],
    ['1983-01', 49, 54, 1, '2037-02', 19, 0],
    ['1984-11', 60, 55, 0, '2039-11', 20, 0],
    ['1985-01', 60, 55, 0, '2040-01', 20, 0],
  ],
};

describe('statutoryRetirement: example rows of policy-rules.md §1.4', () => {
  for (const [category, rows] of Object.entries(ROWS) as [RetirementCategory, Row[]][]) {
    for (const [birth, delay, years, months, retireAt, minY, minM] of rows) {
      it(`${category} ${birth} → +${delay} months, ${years}y${months}m, ${retireAt}, min ${minY}y${minM}m`, () => {
        const r = statutoryRetirement({ birth, category });
        expect(r.delayMonths).to.equal(delay);
        expect(r.age).to.deep.equal({ years, months });
        expect(r.retireAt).to.equal(retireAt);
        expect({ years: r.minContribution.years, months: r.minContribution.months }).to.deep.equal({
          years: minY,
          months: minM,
        });
        expect(r.affected).to.equal(delay > 0);
      });
    }
  }

  it('Chinese age labels: 60岁1个月, 63岁', () => {
    expect(statutoryRetirement({ birth: '1965-01', category: 'male' }).ageZh).to.equal('60岁1个月');
    expect(statutoryRetirement({ birth: '1976-09', category: 'male' }).ageZh).to.equal('63岁');
  });

  it('cap flags and beyond-table flags', () => {
    expect(statutoryRetirement({ birth: '1976-08', category: 'male' }).capReached).to.equal(false);
    expect(statutoryRetirement({ birth: '1976-09', category: 'male' }).capReached).to.equal(true);
    expect(statutoryRetirement({ birth: '1976-12', category: 'male' }).beyondOfficialTable).to.equal(false);
    expect(statutoryRetirement({ birth: '1977-01', category: 'male' }).beyondOfficialTable).to.equal(true);
    expect(statutoryRetirement({ birth: '1984-10', category: 'female-50' }).capReached).to.equal(false);
  });

  it('explains the computation step by step (zh and en)', () => {
    const r = statutoryRetirement({ birth: '1970-01', category: 'male' });
    expect(r.steps.map((s) => s.key)).to.deep.equal([
      'delay',
      'age',
      'retireAt',
      'minContribution',
      'earliest',
      'latest',
    ]);
    expect(r.steps[0]!.zh).to.contain('⌊60÷4⌋+1 = 16');
    expect(r.steps[1]!.zh).to.equal('法定退休年龄 = 60岁 + 16个月 = 61岁4个月。');
    expect(r.steps[2]!.en).to.equal('Retirement month = 1970-01 + 61y4m = 2031-05.');
    const capped = statutoryRetirement({ birth: '1980-01', category: 'male' });
    expect(capped.steps[0]!.zh).to.contain('以36个月为上限');
    expect(statutoryRetirement({ birth: '1964-12', category: 'male' }).steps[0]!.en).to.contain(
      'not affected',
    );
  });

  it('accepts the reference document underscore aliases female_55 / female_50', () => {
    expect(statutoryRetirement({ birth: '1970-01', category: 'female_55' }).category).to.equal('female-55');
    expect(statutoryRetirement({ birth: '1975-01', category: 'female_50' }).category).to.equal('female-50');
  });
});

describe('statutoryRetirement: skipped retirement months (§1.3 notes)', () => {
  const monthsReached = (category: RetirementCategory, fromYear: number, toYear: number): Set<string> => {
    const s = new Set<string>();
    for (let y = fromYear; y <= toYear; y++)
      for (let m = 1; m <= 12; m++)
        s.add(statutoryRetirement({ birth: `${y}-${String(m).padStart(2, '0')}`, category }).retireAt);
    return s;
  };
  it('no man reaches statutory age in 2025-06 (1965-04 → 2025-05, 1965-05 → 2025-07)', () => {
    expect(statutoryRetirement({ birth: '1965-04', category: 'male' }).retireAt).to.equal('2025-05');
    expect(statutoryRetirement({ birth: '1965-05', category: 'male' }).retireAt).to.equal('2025-07');
    expect(monthsReached('male', 1964, 1966).has('2025-06')).to.equal(false);
  });
  it('no original-50 woman reaches statutory age in 2025-04 or 2039-10', () => {
    const s = monthsReached('female-50', 1974, 1986);
    expect(s.has('2025-04')).to.equal(false);
    expect(s.has('2039-10')).to.equal(false);
    expect(s.has('2039-11')).to.equal(true);
  });
});

describe('statutoryRetirement: flexible retirement (§1.6)', () => {
  it('male 1976-09: statutory 63y (2039-09), earliest 60y (2036-09), latest 66y (2042-09)', () => {
    const r = statutoryRetirement({ birth: '1976-09', category: 'male' });
    expect(r.earliest.age).to.deep.equal({ years: 60, months: 0 });
    expect(r.earliest.at).to.equal('2036-09');
    expect(r.latest.age).to.deep.equal({ years: 66, months: 0 });
    expect(r.latest.at).to.equal('2042-09');
  });
  it('female-50 1984-11 and later: statutory 55y0m, earliest 52y0m', () => {
    for (const birth of ['1984-11', '1984-12', '1990-06']) {
      const r = statutoryRetirement({ birth, category: 'female-50' });
      expect(r.age).to.deep.equal({ years: 55, months: 0 });
      expect(r.earliest.age).to.deep.equal({ years: 52, months: 0 });
    }
  });
  it('female-50 with delay ≤ 36: earliest is 50', () => {
    const r = statutoryRetirement({ birth: '1980-12', category: 'female-50' });
    expect(r.delayMonths).to.be.at.most(36);
    expect(r.earliest.age).to.deep.equal({ years: 50, months: 0 });
    const r2 = statutoryRetirement({ birth: '1981-01', category: 'female-50' });
    expect(r2.delayMonths).to.equal(37);
    expect(r2.earliest.age).to.deep.equal({ years: 50, months: 1 });
  });
  it('flexible early recomputes the minimum for the chosen earlier year; delay uses the statutory year', () => {
    const r = statutoryRetirement({ birth: '1970-01', category: 'male' });
    expect(r.earliest.at).to.equal('2030-01');
    expect(r.earliest.minContribution.totalMonths).to.equal(186);
    expect(r.latest.at).to.equal('2034-05');
    expect(r.latest.minContribution.totalMonths).to.equal(192);
  });
  it('Sichuan 2025-12 notice: man born 1965-11 retiring 2025-12 at 60岁1个月 is a valid flexible early retirement', () => {
    const c = checkRetirementChoice({
      birth: '1965-11',
      category: 'male',
      retireAt: '2025-12',
      contributionMonths: 400,
    });
    expect(c.statutory.age).to.deep.equal({ years: 60, months: 3 });
    expect(c.statutory.retireAt).to.equal('2026-02');
    expect(c.ageZh).to.equal('60岁1个月');
    expect(c.kind).to.equal('early');
    expect(c.withinBounds).to.equal(true);
    expect(c.meetsMinimum).to.equal(true);
  });
  it('checkRetirementChoice: outside bounds, delayed, shortfall', () => {
    expect(
      checkRetirementChoice({ birth: '1965-11', category: 'male', retireAt: '2025-10' }).withinBounds,
    ).to.equal(false);
    const d = checkRetirementChoice({
      birth: '1970-01',
      category: 'male',
      retireAt: '2033-01',
      contributionMonths: 150,
    });
    expect(d.kind).to.equal('delayed');
    expect(d.withinBounds).to.equal(true);
    expect(d.minContribution.totalMonths).to.equal(192);
    expect(d.meetsMinimum).to.equal(false);
    expect(d.shortfallMonths).to.equal(42);
    const s = checkRetirementChoice({ birth: '1970-01', category: 'male', retireAt: '2031-05' });
    expect(s.kind).to.equal('statutory');
    expect(s.meetsMinimum).to.equal(undefined);
    expect(
      checkRetirementChoice({ birth: '1970-01', category: 'male', retireAt: '2034-06' }).withinBounds,
    ).to.equal(false);
  });
  it('beforeReform flags statutory months before 2025-01', () => {
    expect(statutoryRetirement({ birth: '1964-12', category: 'male' }).beforeReform).to.equal(true);
    expect(statutoryRetirement({ birth: '1965-01', category: 'male' }).beforeReform).to.equal(false);
  });
});

describe('statutoryRetirement: invalid input', () => {
  const bad: [unknown, unknown, string][] = [
    ['1970-13', 'male', 'INVALID_YEAR_MONTH'],
    ['1970-00', 'male', 'INVALID_YEAR_MONTH'],
    ['1970-5', 'male', 'INVALID_YEAR_MONTH'],
    ['1970/05', 'male', 'INVALID_YEAR_MONTH'],
    ['1970-05-01', 'male', 'INVALID_YEAR_MONTH'],
    [' 1970-05', 'male', 'INVALID_YEAR_MONTH'],
    ['', 'male', 'INVALID_YEAR_MONTH'],
    [197005, 'male', 'INVALID_YEAR_MONTH'],
    [null, 'male', 'INVALID_YEAR_MONTH'],
    ['1850-01', 'male', 'OUT_OF_RANGE'],
    ['1970-05', 'female', 'UNKNOWN_CATEGORY'],
    ['1970-05', '女干部', 'UNKNOWN_CATEGORY'],
    ['1970-05', undefined, 'UNKNOWN_CATEGORY'],
    ['1970-05', 'MALE', 'UNKNOWN_CATEGORY'],
  ];
  for (const [birth, category, code] of bad) {
    it(`${JSON.stringify(birth)} / ${JSON.stringify(category)} → ${code}`, () => {
      let err: unknown;
      try {
        statutoryRetirement({ birth, category } as never);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(PolicyError);
      const pe = err as PolicyError;
      expect(pe.code).to.equal(code);
      expect(pe.message).to.be.a('string').and.not.equal('');
      expect(pe.messageZh).to.match(/[\u4e00-\u9fff]/);
    });
  }
  it('a non-object input throws a PolicyError', () => {
    expect(() => statutoryRetirement(null as never)).to.throw(PolicyError);
    expect(() => statutoryRetirement('1970-05' as never)).to.throw(PolicyError);
  });
});

describe('statutoryRetirement: properties over births 1950–2010', () => {
  const categories: RetirementCategory[] = ['male', 'female-55', 'female-50'];
  const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  const birthArb = fc.record({ y: fc.integer({ min: 1950, max: 2010 }), m: fc.integer({ min: 1, max: 12 }) });
  const catArb = fc.constantFrom(...categories);
  const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;

  it('the delay never decreases with a later birth', () => {
    fc.assert(
      fc.property(catArb, birthArb, fc.integer({ min: 1, max: 120 }), (category, b, k) => {
        const i = b.y * 12 + b.m - 1;
        const j = Math.min(i + k, 2010 * 12 + 11);
        const a = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const c = statutoryRetirement({ birth: ym(Math.floor(j / 12), (j % 12) + 1), category });
        return c.delayMonths >= a.delayMonths && c.ageMonths >= a.ageMonths;
      }),
    );
  });

  it('the delay is within [0, cap]; the age within [original, target]', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const rule = CATEGORY_RULES[category];
        return (
          r.delayMonths >= 0 &&
          r.delayMonths <= rule.maxDelayMonths &&
          r.ageMonths >= rule.originalAgeYears * 12 &&
          r.ageMonths <= rule.targetAgeYears * 12 &&
          Number.isInteger(r.delayMonths)
        );
      }),
    );
  });

  it('retirement month = birth month + age; age = original + delay; years/months consistent', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        return (
          idx(r.retireAt) - idx(r.birth) === r.ageMonths &&
          r.ageMonths === CATEGORY_RULES[category].originalAgeYears * 12 + r.delayMonths &&
          r.age.years * 12 + r.age.months === r.ageMonths &&
          r.age.months >= 0 &&
          r.age.months < 12 &&
          /^\d{4}-(0[1-9]|1[0-2])$/.test(r.retireAt)
        );
      }),
    );
  });

  it('the delay grows by exactly one month per step of birth months until the cap (每四/二个月延迟一个月)', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const rule = CATEGORY_RULES[category];
        const i = b.y * 12 + b.m - 1;
        const j = i + rule.step;
        const a = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const c = statutoryRetirement({ birth: ym(Math.floor(j / 12), (j % 12) + 1), category });
        if (!a.affected) return c.delayMonths <= 1;
        return c.delayMonths === Math.min(a.delayMonths + 1, rule.maxDelayMonths);
      }),
    );
  });

  it('equals the equivalent formulation of §1.3: orig = birth + original age; delay = ⌊(orig − 2025-01)/step⌋ + 1, capped', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const rule = CATEGORY_RULES[category];
        const orig = b.y * 12 + b.m - 1 + rule.originalAgeYears * 12;
        const since = orig - idx('2025-01');
        const expected = since < 0 ? 0 : Math.min(Math.floor(since / rule.step) + 1, rule.maxDelayMonths);
        return statutoryRetirement({ birth: ym(b.y, b.m), category }).delayMonths === expected;
      }),
    );
  });

  it('unaffected iff the original retirement month is before 2025-01; cap reached iff birth ≥ cap month', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const rule = CATEGORY_RULES[category];
        return (
          r.affected === idx(r.originalRetireAt) >= idx('2025-01') &&
          r.capReached === idx(r.birth) >= idx(rule.capReachedBirth)
        );
      }),
    );
  });

  it('earliest / latest bounds: earliest = max(original, statutory − 36), latest = statutory + 36', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const orig = CATEGORY_RULES[category].originalAgeYears * 12;
        return (
          r.earliest.ageMonths === Math.max(orig, r.ageMonths - 36) &&
          r.earliest.ageMonths >= orig &&
          r.earliest.ageMonths <= r.ageMonths &&
          r.ageMonths - r.earliest.ageMonths <= 36 &&
          r.latest.ageMonths === r.ageMonths + 36 &&
          idx(r.earliest.at) - idx(r.birth) === r.earliest.ageMonths &&
          idx(r.latest.at) - idx(r.birth) === r.latest.ageMonths &&
          r.earliest.minContribution.totalMonths <= r.minContribution.totalMonths &&
          r.latest.minContribution.totalMonths === r.minContribution.totalMonths
        );
      }),
    );
  });

  it('male / female-55 earliest is always the original age', () => {
    fc.assert(
      fc.property(fc.constantFrom<RetirementCategory>('male', 'female-55'), birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        return r.earliest.ageMonths === CATEGORY_RULES[category].originalAgeYears * 12;
      }),
    );
  });

  it('the minimum contribution matches the statutory retirement year', () => {
    fc.assert(
      fc.property(catArb, birthArb, (category, b) => {
        const r = statutoryRetirement({ birth: ym(b.y, b.m), category });
        const y = Number(r.retireAt.slice(0, 4));
        const expected = y <= 2029 ? 180 : y >= 2039 ? 240 : 180 + 6 * (y - 2029);
        return r.minContribution.totalMonths === expected && r.minContribution.year === y;
      }),
    );
  });

  it('exhaustive: no NaN anywhere for every month 1950-01..2010-12 and every category', () => {
    for (const category of categories) {
      for (let y = 1950; y <= 2010; y++) {
        for (let m = 1; m <= 12; m++) {
          const r = statutoryRetirement({ birth: ym(y, m), category });
          const nums = [
            r.delayMonths,
            r.ageMonths,
            r.earliest.ageMonths,
            r.latest.ageMonths,
            r.minContribution.totalMonths,
          ];
          if (nums.some((n) => !Number.isFinite(n)))
            throw new Error(`non-finite for ${category} ${ym(y, m)}`);
        }
      }
    }
  });
});
