import { expect } from 'chai';
import fc from 'fast-check';
import {
  cityOf,
  countBy,
  divisionMatcher,
  divisionPrefix,
  paginate,
  parseDateBound,
  DEFAULT_PAGE_SIZE,
} from './common.js';
import { buildSearchKey, matchesKeyword, parseKeyword } from './keyword.js';

describe('queries/keyword', () => {
  const wuhan = buildSearchKey(
    ['中国工商银行武汉江岸支行', '武汉市江岸区解放大道'],
    ['zhong guo gong shang yin hang wu han jiang an zhi hang'],
    ['zggsyhwhjazh'],
  );
  const m = (q: string) => matchesKeyword(wuhan, parseKeyword(q));

  it('matches Chinese substrings', () => {
    expect(m('武汉')).to.equal(true);
    expect(m('解放大道')).to.equal(true);
    expect(m('黄石')).to.equal(false);
  });
  it('matches full pinyin with or without spaces, and syllable prefixes', () => {
    expect(m('wuhan')).to.equal(true);
    expect(m('wu han')).to.equal(true);
    expect(m('WuHan')).to.equal(true);
    expect(m('wuh')).to.equal(true);
    expect(m('jiangan')).to.equal(true);
    expect(m('huangshi')).to.equal(false);
  });
  it('does not match pinyin starting mid-syllable', () => {
    expect(m('uhan')).to.equal(false);
  });
  it('matches initials', () => {
    expect(m('wh')).to.equal(true);
    expect(m('gsyh')).to.equal(true);
    expect(m('hs')).to.equal(false);
  });
  it('multi-word keywords match when every word matches', () => {
    expect(m('工商 jiangan')).to.equal(true);
    expect(m('工商 huangshi')).to.equal(false);
    // all-Latin words are one pinyin phrase, not independent words
    expect(m('jiangan wuhan')).to.equal(false);
    expect(m('wuhan jiangan')).to.equal(true);
  });
  it('empty keyword matches everything; full-width input is folded', () => {
    expect(m('   ')).to.equal(true);
    expect(m('ｗｕｈａｎ')).to.equal(true);
  });
  it('a record without pinyin fields still matches Chinese text', () => {
    const k = buildSearchKey(['武汉大学']);
    expect(matchesKeyword(k, parseKeyword('武汉'))).to.equal(true);
    expect(matchesKeyword(k, parseKeyword('wh'))).to.equal(false);
  });
  it('every substring of the indexed text matches (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'湖北省人社厅招聘会博士后'), minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (s, a, b) => {
          const i = a % s.length;
          const j = i + 1 + (b % (s.length - i));
          return matchesKeyword(buildSearchKey([s]), parseKeyword(s.slice(i, j)));
        },
      ),
    );
  });
});

describe('queries/common', () => {
  it('divisionPrefix / divisionMatcher: a city code matches its counties, the province everything', () => {
    expect(divisionPrefix('420000')).to.equal('42');
    expect(divisionPrefix('420100')).to.equal('4201');
    expect(divisionPrefix('420102')).to.equal('420102');
    const wuhan = divisionMatcher('420100')!;
    expect(wuhan('420102')).to.equal(true);
    expect(wuhan('420100')).to.equal(true);
    expect(wuhan('420202')).to.equal(false);
    const direct = divisionMatcher(['429000'])!;
    expect(direct('429004')).to.equal(true);
    expect(direct('420102')).to.equal(false);
    expect(divisionMatcher('420102')!('420103')).to.equal(false);
    expect(divisionMatcher(['420200', '420300'])!('420303')).to.equal(true);
    expect(divisionMatcher(undefined)).to.equal(undefined);
  });
  it('cityOf', () => {
    expect(cityOf('420102')).to.equal('420100');
    expect(cityOf('429004')).to.equal('429004');
  });
  it('parseDateBound reads calendar days in Asia/Shanghai', () => {
    expect(parseDateBound('2026-02-04')).to.equal(Date.parse('2026-02-03T16:00:00Z'));
    expect(parseDateBound('2026-02-04', true)).to.equal(Date.parse('2026-02-04T16:00:00Z') - 1);
    expect(parseDateBound('2026-02-04T09:00:00+08:00')).to.equal(Date.parse('2026-02-04T01:00:00Z'));
    expect(parseDateBound(undefined)).to.equal(undefined);
  });
  it('paginate: pages partition the list (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (list, size) => {
        const pages = Math.ceil(list.length / size) + 1;
        const seen: number[] = [];
        for (let p = 1; p <= pages; p++) {
          const r = paginate(list, { page: p, pageSize: size });
          expect(r.total).to.equal(list.length);
          expect(r.items.length).to.be.at.most(size);
          seen.push(...r.items);
        }
        expect(seen).to.deep.equal(list);
      }),
    );
    expect(paginate([1, 2, 3]).pageSize).to.equal(DEFAULT_PAGE_SIZE);
    expect(paginate([1, 2, 3], { page: 0, pageSize: -5 })).to.deep.equal({
      items: [1],
      total: 3,
      page: 1,
      pageSize: 1,
    });
  });
  it('countBy counts multi-valued keys once per item, most frequent first', () => {
    const r = countBy([{ t: ['a', 'b', 'a'] }, { t: ['b'] }, { t: [] as string[] }], (x) => x.t);
    expect(r).to.deep.equal([
      { value: 'b', count: 2 },
      { value: 'a', count: 1 },
    ]);
  });
});
