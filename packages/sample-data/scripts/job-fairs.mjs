// Generates ~490 synthetic job fairs dated 2026 (moved to be current at load by src/shift.ts) following the national "10+N" campaign calendar
// (reference/domain.md §1.4), each with zones, employers (fictional, marked （示例）) and positions.
import { Rng, clampToHubei, offsetPoint, round, searchFields, shortDivisionName } from './lib.mjs';
import { AREA_CODES } from './reference.mjs';

const MARK = '（示例）';

// ---------------------------------------------------------------------------------------------------------------
// Employers (all fictional)

const BRANDS = [
  '鑫达',
  '华创',
  '恒远',
  '楚天',
  '荆楚',
  '汉江',
  '九州',
  '金桥',
  '新锐',
  '博远',
  '瑞丰',
  '宏图',
  '凯晟',
  '启航',
  '卓越',
  '安泰',
  '嘉禾',
  '明阳',
  '天成',
  '正弘',
  '裕隆',
  '盛和',
  '远航',
  '华信',
  '同创',
  '云帆',
  '鼎盛',
  '融通',
  '佳和',
  '聚能',
  '睿智',
  '国泰',
  '新源',
  '永兴',
  '康宁',
  '达成',
  '骏马',
  '海纳',
  '润泽',
];

/** Industries: GB/T 4754-2017 code and name, name words, zone label, position templates. */
const INDUSTRIES = {
  electronics: {
    code: 'C39',
    name: '计算机、通信和其他电子设备制造业',
    words: ['光电科技', '电子', '半导体', '通信技术'],
    zone: '电子信息',
  },
  auto: {
    code: 'C36',
    name: '汽车制造业',
    words: ['汽车零部件', '汽车配件', '新能源汽车'],
    zone: '汽车及零部件',
  },
  pharma: { code: 'C27', name: '医药制造业', words: ['生物医药', '药业', '医疗器械'], zone: '大健康' },
  food: { code: 'C14', name: '食品制造业', words: ['食品', '农产品加工'], zone: '食品饮料' },
  chemical: { code: 'C26', name: '化学原料和化学制品制造业', words: ['化工', '新材料'], zone: '化工新材料' },
  machinery: { code: 'C34', name: '通用设备制造业', words: ['机械制造', '智能装备'], zone: '装备制造' },
  textile: { code: 'C18', name: '纺织服装、服饰业', words: ['服饰', '纺织'], zone: '纺织服装' },
  construction: { code: 'E47', name: '房屋建筑业', words: ['建设工程', '建筑工程'], zone: '建筑建材' },
  logistics: { code: 'G58', name: '多式联运和运输代理业', words: ['物流', '供应链'], zone: '现代物流' },
  software: {
    code: 'I65',
    name: '软件和信息技术服务业',
    words: ['软件', '信息技术', '数据科技'],
    zone: '数字经济',
  },
  retail: { code: 'F52', name: '零售业', words: ['商贸', '连锁超市'], zone: '商贸服务' },
  catering: { code: 'H62', name: '餐饮业', words: ['餐饮管理'], zone: '商贸服务' },
  health: { code: 'Q84', name: '卫生', words: ['康复医院', '健康管理'], zone: '大健康' },
};

