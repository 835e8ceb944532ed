import { expect } from 'chai';
import {
  HUBEI_2025_ADJUSTMENT,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  missingParameters,
  parseAdjustmentRules,
  pensionAdjustment,
} from './index.js';

describe('Hubei 2025 example rule set', () => {
  it('is clearly not official and says its parameters are examples', () => {
    expect(HUBEI_2025_EXAMPLE_ADJUSTMENT.provenance.official).to.equal(false);
    expect(HUBEI_2025_EXAMPLE_ADJUSTMENT.provenance.note)
      .to.contain('EXAMPLE PARAMETERS')
      .and.contain('示例参数');
    expect(missingParameters(HUBEI_2025_EXAMPLE_ADJUSTMENT)).to.deep.equal([]);
  });

  it('has the same structure as the official template', () => {
    const ids = (s: typeof HUBEI_2025_ADJUSTMENT) => s.rules.map((r) => `${r.kind}:${r.id}`);
    expect(ids(HUBEI_2025_EXAMPLE_ADJUSTMENT)).to.deep.equal(ids(HUBEI_2025_ADJUSTMENT));
    expect(parseAdjustmentRules(JSON.parse(JSON.stringify(HUBEI_2025_EXAMPLE_ADJUSTMENT)))).to.deep.equal(
      parseAdjustmentRules(HUBEI_2025_EXAMPLE_ADJUSTMENT),
    );
  });

  it('gives about 2% (the national level) for a typical retiree, and computes each part', () => {
    const r = pensionAdjustment(
      { pension: 3000, contributionYears: 30, age: 66 },
      HUBEI_2025_EXAMPLE_ADJUSTMENT,
    );
    // 18 flat + 30 × 1 per year + 0.4% × 3000 = 18 + 30 + 12 = 60 = 2.0% of 3000.
    expect(r.total).to.equal(60);
    expect(r.parts.map((p) => p.amount)).to.deep.equal([18, 30, 12, 0, 0]);
  });

  it('adds the age tilt and the remote-area extra', () => {
    const r = pensionAdjustment(
      { pension: 2500.5, contributionYears: { years: 35, months: 11 }, age: 81, remoteArea: true },
      HUBEI_2025_EXAMPLE_ADJUSTMENT,
    );
    // 18 + 35 (full years) + 0.4% × 2500.50 = 10.002 → 10.00 + 30 (80+) + 10 remote = 103.00
    expect(r.total).to.equal(103);
  });
});
