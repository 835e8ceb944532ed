import { expect } from 'chai';
import type { JobFair } from '@hbrs/sdk';
import { buildFeed } from '../src/index.js';
import { NOW, clientOf, csv, rcc, workbook } from './helpers.js';

const FAIRS = [
  '招聘会编号',
  '招聘会名称',
  '举办日期',
  '举办时间',
  '举办区县',
  '主办单位',
  '举办场地',
  '场地地址',
  '举办方式',
  '专项活动',
  '服务对象',
];
const EMPLOYERS = ['招聘会编号', '单位名称', '单位性质', '单位规模', '展位号', '统一社会信用代码'];
const POSITIONS = [
  '招聘会编号',
  '单位名称',
  '岗位名称',
  '招聘人数',
  '学历要求',
  '薪资待遇',
  '年龄要求',
  '工作经验',
];

async function springPlan() {
  return workbook('2027春风行动.xlsx', [
    {
      name: '招聘会',
      title: '2027年武汉市“春风行动”招聘会计划表',
      header: FAIRS,
      rows: [
        [
          'CF01',
          '武昌区春风行动专场',
          '2027-02-20',
          '9:00-12:00',
          '武昌区',
          '武昌区人社局、武昌区就业局',
          '武昌人力资源市场',
          '武汉市武昌区中北路100号',
          '现场',
          '2027年春风行动',
          '农村劳动力、登记失业人员',
        ],
        [
          'CF02',
          '洪山区线上直播带岗',
          '2027/3/5',
          '下午2点-5点',
          '洪山区',
          '洪山区人社局',
          '',
          '',
          '线上',
          '',
          '高校毕业生',
        ],
        ['CF03', '日期写错的招聘会', '二月底', '', '江岸区', '江岸区人社局', '', '', '', '', ''],
        ['CF04', '没有主办单位', '2027-03-01', '9:00-12:00', '江岸区', '', '', '', '', '', ''],
        [
          'CF05',
          '江夏区专场',
          new Date(Date.UTC(2027, 2, 10)),
          '9:00-11:30',
          '',
          '江夏区人社局',
          '',
          '武汉市江夏区纸坊大街1号',
          '',
          '',
          '',
        ],
      ],
    },
    {
      name: '参会单位',
      header: EMPLOYERS,
      rows: [
        ['CF01', '武汉甲科技有限公司', '民企', '150人', 'A01', ''],
        ['CF01', '湖北乙集团', '国企', '1000-9999人', 'A02', '9142010MA4KXXXX1Y'],
        ['武昌区春风行动专场', '武汉丙物流有限公司', '', '', 'A03', ''],
        ['CF02', '武汉甲科技有限公司', '民营企业', '', '', ''],
        ['CF09', '不存在的招聘会的单位', '', '', '', ''],
        ['CF04', '主办单位缺失的招聘会的单位', '', '', '', ''],
        ['CF01', '武汉甲科技有限公司', '', '', 'A09', ''],
      ],
    },
    {
      name: '招聘岗位',
      header: POSITIONS,
      rows: [
        ['CF01', '武汉甲科技有限公司', '软件工程师', '5', '本科及以上', '8k-12k', '22-35岁', '1-3年'],
        ['CF01', '湖北乙集团', '仓储管理员', '若干', '大专', '面议', '', '不限'],
        ['', '武汉丙物流有限公司', '货车司机', '3', '初中', '6000-9000元/月·13薪', '45岁以下', ''],
        ['', '武汉甲科技有限公司', '测试工程师', '2', '本科', '10-15万/年', '', ''],
        ['CF02', '武汉甲科技有限公司', '直播运营', '1', '不限', '200元/天', '', '应届'],
        ['CF01', '不存在的单位', '某岗位', '1', '', '', '', ''],
        ['CF01', '湖北乙集团', '', '1', '', '', '', ''],
      ],
      note: '注：岗位信息以用人单位发布为准。',
    },
  ]);
}

