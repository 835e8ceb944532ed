/**
 * `postdoc`: postdoc programmes (one row a 流动站 per 一级学科, a 工作站 / 分站 or an 创新实践基地) and their calls
 * (招收启事, one row a call, naming its programme by number, or by host and discipline).
 * @module
 */
import {
  FUNDING_SCHEMES,
  HOST_ORG_TYPE_LABELS,
  HOST_ORG_TYPES,
  INDUSTRY_FIELDS,
  STATION_TYPE_LABELS,
  STATION_TYPES,
  type HostOrgType,
  type PostdocOpening,
  type PostdocProgramme,
  type StationType,
} from '@hbrs/sdk';
import { numberIn, textIn } from '../clean.js';
import { contentHash } from '../ids.js';
import { searchFields } from '../pinyin.js';
import type { RowIssues } from '../report.js';
import { toHalfWidth } from '../text.js';
import {
  choice,
  choices,
  col,
  contactIn,
  countIn,
  dateIn,
  division,
  listIn,
  location,
  optText,
  todayShanghai,
  urlIn,
} from './shared.js';
import type { ChildSpec, KindContext, KindSpec, RowValues } from './types.js';

const STATION_ALIASES: Readonly<Record<string, StationType>> = {
  分站: 'work_substation',
  流动站: 'flow_station',
  工作站: 'work_station',
  创新实践基地: 'innovation_base',
  实践基地: 'innovation_base',
  基地: 'innovation_base',
};

const ORG_ALIASES: Readonly<Record<string, HostOrgType>> = Object.fromEntries(
  HOST_ORG_TYPES.map((t) => [HOST_ORG_TYPE_LABELS[t].zh, t]),
);

const PROGRAMME_COLUMNS = [
  col(
    'id',
    '站点编号',
    ['编号', '设站编号', 'id'],
    '可不填；不填时按单位、类型和学科生成固定编号。',
    'Optional; derived when empty.',
    '',
  ),
  col(
    'stationType',
    '站点类型',
    ['类型', '设站类型', 'stationType'],
    '流动站 / 工作站 / 工作分站 / 创新实践基地。',
    'Station type.',
    '博士后科研工作站',
    true,
    { values: STATION_TYPES.map((t) => STATION_TYPE_LABELS[t].zh) },
  ),
  col(
    'host',
    '设站单位',
    ['单位名称', '依托单位', '单位', 'host', 'host.name'],
    '高校、院所或企业的全称。',
    'Host organisation.',
    '武汉某某光电股份有限公司',
    true,
  ),
  col(
    'orgType',
    '单位类型',
    ['单位性质', 'orgType', 'host.orgType'],
    `可选：${HOST_ORG_TYPES.map((t) => HOST_ORG_TYPE_LABELS[t].zh).join('、')}；不填时按名称判断。`,
    'Optional; inferred from the name.',
    '企业',
    false,
    { values: HOST_ORG_TYPES.map((t) => HOST_ORG_TYPE_LABELS[t].zh) },
  ),
  col(
    'disciplineCode',
    '学科代码',
    ['一级学科代码', 'discipline.code'],
    '4位一级学科代码（如 0803）；流动站必填其一（代码或名称）。',
    '4-digit 一级学科 code; a 流动站 needs the code or the name.',
    '',
  ),
  col(
    'discipline',
    '一级学科',
    ['学科', '学科名称', 'discipline.name'],
    '如 光学工程。',
    'E.g. 光学工程.',
    '',
  ),
  col(
    'industryFields',
    '产业领域',
    ['领域', '研究领域', 'industryFields'],
    `用顿号分隔，如 ${INDUSTRY_FIELDS.slice(0, 3).join('、')}。`,
    'Separated by 、.',
    '光电子信息',
    false,
    { values: INDUSTRY_FIELDS, multi: true },
  ),
  col(
    'level',
    '级别',
    ['设站级别', 'level'],
    '国家级 / 省级；不填时创新实践基地为省级，其余为国家级。',
    'National or provincial.',
    '',
    false,
    { values: ['国家级', '省级'] },
  ),
  col('approvalYear', '设站年份', ['批准年份', '设立年份', 'approvalYear'], '', '', '2015'),
  col('city', '所属市州', ['市州', 'city'], '', '', '武汉市', false, { values: 'prefecture' }),
  col(
    'county',
    '所在区县',
    ['区县', 'county'],
    '湖北省的区、县或县级市；不填时从地址识别。',
    'Hubei county; found from the address when empty.',
    '洪山区',
    false,
    { values: 'county' },
  ),
  col('divisionCode', '行政区划代码', ['区划代码', 'divisionCode'], '', '', ''),
  col(
    'address',
    '单位地址',
    ['地址', 'address'],
    '用于识别区县。',
    'Used to find the county.',
    '武汉市东湖新技术开发区高新大道1号',
  ),
  col('lng', '经度', ['lng', 'location.lng'], '可不填。', 'Optional.', ''),
  col('lat', '纬度', ['lat', 'location.lat'], '可不填。', 'Optional.', ''),
  col('website', '单位网址', ['网址', 'website'], '只接受 http(s) 网址。', 'http(s) only.', ''),
  col('inStation', '在站人数', ['在站博士后人数', 'inStationCount'], '', '', ''),
  col('contactName', '联系人', ['contact.name'], '', '', ''),
  col('phone', '联系电话', ['电话', 'contact.phone'], '', '', ''),
  col('email', '电子邮箱', ['邮箱', 'email', 'contact.email'], '', '', ''),
];

