import { expect } from 'chai';
import { HUBEI_CONTRIBUTION_BASE, HUBEI_PENSION_BASE, HUBEI_REGIONS } from './data/hubei-params.js';
import { PolicyError } from './errors.js';
import { clampContributionBase, hubeiContributionBase, hubeiPensionBase, hubeiRegion } from './hubei.js';

describe('Hubei 养老金计发基数 by city (§4.2)', () => {
  // [city, 2024, 2025]
  const TABLE: [string, number, number][] = [
    ['武汉', 9022, 9112],
    ['省直', 9022, 9112],
    ['宜昌', 7232, 7424],
    ['黄石', 7048, 7347],
    ['十堰', 7079, 7340],
    ['襄阳', 7141, 7325],
    ['恩施', 6989, 7309],
    ['荆门', 6957, 7309],
    ['随州', 7079, 7304],
    ['潜江', 6954, 7320],
    ['仙桃', 6954, 7301],
    ['天门', 6896, 7277],
    ['鄂州', 6955, 7275],
    ['咸宁', 6958, 7257],
    ['孝感', 6871, 7238],
    ['黄冈', 6816, 7221],
    ['神农架', 6810, 7215],
    ['荆州', 6826, 7210],
  ];
  for (const [city, v2024, v2025] of TABLE) {
    it(`${city}: 2024 ${v2024}, 2025 ${v2025}`, () => {
      expect(hubeiPensionBase(city, 2024).value).to.equal(v2024);
      const b = hubeiPensionBase(city, 2025);
      expect(b.value).to.equal(v2025);
      expect(b.provisional).to.equal(false);
    });
  }
  it('the four values confirmed by two sources are MED, the others LOW', () => {
    for (const city of ['武汉', '宜昌', '襄阳', '荆州'])
      expect(hubeiPensionBase(city, 2025).confidence).to.equal('MED');
    expect(hubeiPensionBase('黄石', 2025).confidence).to.equal('LOW');
  });
  it('every region has a value in each shipped year', () => {
    for (const year of Object.keys(HUBEI_PENSION_BASE))
      for (const r of HUBEI_REGIONS)
        expect(HUBEI_PENSION_BASE[Number(year)]![r.code], `${year} ${r.name}`).to.exist;
  });
  it('a year not yet published falls back to the previous year, flagged provisional', () => {
    const b = hubeiPensionBase('420100', 2026);
    expect(b).to.deep.include({ value: 9112, valueYear: 2025, year: 2026, provisional: true });
  });
  it('a year before the first known one throws MISSING_PARAMETER', () => {
    expect(() => hubeiPensionBase('武汉', 2020))
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
  });
  it('计发基数 and 缴费基数 are separate parameters (Wuhan 9112 vs 7496)', () => {
    expect(hubeiPensionBase('武汉', 2025).value).to.not.equal(hubeiContributionBase('武汉', 2025).average);
  });
});

describe('Hubei regions', () => {
  it('finds regions by code, short name and full name', () => {
    expect(hubeiRegion('420100').name).to.equal('武汉');
    expect(hubeiRegion('武汉市').code).to.equal('420100');
    expect(hubeiRegion('恩施土家族苗族自治州').code).to.equal('422800');
    expect(hubeiRegion('神农架林区').code).to.equal('429021');
  });
  it('has the 17 市州 plus 省直', () => {
    expect(HUBEI_REGIONS).to.have.length(18);
    expect(new Set(HUBEI_REGIONS.map((r) => r.code)).size).to.equal(18);
  });
  it('throws UNKNOWN_REGION for unknown names', () => {
    for (const bad of ['北京', '', '4201', 42 as unknown as string])
      expect(() => hubeiRegion(bad))
        .to.throw(PolicyError)
        .with.property('code', 'UNKNOWN_REGION');
  });
});

describe('Hubei 2025 contribution base (鄂人社发〔2025〕28号, §4.1)', () => {
  it('tier 1 Wuhan / 省直: 7496, 4498–22488 (MED)', () => {
    for (const city of ['武汉', '省直'])
      expect(hubeiContributionBase(city, 2025)).to.deep.include({
        tier: 1,
        average: 7496,
        lower: 4498,
        upper: 22488,
        confidence: 'MED',
      });
  });
  it('tier 2 (宜昌…) 7226, 4299–21678 and tier 3 (荆州…) 7154, 4254–21462 are LOW', () => {
    expect(hubeiContributionBase('宜昌', 2025)).to.deep.include({
      tier: 2,
      average: 7226,
      lower: 4299,
      upper: 21678,
    });
    expect(hubeiContributionBase('荆州', 2025)).to.deep.include({
      tier: 3,
      average: 7154,
      lower: 4254,
      upper: 21462,
    });
    expect(hubeiContributionBase('荆州', 2025).confidence).to.equal('LOW');
  });
  it('every region is in exactly one 2025 tier', () => {
    for (const r of HUBEI_REGIONS)
      expect(
        HUBEI_CONTRIBUTION_BASE[2025]!.filter((t) => t.regions.includes(r.code)),
        r.name,
      ).to.have.length(1);
  });
  it('consistency check: tier-1 upper = 3 × average, lower ≈ 60% × average', () => {
    const t = hubeiContributionBase('武汉', 2025);
    expect(t.upper).to.equal(t.average * 3);
    expect(Math.abs(t.lower - t.average * 0.6)).to.be.below(1);
  });
  it('other years are not shipped (sources conflict)', () => {
    expect(() => hubeiContributionBase('武汉', 2024))
      .to.throw(PolicyError)
      .with.property('code', 'MISSING_PARAMETER');
  });
  it('clampContributionBase clamps to [lower, upper]', () => {
    const b = hubeiContributionBase('武汉', 2025);
    expect(clampContributionBase(3000, b)).to.equal(4498);
    expect(clampContributionBase(8000, b)).to.equal(8000);
    expect(clampContributionBase(50000, b)).to.equal(22488);
    expect(() => clampContributionBase(Number.NaN, b)).to.throw(PolicyError);
  });
});