// Position templates: [title, education code, monthly min, monthly max, experience, industries ('*' = any)].
// Salary bands from domain.md §1.3 seed notes (普工 4–6k outside Wuhan; 技术员/本科工程师 6–12k; 硕士研发 10–20k) [mem].
const POSITIONS = [
  [
    '普工',
    '00',
    4000,
    6000,
    '不限',
    ['electronics', 'auto', 'food', 'chemical', 'machinery', 'textile', 'pharma'],
  ],
  ['操作工', '41', 4200, 6200, '不限', ['electronics', 'auto', 'food', 'chemical', 'machinery', 'pharma']],
  [
    '质检员',
    '31',
    4500,
    6500,
    '1年以下',
    ['electronics', 'auto', 'food', 'chemical', 'machinery', 'pharma', 'textile'],
  ],
  ['仓库管理员', '31', 4200, 6000, '1-3年', ['*']],
  ['叉车司机', '41', 5000, 7000, '1-3年', ['auto', 'logistics', 'machinery', 'food', 'chemical']],
  ['销售代表', '31', 5000, 10000, '不限', ['*']],
  ['行政专员', '21', 4500, 6500, '1-3年', ['*']],
  ['会计', '21', 5000, 8000, '1-3年', ['*']],
  [
    '设备维修技术员',
    '31',
    5500,
    8500,
    '1-3年',
    ['electronics', 'auto', 'food', 'chemical', 'machinery', 'pharma'],
  ],
  ['工艺工程师', '21', 7000, 12000, '3-5年', ['electronics', 'auto', 'chemical', 'machinery', 'pharma']],
  [
    '研发工程师',
    '14',
    10000,
    20000,
    '1-3年',
    ['electronics', 'auto', 'chemical', 'machinery', 'pharma', 'software'],
  ],
  ['软件开发工程师', '21', 8000, 15000, '1-3年', ['software', 'electronics']],
  ['嵌入式软件工程师', '21', 9000, 16000, '1-3年', ['electronics', 'auto']],
  ['光学工程师', '14', 10000, 18000, '1-3年', ['electronics']],
  ['电气工程师', '21', 7000, 12000, '3-5年', ['auto', 'machinery', 'construction']],
  ['数据分析师', '21', 8000, 14000, '1-3年', ['software', 'retail']],
  ['药物研发专员', '14', 9000, 16000, '1-3年', ['pharma']],
  ['护士', '31', 4500, 7000, '不限', ['health']],
  ['康复治疗师', '21', 5000, 8000, '1-3年', ['health']],
  ['厨师', '00', 4500, 7000, '1-3年', ['catering']],
  ['服务员', '00', 3500, 5000, '不限', ['catering', 'retail']],
  ['物流专员', '31', 4500, 6500, '不限', ['logistics', 'retail']],
  ['快递员', '00', 5000, 8000, '不限', ['logistics']],
  ['施工员', '31', 5000, 8000, '1-3年', ['construction']],
  ['安全员', '31', 5000, 7500, '1-3年', ['construction', 'chemical']],
  ['造价工程师', '21', 7000, 11000, '3-5年', ['construction']],
  ['客服专员', '31', 4000, 6000, '不限', ['*']],
  ['电商运营', '21', 5000, 9000, '1-3年', ['retail', 'food', 'textile']],
  ['管理培训生', '21', 5000, 8000, '应届毕业生', ['*']],
];
const MAJORS = {
  研发工程师: [
    { code: '0802', name: '机械工程' },
    { code: '0809', name: '电子科学与技术' },
  ],
  软件开发工程师: [
    { code: '0812', name: '计算机科学与技术' },
    { code: '0835', name: '软件工程' },
  ],
  嵌入式软件工程师: [
    { code: '0810', name: '信息与通信工程' },
    { code: '0812', name: '计算机科学与技术' },
  ],
  光学工程师: [{ code: '0803', name: '光学工程' }],
  电气工程师: [{ code: '0808', name: '电气工程' }],
  药物研发专员: [{ code: '1007', name: '药学' }],
  会计: [{ name: '会计学' }],
  护士: [{ name: '护理学' }],
  数据分析师: [{ code: '0714', name: '统计学' }],
};
const WELFARE = ['五险一金', '餐补', '住宿', '年终奖', '带薪年假', '定期体检', '交通补贴', '节日福利'];

// National-level development zones in Hubei used as employer parks [mem; verify before relying on it].
const PARKS = {
  420100: ['东湖新技术开发区', '武汉经济技术开发区'],
  420200: ['黄石经济技术开发区'],
  420500: ['宜昌高新技术产业开发区'],
  420600: ['襄阳高新技术产业开发区'],
  420700: ['鄂州葛店经济技术开发区'],
  420800: ['荆门高新技术产业开发区'],
  420900: ['孝感高新技术产业开发区'],
  421200: ['咸宁高新技术产业开发区'],
  421300: ['随州高新技术产业开发区'],
  429004: ['仙桃高新技术产业开发区'],
};

