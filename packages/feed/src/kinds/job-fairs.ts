/**
 * `job-fairs`: a fair plan (one row a fair), its employers (one row an employer at a fair, naming the fair by its
 * number or name) and their positions (one row a position, naming the employer, and the fair where an employer
 * takes part in several). One workbook with three sheets, or three CSV files.
 * @module
 */
import {
  CAMPAIGN_CODES,
  CAMPAIGN_LABELS,
  EDUCATION_LEVELS,
  EMPLOYER_NATURES,
  EMPLOYER_SCALES,
  EMPLOYER_TAGS,
  EXPERIENCE_LEVELS,
  FAIR_TYPES,
  JOB_TYPES,
  RECRUIT_TYPES,
  TARGET_GROUPS,
  type CampaignCode,
  type EducationCode,
  type Employer,
  type FairMode,
  type FairStatus,
  type JobFair,
  type Position,
  type Salary,
} from '@hbrs/sdk';
import { textIn } from '../clean.js';
import type { RowIssues } from '../report.js';
import { contentHash } from '../ids.js';
import { searchFields } from '../pinyin.js';
import { toHalfWidth } from '../text.js';
import {
  choice,
  choices,
  col,
  contactIn,
  countIn,
  dateIn,
  dateTimeParts,
  defined,
  division,
  listIn,
  location,
  optText,
  todayShanghai,
  urlIn,
} from './shared.js';
import type { ChildSpec, KindContext, KindSpec, RowValues } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Fairs

const MODE_ALIASES: Readonly<Record<string, FairMode>> = {
  线上线下: 'hybrid',
  同步: 'hybrid',
  混合: 'hybrid',
  线下: 'offline',
  现场: 'offline',
  线上: 'online',
  网络: 'online',
  网上: 'online',
  直播: 'online',
  云: 'online',
};

const STATUS_ALIASES: Readonly<Record<string, FairStatus>> = {
  取消: 'cancelled',
  延期: 'cancelled',
  筹备: 'draft',
  草稿: 'draft',
};

const CAMPAIGN_ALIASES: Readonly<Record<string, CampaignCode>> = Object.fromEntries(
  CAMPAIGN_CODES.filter((c) => c !== 'other' && c !== 'none').map((c) => [CAMPAIGN_LABELS[c].zh, c]),
);

