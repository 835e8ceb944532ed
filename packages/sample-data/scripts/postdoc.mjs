// Generates ~430 synthetic postdoc programmes: 流动站 at real Hubei universities and institutes by 一级学科,
// fictional enterprise 工作站 / park 工作分站 / provincial 创新实践基地 (marked （示例）) in the key fields, and openings.
// Station lists are plausible approximations (domain.md §2.3, [mem]); they are not the official lists.
import { Rng, clampToHubei, offsetPoint, round, searchFields, shortDivisionName } from './lib.mjs';

const MARK = '（示例）';

/** [id key, host name, orgType, division code, discipline codes of its 流动站 (approximate)]. */
const FLOW_HOSTS = [
  [
    'WHU',
    '武汉大学',
    'university',
    '420106',
    '0101 0201 0202 0301 0302 0303 0305 0401 0402 0501 0502 0503 0602 0603 0701 0702 0703 0705 0710 0713 0801 0802 0805 0807 0808 0809 0810 0811 0812 0813 0814 0815 0816 0830 0833 0835 0839 1001 1002 1003 1007 1201 1202 1204 1205 1404',
  ],
  [
    'HUST',
    '华中科技大学',
    'university',
    '420111',
    '0101 0201 0202 0301 0303 0305 0401 0501 0503 0701 0702 0703 0710 0801 0802 0803 0804 0805 0807 0808 0809 0810 0811 0812 0813 0814 0823 0824 0827 0830 0831 0835 0839 1001 1002 1004 1007 1201 1202 1401',
  ],
  [
    'CCNU',
    '华中师范大学',
    'university',
    '420111',
    '0101 0202 0301 0302 0303 0305 0401 0402 0403 0501 0502 0503 0602 0701 0702 0703 0705 0710 0812 1204',
  ],
  [
    'WUT',
    '武汉理工大学',
    'university',
    '420111',
    '0202 0305 0701 0702 0703 0801 0802 0805 0807 0808 0811 0812 0814 0817 0819 0823 0824 1201',
  ],
  [
    'CUG',
    '中国地质大学（武汉）',
    'university',
    '420111',
    '0305 0701 0705 0708 0709 0713 0801 0811 0812 0814 0816 0818 0820 0830 1201',
  ],
  [
    'HZAU',
    '华中农业大学',
    'university',
    '420111',
    '0710 0713 0817 0828 0832 0836 0901 0902 0903 0904 0905 0906 0907 0908 1203',
  ],
  ['ZUEL', '中南财经政法大学', 'university', '420111', '0201 0202 0301 0302 0303 0305 0714 1201 1202 1204'],
  [
    'HUBU',
    '湖北大学',
    'university',
    '420106',
    '0101 0202 0301 0303 0305 0401 0501 0502 0503 0701 0702 0703 0805',
  ],
  ['WUST', '武汉科技大学', 'university', '420111', '0703 0802 0805 0806 0812 0817'],
  ['HBUT', '湖北工业大学', 'university', '420111', '0802 0808 0817 0832'],
  ['YANGTZEU', '长江大学', 'university', '421003', '0709 0818 0820 0901 0904'],
  ['CTGU', '三峡大学', 'university', '420502', '0710 0808 0814 0815'],
  ['SCUEC', '中南民族大学', 'university', '420111', '0304 0305 0703 0710'],
  ['WTU', '武汉纺织大学', 'university', '420111', '0805 0821'],
  ['WIT', '武汉工程大学', 'university', '420111', '0703 0805 0817'],
  ['HBUCM', '湖北中医药大学', 'university', '420111', '1005 1008'],
  ['WSU', '武汉体育学院', 'university', '420111', '0403'],
  ['WIV', '中国科学院武汉病毒研究所', 'research_institute', '420115', '0710'],
  ['IHB', '中国科学院水生生物研究所', 'research_institute', '420106', '0710 0713'],
  ['WBG', '中国科学院武汉植物园', 'research_institute', '420111', '0710 0713'],
  ['APM', '中国科学院精密测量科学与技术创新研究院', 'research_institute', '420106', '0702 0708'],
  ['WHRSM', '中国科学院武汉岩土力学研究所', 'research_institute', '420106', '0801 0814'],
  ['CRSRI', '长江水利委员会长江科学院', 'research_institute', '420102', '0815'],
];

