import { expect } from 'chai';
import type { PostdocProgramme } from '@hbrs/sdk';
import { buildFeed } from '../src/index.js';
import { NOW, clientOf, rcc, workbook } from './helpers.js';

const PROGRAMMES = [
  '站点编号',
  '站点类型',
  '设站单位',
  '学科代码',
  '一级学科',
  '产业领域',
  '所在区县',
  '单位地址',
  '设站年份',
];
const CALLS = [
  '站点编号',
  '设站单位',
  '一级学科',
  '启事标题',
  '招收方向',
  '合作导师',
  '招收人数',
  '年龄上限',
  '年薪',
  '截止日期',
  '发布日期',
];

describe('@hbrs/feed postdoc programmes and their calls', () => {
  it('links calls by number or by host and discipline, and names every bad row', async () => {
    const file = await workbook('博士后.xlsx', [
      {
        name: '博士后站点',
        header: PROGRAMMES,
        rows: [
          ['', '流动站', '武汉某大学', '0803', '光学工程', '', '洪山区', '', '2001'],
          ['', '流动站', '武汉某大学', '0812', '计算机科学与技术', '', '洪山区', '', ''],
          [
            'W01',
            '博士后科研工作站',
            '武汉某光电股份有限公司',
            '',
            '',
            '光电子信息、激光',
            '',
            '武汉市东湖新技术开发区高新大道1号',
            '2015年',
          ],
          ['', '流动站', '武汉某学院', '', '', '', '武昌区', '', ''],
          ['', '创新实践基地', '某某产业园', '', '', '生物医药', '', '湖北省某地', ''],
        ],
      },
      {
        name: '招收启事',
        header: CALLS,
        rows: [
          [
            '',
            '武汉某大学',
            '光学工程',
            '光学工程博士后招收启事',
            '激光物理；光通信',
            '张教授；李教授',
            '',
            '35',
            '25-30万元',
            '2027-03-31',
            '2026-11-20',
          ],
          ['W01', '', '', '企业博士后招收', '光电子器件', '', '2', '', '', '长期有效', ''],
          ['', '武汉某大学', '', '学校统一启事', '不限', '', '', '', '', '', ''],
          ['', '武汉某学院', '', '某学院启事', '某方向', '', '', '', '', '', ''],
          ['W01', '', '', '截止早于发布', '某方向', '', '', '', '', '2026-01-01', '2026-11-01'],
          ['W01', '', '', '没有方向', '', '', '', '', '', '', ''],
        ],
      },
    ]);
    const r = await buildFeed('postdoc', [file], { now: NOW });
    expect(rcc(r.report.rejected)).to.deep.equal([
      '博士后站点!5:学科代码:no-discipline',
      '博士后站点!6:所在区县:no-division',
      '招收启事!4:设站单位:ambiguous-parent',
      '招收启事!5:设站单位:parent-rejected',
      '招收启事!6:截止日期:deadline-before-publish',
      '招收启事!7:招收方向:no-directions',
    ]);
    const items = r.feed.items as PostdocProgramme[];
    expect(
      items.map((p) => [p.stationType, p.level, p.host.orgType, p.discipline?.code, p.divisionCode]),
    ).to.deep.equal([
      ['flow_station', 'national', 'university', '0803', '420111'],
      ['flow_station', 'national', 'university', '0812', '420111'],
      ['work_station', 'national', 'enterprise', undefined, '420100'],
    ]);
    const [optics, , ws] = items;
    expect(optics?.approvalYear).to.equal(2001);
    const call = optics?.openings[0];
    expect(call?.directions).to.deep.equal([
      { name: '激光物理', disciplineCode: '0803', supervisor: { name: '张教授', honours: [] } },
      { name: '光通信', disciplineCode: '0803', supervisor: { name: '李教授', honours: [] } },
    ]);
    expect(call?.compensation).to.deep.include({ annualSalaryMin: 250000, annualSalaryMax: 300000 });
    expect(call?.eligibility.maxAge).to.equal(35);
    expect(call?.stationIds).to.deep.equal([optics?.id]);
    expect(ws?.openings[0]).to.deep.include({ rolling: true, publishDate: '2026-12-02' });
    expect(ws?.openings[0]?.directions[0]?.headcount).to.equal(2);
    expect(ws?.approvalYear).to.equal(2015);
    expect(rcc(r.report.warnings)).to.include.members(['博士后站点!4:所在区县:prefecture-only']);

    const client = clientOf({ postdoc: r.feed });
    const found = await client.postdoc.query({ keyword: 'guangxue' });
    expect(found.items.map((p) => p.id)).to.deep.equal([optics?.id]);
  });
});