function makeEmployers(ref, rng) {
  const employers = [];
  const szList = ref.shizhou;
  const totalPop = szList.reduce((s, r) => s + r.pop, 0);
  const keys = Object.keys(INDUSTRIES);
  const used = new Set();
  let n = 0;
  for (const sz of szList) {
    const count = Math.max(6, Math.round((320 * sz.pop) / totalPop));
    const members = ref.counties.filter((c) => c.code === sz.code || c.parent_code === sz.code);
    const place = shortDivisionName(sz.name);
    for (let i = 0; i < count; i++) {
      const industry = rng.pick(keys);
      const ind = INDUSTRIES[industry];
      const nature = rng.weighted([
        ['民营企业', 68],
        ['地方国有企业', 10],
        ['中央企业', 6],
        ['外资企业', 5],
        ['港澳台资企业', 2],
        ['事业单位', 4],
        ['社会组织', 1],
      ]);
      let name;
      for (let tries = 0; ; tries++) {
        const brand = rng.pick(BRANDS);
        const word = rng.pick(ind.words);
        name =
          nature === '中央企业'
            ? `中${brand}${word}集团${place}有限公司${MARK}`
            : nature === '事业单位'
              ? `${place}市${brand}${industry === 'health' ? '医院' : '技术研究院'}${MARK}`
              : `${place}${brand}${word}${rng.pick(['有限公司', '股份有限公司', '集团有限公司'])}${MARK}`;
        if (!used.has(name) || tries > 20) break;
      }
      used.add(name);
      const tags = [];
      if (nature !== '事业单位' && rng.chance(0.12)) tags.push('上市公司');
      if (rng.chance(0.1)) tags.push(rng.chance(0.3) ? '专精特新小巨人' : '专精特新');
      if (
        ['electronics', 'software', 'pharma', 'chemical', 'machinery', 'auto'].includes(industry) &&
        rng.chance(0.4)
      )
        tags.push('高新技术企业');
      const parks = PARKS[sz.code];
      const park = parks && rng.chance(0.35) ? rng.pick(parks) : undefined;
      if (park) tags.push('国家级开发区企业');
      const county = rng.chance(0.5) ? members[0] : rng.pick(members);
      n++;
      employers.push({
        id: `EMP${String(n).padStart(4, '0')}`,
        name,
        nature,
        tags,
        industry: { code: ind.code, name: ind.name },
        scale: rng.pick([
          '20-99人',
          '100-299人',
          '300-499人',
          '500-999人',
          '1000-9999人',
          ...(nature === '中央企业' ? ['10000人以上'] : []),
        ]),
        divisionCode: county.code,
        ...(park ? { park } : {}),
        _industry: industry,
        _sz: sz.code,
      });
    }
  }
  return employers;
}

function makePosition(rng, employer, fair, idx, wuhan, campus) {
  const options = POSITIONS.filter(
    ([, , , , , inds]) => inds.includes('*') || inds.includes(employer._industry),
  );
  const [title, edu, min, max, exp] = campus
    ? rng.pick(
        options.filter(([, e]) => ['21', '14', '31'].includes(e)).concat([POSITIONS[POSITIONS.length - 1]]),
      )
    : rng.pick(options);
  const k = wuhan ? 1.2 : 1;
  const lo = Math.round((min * k) / 500) * 500;
  const hi = Math.round((max * k) / 500) * 500;
  const negotiable = rng.chance(0.06);
  const welfare = rng.sample(WELFARE, rng.int(2, 5)).sort((a, b) => WELFARE.indexOf(a) - WELFARE.indexOf(b));
  if (!welfare.includes('五险一金') && rng.chance(0.8)) welfare.unshift('五险一金');
  const pos = {
    id: `${fair.id}-P${String(idx).padStart(2, '0')}`,
    title,
    jobType: campus && rng.chance(0.15) ? '实习' : '全职',
    recruitType: campus ? '校园招聘' : '社会招聘',
    headcount: rng.chance(0.1)
      ? 0
      : rng.weighted([
          [rng.int(1, 5), 5],
          [rng.int(5, 20), 3],
          [rng.int(20, 60), 1],
        ]),
    education: { code: edu, orAbove: true },
    ...(MAJORS[title] ? { majors: MAJORS[title] } : {}),
    experience: campus ? '应届毕业生' : exp,
    ...(['普工', '操作工', '快递员', '服务员'].includes(title)
      ? { ageMin: 18, ageMax: rng.pick([40, 45, 50]) }
      : {}),
    salary: negotiable
      ? { negotiable: true, text: '面议' }
      : { min: lo, max: hi, unit: 'CNY/month', negotiable: false, text: `${lo}-${hi}元/月` },
    welfare,
    workDivisionCode: employer.divisionCode,
  };
  return pos;
}