describe('@hbrs/feed job fairs from a 春风行动 workbook', () => {
  it('links employers to fairs and positions to employers, naming every bad row with its sheet', async () => {
    const r = await buildFeed('job-fairs', [await springPlan()], { now: NOW });
    expect(rcc(r.report.rejected)).to.deep.equal([
      '招聘会!6:举办日期:bad-time',
      '招聘会!7:主办单位:no-host',
      '参会单位!6:招聘会编号:unknown-parent',
      '参会单位!7:招聘会编号:parent-rejected',
      '参会单位!8:单位名称:duplicate',
      '招聘岗位!5:单位名称:ambiguous-parent',
      '招聘岗位!7:单位名称:unknown-parent',
      '招聘岗位!8:岗位名称:no-title',
    ]);
    expect(r.report.rows).to.equal(19);
    expect(r.report.accepted).to.equal(11);
    expect(r.report.records).to.equal(3);
    const fairs = r.feed.items as JobFair[];
    expect(fairs.map((f) => [f.id, f.divisionCode, f.startTime, f.endTime, f.mode, f.status])).to.deep.equal([
      ['CF01', '420106', '2027-02-20T09:00:00+08:00', '2027-02-20T12:00:00+08:00', 'offline', 'upcoming'],
      ['CF02', '420111', '2027-03-05T14:00:00+08:00', '2027-03-05T17:00:00+08:00', 'online', 'upcoming'],
      ['CF05', '420115', '2027-03-10T09:00:00+08:00', '2027-03-10T11:30:00+08:00', 'offline', 'upcoming'],
    ]);
    const [cf01, cf02] = fairs;
    expect(cf01?.campaign).to.deep.equal({ code: 'chunfeng', name: '2027年春风行动', year: 2027 });
    expect(cf01?.organizers.hosts).to.deep.equal(['武昌区人社局', '武昌区就业局']);
    expect(cf01?.targetGroups).to.deep.equal(['农村劳动力', '登记失业人员']);
    expect(cf01?.employers.map((e) => [e.name, e.nature, e.scale, e.boothNo])).to.deep.equal([
      ['武汉甲科技有限公司', '民营企业', '100-299人', 'A01'],
      ['湖北乙集团', '地方国有企业', '1000-9999人', 'A02'],
      ['武汉丙物流有限公司', undefined, undefined, 'A03'],
    ]);
    const [jia, yi, bing] = cf01?.employers ?? [];
    expect(
      jia?.positions.map((p) => [p.title, p.headcount, p.education.code, p.ageMin, p.ageMax]),
    ).to.deep.equal([['软件工程师', 5, '21', 22, 35]]);
    expect(jia?.positions[0]?.salary).to.deep.include({ min: 8000, max: 12000, unit: 'CNY/month' });
    expect(yi?.positions[0]).to.deep.include({ headcount: 0, experience: '不限' });
    expect(yi?.positions[0]?.salary).to.deep.include({ negotiable: true });
    expect(bing?.positions[0]?.salary).to.deep.include({ min: 6000, max: 9000, monthsPerYear: 13 });
    expect(bing?.positions[0]?.ageMax).to.equal(45);
    expect(bing?.positions[0]?.workDivisionCode).to.equal('420106');
    expect(cf01?.stats).to.deep.equal({ employerCount: 3, positionCount: 3, headcountTotal: 8 });
    expect(cf02?.employers[0]?.positions[0]?.salary).to.deep.include({ min: 200, max: 200, unit: 'CNY/day' });
    expect(cf02?.employers[0]?.positions[0]?.experience).to.equal('应届毕业生');
    expect(rcc(r.report.warnings)).to.include.members([
      '招聘会!8:举办区县:county-from-address',
      '参会单位!3:统一社会信用代码:bad-uscc',
    ]);
  });

  it('builds from three CSV files and the SDK searches the result by pinyin and finds a position', async () => {
    const r = await buildFeed(
      'job-fairs',
      [
        csv('fairs.csv', [
          FAIRS,
          [
            'F1',
            '武昌区春风行动专场',
            '2027-02-20',
            '9:00-12:00',
            '武昌区',
            '武昌区人社局',
            '',
            '',
            '',
            '',
            '',
          ],
        ]),
        csv('employers.csv', [EMPLOYERS, ['F1', '武汉甲科技有限公司', '', '', '', '']]),
        csv('positions.csv', [
          POSITIONS,
          ['F1', '武汉甲科技有限公司', '软件工程师', 2, '本科', '8000-9000元/月', '', ''],
        ]),
      ],
      { now: NOW },
    );
    expect(r.report.rejected).to.deep.equal([]);
    const client = clientOf({ 'job-fairs': r.feed });
    const byPinyin = await client.jobFairs.query({ keyword: 'wuchang' });
    expect(byPinyin.items.map((f) => f.id)).to.deep.equal(['F1']);
    const byInitials = await client.jobFairs.query({ keyword: 'wcq' });
    expect(byInitials.total).to.equal(1);
    const fair = await client.jobFairs.get('F1');
    expect(fair?.employers[0]?.positions[0]?.title).to.equal('软件工程师');
  });

  it('reads status from the clock: the same plan is ongoing on the day and ended after it', async () => {
    const plan = [
      csv('fairs.csv', [
        FAIRS,
        ['F1', '专场', '2027-02-20', '9:00-12:00', '武昌区', '人社局', '', '', '', '', ''],
      ]),
    ];
    const on = await buildFeed('job-fairs', plan, { now: () => new Date('2027-02-20T02:00:00Z') });
    const after = await buildFeed('job-fairs', plan, { now: () => new Date('2031-06-01T00:00:00Z') });
    expect((on.feed.items as JobFair[])[0]?.status).to.equal('ongoing');
    expect((after.feed.items as JobFair[])[0]?.status).to.equal('ended');
  });
});