/** Key industry fields → related 一级学科 codes (domain.md §2.3 example: 光电子信息 → 0803/0809/0810/1401). */
const FIELDS = {
  光电子信息: { codes: ['0803', '0809', '0810', '1401'], words: ['光电', '光通信', '激光', '显示技术'] },
  新能源新材料: { codes: ['0805', '0808', '0817'], words: ['新能源', '新材料', '锂电科技'] },
  北斗: { codes: ['0816', '0810', '1404', '0825'], words: ['北斗导航', '时空信息', '卫星应用'] },
  生物医药: { codes: ['0710', '1007', '0836', '0831'], words: ['生物医药', '生物技术', '医疗器械'] },
  数字经济: { codes: ['0812', '0835', '1405', '0839'], words: ['数字科技', '人工智能', '大数据'] },
  新能源与智能网联汽车: { codes: ['0802', '0811', '0808'], words: ['智能汽车', '汽车电子'] },
  高端装备: { codes: ['0802', '0801', '0811'], words: ['智能装备', '精密制造'] },
};
const KEY_FIELDS = ['光电子信息', '新能源新材料', '北斗', '生物医药', '数字经济'];

const BRANDS = [
  '光谷',
  '楚天',
  '荆楚',
  '长江',
  '汉江',
  '华中',
  '江城',
  '东湖',
  '九峰',
  '珞珈',
  '鸿图',
  '启明',
  '星辰',
  '联创',
  '瑞达',
  '博睿',
  '中科',
  '天元',
  '智航',
  '宏芯',
];
const SURNAMES = [
  '张',
  '王',
  '李',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];

// Cities for enterprise stations/bases: [shizhou code, weight]. Wuhan dominates (东湖高新 etc.).
const CITY_WEIGHTS = [
  ['420100', 50],
  ['420600', 8],
  ['420500', 8],
  ['420900', 4],
  ['421000', 4],
  ['420800', 4],
  ['420200', 3],
  ['420300', 4],
  ['421100', 3],
  ['421200', 2],
  ['420700', 3],
  ['421300', 2],
  ['422800', 1],
  ['429004', 2],
  ['429005', 1],
  ['429006', 1],
];
/** National-level development zones hosting a 工作分站 (fictional stations) and a division code near each zone. */
const SUBSTATION_PARKS = [
  ['东湖新技术开发区', '420111'],
  ['武汉经济技术开发区', '420113'],
  ['襄阳高新技术产业开发区', '420606'],
  ['宜昌高新技术产业开发区', '420502'],
  ['孝感高新技术产业开发区', '420902'],
  ['荆门高新技术产业开发区', '420804'],
];
const WUHAN_TECH_DISTRICTS = ['420111', '420115', '420114', '420112', '420113'];

const FUNDING_UNIV = [
  '国家资助博士后研究人员计划',
  '博士后创新人才支持计划',
  '中国博士后科学基金面上资助',
  '中国博士后科学基金特别资助',
  '博士后国际交流计划',
  '湖北省博士后尖端人才引进项目',
  '湖北省博士后先锋人才跟踪支持项目',
  '武汉市博士后资助',
];
const FUNDING_ENT = [
  '中国博士后科学基金面上资助',
  '湖北省博士后创新研究岗位',
  '武汉市博士后资助',
  '单位自设',
];
const MATERIALS = ['个人简历', '博士学位证书或答辩证明', '代表性成果', '推荐信2封', '博士后研究计划'];

