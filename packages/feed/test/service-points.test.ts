import { expect } from 'chai';
import iconv from 'iconv-lite';
import { convertPoint } from '@hbrs/sdk';
import { buildFeed } from '../src/index.js';
import { NOW, clientOf, csv, rcc, workbook } from './helpers.js';

const HEADER = ['网点名称', '所属银行', '所在区县', '网点地址', '经度', '纬度', '营业时间', '可办理业务'];

// Two real places in WGS84 (武昌 中北路, 宜昌 夷陵广场), given in the sheet as AMap or Baidu picked them.
const WUCHANG = { lng: 114.3432, lat: 30.5621 };
const YICHANG = { lng: 111.2865, lat: 30.6919 };
const as = (p: { lng: number; lat: number }, crs: 'GCJ02' | 'BD09'): [number, number] => {
  const c = convertPoint(p, 'WGS84', crs);
  return [Number(c.lng.toFixed(6)), Number(c.lat.toFixed(6))];
};

type Point = {
  name: string;
  location: { lng: number; lat: number };
  divisionCode: string;
  bank: { code: string };
};

describe('@hbrs/feed service points from a bank workbook', () => {
  it('finds the header under a merged title row, converts BD-09 to WGS84 and names every bad row', async () => {
    const [wl, wa] = as(WUCHANG, 'BD09');
    const [yl, ya] = as(YICHANG, 'BD09');
    const file = await workbook('网点名单.xlsx', [
      {
        name: 'Sheet1',
        title: '湖北省社银合作网点名单（2026年第四季度）',
        header: HEADER,
        rows: [
          [
            '建行中北路支行',
            '建行',
            '武昌区',
            '武汉市武昌区中北路1号',
            wl,
            wa,
            '工作日 9:00-17:00',
            '挂失、补换卡',
          ],
          [
            '农行夷陵支行',
            '农业银行',
            '',
            '宜昌市夷陵区夷兴大道1号',
            yl,
            ya,
            '周一至周日 9:00-17:00',
            '社保卡申领',
          ],
          ['无坐标网点', '工行', '武昌区', '武汉市武昌区某路', '', '', '', '挂失'],
          ['北京网点', '工行', '东城区', '北京市东城区某路', 116.41, 39.9, '', '挂失'],
          ['省外坐标', '工行', '武昌区', '武汉市武昌区某路2号', 121.47, 31.23, '', '挂失'],
          ['错字网点', '工行', '五昌区', '武汉市某路3号', wl, wa, '', '挂失'],
          [null, null, null, null, null, null, null, null],
          ['无业务网点', '工行', '武昌区', '武汉市武昌区某路4号', wl, wa, '', '理财'],
          ['建行中北路支行', '建设银行', '武昌区', '武汉市武昌区中北路1号', wl, wa, '', '挂失'],
        ],
        note: '注：坐标由百度地图拾取。',
      },
    ]);
    const r = await buildFeed('service-points', [file], { crs: 'bd09', now: NOW });
    // Title on row 1, a blank row 2, the header on row 3: the first data row is row 4, as Excel shows it.
    expect(rcc(r.report.rejected)).to.deep.equal([
      '6:经度:no-coordinates',
      '7:经度:outside-hubei',
      '8:经度:outside-hubei',
      '9:所在区县:unknown-division',
      '11:可办理业务:no-services',
      '12:网点名称:duplicate',
    ]);
    expect(r.report.rows).to.equal(8);
    expect(r.report.accepted).to.equal(2);
    const items = r.feed.items as Point[];
    expect(items.map((p) => [p.name, p.divisionCode, p.bank.code])).to.deep.equal([
      ['建行中北路支行', '420106', 'CCB'],
      ['农行夷陵支行', '420506', 'ABC'],
    ]);
    const [a, b] = items;
    // Back where the WGS84 points were, to within ~1 m.
    expect(Math.abs((a?.location.lng ?? 0) - WUCHANG.lng)).to.be.below(1e-5);
    expect(Math.abs((a?.location.lat ?? 0) - WUCHANG.lat)).to.be.below(1e-5);
    expect(Math.abs((b?.location.lng ?? 0) - YICHANG.lng)).to.be.below(1e-5);
    expect(rcc(r.report.warnings)).to.include.members([
      '4:所属银行:bank-short-name',
      '5:所在区县:county-from-address',
      '11:可办理业务:unknown-service',
    ]);
  });

  it('reads a GB18030 CSV saved by a Chinese Windows, with GCJ-02 coordinates and full-width digits', async () => {
    const [gl, ga] = as(WUCHANG, 'GCJ02');
    const text = [
      '网点名称,银行,区县,地址,经度,纬度,营业时间,业务范围',
      `邮储武昌支行,邮储,武昌区,武汉市武昌区中北路5号,${gl},${ga},周一至周五 8:30-17:00；周六 9:00-12:00,社保卡申领、挂失、解挂`,
      `工行 武昌  分理处,工商银行,武昌区,武汉市武昌区中北路7号,${String(gl).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))},${ga},工作日 9:00-17:00,挂失`,
      `交行武昌支行,交行,武昌区,武汉市武昌区中北路9号,${ga},${gl},工作日 9:00-17:00,挂失`,
    ].join('\r\n');
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    const r = await buildFeed('service-points', [{ name: '网点.csv', bytes }], { crs: 'gcj02', now: NOW });
    expect(r.report.rejected).to.deep.equal([]);
    const items = r.feed.items as (Point & { services: string[] })[];
    expect(items.map((p) => [p.name, p.bank.code])).to.deep.equal([
      ['邮储武昌支行', 'PSBC'],
      ['工行 武昌 分理处', 'ICBC'],
      ['交行武昌支行', 'BOCOM'],
    ]);
    expect(items[0]?.services).to.deep.equal(['card_apply', 'card_loss_report', 'card_unlock']);
    for (const p of items) expect(Math.abs(p.location.lng - WUCHANG.lng)).to.be.below(1e-5);
    expect(rcc(r.report.warnings)).to.include.members([
      '3:经度:full-width',
      '3:网点名称:whitespace',
      '4:经度:swapped-coordinates',
    ]);
  });

  it('keeps given ids and derives the same ids from the same sheet on every run', async () => {
    const rows = [
      ['网点编号', '网点名称', '所属银行', '所在区县', '网点地址', '经度', '纬度', '营业时间', '可办理业务'],
      ['SP-001', '甲', '工行', '武昌区', '武汉市武昌区甲路1号', 114.34, 30.56, '工作日 9:00-17:00', '挂失'],
      ['', '乙', '工行', '武昌区', '武汉市武昌区乙路1号', 114.34, 30.56, '工作日 9:00-17:00', '挂失'],
    ];
    const one = await buildFeed('service-points', [csv('a.csv', rows)], { now: NOW });
    const two = await buildFeed('service-points', [csv('b.csv', rows)], { now: NOW });
    const ids = (r: typeof one): string[] => (r.feed.items as { id: string }[]).map((p) => p.id);
    expect(ids(one)[0]).to.equal('SP-001');
    expect(ids(one)[1]).to.match(/^SP420106-/);
    expect(ids(two)).to.deep.equal(ids(one));
  });

  it('writes a compact feed the SDK decodes to the same records', async () => {
    const file = csv('a.csv', [
      HEADER,
      [
        '工行武昌支行',
        '工行',
        '武昌区',
        '武汉市武昌区中北路1号',
        114.3432,
        30.5621,
        '工作日 9:00-17:00',
        '挂失、补换卡',
      ],
      ['建行洪山支行', '建行', '洪山区', '武汉市洪山区珞喻路1号', 114.36, 30.51, '工作日 9:00-17:00', '挂失'],
    ]);
    const plain = await buildFeed('service-points', [file], { now: NOW });
    const compact = await buildFeed('service-points', [file], { now: NOW, format: 'compact' });
    const a = await clientOf({ 'service-points': plain.feed }).servicePoints.query({});
    const b = await clientOf({ 'service-points': compact.feed }).servicePoints.query({});
    expect(b.items).to.deep.equal(a.items);
    expect(b.total).to.equal(2);
  });
});