const FAIR_COLUMNS = [
  col(
    'id',
    '招聘会编号',
    ['编号', '活动编号', 'id'],
    '可不填；不填时按名称和开始时间生成固定编号。',
    'Optional; derived when empty.',
    'ZPH2027001',
  ),
  col(
    'name',
    '招聘会名称',
    ['名称', '活动名称', '招聘会', 'name'],
    '招聘会的全称。',
    'Full name of the fair.',
    (now) =>
      `${todayShanghai(new Date(now.getTime() + 30 * 86_400_000)).slice(0, 4)}年武昌区“春风行动”现场招聘会`,
    true,
  ),
  col(
    'date',
    '举办日期',
    ['日期', '活动日期', 'date'],
    '如 2027-02-20；也可只填开始时间和结束时间。',
    'E.g. 2027-02-20; or give start and end times.',
    (now) => todayShanghai(new Date(now.getTime() + 30 * 86_400_000)),
  ),
  col('time', '举办时间', ['时间', '活动时间', 'time'], '如 9:00-12:00。', 'E.g. 9:00-12:00.', '9:00-12:00'),
  col(
    'start',
    '开始时间',
    ['开始', 'startTime', 'start'],
    '日期和时间，如 2027-02-20 9:00。',
    'Date and time.',
    '',
  ),
  col(
    'end',
    '结束时间',
    ['结束', 'endTime', 'end'],
    '日期和时间，或仅时间（同一天）。',
    'Date and time, or a time on the same day.',
    '',
  ),
  col(
    'city',
    '所属市州',
    ['市州', '地市', 'city'],
    '可不填；填写时区县须在该市州内。',
    'Optional.',
    '武汉市',
    false,
    { values: 'prefecture' },
  ),
  col(
    'county',
    '举办区县',
    ['区县', '所在区县', '举办地区', 'county'],
    '湖北省的区、县或县级市；不填时从地址识别。',
    'Hubei county; found from the address when empty.',
    '武昌区',
    false,
    { values: 'county' },
  ),
  col(
    'divisionCode',
    '行政区划代码',
    ['区划代码', 'divisionCode'],
    '6位代码；填写时优先于区县名称。',
    '6-digit code; wins over the name.',
    '',
  ),
  col(
    'mode',
    '举办方式',
    ['方式', '形式', 'mode'],
    '现场 / 线上 / 线上线下；不填时按场地和网址判断。',
    'On site / online / both.',
    '现场',
    false,
    { values: ['现场', '线上', '线上线下'] },
  ),
  col(
    'fairType',
    '招聘会类型',
    ['类型', '大会类型', 'fairType'],
    `可选：${FAIR_TYPES.join('、')}。`,
    'Optional.',
    '综合',
    false,
    { values: FAIR_TYPES },
  ),
  col(
    'campaign',
    '专项活动',
    ['所属活动', '活动', 'campaign'],
    '如 春风行动、就业援助月、金秋招聘月。',
    'E.g. 春风行动.',
    '春风行动',
    false,
    { values: CAMPAIGN_CODES.filter((c) => c !== 'none').map((c) => CAMPAIGN_LABELS[c].zh) },
  ),
  col(
    'targetGroups',
    '服务对象',
    ['面向对象', '面向群体', 'targetGroups'],
    `用顿号分隔：${TARGET_GROUPS.join('、')}。`,
    'Separated by 、.',
    '高校毕业生、农村劳动力',
    false,
    { values: TARGET_GROUPS, multi: true },
  ),
  col(
    'hosts',
    '主办单位',
    ['主办', 'hosts', 'organizer'],
    '至少一个；多个用顿号分隔。',
    'At least one; separated by 、.',
    '武昌区人力资源和社会保障局',
    true,
  ),
  col('undertakers', '承办单位', ['承办', 'undertakers'], '', '', '武昌区公共就业和人才服务中心'),
  col('venue', '举办场地', ['场地', '场馆', '地点', 'venue', 'venue.name'], '', '', '武昌区人力资源市场'),
  col(
    'address',
    '场地地址',
    ['地址', '举办地址', 'venue.address', 'address'],
    '',
    '',
    '武汉市武昌区中北路100号',
  ),
  col(
    'lng',
    '经度',
    ['lng', 'longitude', 'venue.location.lng'],
    '可不填；坐标系见 --crs。',
    'Optional; CRS by --crs.',
    '',
  ),
  col('lat', '纬度', ['lat', 'latitude', 'venue.location.lat'], '可不填。', 'Optional.', ''),
  col('transit', '交通指引', ['乘车路线', '交通', 'transit'], '', '', '地铁4号线中北路站C出口'),
  col('booths', '展位数', ['展位数量', 'boothCount'], '', '', '120'),
  col(
    'onlineUrl',
    '线上网址',
    ['网址', '线上地址', '报名网址', 'online.url', 'url'],
    '只接受 http(s) 网址。',
    'http(s) only.',
    '',
  ),
  col('liveUrl', '直播网址', ['直播地址', 'liveStreamUrl'], '只接受 http(s) 网址。', 'http(s) only.', ''),
  col('description', '招聘会简介', ['简介', '活动简介', '说明', 'description'], '', '', ''),
  col('contactName', '联系人', ['联系部门', 'contact.name'], '', '', '招聘会服务窗口'),
  col('phone', '联系电话', ['电话', '咨询电话', 'contact.phone'], '', '', '027-88886666'),
  col(
    'status',
    '状态',
    ['活动状态', 'status'],
    '可不填（按时间判断）；已取消的招聘会填“取消”。',
    'Optional (from the dates); 取消 for cancelled.',
    '',
    false,
    { values: ['取消', '筹备中'] },
  ),
];