function orgTypeOf(name: string, type: StationType): HostOrgType {
  if (/大学|学院/.test(name)) return 'university';
  if (/医院/.test(name)) return 'hospital';
  if (/实验室/.test(name)) return 'lab';
  if (/研究院|研究所|科学院/.test(name)) return 'research_institute';
  if (/园区|开发区|高新区/.test(name)) return 'park';
  return type === 'flow_station' ? 'university' : 'enterprise';
}

function buildProgramme(row: RowValues, issues: RowIssues, ctx: KindContext): PostdocProgramme | undefined {
  const host = textIn('host', row.get('host'), issues);
  if (host === '') return issues.reject('host', 'no-host', '缺少设站单位。', 'No host organisation.');
  const stationType = choice('stationType', row.get('stationType'), STATION_TYPES, issues, STATION_ALIASES, [
    '站点类型',
    'Station type',
  ]);
  if (!stationType) {
    return issues.reject(
      'stationType',
      'no-station-type',
      '缺少或无法识别站点类型。',
      'No usable station type.',
    );
  }
  const address = textIn('address', row.get('address'), issues);
  const div = division(row, issues, ctx, `${address} ${host}`);
  if (!div) return undefined;
  const codeOf = toHalfWidth(row.get('disciplineCode')).replace(/\s+/g, '');
  const name = textIn('discipline', row.get('discipline'), issues);
  if (codeOf !== '' && !/^(0[1-9]|1[0-4])\d{2}$/.test(codeOf)) {
    return issues.reject(
      'disciplineCode',
      'bad-discipline-code',
      `学科代码“${codeOf}”不是4位一级学科代码（如 0803）。`,
      `"${codeOf}" is not a 4-digit 一级学科 code (e.g. 0803).`,
    );
  }
  if (stationType === 'flow_station' && (codeOf === '' || name === '')) {
    return issues.reject(
      codeOf === '' ? 'disciplineCode' : 'discipline',
      'no-discipline',
      '流动站须填写一级学科代码和名称。',
      'A 流动站 needs its 一级学科 code and name.',
    );
  }
  if ((codeOf === '') !== (name === '')) {
    issues.warn(
      codeOf === '' ? 'disciplineCode' : 'discipline',
      'half-discipline',
      '一级学科须同时填写代码和名称，已忽略。',
      'A discipline needs both its code and its name; ignored.',
    );
  }
  const orgType =
    choice('orgType', row.get('orgType'), HOST_ORG_TYPES, issues, ORG_ALIASES, ['单位类型', 'Host type']) ??
    orgTypeOf(host, stationType);
  const levelText = row.get('level');
  const level = /省/.test(levelText)
    ? 'provincial'
    : /国/.test(levelText) || stationType !== 'innovation_base'
      ? 'national'
      : 'provincial';
  const id = row.get('id') || `PD-${contentHash(`${host}|${stationType}|${codeOf}`)}`;
  const p: PostdocProgramme = {
    id,
    stationType,
    level,
    host: { name: host, orgType },
    industryFields: listIn(row.get('industryFields')),
    partnerFlowStationIds: [],
    divisionCode: div.code,
    openings: [],
  };
  const website = urlIn('website', row.get('website'), issues);
  if (website) p.host.website = website;
  if (codeOf !== '' && name !== '') p.discipline = { code: codeOf, name, catalogueVersion: '2022' };
  const year = row.get('approvalYear');
  if (year !== '') {
    const y = numberIn('approvalYear', year.replace(/年$/, ''), issues);
    if (Number.isInteger(y) && y >= 1985 && y <= 2100) p.approvalYear = y;
    else
      issues.warn(
        'approvalYear',
        'bad-year',
        `“${year}”不是年份，已忽略。`,
        `"${year}" is not a year; ignored.`,
      );
  }
  const loc = location(row, issues, ctx.crs, true);
  if (loc) p.location = { ...loc, crs: 'WGS84' };
  const inStation = countIn('inStation', row.get('inStation'), issues);
  if (inStation !== undefined) p.inStationCount = inStation;
  const contact = contactIn(row, { name: 'contactName', phone: 'phone', email: 'email' });
  if (contact) p.contact = contact;
  return p;
}