// ---------------------------------------------------------------------------------------------------------------
// Campaign calendar for 2026 (domain.md §1.4). Dates of the national windows are [src] where cited there, else [mem].

const SPRING_FESTIVAL_OFFLINE_GAP = ['2026-02-14', '2026-02-23']; // 春节 (2026-02-17) week: no on-site fairs

const CAMPAIGNS = [
  {
    code: 'chunfeng',
    name: '春风行动暨就业援助季',
    from: '2026-01-06',
    to: '2026-03-31',
    count: 104,
    types: [
      ['综合', 6],
      ['群体专场', 2],
      ['跨区域劳务协作', 1],
      ['直播带岗', 1],
    ],
    groups: [
      '农村劳动力',
      '就业困难人员',
      '登记失业人员',
      '灵活就业人员',
      '女性/全职妈妈',
      '脱贫人口',
      '残疾人',
    ],
    label: '春风行动',
  },
  {
    code: 'city_joint_spring',
    name: '全国城市联合招聘高校毕业生春季专场',
    from: '2026-03-10',
    to: '2026-05-20',
    count: 18,
    types: [
      ['校园双选会', 3],
      ['综合', 1],
    ],
    groups: ['高校毕业生'],
    label: '高校毕业生春季专场',
    campus: true,
  },
  {
    code: 'campus_24365',
    name: '24365校园招聘',
    from: '2026-03-02',
    to: '2026-05-29',
    count: 12,
    types: [['校园双选会', 1]],
    groups: ['高校毕业生'],
    label: '校园双选会',
    campus: true,
  },
  {
    code: 'sme_100day_online',
    name: '全国中小企业网上百日招聘高校毕业生',
    from: '2026-04-07',
    to: '2026-05-29',
    count: 8,
    types: [['综合', 1]],
    groups: ['高校毕业生'],
    label: '中小企业网上招聘',
    online: true,
  },
  {
    code: 'postdoc_phd',
    name: '才聚荆楚·博士后和博士专场招聘',
    from: '2026-04-15',
    to: '2026-11-15',
    count: 4,
    types: [['高层次人才', 1]],
    groups: ['博士/博士后'],
    label: '博士后和博士专场',
    campus: true,
    wuhanOnly: true,
  },
  {
    code: 'baitian_qianwan',
    name: '百日千万招聘专项行动',
    from: '2026-05-15',
    to: '2026-08-31',
    count: 30,
    types: [
      ['综合', 3],
      ['行业专场', 2],
      ['直播带岗', 1],
    ],
    groups: ['高校毕业生', '社会求职者'],
    label: '百日千万招聘',
  },
  {
    code: 'hr_market_service',
    name: '人力资源市场就业服务专项行动',
    from: '2026-06-01',
    to: '2026-11-30',
    count: 14,
    types: [
      ['综合', 2],
      ['行业专场', 1],
    ],
    groups: ['社会求职者', '灵活就业人员', '大龄劳动者'],
    label: '人力资源市场专场',
  },
  {
    code: 'youth_service',
    name: '高校毕业生等青年就业服务攻坚行动',
    from: '2026-07-01',
    to: '2026-12-18',
    count: 14,
    types: [
      ['综合', 2],
      ['群体专场', 1],
    ],
    groups: ['高校毕业生'],
    label: '青年就业服务专场',
  },
  {
    code: 'livestream_week',
    name: '直播带岗专项招聘周',
    from: '2026-09-07',
    to: '2026-09-13',
    count: 10,
    types: [['直播带岗', 1]],
    groups: ['社会求职者', '高校毕业生'],
    label: '直播带岗',
    online: true,
  },
  {
    code: 'minqi_service_month',
    name: '民营企业服务月',
    from: '2026-09-01',
    to: '2026-10-31',
    count: 20,
    types: [
      ['综合', 2],
      ['行业专场', 1],
    ],
    groups: ['社会求职者', '高校毕业生', '农村劳动力'],
    label: '民营企业服务月',
    privateOnly: true,
  },
  {
    code: 'city_joint_autumn',
    name: '全国城市联合招聘高校毕业生秋季专场',
    from: '2026-09-15',
    to: '2026-11-27',
    count: 15,
    types: [
      ['校园双选会', 3],
      ['综合', 1],
    ],
    groups: ['高校毕业生'],
    label: '高校毕业生秋季专场',
    campus: true,
  },
  {
    code: 'jinqiu',
    name: '金秋招聘月',
    from: '2026-10-01',
    to: '2026-10-31',
    count: 30,
    types: [
      ['综合', 4],
      ['群体专场', 1],
      ['行业专场', 1],
    ],
    groups: ['高校毕业生', '退役军人', '农村劳动力', '社会求职者'],
    label: '金秋招聘月',
  },
  {
    code: 'soe_xinjiang_tibet',
    name: '中央企业面向西藏、青海、新疆高校毕业生专场招聘',
    from: '2026-10-12',
    to: '2026-11-20',
    count: 3,
    types: [['群体专场', 1]],
    groups: ['高校毕业生'],
    label: '中央企业面向西藏青海新疆高校毕业生专场',
    online: true,
    soeOnly: true,
  },
  {
    code: 'other',
    name: '才聚光谷',
    from: '2026-10-08',
    to: '2026-11-28',
    count: 6,
    types: [['校园双选会', 1]],
    groups: ['高校毕业生'],
    label: '才聚光谷校园招聘',
    campus: true,
    wuhanOnly: true,
  },
  {
    code: 'jiuye_yuanzhu',
    name: '就业援助月',
    from: '2026-12-15',
    to: '2026-12-31',
    count: 12,
    types: [
      ['群体专场', 2],
      ['综合', 1],
    ],
    groups: ['就业困难人员', '登记失业人员', '残疾人', '脱贫人口'],
    label: '就业援助月',
  },
];

