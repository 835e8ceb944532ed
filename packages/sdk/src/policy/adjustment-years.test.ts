import { expect } from 'chai';
import {
  ADJUSTMENT_LIST_SCHEMA,
  HUBEI_2025_ADJUSTMENT,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  HUBEI_2026_EXAMPLE_ADJUSTMENT,
  PolicyError,
  adjustedPensionMonth,
  adjustmentNotice,
  adjustmentRegistry,
  applyAdjustmentRules,
  checkAdjustmentRules,
  isAdjustmentList,
  missingParameters,
  parseAdjustmentList,
  pensionAdjustment,
  selectAdjustmentRules,
  trustedAdjustmentRegistry,
  type AdjustmentRuleSet,
} from './index.js';

// Rule sets per year (issue 14.4): selection by year, two years loaded, the fallback notice, the list file, and
// the file check behind `hbrs-feed check <rules.json>`. Runs in Node and in Chromium.

const TWO_YEARS = [HUBEI_2026_EXAMPLE_ADJUSTMENT, HUBEI_2025_EXAMPLE_ADJUSTMENT];

const thrown = (f: () => unknown): PolicyError => {
  try {
    f();
  } catch (e) {
    expect(e).to.be.instanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('did not throw');
};

describe('Hubei 2026 example rule set', () => {
  it('is clearly unofficial, assumes the 2025 national level and says so', () => {
    const p = HUBEI_2026_EXAMPLE_ADJUSTMENT.provenance;
    expect(p.official).to.equal(false);
    expect(p.year).to.equal(2026);
    expect(p.note).to.contain('EXAMPLE PARAMETERS').and.contain('示例参数');
    expect(p.basis?.document).to.contain('关于2025年调整退休人员基本养老金的通知');
    expect(HUBEI_2026_EXAMPLE_ADJUSTMENT.nationalLevel).to.deep.include({ percent: 2, assumed: true });
    expect(HUBEI_2026_EXAMPLE_ADJUSTMENT.eligibility).to.deep.equal({
      retiredBy: '2025-12-31',
      effectiveFrom: '2026-01-01',
    });
    expect(missingParameters(HUBEI_2026_EXAMPLE_ADJUSTMENT)).to.deep.equal([]);
    expect(checkAdjustmentRules(JSON.stringify(HUBEI_2026_EXAMPLE_ADJUSTMENT)).issues).to.deep.equal([]);
  });

  it('has the structure of the 2025 sets and gives 2.0% for a typical retiree', () => {
    const ids = (s: AdjustmentRuleSet) => s.rules.map((r) => `${r.kind}:${r.id}`);
    expect(ids(HUBEI_2026_EXAMPLE_ADJUSTMENT)).to.deep.equal(ids(HUBEI_2025_ADJUSTMENT));
    const r = pensionAdjustment(
      { pension: 3000, contributionYears: 30, age: 66 },
      HUBEI_2026_EXAMPLE_ADJUSTMENT,
    );
    // 21 flat + 30 × 1 + 0.3% × 3000 = 21 + 30 + 9 = 60 = 2.0% of 3000 (2025 example: 18 + 30 + 12).
    expect(r.parts.map((p) => p.amount)).to.deep.equal([21, 30, 9, 0, 0]);
    expect(r.total).to.equal(60);
  });

  it('counts ages on 2025-12-31 and covers people retired by 2025-12-31 only', () => {
    const born = (birth: string) =>
      pensionAdjustment({ pension: 3000, contributionYears: 30, birth }, HUBEI_2026_EXAMPLE_ADJUSTMENT);
    expect(born('1955-12').ageUsed).to.equal(70);
    expect(born('1956-01').ageUsed).to.equal(69);
    expect(born('1955-12').total).to.equal(75);
    const late = pensionAdjustment(
      { pension: 3000, contributionYears: 30, age: 60, retiredAt: '2026-01' },
      HUBEI_2026_EXAMPLE_ADJUSTMENT,
    );
    expect(late.eligible).to.equal(false);
    expect(late.reason?.zh).to.contain('2025-12-31以后退休');
  });
});

describe('adjustedPensionMonth: the pension a plan adjusts', () => {
  it('is the month before the plan takes effect, or the explicit pensionMonth', () => {
    expect(adjustedPensionMonth(HUBEI_2025_EXAMPLE_ADJUSTMENT)).to.equal('2024-12');
    expect(adjustedPensionMonth(HUBEI_2026_EXAMPLE_ADJUSTMENT)).to.equal('2025-12');
    const base = { ...HUBEI_2025_EXAMPLE_ADJUSTMENT };
    expect(adjustedPensionMonth({ ...base, eligibility: { effectiveFrom: '2025-07-01' } })).to.equal(
      '2025-06',
    );
    expect(adjustedPensionMonth({ ...base, eligibility: undefined })).to.equal('2024-12');
    expect(adjustedPensionMonth({ ...base, pensionMonth: '2024-11' })).to.equal('2024-11');
  });
});

describe('adjustmentRegistry / selectAdjustmentRules: plans by year', () => {
  const plans = adjustmentRegistry(TWO_YEARS);

  it('keys two years of plans by provenance.year, in order, whatever the input order', () => {
    expect(plans.years).to.deep.equal([2025, 2026]);
    expect(plans.latest).to.equal(HUBEI_2026_EXAMPLE_ADJUSTMENT);
    expect(plans.get(2025)).to.equal(HUBEI_2025_EXAMPLE_ADJUSTMENT);
    expect(plans.get(2024)).to.equal(undefined);
  });

  it("uses the asked year's own plan, with no notice", () => {
    for (const year of [2025, 2026]) {
      const s = plans.select(year);
      expect(s.match).to.equal('exact');
      expect(s.year).to.equal(year);
      expect(s.rules?.provenance.year).to.equal(year);
      expect(s.pensionMonth).to.equal(`${year - 1}-12`);
      expect(s.applied).to.equal(s.rules);
      expect(adjustmentNotice(s)).to.equal(undefined);
    }
  });

  it('defaults to the latest plan', () => {
    expect(plans.select().year).to.equal(2026);
    expect(plans.select().requestedYear).to.equal(2026);
    expect(selectAdjustmentRules([HUBEI_2025_EXAMPLE_ADJUSTMENT]).year).to.equal(2025);
  });

  it('falls back to the latest plan before a missing year, and says which it used', () => {
    const s = plans.select(2027);
    expect(s).to.deep.include({ requestedYear: 2027, year: 2026, match: 'earlier', official: false });
    expect(s.rules).to.equal(HUBEI_2026_EXAMPLE_ADJUSTMENT);
    // The 2026 parameters, with the dates of 2027: the pension of December 2026 (it already includes the 2026
    // increase), retired by 2026-12-31, ages on 2026-12-31; the rules' labels (naming 2025-12) left out.
    expect(s.pensionMonth).to.equal('2026-12');
    expect(s.applied?.eligibility).to.deep.equal({ retiredBy: '2026-12-31', effectiveFrom: '2027-01-01' });
    expect(s.applied?.ageAsOf).to.equal('2026-12-31');
    expect(s.applied?.provenance).to.equal(HUBEI_2026_EXAMPLE_ADJUSTMENT.provenance);
    expect(s.applied?.rules.map((r) => r.labelZh)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const person = { pension: 3060, contributionYears: 30, birth: '1956-06' };
    const r = pensionAdjustment(person, s.applied!);
    // Age 70 on 2026-12-31 (69 on 2025-12-31): 21 + 30 + 0.3% × 3060 = 9.18 → 60.18, + 15 (70–74) = 75.18.
    expect(r.ageUsed).to.equal(70);
    expect(r.total).to.equal(75.18);
    expect(pensionAdjustment({ ...person, retiredAt: '2026-06' }, s.applied!).eligible).to.equal(true);
    expect(pensionAdjustment({ ...person, retiredAt: '2026-06' }, s.rules!).eligible).to.equal(false);
    expect(plans.select(2030).pensionMonth).to.equal('2029-12');
    expect(adjustmentNotice(s)?.zh).to.equal('2027年调整方案尚未收录，以下按2026年示例参数测算。');
    expect(adjustmentNotice(s)?.en).to.equal(
      'The 2027 adjustment plan is not included yet; the estimate below uses the 2026 example parameters.',
    );
    expect(adjustmentNotice(plans.select(2030))?.zh).to.equal(
      '2030年调整方案尚未收录，以下按2026年示例参数测算。',
    );
    // The sentence of the issue: only the 2025 set loaded, a person asking about 2026.
    expect(adjustmentNotice(selectAdjustmentRules([HUBEI_2025_EXAMPLE_ADJUSTMENT], 2026))?.zh).to.equal(
      '2026年调整方案尚未收录，以下按2025年示例参数测算。',
    );
  });

  it('names an official plan as a plan, not as example parameters', () => {
    const official: AdjustmentRuleSet = {
      ...HUBEI_2025_EXAMPLE_ADJUSTMENT,
      provenance: {
        ...HUBEI_2025_EXAMPLE_ADJUSTMENT.provenance,
        official: true,
        document: '鄂人社发〔2025〕1号',
      },
    };
    const s = selectAdjustmentRules([official], 2026);
    expect(s.official).to.equal(true);
    expect(adjustmentNotice(s)?.zh).to.equal('2026年调整方案尚未收录，以下按2025年方案测算。');
    expect(adjustmentNotice(s)?.en).to.contain('uses the 2025 plan.');
  });

  it('has no plan for a year before every loaded one (a later plan never applies to an earlier year)', () => {
    const s = plans.select(2024);
    expect(s).to.deep.include({ match: 'none', rules: undefined, applied: undefined, year: undefined });
    expect(s.official).to.equal(false);
    expect(adjustmentNotice(s)?.zh).to.contain('2024年调整方案尚未收录');
  });

  it('accepts JSON text and rejects a bad year', () => {
    const text = TWO_YEARS.map((s) => JSON.stringify(s));
    expect(adjustmentRegistry(text).years).to.deep.equal([2025, 2026]);
    expect(thrown(() => plans.select(2026.5)).code).to.equal('INVALID_NUMBER');
    expect(thrown(() => plans.select(Number.NaN)).code).to.equal('INVALID_NUMBER');
  });

  it('refuses no rule set, two plans for one year, and names the invalid set', () => {
    const empty = thrown(() => adjustmentRegistry([]));
    expect(empty.code).to.equal('INVALID_RULES');
    expect(empty.messageZh).to.contain('至少需要一个规则集');
    const twice = thrown(() => adjustmentRegistry([HUBEI_2025_EXAMPLE_ADJUSTMENT, HUBEI_2025_ADJUSTMENT]));
    expect(twice.code).to.equal('INVALID_RULES');
    expect(twice.details.path).to.equal('[1].provenance.year');
    expect(twice.details.index).to.equal(1);
    expect(twice.messageZh).to.contain('都是2025年的');
    const broken = structuredClone(HUBEI_2026_EXAMPLE_ADJUSTMENT) as unknown as {
      rules: { amount?: unknown }[];
    };
    broken.rules[0]!.amount = '21元';
    const bad = thrown(() => adjustmentRegistry([HUBEI_2025_EXAMPLE_ADJUSTMENT, broken]));
    expect(bad.code).to.equal('INVALID_RULES');
    expect(bad.details.path).to.equal('[1].rules[0].amount');
    expect(bad.message).to.match(/^rule set 2 of 2: /);
    expect(bad.messageZh).to.match(/^第 2 个规则集/);
  });
});

describe('parseAdjustmentList: the list of rule-set files', () => {
  const list = { schema: ADJUSTMENT_LIST_SCHEMA, rules: ['hubei-2025.json', 'sub/hubei-2026.json'] };

  it('resolves the files against the list URL', () => {
    expect(isAdjustmentList(list)).to.equal(true);
    expect(isAdjustmentList(HUBEI_2025_EXAMPLE_ADJUSTMENT)).to.equal(false);
    expect(parseAdjustmentList(list, 'https://rst.example.gov.cn/hbrs/rules/index.json')).to.deep.equal([
      'https://rst.example.gov.cn/hbrs/rules/hubei-2025.json',
      'https://rst.example.gov.cn/hbrs/rules/sub/hubei-2026.json',
    ]);
    expect(parseAdjustmentList(list)).to.deep.equal(list.rules);
  });

  it('names the entry at fault', () => {
    expect(thrown(() => parseAdjustmentList({ ...list, schema: 'x' })).details.path).to.equal('schema');
    expect(thrown(() => parseAdjustmentList({ ...list, rules: [] })).details.path).to.equal('rules');
    const e = thrown(() => parseAdjustmentList({ ...list, rules: ['a.json', 42] }));
    expect(e.details.path).to.equal('rules[1]');
    expect(e.messageZh).to.contain('调整规则列表');
  });
});

describe('checkAdjustmentRules: every problem of a rule-set file', () => {
  it('names every shape error with its rule and field, not only the first', () => {
    const s = structuredClone(HUBEI_2025_EXAMPLE_ADJUSTMENT) as unknown as Record<string, unknown>;
    const rules = s.rules as Record<string, unknown>[];
    rules[0]!.amount = '18元';
    rules[1]!.yearCounting = 'months';
    (rules[3]!.bands as Record<string, unknown>[])[2]!.minAge = 'eighty';
    (s.provenance as Record<string, unknown>).official = 'no';
    const { rules: ok, issues } = checkAdjustmentRules(s);
    expect(ok).to.equal(undefined);
    expect(issues.map((i) => [i.severity, i.path, i.rule, i.ruleId, i.field])).to.deep.equal([
      ['error', 'provenance.official', undefined, undefined, 'official'],
      ['error', 'rules[0].amount', 0, 'flat', 'amount'],
      ['error', 'rules[1].yearCounting', 1, 'per-year', 'yearCounting'],
      ['error', 'rules[3].bands[2].minAge', 3, 'age-tilt', 'minAge'],
    ]);
    expect(issues[1]!.messageZh).to.equal(
      '调整规则：rules[0].amount 应为 a finite number or null，实际为 "18元"',
    );
  });

  it('reports invalid JSON as one error', () => {
    const { issues } = checkAdjustmentRules('{"schema": ');
    expect(issues).to.have.length(1);
    expect(issues[0]).to.deep.include({ severity: 'error', code: 'json', path: '(root)' });
  });

  it('warns about a template with parameters to enter, and refuses an official set that has any', () => {
    const template = checkAdjustmentRules(HUBEI_2025_ADJUSTMENT);
    expect(template.rules).to.equal(HUBEI_2025_ADJUSTMENT);
    expect(template.issues.every((i) => i.severity === 'warning' && i.code === 'not-entered')).to.equal(true);
    expect(template.issues.map((i) => i.path)).to.deep.equal(missingParameters(HUBEI_2025_ADJUSTMENT));
    const official = {
      ...HUBEI_2025_ADJUSTMENT,
      provenance: { ...HUBEI_2025_ADJUSTMENT.provenance, official: true },
    };
    const r = checkAdjustmentRules(official);
    expect(r.rules).to.equal(undefined);
    expect(r.issues.filter((i) => i.severity === 'error')).to.have.length(7);
    expect(r.issues.map((i) => i.code)).to.include('no-document');
  });

  it('warns about dates outside the set’s year and a pension month after the plan starts', () => {
    const r = checkAdjustmentRules({
      ...HUBEI_2026_EXAMPLE_ADJUSTMENT,
      eligibility: { retiredBy: '2025-12-31', effectiveFrom: '2025-01-01' },
      pensionMonth: '2025-12',
    });
    expect(r.rules).not.to.equal(undefined);
    expect(r.issues.map((i) => [i.severity, i.code])).to.deep.equal([
      ['warning', 'year-mismatch'],
      ['warning', 'pension-month'],
    ]);
  });

  it('checks the new optional fields', () => {
    const r = checkAdjustmentRules({
      ...HUBEI_2026_EXAMPLE_ADJUSTMENT,
      pensionMonth: '2025-13',
      nationalLevel: { percent: 2, assumed: 'yes' },
      provenance: { ...HUBEI_2026_EXAMPLE_ADJUSTMENT.provenance, basis: { url: 'x' } },
    });
    expect(r.issues.map((i) => i.path)).to.deep.equal([
      'provenance.basis.document',
      'pensionMonth',
      'nationalLevel.assumed',
    ]);
  });
});

describe('trusted rule sets (built-in, or validated once): the same results without the validator', () => {
  it('trustedAdjustmentRegistry keys by year like adjustmentRegistry, and still refuses two plans for one year', () => {
    const checked = adjustmentRegistry(TWO_YEARS);
    const trusted = trustedAdjustmentRegistry(TWO_YEARS);
    expect(trusted.years).to.deep.equal(checked.years);
    expect(trusted.select(2027)).to.deep.equal(checked.select(2027));
    expect(thrown(() => trustedAdjustmentRegistry([])).code).to.equal('INVALID_RULES');
    const twice = thrown(() =>
      trustedAdjustmentRegistry([HUBEI_2025_EXAMPLE_ADJUSTMENT, HUBEI_2025_ADJUSTMENT]),
    );
    expect(twice.details.path).to.equal('[1].provenance.year');
  });

  it('applyAdjustmentRules gives what pensionAdjustment gives; only pensionAdjustment validates', () => {
    const person = { pension: 3200, contributionYears: 31.5, birth: '1948-05' };
    for (const set of TWO_YEARS) {
      expect(applyAdjustmentRules(person, set)).to.deep.equal(pensionAdjustment(person, set));
    }
    const broken = { ...HUBEI_2025_EXAMPLE_ADJUSTMENT, schema: 'nope' } as unknown as AdjustmentRuleSet;
    expect(thrown(() => pensionAdjustment(person, broken)).code).to.equal('INVALID_RULES');
    expect(applyAdjustmentRules(person, broken).total).to.equal(
      pensionAdjustment(person, HUBEI_2025_EXAMPLE_ADJUSTMENT).total,
    );
  });
});
