// The English names are complete: every division code of the reference list and of the sample divisions
// feed, every 一级学科 of the 2022 catalogue and every 2011 code that left it, every funding scheme; and
// none of them holds a Chinese character.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { loadFeed } from '@hbrs/sample-data';
import {
  BANK_KINDS,
  EMPLOYER_NATURES,
  EMPLOYER_SCALES,
  EXPERIENCE_LEVELS,
  FUNDING_SCHEMES,
  JOB_TYPES,
  RECRUIT_TYPES,
} from '../model/index.js';
import { DISCIPLINE_NAMES_EN, DIVISION_NAMES_EN, TERMS_EN } from './index.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const csv = (name: string): string[][] =>
  readFileSync(new URL(`../../../sample-data/reference-data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('names-en', () => {
  it('names every division of the reference list (the grouping row 429000 aside) and of the sample feed', async () => {
    const codes = csv('hubei-divisions.csv')
      .filter((r) => r[3] !== 'group')
      .map((r) => r[0]!);
    expect(codes.length).to.equal(117);
    for (const c of codes) expect(DIVISION_NAMES_EN[c], c).to.be.a('string');
    const feed = (await loadFeed('divisions')) as { items: { code: string; level: string }[] };
    for (const d of feed.items)
      if (d.level !== 'group') expect(DIVISION_NAMES_EN[d.code], d.code).to.be.a('string');
    expect(DIVISION_NAMES_EN['420106']).to.equal('Wuchang District');
    expect(DIVISION_NAMES_EN['420881']).to.equal('Zhongxiang City');
    expect(DIVISION_NAMES_EN['420322']).to.equal('Yunxi County');
    expect(DIVISION_NAMES_EN['429021']).to.equal('Shennongjia Forestry District');
  });

  it('names every 一级学科 of 2022 and the 2011 codes that left the catalogue', () => {
    const codes = [
      ...csv('first-level-disciplines-2022.csv'),
      ...csv('first-level-disciplines-legacy-2011.csv'),
    ].map((r) => r[0]!);
    expect(codes.length).to.equal(127);
    for (const c of codes) expect(DISCIPLINE_NAMES_EN[c], c).to.be.a('string');
    expect(DISCIPLINE_NAMES_EN['0803']).to.equal('Optical Engineering');
  });

  it('labels every Chinese-coded vocabulary (funding schemes, employers, jobs), and no name holds a Chinese character', () => {
    const vocabularies = [
      EMPLOYER_NATURES,
      EMPLOYER_SCALES,
      JOB_TYPES,
      RECRUIT_TYPES,
      EXPERIENCE_LEVELS,
      FUNDING_SCHEMES,
      BANK_KINDS,
    ];
    for (const s of vocabularies.flat()) expect(TERMS_EN[s], s).to.be.a('string');
    const all = [DIVISION_NAMES_EN, DISCIPLINE_NAMES_EN, TERMS_EN].flatMap(Object.values);
    for (const n of all) expect(CJK.test(n), n).to.equal(false);
  });
});
