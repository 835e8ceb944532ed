import { expect } from 'chai';
import { createClient } from '@hbrs/sdk';
import { buildFeed, parseHours } from '../src/index.js';

const csv = `湖北省武汉市社银合作网点名单（2026年11月）,,,,,,,
网点名称,所属银行,所在区县,网点地址,经度,纬度,营业时间,可办理业务
工行武昌支行,工行,武昌区,武汉市武昌区中北路1号,114.3432,30.5621,周一至周五 8:30-17:00；周六 9:00-12:00,补换卡、挂失、激活
建行洪山支行,建行,,武汉市洪山区珞喻路100号,３０．５１,114.36,工作日 上午9:00-12:00 下午14:00-17:30,社保卡申领/领卡
坏行,农行,武昌去,武汉市某地,114.3,30.5,周一至周日 9:00-17:00,挂失
,农行,武昌区,无名,114.3,30.5,,挂失
零点行,农行,武昌区,武汉市零点路,0,0,,挂失
工行武昌支行,工行,武昌区,武汉市武昌区中北路1号,114.3432,30.5621,,挂失
注：以上信息由各银行报送
`;

describe('@hbrs/feed buildFeed (service points)', () => {
  it('names every rejected row by its Excel row and column, and cleans the rest', async () => {
    const r = await buildFeed('service-points', [{ name: 'sp.csv', bytes: new TextEncoder().encode(csv) }], {
      crs: 'gcj02',
      now: () => new Date('2026-12-02T00:00:00Z'),
    });
    expect(r.report.rows).to.equal(6);
    expect(r.report.accepted).to.equal(2);
    expect(r.report.rejected.map((i) => [i.row, i.column, i.code])).to.deep.equal([
      [5, '所在区县', 'unknown-division'],
      [6, '网点名称', 'no-name'],
      [7, '经度', 'zero-coordinates'],
      [8, '网点名称', 'duplicate'],
    ]);
    const codes = r.report.warnings.map((w) => `${w.row}:${w.code}`);
    expect(codes).to.include.members([
      '3:bank-short-name',
      '4:full-width',
      '4:swapped-coordinates',
      '4:county-from-address',
    ]);
    const items = r.feed.items as { divisionCode: string; bank: { code: string }; services: string[] }[];
    expect(items[0]?.bank.code).to.equal('ICBC');
    expect(items[0]?.services).to.deep.equal(['card_replace', 'card_loss_report', 'card_activate']);
    expect(items[1]?.divisionCode).to.equal('420111');
    expect(r.feed.meta.sample).to.equal(false);
    expect(r.feed.meta.generatedAt).to.equal('2026-12-02T08:00:00+08:00');
  });

  it('writes a feed the SDK reads, with pinyin search', async () => {
    const r = await buildFeed('service-points', [{ name: 'sp.csv', bytes: new TextEncoder().encode(csv) }]);
    const body = JSON.stringify(r.feed);
    const client = createClient({
      feed: 'https://example.invalid/feed/',
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    });
    const res = await client.servicePoints.query({ keyword: 'wuchang' });
    expect(res.items.map((p) => p.name)).to.deep.equal(['工行武昌支行']);
  });

  it('finds the county in the address only when the address names one county', async () => {
    const sheet = `网点名称,所属银行,网点地址,经度,纬度,营业时间,可办理业务
甲网点,工行,武汉市江岸区解放大道1号,114.30,30.60,工作日 9:00-17:00,挂失
乙网点,工行,武昌洪山交界路口,114.34,30.53,工作日 9:00-17:00,挂失
丙网点,工行,武昌中北路2号,114.34,30.56,工作日 9:00-17:00,挂失
`;
    const r = await buildFeed('service-points', [{ name: 'a.csv', bytes: new TextEncoder().encode(sheet) }]);
    const items = r.feed.items as { name: string; divisionCode: string }[];
    expect(items.map((p) => [p.name, p.divisionCode])).to.deep.equal([
      ['甲网点', '420102'],
      ['丙网点', '420106'],
    ]);
    expect(r.report.rejected.map((i) => [i.row, i.code])).to.deep.equal([[3, 'no-division']]);
  });

  it('parses opening-hours sentences', () => {
    expect(parseHours('周一至周五 8:30-17:00；周六 9:00-12:00')?.hours.weekly).to.deep.equal([
      { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '08:30', close: '17:00' },
      { days: ['Sa'], open: '09:00', close: '12:00' },
    ]);
    expect(parseHours('周六日 9点-12点')?.hours.weekly).to.deep.equal([
      { days: ['Sa', 'Su'], open: '09:00', close: '12:00' },
    ]);
  });
});