function finishProgramme(p: PostdocProgramme, ctx: KindContext): void {
  const div = ctx.divisions.get(p.divisionCode);
  const city = div && ctx.divisions.prefectureOf(div);
  Object.assign(p, searchFields(p.host.name, p.discipline?.name, ...p.industryFields, city?.name));
}

const OPENING_COLUMNS = [
  col(
    'programmeId',
    '站点编号',
    ['设站编号'],
    '所属站点的编号；或填设站单位（流动站再填一级学科）。',
    'Number of the programme, or its host (and discipline).',
    '',
  ),
  col('host', '设站单位', ['单位名称', '依托单位', '单位'], '', '', '武汉某某光电股份有限公司'),
  col(
    'discipline',
    '一级学科',
    ['学科'],
    '流动站的启事填写，以区分同一高校的各站。',
    'For a 流动站: tells the stations of one university apart.',
    '',
  ),
  col('id', '启事编号', ['编号', 'id'], '可不填。', 'Optional.', ''),
  col('title', '启事标题', ['标题', '招收启事', 'title'], '', '', '2027年博士后招收启事', true),
  col(
    'programme',
    '项目名称',
    ['招收项目', '计划名称', 'programme'],
    '如 师资博士后、企业博士后。',
    'E.g. 企业博士后.',
    '企业博士后',
  ),
  col(
    'directions',
    '招收方向',
    ['研究方向', '方向', 'directions'],
    '至少一个；多个用分号或顿号分隔。',
    'At least one; separated by ；or 、.',
    '光电子器件；激光制造',
  ),
  col(
    'supervisor',
    '合作导师',
    ['导师', 'supervisor'],
    '与方向一一对应时按顺序填写，用分号分隔。',
    'In the order of the directions.',
    '',
  ),
  col('headcount', '招收人数', ['人数', 'headcount'], '', '', '2'),
  col('maxAge', '年龄上限', ['年龄要求', '年龄', 'maxAge'], '如 35。', 'E.g. 35.', '35'),
  col(
    'phdWithin',
    '博士毕业年限',
    ['毕业年限', 'phdWithinYears'],
    '获博士学位不超过几年，如 3。',
    'PhD within N years.',
    '3',
  ),
  col('termYears', '在站期限', ['在站年限', 'termYears'], '年，如 2。', 'Years.', '2'),
  col(
    'salary',
    '年薪',
    ['薪酬', '年薪待遇', 'annualSalary'],
    '如 30-35万元。',
    'E.g. 30-35万元.',
    '30-35万元',
  ),
  col('benefits', '待遇说明', ['待遇', '福利待遇', 'compensation'], '', '', '提供博士后公寓，五险一金'),
  col(
    'funding',
    '资助项目',
    ['可申请资助', 'fundingSchemes'],
    '用顿号分隔。',
    'Separated by 、.',
    '',
    false,
    { values: FUNDING_SCHEMES, multi: true },
  ),
  col(
    'materials',
    '申请材料',
    ['材料', 'materials'],
    '用顿号分隔。',
    'Separated by 、.',
    '个人简历、博士学位证书或答辩证明',
  ),
  col('applyMethod', '申请方式', ['报名方式', 'applyMethod'], '', '', '邮件投递'),
  col(
    'deadline',
    '截止日期',
    ['报名截止', '截止时间', 'deadline'],
    '如 2027-03-31；长期招收填“长期有效”。',
    'E.g. 2027-03-31, or 长期有效.',
    '长期有效',
  ),
  col(
    'publishDate',
    '发布日期',
    ['发布时间', 'publishDate'],
    '不填时为生成当天。',
    'Build day when empty.',
    '',
  ),
  col('contactName', '联系人', ['contact.name'], '', '', ''),
  col('phone', '联系电话', ['电话', 'contact.phone'], '', '', ''),
  col('email', '电子邮箱', ['邮箱', 'email', 'contact.email'], '', '', 'postdoc@example.com'),
];