/** Universities (campus venues) by division, for campus fairs. */
const CAMPUSES = [
  ['武汉大学', '420106'],
  ['华中科技大学', '420111'],
  ['华中师范大学', '420111'],
  ['武汉理工大学', '420111'],
  ['中国地质大学（武汉）', '420111'],
  ['华中农业大学', '420111'],
  ['中南财经政法大学', '420111'],
  ['湖北大学', '420106'],
  ['武汉科技大学', '420111'],
  ['湖北工业大学', '420111'],
  ['长江大学', '421003'],
  ['三峡大学', '420502'],
  ['湖北文理学院', '420606'],
  ['湖北师范大学', '420202'],
  ['湖北汽车工业学院', '420302'],
  ['湖北理工学院', '420202'],
];

const ROADS = [
  '人民路',
  '解放路',
  '建设路',
  '新华路',
  '发展大道',
  '文化路',
  '青年路',
  '迎宾大道',
  '长江路',
  '学院路',
];

function dateAdd(ymd, days) {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
function weekday(ymd) {
  return new Date(`${ymd}T00:00:00Z`).getUTCDay(); // 0 = Sunday
}

/**
 * Generates the fairs.
 * @param asOf ISO date-time the data is "as of" (statuses are relative to it)
 */
export function generateJobFairs(ref, seed, asOf) {
  const rng = new Rng(seed);
  const employers = makeEmployers(ref, rng);
  const asOfMs = Date.parse(asOf);
  const szList = ref.shizhou;
  const popWeights = szList.map((s) => [s, s.pop]);
  const fairs = [];
  let seq = 0;

  const countyOf = (sz) => {
    const members = ref.counties.filter((c) => c.code === sz.code || c.parent_code === sz.code);
    return rng.chance(0.6) ? members[0] : rng.pick(members);
  };

  const build = (opts) => {
    seq++;
    const { campaign, date, days = 1, sz, county, mode, fairType, groups, campus, launch } = opts;
    const id = `JF2026${String(seq).padStart(4, '0')}`;
    const wuhan = sz.code === '420100';
    const szShort = shortDivisionName(sz.name);
    const countyShort = county ? shortDivisionName(county.name) : '';
    const where =
      county && county.code !== sz.code && county.parent_code !== '420100' && rng.chance(0.3)
        ? countyShort
        : szShort;
    const label = opts.label ?? campaign?.label ?? '';
    const campusName = campus ? opts.campusName : undefined;
    const kindWord =
      mode === 'online'
        ? '网络招聘会'
        : fairType === '直播带岗'
          ? '直播带岗活动'
          : fairType === '校园双选会'
            ? '毕业生双选会'
            : rng.pick(['现场招聘会', '专场招聘会', '大型招聘会']);
    const name = launch
      ? `2026年湖北省春风行动暨就业援助季启动仪式暨大型招聘会${MARK}`
      : `2026年${campusName ?? where}${label ? `“${label}”` : ''}${kindWord}${MARK}`;
    const startHour = mode === 'online' ? 9 : 9;
    const endHour = mode === 'online' ? 17 : rng.pick([15, 16]);
    const endDate = dateAdd(date, days - 1);
    const startTime = `${date}T${String(startHour).padStart(2, '0')}:00:00+08:00`;
    const endTime = `${endDate}T${String(endHour).padStart(2, '0')}:00:00+08:00`;
    const divisionCode =
      mode === 'online' && !county ? (opts.province ? '420000' : sz.code) : (county ?? sz).code;
    const hostsBy = opts.province ? '湖北省人力资源和社会保障厅' : `${sz.name}人力资源和社会保障局`;
    const undertaker = opts.province ? '湖北省人才事业发展中心' : `${sz.name}公共就业和人才服务中心`;

    // Zones
    const zones = [];
    if (launch) {
      zones.push(
        { code: 'A', name: '央国企招聘区', kind: 'employer_type', boothRange: 'A01-A40' },
        { code: 'B', name: '上市公司招聘区', kind: 'employer_type', boothRange: 'B01-B40' },
        { code: 'C', name: '国家级开发区招聘区', kind: 'employer_type', boothRange: 'C01-C60' },
        { code: 'D', name: '直播带岗区', kind: 'function' },
        { code: 'E', name: '政策服务区', kind: 'function' },
      );
    } else if (mode !== 'online' && fairType !== '直播带岗' && rng.chance(0.7)) {
      const zoneIndustries = rng.sample(
        [...new Set(Object.values(INDUSTRIES).map((i) => i.zone))],
        rng.int(2, 4),
      );
      zoneIndustries.forEach((z, i) =>
        zones.push({
          code: String.fromCharCode(65 + i),
          name: `${z}招聘区`,
          kind: 'industry',
          boothRange: `${String.fromCharCode(65 + i)}01-${String.fromCharCode(65 + i)}${rng.pick(['30', '40', '50'])}`,
        }),
      );
      for (const f of rng.sample(['直播带岗区', '政策服务区', '简历诊断区', '签约区'], rng.int(1, 2)))
        zones.push({ code: `F${zones.length}`, name: f, kind: 'function' });
    }

    // Employers and positions
    let pool = employers.filter((e) => e._sz === sz.code);
    if (opts.privateOnly) pool = pool.filter((e) => e.nature === '民营企业');
    if (opts.soeOnly) pool = employers.filter((e) => e.nature === '中央企业' || e.nature === '地方国有企业');
    if (pool.length < 4) pool = employers;
    const chosen = [];
    if (launch) {
      const soe = employers.filter((e) => e.nature === '中央企业' || e.nature === '地方国有企业');
      const listed = employers.filter((e) => e.tags.includes('上市公司'));
      const park = employers.filter((e) => e.tags.includes('国家级开发区企业'));
      for (const [zone, list] of [
        ['A', soe],
        ['B', listed],
        ['C', park],
      ]) {
        for (const e of rng.sample(
          list.filter((x) => !chosen.some((c) => c.e === x)),
          8,
        ))
          chosen.push({ e, zone });
      }
    } else {
      const industryZones = zones.filter((z) => z.kind === 'industry');
      for (const e of rng.sample(pool, rng.int(3, 5))) {
        const ind = INDUSTRIES[e._industry];
        const z = industryZones.find((zz) => zz.name === `${ind.zone}招聘区`);
        chosen.push({ e, zone: z?.code });
      }
    }
    let pIdx = 0;
    const fairEmployers = chosen.map(({ e, zone }, k) => {
      const { _industry, _sz, ...pub } = e;
      void _industry;
      void _sz;
      const positions = [];
      const np = rng.int(1, 2);
      for (let j = 0; j < np; j++)
        positions.push(makePosition(rng, e, { id }, ++pIdx, wuhan, Boolean(campus)));
      return {
        ...pub,
        ...(mode !== 'online' && zone
          ? { zoneCode: zone, boothNo: `${zone}${String(k + 1).padStart(2, '0')}` }
          : {}),
        ...(mode !== 'online' && !zone ? { boothNo: String(k + 1).padStart(3, '0') } : {}),
        positions,
      };
    });
    const positionCount = fairEmployers.reduce((s, e) => s + e.positions.length, 0);
    const headcountTotal = fairEmployers.reduce(
      (s, e) => s + e.positions.reduce((a, p) => a + p.headcount, 0),
      0,
    );

    // Venue
    let venue;
    if (mode !== 'online') {
      const vc = county ?? ref.counties.find((c) => c.parent_code === sz.code) ?? sz;
      const seat = ref.seats.get(vc.code);
      const [lng, lat] = clampToHubei(offsetPoint(seat[0], seat[1], rng.float(0.3, 3), rng.float(0, 360)));
      const venueName = campusName
        ? `${campusName}体育馆`
        : launch
          ? '黄石市奥林匹克体育中心'
          : rng.pick([
              `${shortDivisionName(vc.name)}人力资源市场招聘大厅`,
              `${shortDivisionName(vc.name)}人力资源市场`,
              `${shortDivisionName(vc.name)}体育馆`,
            ]);
      venue = {
        name: venueName,
        address: `${sz.code === vc.code ? '' : sz.name}${vc.name}${rng.pick(ROADS)}${rng.int(1, 300)}号`,
        location: { lng: round(lng, 5), lat: round(lat, 5), crs: 'WGS84' },
        boothCount: launch ? 220 : rng.pick([60, 80, 100, 120, 150]),
      };
    }

    const endMs = Date.parse(endTime);
    const startMs = Date.parse(startTime);
    let status = endMs < asOfMs ? 'ended' : startMs <= asOfMs ? 'ongoing' : 'upcoming';
    if (!launch && rng.chance(0.02)) status = 'cancelled';
    const area = AREA_CODES[sz.code];
    const fair = {
      id,
      name,
      ...(launch ? { theme: '春风送岗·就业暖心' } : opts.theme ? { theme: opts.theme } : {}),
      ...(campaign
        ? { campaign: { code: campaign.code, name: campaign.name, year: 2026 } }
        : { campaign: { code: 'none', year: 2026 } }),
      fairType,
      targetGroups: groups,
      mode,
      ...(mode !== 'offline'
        ? {
            online: {
              platform:
                campaign?.code === 'campus_24365' ? '国家大学生就业服务平台(24365)' : '湖北公共招聘网',
              url: `https://example.invalid/fairs/${id}`,
              ...(fairType === '直播带岗' || launch
                ? { liveStreamUrl: `https://example.invalid/live/${id}` }
                : {}),
            },
          }
        : {}),
      organizers: { hosts: [hostsBy], undertakers: [undertaker] },
      startTime,
      endTime,
      divisionCode,
      ...(venue ? { venue } : {}),
      zones,
      employers: fairEmployers,
      stats: { employerCount: fairEmployers.length, positionCount, headcountTotal },
      registration: {
        employer: {
          method: '线上预订展位',
          deadline: `${dateAdd(date, -3)}T17:00:00+08:00`,
          fee: 0,
          url: `https://example.invalid/fairs/${id}/booths`,
        },
        jobseeker:
          mode === 'online'
            ? { required: true, method: '线上投递简历', url: `https://example.invalid/fairs/${id}` }
            : { required: false, method: '免费入场，扫码登记' },
      },
      contact: { name: '招聘会服务窗口', phone: `${area}-0000${String(seq).padStart(4, '0')}` },
      status,
      source: { platform: 'synthetic' },
      updatedAt:
        new Date(Math.min(asOfMs, startMs - 7 * 86400000) + 8 * 3600000).toISOString().slice(0, 19) +
        '+08:00',
    };
    const searchText = [name, sz.name, county?.name ?? '', venue?.name ?? ''].join(' ');
    Object.assign(fair, searchFields(searchText));
    fairs.push(fair);
  };

  // 1. The 2026 春风行动 launch in 黄石 (2026-02-04) with 央国企、上市公司、国家级开发区 zones.
  const huangshi = szList.find((s) => s.code === '420200');
  build({
    campaign: CAMPAIGNS[0],
    date: '2026-02-04',
    sz: huangshi,
    county: ref.byCode.get('420202'),
    mode: 'hybrid',
    fairType: '综合',
    groups: ['农村劳动力', '高校毕业生', '退役军人', '就业困难人员', '登记失业人员'],
    launch: true,
    province: true,
  });

  // 2. Campaign fairs.
  for (const c of CAMPAIGNS) {
    const span = daysBetween(c.from, c.to);
    for (let i = 0; i < c.count; i++) {
      let date;
      const mode = c.online
        ? 'online'
        : rng.weighted([
            ['offline', 6],
            ['hybrid', 3],
            ['online', 1],
          ]);
      for (;;) {
        date = dateAdd(c.from, rng.int(0, span));
        const inGap = date >= SPRING_FESTIVAL_OFFLINE_GAP[0] && date <= SPRING_FESTIVAL_OFFLINE_GAP[1];
        if (mode !== 'online' && inGap) continue;
        if (mode !== 'online' && weekday(date) === 0 && rng.chance(0.7)) continue;
        break;
      }
      const fairType = rng.weighted(c.types);
      const sz = c.wuhanOnly ? szList[0] : rng.weighted(popWeights);
      let county = mode === 'online' ? undefined : countyOf(sz);
      let campusName;
      if (c.campus && mode !== 'online') {
        const campuses = CAMPUSES.filter(([, code]) => ref.shizhouOf(code).code === sz.code);
        if (campuses.length > 0) {
          const [cn, code] = rng.pick(campuses);
          campusName = cn;
          county = ref.byCode.get(code);
        }
      }
      const province = mode === 'online' && rng.chance(0.4);
      build({
        campaign: c,
        date,
        days: mode === 'online' ? rng.int(3, 14) : 1,
        sz,
        county,
        mode,
        fairType: mode === 'online' && fairType === '校园双选会' ? '综合' : fairType,
        groups: rng.sample(c.groups, rng.int(1, Math.min(4, c.groups.length))),
        campus: c.campus,
        campusName,
        privateOnly: c.privateOnly,
        soeOnly: c.soeOnly,
        province,
      });
    }
  }

  // 3. Weekly fairs at local 人力资源市场 (fixed weekdays, e.g. Tue/Thu/Sat), not tied to a campaign.
  const weeklyCities = ['420100', '420600', '420500', '421000', '420900', '421100'];
  for (const code of weeklyCities) {
    const sz = szList.find((s) => s.code === code);
    const county = ref.counties.find((c) => c.parent_code === code);
    const dow = rng.pick([2, 4, 6]);
    let date = '2026-03-03';
    while (weekday(date) !== dow) date = dateAdd(date, 1);
    for (; date <= '2026-12-31'; date = dateAdd(date, rng.pick([14, 21, 28]))) {
      build({
        date,
        sz,
        county,
        mode: 'offline',
        fairType: '综合',
        groups: ['社会求职者'],
        label: '定期人才交流会',
        campaign: undefined,
      });
    }
  }

  // 4. Every other 市州 (神农架 included) holds a 人力资源市场 fair every five to seven weeks, so that each has
  //    fairs all year round: the data is moved to be current on any day (src/shift.ts), and no 市州 may run dry.
  for (const sz of szList.filter((s) => !weeklyCities.includes(s.code))) {
    const county = ref.counties.find((c) => c.code === sz.code || c.parent_code === sz.code);
    const dow = rng.pick([2, 3, 4, 5]);
    let date = dateAdd('2026-01-05', rng.int(0, 20));
    while (weekday(date) !== dow) date = dateAdd(date, 1);
    for (; date <= '2026-12-31'; date = dateAdd(date, rng.pick([35, 42, 49]))) {
      build({
        date,
        sz,
        county,
        mode: 'offline',
        fairType: '综合',
        groups: ['社会求职者', '高校毕业生'],
        label: '人力资源市场月度招聘会',
        campaign: undefined,
      });
    }
  }

  fairs.sort((a, b) =>
    a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : a.id < b.id ? -1 : 1,
  );
  return fairs;
}
