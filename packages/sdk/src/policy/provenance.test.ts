import { expect } from 'chai';
import { annuityMonthsDetail } from './annuity.js';
import { projectAccount } from './account.js';
import { PolicyError } from './errors.js';
import { basicPension } from './pension.js';
import type { FigureRef } from './provenance.js';
import { figureSource } from './provenance.js';
import { statutoryRetirement } from './retirement.js';
import { listPolicySources, policySource } from './sources.js';

describe('provenance', () => {
  it('every source has a title in both languages and a confidence; official HIGH ones carry a document and URL', () => {
    const all = listPolicySources();
    expect(all.length).to.be.greaterThan(10);
    for (const s of all) {
      expect(s.title, s.id).to.be.a('string').and.not.equal('');
      expect(s.titleZh, s.id).to.match(/[\u4e00-\u9fff]/);
      expect(['HIGH', 'MED', 'LOW', 'NOT_FOUND']).to.include(s.confidence);
      if (s.confidence === 'HIGH') {
        expect(s.document, s.id).to.be.a('string');
        expect(s.urls.length, s.id).to.be.greaterThan(0);
      }
      if (s.confidence === 'LOW' || s.confidence === 'NOT_FOUND') expect(s.official, s.id).to.equal(false);
      for (const u of s.urls) expect(u).to.match(/^https?:\/\//);
    }
  });

  it('the retirement rules cite the NPC decision with its official URLs', () => {
    const s = policySource('retirement-age');
    expect(s.confidence).to.equal('HIGH');
    expect(s.urls).to.include('https://www.npc.gov.cn/npc/c2/kgfb/202409/t20240913_439534.html');
    expect(s.document).to.contain('第一条');
  });

  it('every source id returned by the engine resolves', () => {
    const ids = new Set<string>([
      ...statutoryRetirement({ birth: '1970-01', category: 'male' }).sources,
      ...annuityMonthsDetail({ years: 46, months: 6 }).sources,
      ...projectAccount({ balance: 0, contributions: [{ year: 2025, monthlyBase: 5000 }] }).sources,
      ...basicPension({
        base: 7000,
        averageIndex: 1,
        contributionYears: 20,
        accountBalance: 0,
        retireAge: 60,
        transitional: { deemedYears: 5 },
      }).steps.flatMap((s) => s.sources),
    ]);
    for (const id of ids) expect(() => policySource(id as never), id).to.not.throw();
  });

  it('figureSource grades individual figures', () => {
    expect(figureSource({ figure: 'annuity-months', age: 60 }).confidence).to.equal('HIGH');
    expect(figureSource({ figure: 'annuity-months', age: 60 }).official).to.equal(true);
    expect(figureSource({ figure: 'annuity-months', age: 47 }).confidence).to.equal('LOW');
    expect(figureSource({ figure: 'annuity-months', age: 46, months: 6 }).confidence).to.equal('LOW');
    expect(figureSource({ figure: 'annuity-months', age: 60, months: 1 }).confidence).to.equal('MED');
    expect(figureSource({ figure: 'annuity-months', age: 60, months: 1 }).official).to.equal(false);
    expect(figureSource({ figure: 'interest-rate', year: 2024 }).confidence).to.equal('MED');
    expect(figureSource({ figure: 'interest-rate', year: 2025 }).source.id).to.equal(
      'interest-rates-provisional',
    );
    expect(figureSource({ figure: 'pension-base', city: '武汉', year: 2025 }).confidence).to.equal('MED');
    expect(figureSource({ figure: 'pension-base', city: '黄石', year: 2025 }).confidence).to.equal('LOW');
    expect(figureSource({ figure: 'contribution-base', city: '武汉', year: 2025 }).source.document).to.equal(
      '鄂人社发〔2025〕28号',
    );
    expect(figureSource({ figure: 'hubei-adjustment', year: 2025 }).confidence).to.equal('NOT_FOUND');
    expect(figureSource({ figure: 'national-adjustment', year: 2025 }).source.urls[0]).to.contain('gov.cn');
    expect(figureSource({ figure: 'transitional-coefficient' }).source.document).to.contain(
      '鄂政发〔2006〕42号',
    );
    expect(figureSource({ figure: 'retirement-age' }).official).to.equal(true);
  });

  it('unknown figures throw UNKNOWN_SOURCE', () => {
    const bad: unknown[] = [
      { figure: 'annuity-months', age: 39 },
      { figure: 'annuity-months', age: 70, months: 1 },
      { figure: 'annuity-months', age: 60, months: 12 },
      { figure: 'interest-rate', year: 2010 },
      { figure: 'pension-base', city: '武汉', year: 2019 },
      { figure: 'national-adjustment', year: 2023 },
      { figure: 'nonsense' },
      null,
    ];
    for (const b of bad)
      expect(() => figureSource(b as FigureRef), JSON.stringify(b))
        .to.throw(PolicyError)
        .with.property('code', 'UNKNOWN_SOURCE');
    expect(() => policySource('nope' as never))
      .to.throw(PolicyError)
      .with.property('code', 'UNKNOWN_SOURCE');
  });

  it('a document is named as it is written, with no caveat in English (pages show it in any language)', () => {
    for (const s of listPolicySources()) {
      if (s.document === undefined) continue;
      // Latin letters in a document name are words of a caveat (there is no Latin script in a 文号).
      expect(s.document, s.id).not.to.match(/[A-Za-z]{2,}/);
    }
  });
});