/** Start and end of a fair from its date, time range, start and end columns. */
function fairTimes(row: RowValues, issues: RowIssues): { start: string; end: string } | undefined {
  const date = dateTimeParts(row.get('date'));
  const start = dateTimeParts(row.get('start'));
  const end = dateTimeParts(row.get('end'));
  const range = toHalfWidth(row.get('time')).split(/\s*[-~～至到—–]+\s*/);
  // 下午2点-5点: the period of the start applies to the end too.
  const period = /^(上午|下午|晚上)/.exec(range[0] ?? '')?.[1] ?? '';
  const from = dateTimeParts(range[0] ?? '');
  const to = dateTimeParts(
    /^(上午|下午|晚上)/.test(range[1] ?? '') ? (range[1] ?? '') : `${period}${range[1] ?? ''}`,
  );
  const bad = [
    ['date', date],
    ['start', start],
    ['end', end],
    ['time', row.get('time') !== '' && (!from?.time || (range.length > 1 && !to?.time)) ? undefined : {}],
  ].find(([, v]) => v === undefined);
  if (bad) {
    const field = bad[0] as string;
    return issues.reject(
      field,
      'bad-time',
      `“${row.get(field)}”不是可识别的日期或时间（如 2027-02-20 9:00）。`,
      `"${row.get(field)}" is not a date or time (e.g. 2027-02-20 9:00).`,
    );
  }
  const day = start?.date ?? date?.date;
  if (!day) {
    return issues.reject('date', 'no-date', '缺少举办日期。', 'No date.');
  }
  let startTime = start?.time ?? from?.time;
  let endTime = end?.time ?? to?.time;
  if (!startTime && !endTime) {
    issues.warn(
      'time',
      'no-time',
      '未填写举办时间，按 9:00-17:00 处理。',
      'No time given; 9:00-17:00 assumed.',
    );
    startTime = '09:00';
    endTime = '17:00';
  }
  const endDay = end?.date ?? day;
  const s = `${day}T${startTime ?? '09:00'}:00+08:00`;
  const e = `${endDay}T${endTime ?? startTime ?? '17:00'}:00+08:00`;
  if (Date.parse(e) < Date.parse(s)) {
    return issues.reject('end', 'end-before-start', '结束时间早于开始时间。', 'The end is before the start.');
  }
  return { start: s, end: e };
}

function buildFair(row: RowValues, issues: RowIssues, ctx: KindContext): JobFair | undefined {
  const name = textIn('name', row.get('name'), issues);
  if (name === '') return issues.reject('name', 'no-name', '缺少招聘会名称。', 'No name.');
  const times = fairTimes(row, issues);
  if (!times) return undefined;
  const address = textIn('address', row.get('address'), issues);
  const div = division(row, issues, ctx, `${address} ${name}`);
  if (!div) return undefined;
  const hosts = listIn(row.get('hosts'));
  if (hosts.length === 0) return issues.reject('hosts', 'no-host', '缺少主办单位。', 'No host organisation.');
  const loc = location(row, issues, ctx.crs, true);
  const onlineUrl = urlIn('onlineUrl', row.get('onlineUrl'), issues);
  const liveUrl = urlIn('liveUrl', row.get('liveUrl'), issues);
  const venueName = optText(row, 'venue', issues);
  const mode =
    choice('mode', row.get('mode'), ['offline', 'online', 'hybrid'] as const, issues, MODE_ALIASES, [
      '举办方式',
      'Mode',
    ]) ?? (onlineUrl || liveUrl ? (venueName || address ? 'hybrid' : 'online') : 'offline');
  // 已结束 / 进行中 / 即将开始 are read from the dates (they change by themselves); only 取消 and 筹备 are kept.
  const statusText = /结束|进行|即将|未开始|正常|举办/.test(row.get('status')) ? '' : row.get('status');
  let status = choice('status', statusText, ['draft', 'cancelled'] as const, issues, STATUS_ALIASES, [
    '状态',
    'Status',
  ]);
  if (!status) {
    const now = ctx.now.getTime();
    status = now < Date.parse(times.start) ? 'upcoming' : now > Date.parse(times.end) ? 'ended' : 'ongoing';
  }
  const campaignText = row.get('campaign');
  const campaignCode =
    campaignText === ''
      ? undefined
      : (Object.entries(CAMPAIGN_ALIASES).find(([zh]) => campaignText.includes(zh))?.[1] ?? 'other');
  const booths = countIn('booths', row.get('booths'), issues);
  const id = row.get('id') || `JF${div.code}-${contentHash(`${name}|${times.start}`)}`;
  const fair: JobFair = {
    id,
    name,
    targetGroups: choices('targetGroups', row.get('targetGroups'), TARGET_GROUPS, issues, {}, [
      '服务对象',
      'Target group',
    ]),
    mode,
    organizers: { hosts, undertakers: listIn(row.get('undertakers')), coOrganizers: [] },
    startTime: times.start,
    endTime: times.end,
    divisionCode: div.code,
    zones: [],
    employers: [],
    status,
  };
  const fairType = choice('fairType', row.get('fairType'), FAIR_TYPES, issues, {}, [
    '招聘会类型',
    'Fair type',
  ]);
  if (fairType) fair.fairType = fairType;
  if (campaignCode) {
    const y = /(20\d{2})/.exec(campaignText)?.[1] ?? times.start.slice(0, 4);
    fair.campaign = { code: campaignCode, name: campaignText, year: Number(y) };
  }
  const venue = defined({
    name: venueName,
    address: address || undefined,
    location: loc && { ...loc, crs: 'WGS84' as const },
    transit: optText(row, 'transit', issues),
    boothCount: booths,
  });
  if (Object.keys(venue).length > 0) fair.venue = venue;
  if (onlineUrl || liveUrl) fair.online = defined({ url: onlineUrl, liveStreamUrl: liveUrl });
  const description = optText(row, 'description', issues);
  if (description) fair.description = description;
  const contact = contactIn(row, { name: 'contactName', phone: 'phone' });
  if (contact) fair.contact = contact;
  return fair;
}