function salaryRange(raw: string, issues: RowIssues): { annualSalaryMin?: number; annualSalaryMax?: number } {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  if (s === '') return {};
  const scale = /万/.test(s) ? 10000 : 1;
  const nums = [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Math.round(Number(m[0]) * scale));
  const [a, b] = nums;
  if (a === undefined) {
    issues.warn(
      'salary',
      'salary-unparsed',
      `年薪“${raw}”未能识别金额，已写入待遇说明。`,
      `Salary "${raw}" not understood; kept as text.`,
    );
    return {};
  }
  if (b !== undefined) return { annualSalaryMin: Math.min(a, b), annualSalaryMax: Math.max(a, b) };
  return /以上|起|不低于/.test(s) ? { annualSalaryMin: a } : { annualSalaryMin: a, annualSalaryMax: a };
}

function buildOpening(
  row: RowValues,
  issues: RowIssues,
  ctx: KindContext,
  programme?: PostdocProgramme,
): PostdocOpening | undefined {
  const title = textIn('title', row.get('title'), issues);
  if (title === '') return issues.reject('title', 'no-title', '缺少启事标题。', 'No title.');
  const names = row
    .get('directions')
    .split(/[；;、\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) {
    return issues.reject('directions', 'no-directions', '缺少招收方向。', 'No research direction.');
  }
  const supervisors = row
    .get('supervisor')
    .split(/[；;\n]+/)
    .map((s) => s.trim());
  const headcount = countIn('headcount', row.get('headcount'), issues);
  const directions = names.map((name, i) => {
    const d: PostdocOpening['directions'][number] = { name };
    if (programme?.discipline) d.disciplineCode = programme.discipline.code;
    const sup = supervisors.length === names.length ? supervisors[i] : undefined;
    if (sup) d.supervisor = { name: sup, honours: [] };
    if (names.length === 1 && headcount !== undefined) d.headcount = headcount;
    return d;
  });
  const publish = dateIn('publishDate', row.get('publishDate'), issues) ?? todayShanghai(ctx.now);
  const deadlineText = row.get('deadline');
  const rolling = /长期|常年|招满为止|不限/.test(deadlineText);
  const deadline = rolling ? undefined : dateIn('deadline', deadlineText, issues);
  if (deadline && deadline < publish) {
    return issues.reject(
      'deadline',
      'deadline-before-publish',
      '截止日期早于发布日期。',
      'The deadline is before the publication date.',
    );
  }
  const whole = (field: string, min: number, max: number): number | undefined => {
    const raw = row.get(field).replace(/[岁年周]|以下|以内/g, '');
    if (raw === '') return undefined;
    const n = numberIn(field, raw, issues);
    if (Number.isFinite(n) && n >= min && n <= max) return n;
    issues.warn(
      field,
      'not-a-number',
      `“${row.get(field)}”不是有效的数字，已忽略。`,
      `"${row.get(field)}" is not a usable number; ignored.`,
    );
    return undefined;
  };
  const benefits = optText(row, 'benefits', issues);
  const salaryText = row.get('salary');
  const o: PostdocOpening = {
    id: row.get('id') || `PDO-${contentHash(`${programme?.id ?? ''}|${title}`)}`,
    stationIds: [],
    title,
    directions,
    eligibility: {},
    compensation: { ...salaryRange(salaryText, issues) },
    fundingSchemes: choices('funding', row.get('funding'), FUNDING_SCHEMES, issues, {}, [
      '资助项目',
      'Funding scheme',
    ]),
    materials: listIn(row.get('materials')),
    rolling,
    publishDate: publish,
  };
  const text = [salaryText, benefits].filter(Boolean).join('；');
  if (text) o.compensation.text = text;
  const maxAge = whole('maxAge', 25, 60);
  if (maxAge !== undefined) o.eligibility.maxAge = Math.trunc(maxAge);
  const within = whole('phdWithin', 0, 10);
  if (within !== undefined) o.eligibility.phdWithinYears = Math.trunc(within);
  const term = whole('termYears', 1, 6);
  if (term !== undefined) o.termYears = term;
  const programmeName = optText(row, 'programme', issues);
  if (programmeName) o.programme = programmeName;
  const method = optText(row, 'applyMethod', issues);
  if (method) o.applyMethod = method;
  if (deadline) o.deadline = deadline;
  const contact = contactIn(row, { name: 'contactName', phone: 'phone', email: 'email' });
  if (contact) o.contact = contact;
  return o;
}

const openings: ChildSpec<PostdocOpening, PostdocProgramme> = {
  name: 'openings',
  title: '招收启事',
  sheetNames: ['启事', '招收信息', '招收计划', 'openings'],
  parent: 'programmes',
  columns: OPENING_COLUMNS,
  parentRef: (row) => {
    if (row.get('programmeId') !== '') return { field: 'programmeId', key: row.get('programmeId') };
    const host = row.get('host');
    const d = row.get('discipline');
    return { field: 'host', key: host !== '' && d !== '' ? `${host}|${d}` : host };
  },
  buildRow: buildOpening,
  attach: (p, o) => void p.openings.push(o),
  detach: (p, o) => void p.openings.splice(p.openings.indexOf(o), 1),
  duplicateKey: (o) => o.title.replace(/\s+/g, ''),
  duplicateWhat: ['同一站点的启事标题', 'title at the same programme'],
};

const PATH_FIELD: Readonly<Record<string, string>> = {
  divisionCode: 'county',
  discipline: 'disciplineCode',
  location: 'lng',
  host: 'host',
  compensation: 'salary',
  eligibility: 'maxAge',
};

const fieldOfPath = (path: string): string => {
  const first = path.split('.')[0] ?? path;
  return PATH_FIELD[first] ?? first;
};

/** The postdoc kind: programmes, with their calls from their own sheet. */
export const postdoc: KindSpec<'postdoc'> = {
  kind: 'postdoc',
  name: 'programmes',
  title: '博士后站点',
  sheetNames: ['设站单位', '站点', '博士后站', 'programmes'],
  columns: PROGRAMME_COLUMNS,
  buildRow: buildProgramme,
  keysOf: (row) => {
    const host = row.get('host');
    return [
      row.get('id'),
      host,
      ...[row.get('discipline'), row.get('disciplineCode')].filter(Boolean).map((d) => `${host}|${d}`),
    ];
  },
  duplicateKey: (p) => `${p.host.name.replace(/\s+/g, '')}|${p.stationType}|${p.discipline?.code ?? ''}`,
  duplicateWhat: ['单位、类型和学科', 'host, type and discipline'],
  fieldOfPath,
  children: [{ ...openings, fieldOfPath }],
  finish: finishProgramme,
};