function dateAdd(ymd, days) {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function generatePostdoc(ref, seed, asOf) {
  const rng = new Rng(seed);
  const disc = new Map(ref.disciplines.map((d) => [d.code, d.name]));
  const legacyName = new Map([['1205', '图书情报与档案管理']]);
  const programmes = [];
  let openingSeq = 0;
  const asOfDate = asOf.slice(0, 10);

  const locate = (divisionCode) => {
    const seat = ref.seats.get(divisionCode);
    const [lng, lat] = clampToHubei(offsetPoint(seat[0], seat[1], rng.float(0.5, 6), rng.float(0, 360)));
    return { lng: round(lng, 4), lat: round(lat, 4), crs: 'WGS84' };
  };

  const opening = (p, kind) => {
    openingSeq++;
    const publishDate = dateAdd(
      '2026-01-05',
      rng.int(0, Math.max(0, Math.round((Date.parse(asOfDate) - Date.parse('2026-01-05')) / 86400000))),
    );
    const rolling = rng.chance(0.6);
    const codes = p.discipline
      ? [p.discipline.code]
      : p.industryFields.flatMap((f) => FIELDS[f]?.codes ?? []);
    const directions = [];
    for (let i = 0, n = rng.int(1, 3); i < n; i++) {
      const code = codes.length ? rng.pick(codes) : undefined;
      const dname = code ? disc.get(code) : undefined;
      const topic = rng.pick(['前沿理论', '关键技术', '应用基础', '交叉创新', '工程应用']);
      directions.push({
        name: `${dname ?? p.industryFields[0] ?? '综合'}${topic}研究`,
        ...(code ? { disciplineCode: code } : {}),
        supervisor: {
          ...((title) => ({
            name: `${MARK}${rng.pick(SURNAMES)}${title === '正高级工程师' ? '高工' : title}`,
            title,
          }))(kind === 'univ' ? rng.pick(['教授', '研究员']) : '正高级工程师'),
        },
        headcount: rng.int(1, 3),
      });
    }
    const min = kind === 'univ' ? rng.pick([150000, 180000, 200000]) : rng.pick([200000, 250000, 300000]);
    const max = min + (kind === 'univ' ? rng.pick([50000, 100000]) : rng.pick([50000, 100000, 150000]));
    return {
      id: `PDO2026${String(openingSeq).padStart(4, '0')}`,
      title: `${p.host.name.replace(MARK, '')}${p.discipline ? `${p.discipline.name}博士后科研流动站` : ''}2026年博士后招收启事${MARK}`,
      programme: kind === 'univ' ? rng.pick(['全职博士后', '师资博士后', '博士后创新岗位']) : '企业博士后',
      directions,
      eligibility: {
        maxAge: 35,
        phdWithinYears: 3,
        fullTime: true,
        ...(kind === 'univ' ? { overseasPhdWelcome: true } : {}),
      },
      termYears: rng.pick([2, 2, 2, 3]),
      compensation: {
        annualSalaryMin: min,
        annualSalaryMax: max,
        housing: '博士后公寓或住房补贴',
        insurance: '五险一金',
        ...(rng.chance(0.4) ? { researchFunds: rng.pick([50000, 100000, 200000]) } : {}),
        text: `年薪${min / 10000}-${max / 10000}万元（税前），可申请各级博士后资助`,
      },
      fundingSchemes: rng
        .sample(
          (kind === 'univ' ? FUNDING_UNIV : FUNDING_ENT).filter(
            (f) => f !== '武汉市博士后资助' || p.divisionCode.startsWith('4201'),
          ),
          rng.int(1, 3),
        )
        .sort(),
      materials: MATERIALS,
      applyMethod: rng.pick(['邮件投递', '网上报名系统']),
      ...(rolling ? { rolling: true } : { rolling: false, deadline: dateAdd(publishDate, rng.int(30, 120)) }),
      contact: { name: `博士后管理办公室${MARK}`, email: `postdoc${openingSeq}@example.invalid` },
      publishDate,
      source: { platform: 'synthetic' },
    };
  };

  // 1. 流动站: one per (host, 一级学科).
  const flowIds = new Map(); // discipline code -> station ids (for joint recruitment)
  for (const [key, host, orgType, division, codes] of FLOW_HOSTS) {
    for (const code of codes.split(' ')) {
      const legacy = legacyName.get(code);
      const name = legacy ?? disc.get(code);
      if (!name) throw new Error(`unknown discipline ${code}`);
      const id = `PDF-${key}-${code}`;
      (flowIds.get(code) ?? flowIds.set(code, []).get(code)).push(id);
      const p = {
        id,
        stationType: 'flow_station',
        level: 'national',
        host: { name: host, orgType },
        discipline: { code, name, catalogueVersion: legacy ? '2011' : '2022' },
        industryFields: [],
        approvalYear: rng.int(orgType === 'university' ? 1988 : 1995, 2023),
        partnerFlowStationIds: [],
        divisionCode: division,
        location: locate(division),
        ...(rng.chance(0.5) ? { inStationCount: rng.int(3, 60) } : {}),
        source: { platform: 'synthetic' },
        openings: [],
      };
      if (rng.chance(0.7)) p.openings.push(opening(p, 'univ'));
      if (rng.chance(0.15)) p.openings.push(opening(p, 'univ'));
      programmes.push(p);
    }
  }

  // 2. Enterprise 工作站, park 工作分站, provincial 创新实践基地 (fictional hosts).
  const usedNames = new Set();
  const enterprise = (stationType, n) => {
    for (let i = 1; i <= n; i++) {
      const szCode =
        stationType === 'work_substation'
          ? ref.shizhouOf(SUBSTATION_PARKS[i - 1][1]).code
          : rng.weighted(CITY_WEIGHTS);
      const sz = ref.byCode.get(szCode);
      const members = ref.counties.filter((c) => c.code === szCode || c.parent_code === szCode);
      const division =
        stationType === 'work_substation'
          ? SUBSTATION_PARKS[i - 1][1]
          : szCode === '420100'
            ? rng.pick(WUHAN_TECH_DISTRICTS)
            : rng.chance(0.6)
              ? members[0].code
              : rng.pick(members).code;
      const fields = rng.chance(0.8) ? [rng.pick(KEY_FIELDS)] : rng.sample(Object.keys(FIELDS), 2);
      const place = shortDivisionName(sz.name);
      let hostName;
      for (let t = 0; ; t++) {
        hostName =
          stationType === 'work_substation'
            ? `${SUBSTATION_PARKS[i - 1][0]}博士后科研工作分站${MARK}`
            : `${place}${rng.pick(BRANDS)}${rng.pick(FIELDS[fields[0]].words)}${rng.pick(['股份有限公司', '有限公司', '集团有限公司'])}${MARK}`;
        if (!usedNames.has(hostName) || t > 30) break;
      }
      usedNames.add(hostName);
      const prefix = { work_station: 'PDW', work_substation: 'PDS', innovation_base: 'PDB' }[stationType];
      const partners = fields.flatMap((f) => FIELDS[f].codes).flatMap((c) => flowIds.get(c) ?? []);
      const p = {
        id: `${prefix}-${String(i).padStart(3, '0')}`,
        stationType,
        level: stationType === 'innovation_base' ? 'provincial' : 'national',
        host: { name: hostName, orgType: stationType === 'work_substation' ? 'park' : 'enterprise' },
        industryFields: fields,
        approvalYear: rng.int(stationType === 'innovation_base' ? 2016 : 2008, 2025),
        partnerFlowStationIds: rng.sample(partners, rng.int(0, 2)).sort(),
        divisionCode: division,
        location: locate(division),
        ...(rng.chance(0.4) ? { inStationCount: rng.int(1, 12) } : {}),
        source: { platform: 'synthetic' },
        openings: [],
      };
      if (rng.chance(stationType === 'innovation_base' ? 0.6 : 0.75)) p.openings.push(opening(p, 'ent'));
      programmes.push(p);
    }
  };
  enterprise('work_station', 115);
  enterprise('work_substation', 6);
  enterprise('innovation_base', 100);

  for (const p of programmes) {
    const sz = ref.shizhouOf(p.divisionCode);
    const text = [p.host.name, p.discipline?.name ?? '', ...p.industryFields, sz.name].join(' ');
    Object.assign(p, searchFields(text));
  }
  return programmes;
}
