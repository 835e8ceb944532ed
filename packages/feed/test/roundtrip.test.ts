import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { FeedKind } from '@hbrs/sdk';
import { buildFeed, kindSpec } from '../src/index.js';
import { templateWorkbook } from '../src/template.js';
import { NOW, clientOf } from './helpers.js';

/** Fills a template as a web team would: one more row per sheet, typed under the example, by header. */
async function fill(kind: string, rows: Record<string, Record<string, string>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateWorkbook(kind, NOW())).buffer as ArrayBuffer);
  for (const [sheet, values] of Object.entries(rows)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`template has no sheet ${sheet}`);
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const row = ws.getRow(3);
    for (const [h, v] of Object.entries(values)) {
      const at = header.indexOf(h);
      if (at < 1) throw new Error(`template sheet ${sheet} has no column ${h}`);
      row.getCell(at).value = v;
    }
    row.commit();
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('@hbrs/feed template → filled in → build → SDK', () => {
  it('has one sheet per table, a notes sheet and drop-down lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateWorkbook('job-fairs', NOW())).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal([
      '招聘会',
      '参会单位',
      '招聘岗位',
      '说明',
      '选项',
    ]);
    const fairs = wb.getWorksheet('招聘会');
    const header = (fairs?.getRow(1).values as unknown[]).map(String);
    const county = header.indexOf('举办区县');
    const v = fairs?.getRow(2).getCell(county).dataValidation;
    expect(v?.type).to.equal('list');
    expect(v?.formulae?.[0]).to.match(/^'选项'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    expect(wb.getWorksheet('说明')?.rowCount).to.be.above(40);
  });

  const cases: [FeedKind, Record<string, Record<string, string>>, string, string][] = [
    [
      'service-points',
      {
        社银合作服务网点: {
          网点名称: '中国建设银行宜昌夷陵支行',
          所属银行: '中国建设银行',
          所属市州: '宜昌市',
          所在区县: '夷陵区',
          网点地址: '宜昌市夷陵区夷兴大道100号',
          经度: '111.3266',
          纬度: '30.7697',
          营业时间: '周一至周日 9:00-17:00',
          可办理业务: '挂失、补换卡',
        },
      },
      'yiling',
      '中国建设银行宜昌夷陵支行',
    ],
    [
      'job-fairs',
      {
        招聘会: {
          招聘会编号: 'XG01',
          招聘会名称: '孝感市孝南区专场招聘会',
          举办日期: '2027-01-15',
          举办时间: '9:00-12:00',
          举办区县: '孝南区',
          主办单位: '孝南区人社局',
          举办方式: '现场',
        },
        参会单位: { 招聘会编号: 'XG01', 单位名称: '孝感某某食品有限公司', 单位性质: '民营企业' },
        招聘岗位: { 招聘会编号: 'XG01', 单位名称: '孝感某某食品有限公司', 岗位名称: '质检员', 招聘人数: '3' },
      },
      'xiaonan',
      '孝感市孝南区专场招聘会',
    ],
    [
      'postdoc',
      {
        博士后站点: {
          站点类型: '博士后科研流动站',
          设站单位: '三峡某大学',
          学科代码: '0815',
          一级学科: '水利工程',
          所属市州: '宜昌市',
          所在区县: '西陵区',
        },
        招收启事: {
          设站单位: '三峡某大学',
          一级学科: '水利工程',
          启事标题: '水利工程博士后招收',
          招收方向: '水工结构',
        },
      },
      'shuili',
      '三峡某大学',
    ],
  ];

  for (const [kind, rows, keyword, name] of cases) {
    it(`${kind}: the template's example and a filled row build with no warnings and the SDK finds them`, async () => {
      const bytes = await fill(kind, rows);
      const r = await buildFeed(kind, [{ name: `${kind}.xlsx`, bytes }], { now: NOW });
      expect(r.report.warnings).to.deep.equal([]);
      expect(r.report.rejected).to.deep.equal([]);
      const tables = 1 + (kindSpec(kind)?.children?.length ?? 0);
      expect(r.report.rows).to.equal(2 * tables);
      const client = clientOf({ [kind]: r.feed });
      const api =
        kind === 'service-points'
          ? client.servicePoints
          : kind === 'job-fairs'
            ? client.jobFairs
            : client.postdoc;
      const res = await api.query({ keyword });
      const names = res.items.map((x) => ('name' in x ? x.name : x.host.name));
      expect(names).to.deep.equal([name]);
      expect(res.total).to.equal(1);
      const all = await api.query({});
      expect(all.total).to.equal(2);
    });
  }
});