function finishFair(fair: JobFair, ctx: KindContext): void {
  const positions = fair.employers.flatMap((e) => e.positions);
  fair.stats = {
    ...fair.stats,
    employerCount: fair.employers.length,
    positionCount: positions.length,
    headcountTotal: positions.reduce((n, p) => n + p.headcount, 0),
  };
  const div = ctx.divisions.get(fair.divisionCode);
  const city = div && ctx.divisions.prefectureOf(div);
  Object.assign(
    fair,
    searchFields(fair.name, city?.name, div?.level === 'county' ? div.name : undefined, fair.venue?.name),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Employers

const NATURE_ALIASES: Readonly<Record<string, Employer['nature'] & string>> = {
  央企: '中央企业',
  国企: '地方国有企业',
  国有: '地方国有企业',
  民企: '民营企业',
  私营: '民营企业',
  外企: '外资企业',
  合资: '外资企业',
  港澳台: '港澳台资企业',
  事业: '事业单位',
  政府: '机关',
  机关: '机关',
};

const fairRef = (row: RowValues): { field: string; key: string } =>
  row.get('fairId') !== ''
    ? { field: 'fairId', key: row.get('fairId') }
    : { field: 'fairName', key: row.get('fairName') };

const FAIR_LINK = [
  col(
    'fairId',
    '招聘会编号',
    ['活动编号'],
    '所属招聘会的编号（与“招聘会”表一致）；或填招聘会名称。',
    'Number of the fair (as in the fairs sheet), or its name.',
    'ZPH2027001',
  ),
  col('fairName', '招聘会名称', ['招聘会', '所属招聘会'], '', '', ''),
];

const EMPLOYER_COLUMNS = [
  ...FAIR_LINK,
  col(
    'id',
    '单位编号',
    ['企业编号', 'employerId'],
    '可不填；不填时按单位名称生成。',
    'Optional; derived from the name.',
    '',
  ),
  col(
    'name',
    '单位名称',
    ['企业名称', '用人单位', '单位', '公司名称', 'employer'],
    '用人单位全称。',
    'Full name of the employer.',
    '武汉某某科技有限公司',
    true,
  ),
  col('uscc', '统一社会信用代码', ['信用代码', 'uscc'], '18位；可不填。', '18 characters; optional.', ''),
  col(
    'nature',
    '单位性质',
    ['企业性质', 'nature'],
    `可选：${EMPLOYER_NATURES.join('、')}。`,
    'Optional.',
    '民营企业',
    false,
    { values: EMPLOYER_NATURES },
  ),
  col(
    'tags',
    '单位标签',
    ['企业标签', 'tags'],
    `用顿号分隔：${EMPLOYER_TAGS.join('、')}。`,
    'Separated by 、.',
    '',
    false,
    { values: EMPLOYER_TAGS, multi: true },
  ),
  col(
    'industry',
    '所属行业',
    ['行业', 'industry'],
    '如 软件和信息技术服务业。',
    'E.g. 软件和信息技术服务业.',
    '软件和信息技术服务业',
  ),
  col(
    'scale',
    '单位规模',
    ['企业规模', '规模', '人数规模', 'scale'],
    `可选：${EMPLOYER_SCALES.join('、')}。`,
    'Optional.',
    '100-299人',
    false,
    { values: EMPLOYER_SCALES },
  ),
  col('county', '单位所在区县', ['单位区县', '企业所在地'], '可不填。', 'Optional.', '', false, {
    values: 'county',
  }),
  col('address', '单位地址', ['企业地址', '地址'], '', '', ''),
  col('website', '单位网址', ['网址', '官网', 'website'], '只接受 http(s) 网址。', 'http(s) only.', ''),
  col('booth', '展位号', ['展位', 'boothNo'], '', '', 'A01'),
  col('intro', '单位简介', ['企业简介', '简介', 'intro'], '', '', ''),
];

const EMPLOYER_DIV = { code: 'divisionCode', city: 'city', county: 'county' };

function buildEmployer(
  row: RowValues,
  issues: RowIssues,
  ctx: KindContext,
  fair?: JobFair,
): Employer | undefined {
  const name = textIn('name', row.get('name'), issues);
  if (name === '') return issues.reject('name', 'no-name', '缺少单位名称。', 'No employer name.');
  const e: Employer = {
    id: row.get('id') || `E-${contentHash(name)}`,
    name,
    tags: choices('tags', row.get('tags'), EMPLOYER_TAGS, issues, {}, ['单位标签', 'Tag']),
    positions: [],
  };
  const uscc = toHalfWidth(row.get('uscc')).replace(/\s+/g, '').toUpperCase();
  if (uscc !== '') {
    if (/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(uscc)) e.uscc = uscc;
    else
      issues.warn(
        'uscc',
        'bad-uscc',
        `“${uscc}”不是18位统一社会信用代码，已忽略。`,
        `"${uscc}" is not an 18-character USCC; ignored.`,
      );
  }
  const nature = choice('nature', row.get('nature'), EMPLOYER_NATURES, issues, NATURE_ALIASES, [
    '单位性质',
    'Nature',
  ]);
  if (nature) e.nature = nature;
  const industry = optText(row, 'industry', issues);
  if (industry) e.industry = { name: industry };
  const scale = scaleOf(row.get('scale'), issues);
  if (scale) e.scale = scale;
  const address = optText(row, 'address', issues);
  if (address) e.address = address;
  if (row.get('county') !== '' || address) {
    const fairDiv = fair ? ctx.divisions.get(fair.divisionCode) : undefined;
    const div = division(row, issues.lenient(), ctx, address ?? '', EMPLOYER_DIV, fairDiv);
    if (div) e.divisionCode = div.code;
  }
  const website = urlIn('website', row.get('website'), issues);
  if (website) e.website = website;
  const booth = optText(row, 'booth', issues);
  if (booth) e.boothNo = booth;
  const intro = optText(row, 'intro', issues);
  if (intro) e.intro = intro;
  return e;
}

function scaleOf(raw: string, issues: RowIssues): Employer['scale'] {
  const s = toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[~～至—–]/g, '-');
  if (s === '') return undefined;
  const exact = (EMPLOYER_SCALES as readonly string[]).find((v) => v === s || v === `${s}人`);
  if (exact) return exact as Employer['scale'];
  const n = Number(/\d+/.exec(s)?.[0] ?? Number.NaN);
  if (Number.isFinite(n)) {
    const bands: [number, Employer['scale']][] = [
      [20, '20人以下'],
      [100, '20-99人'],
      [300, '100-299人'],
      [500, '300-499人'],
      [1000, '500-999人'],
      [10000, '1000-9999人'],
    ];
    const upper = /以下|以内|不足|少于/.test(s);
    const v = Math.max(n - (upper ? 1 : 0), 0);
    return bands.find(([max]) => v < max)?.[1] ?? '10000人以上';
  }
  return choice('scale', raw, EMPLOYER_SCALES, issues, {}, ['单位规模', 'Size']);
}

const employers: ChildSpec<Employer, JobFair> = {
  name: 'employers',
  title: '参会单位',
  sheetNames: ['参会企业', '用人单位', '企业', '单位', 'employers'],
  parent: 'fairs',
  columns: EMPLOYER_COLUMNS,
  parentRef: fairRef,
  keysOf: (row) => [row.get('id'), row.get('name')],
  buildRow: buildEmployer,
  attach: (fair, e) => void fair.employers.push(e),
  detach: (fair, e) => void fair.employers.splice(fair.employers.indexOf(e), 1),
  duplicateKey: (e) => e.name.replace(/\s+/g, ''),
  duplicateWhat: ['同一招聘会的单位名称', 'employer name at the same fair'],
};

// ---------------------------------------------------------------------------------------------------------------
// Positions

const EDUCATION_ALIASES: Readonly<Record<string, EducationCode>> = {
  不限: '00',
  学历不限: '00',
  博士: '11',
  硕士: '14',
  研究生: '14',
  本科: '21',
  学士: '21',
  大专: '31',
  专科: '31',
  高职: '31',
  中专: '41',
  中技: '41',
  职高: '41',
  技校: '41',
  高中: '61',
  初中: '71',
};

function educationOf(raw: string, issues: RowIssues): Position['education'] {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  const level = (code: EducationCode, orAbove: boolean): Position['education'] => ({
    code,
    label: EDUCATION_LEVELS.find((l) => l.code === code)?.zh ?? '不限',
    orAbove,
  });
  if (s === '') return level('00', true);
  const byLabel = EDUCATION_LEVELS.find((l) => s.startsWith(l.zh));
  const code = byLabel?.code ?? Object.entries(EDUCATION_ALIASES).find(([k]) => s.includes(k))?.[1];
  if (!code) {
    issues.warn(
      'education',
      'unknown-value',
      `学历要求“${raw}”无法识别，按“不限”处理。`,
      `Education "${raw}" not recognised; read as any.`,
    );
    return level('00', true);
  }
  return level(code, !/仅限|只限|限于/.test(s));
}

const WAN = 10000;

/** 6000-9000元/月, 5k-8k, 8000元以上, 10-15万/年, 200元/天, 面议, 6000-9000元/月·13薪. */
export function salaryOf(raw: string, issues: RowIssues): Salary {
  const text = raw.trim();
  const s = toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
  if (s === '' || /面议|协商|待定/.test(s))
    return { unit: 'CNY/month', negotiable: true, ...(text ? { text } : {}) };
  const unit: Salary['unit'] = /年/.test(s)
    ? 'CNY/year'
    : /[天日]/.test(s)
      ? 'CNY/day'
      : /时/.test(s)
        ? 'CNY/hour'
        : 'CNY/month';
  const scale = /万|w/.test(s) ? WAN : /[千k]/.test(s) ? 1000 : 1;
  const main = s.replace(/[·*x×](\d+)薪.*$/, '');
  const nums = [...main.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Math.round(Number(m[0]) * scale));
  const months = /(\d{2})薪/.exec(s)?.[1];
  const out: Salary = { unit, negotiable: false, text };
  if (months && Number(months) >= 12 && Number(months) <= 24) out.monthsPerYear = Number(months);
  if (nums.length === 0) {
    issues.warn(
      'salary',
      'salary-unparsed',
      `薪资“${raw}”未能识别金额，已原样保留文字。`,
      `Salary "${raw}" has no figures we could read; the text is kept.`,
    );
    return out;
  }
  const [a = 0, b] = nums;
  if (b !== undefined) {
    out.min = Math.min(a, b);
    out.max = Math.max(a, b);
  } else if (/以上|起|及以上|不低于/.test(s)) out.min = a;
  else if (/以下|以内|不超过/.test(s)) out.max = a;
  else {
    out.min = a;
    out.max = a;
  }
  return out;
}

function agesOf(raw: string, issues: RowIssues): { ageMin?: number; ageMax?: number } {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  if (s === '' || /不限/.test(s)) return {};
  const nums = [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const ok = (n: number | undefined): n is number => n !== undefined && n >= 16 && n <= 70;
  const [a, b] = nums;
  if (nums.length >= 2 && ok(a) && ok(b)) return { ageMin: Math.min(a, b), ageMax: Math.max(a, b) };
  if (nums.length === 1 && ok(a)) return /以上|及以上|不低于/.test(s) ? { ageMin: a } : { ageMax: a };
  issues.warn(
    'age',
    'age-unparsed',
    `年龄要求“${raw}”无法识别，已忽略。`,
    `Age "${raw}" not understood; ignored.`,
  );
  return {};
}

const EXPERIENCE_ALIASES: Readonly<Record<string, Position['experience'] & string>> = {
  无: '不限',
  经验不限: '不限',
  应届: '应届毕业生',
  无经验: '不限',
};

const POSITION_COLUMNS = [
  ...FAIR_LINK.map((c) => ({
    ...c,
    note: c.field === 'fairId' ? '单位参加多场招聘会时填写，以区分是哪一场。' : '',
    noteEn: c.field === 'fairId' ? 'Needed when the employer takes part in several fairs.' : '',
  })),
  col(
    'employerId',
    '单位编号',
    ['企业编号'],
    '所属单位的编号；或填单位名称。',
    'Number of the employer, or its name.',
    '',
  ),
  col(
    'employerName',
    '单位名称',
    ['企业名称', '用人单位', '招聘单位', '单位'],
    '所属单位（与“参会单位”表一致）。',
    'The employer (as in the employers sheet).',
    '武汉某某科技有限公司',
  ),
  col('id', '岗位编号', ['职位编号', 'positionId'], '可不填。', 'Optional.', ''),
  col('title', '岗位名称', ['职位名称', '岗位', '职位', 'title'], '', '', '软件开发工程师', true),
  col(
    'headcount',
    '招聘人数',
    ['人数', '需求人数', 'headcount'],
    '数字；若干可不填。',
    'A number; empty for 若干.',
    '5',
  ),
  col(
    'education',
    '学历要求',
    ['学历', 'education'],
    '如 大学本科及以上、大专、不限。',
    'E.g. 大学本科及以上.',
    '大学本科',
    false,
    { values: EDUCATION_LEVELS.map((l) => l.zh) },
  ),
  col(
    'majors',
    '专业要求',
    ['专业', 'majors'],
    '用顿号分隔；不限可不填。',
    'Separated by 、.',
    '计算机科学与技术、软件工程',
  ),
  col(
    'experience',
    '工作经验',
    ['经验要求', '经验', 'experience'],
    `可选：${EXPERIENCE_LEVELS.join('、')}。`,
    'Optional.',
    '1-3年',
    false,
    { values: EXPERIENCE_LEVELS },
  ),
  col(
    'salary',
    '薪资待遇',
    ['薪资', '薪酬', '月薪', '工资', '薪资范围', 'salary'],
    '如 6000-9000元/月、10-15万/年、面议。',
    'E.g. 6000-9000元/月, 面议.',
    '8000-12000元/月',
  ),
  col('welfare', '福利待遇', ['福利', 'welfare'], '用顿号分隔。', 'Separated by 、.', '五险一金、带薪年假'),
  col(
    'jobType',
    '岗位类型',
    ['工作性质', '用工形式', 'jobType'],
    `可选：${JOB_TYPES.join('、')}。`,
    'Optional.',
    '全职',
    false,
    { values: JOB_TYPES },
  ),
  col(
    'recruitType',
    '招聘类型',
    ['recruitType'],
    `可选：${RECRUIT_TYPES.join('、')}。`,
    'Optional.',
    '社会招聘',
    false,
    { values: RECRUIT_TYPES },
  ),
  col('age', '年龄要求', ['年龄', 'age'], '如 18-45岁、35岁以下。', 'E.g. 18-45岁.', ''),
  col(
    'workCounty',
    '工作地点',
    ['工作地区', '工作区县', 'workDivision'],
    '区县；不填为招聘会所在地。',
    "County; the fair's when empty.",
    '',
    false,
    { values: 'county' },
  ),
  col('workAddress', '工作地址', ['上班地址', 'workAddress'], '', '', ''),
  col('description', '岗位描述', ['岗位职责', '工作内容', 'description'], '', '', ''),
  col('requirements', '任职要求', ['岗位要求', '要求', 'requirements'], '', '', ''),
  col('phone', '联系电话', ['电话', 'contact.phone'], '', '', ''),
  col('validUntil', '截止日期', ['有效期至', 'validUntil'], '如 2027-03-31。', 'E.g. 2027-03-31.', ''),
];

function buildPosition(
  row: RowValues,
  issues: RowIssues,
  ctx: KindContext,
  employer?: Employer,
): Position | undefined {
  const title = textIn('title', row.get('title'), issues);
  if (title === '') return issues.reject('title', 'no-title', '缺少岗位名称。', 'No position title.');
  const fair = employer ? fairOf.get(employer) : undefined;
  const fallback = ctx.divisions.get(employer?.divisionCode ?? fair?.divisionCode ?? '');
  const work = division(
    row,
    issues,
    ctx,
    row.get('workAddress'),
    { code: 'workDivisionCode', city: 'workCity', county: 'workCounty' },
    fallback,
  );
  if (!work) return undefined;
  const majors = listIn(row.get('majors')).filter((m) => !/^(专业)?不限$/.test(m));
  const p: Position = {
    id:
      row.get('id') ||
      `P-${contentHash(`${fair?.id ?? ''}|${employer?.id ?? ''}|${title}|${row.get('salary')}`)}`,
    title,
    headcount: countIn('headcount', row.get('headcount'), issues, 0) ?? 0,
    education: educationOf(row.get('education'), issues),
    majors: majors.map((name) => ({ name })),
    salary: salaryOf(row.get('salary'), issues),
    welfare: listIn(row.get('welfare')),
    workDivisionCode: work.code,
    ...agesOf(row.get('age'), issues),
  };
  const experience = choice(
    'experience',
    row.get('experience'),
    EXPERIENCE_LEVELS,
    issues,
    EXPERIENCE_ALIASES,
    ['工作经验', 'Experience'],
  );
  if (experience) p.experience = experience;
  const jobType = choice('jobType', row.get('jobType'), JOB_TYPES, issues, {}, ['岗位类型', 'Job type']);
  if (jobType) p.jobType = jobType;
  const recruitType = choice(
    'recruitType',
    row.get('recruitType'),
    RECRUIT_TYPES,
    issues,
    { 校招: '校园招聘', 社招: '社会招聘' },
    ['招聘类型', 'Recruitment'],
  );
  if (recruitType) p.recruitType = recruitType;
  for (const f of ['workAddress', 'description', 'requirements'] as const) {
    const v = optText(row, f, issues);
    if (v) p[f] = v;
  }
  const contact = contactIn(row, { phone: 'phone' });
  if (contact) p.contact = contact;
  const until = dateIn('validUntil', row.get('validUntil'), issues);
  if (until) p.validUntil = until;
  return p;
}

/** The fair of each employer record (positions default to its division). */
const fairOf = new WeakMap<Employer, JobFair>();

const positions: ChildSpec<Position, Employer> = {
  name: 'positions',
  title: '招聘岗位',
  sheetNames: ['岗位', '岗位信息', '职位', 'positions'],
  parent: 'employers',
  columns: POSITION_COLUMNS,
  parentRef: (row) => {
    const emp =
      row.get('employerId') !== ''
        ? { field: 'employerId', key: row.get('employerId') }
        : { field: 'employerName', key: row.get('employerName') };
    const fair = fairRef(row);
    return fair.key === '' || emp.key === '' ? emp : { field: emp.field, key: `${fair.key}|${emp.key}` };
  },
  buildRow: buildPosition,
  attach: (e, p) => void e.positions.push(p),
  detach: (e, p) => void e.positions.splice(e.positions.indexOf(p), 1),
};

const employersWithFair: ChildSpec<Employer, JobFair> = {
  ...employers,
  attach: (fair, e) => {
    fairOf.set(e, fair);
    employers.attach(fair, e);
  },
};

const PATH_FIELD: Readonly<Record<string, string>> = {
  startTime: 'start',
  endTime: 'end',
  divisionCode: 'county',
  organizers: 'hosts',
  'venue.location': 'lng',
  venue: 'venue',
  online: 'onlineUrl',
  workDivisionCode: 'workCounty',
  salary: 'salary',
  education: 'education',
};

const fieldOfPath = (path: string): string => {
  const parts = path.split('.');
  return PATH_FIELD[parts.slice(0, 2).join('.')] ?? PATH_FIELD[parts[0] ?? ''] ?? parts[0] ?? path;
};

/** The job-fair kind: fairs, with employers and positions from their own sheets. */
export const jobFairs: KindSpec<'job-fairs'> = {
  kind: 'job-fairs',
  name: 'fairs',
  title: '招聘会',
  sheetNames: ['招聘会计划', '招聘会信息', '活动', 'fairs'],
  columns: FAIR_COLUMNS,
  buildRow: buildFair,
  keysOf: (row) => [row.get('id'), row.get('name')],
  duplicateKey: (f) => `${f.name.replace(/\s+/g, '')}|${f.startTime}`,
  duplicateWhat: ['名称和开始时间', 'name and start'],
  fieldOfPath,
  children: [
    { ...employersWithFair, fieldOfPath },
    { ...positions, fieldOfPath },
  ],
  finish: finishFair,
};
