/**
 * Controlled vocabularies of the data model, as `const` arrays (usable as runtime lists and as literal union
 * types), with zh-CN and English labels for the ones a widget displays.
 *
 * Codes follow `reference/schemas/*.schema.json` (the 金保工程 indicator code is named in each TSDoc where one exists).
 * @module
 */

/** A display label in Simplified Chinese and English. */
export interface Label {
  /** zh-CN label. */
  readonly zh: string;
  /** English label. */
  readonly en: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Service points (社银合作网点)

/** Services a 社银合作 service point can offer (`card_*` = 社保卡 services; the rest are 社保 services). */
export const SERVICE_CODES = [
  'card_apply',
  'card_instant_issue',
  'card_collect',
  'card_activate',
  'card_loss_report',
  'card_unlock',
  'card_replace',
  'card_pin_reset',
  'card_info_change',
  'card_cancel',
  'ecard_guide',
  'card_financial_account',
  'insurance_record_query',
  'insurance_certificate_print',
  'resident_pension_contribution',
  'flexible_employment_contribution',
  'benefit_eligibility_certification',
  'pension_payout',
  'personal_insurance_registration',
  'personal_info_change',
  'unemployment_benefit_apply',
  'policy_consulting',
] as const;
/** One of {@link SERVICE_CODES}. */
export type ServiceCode = (typeof SERVICE_CODES)[number];

/** Display labels for {@link ServiceCode}. */
export const SERVICE_LABELS: Readonly<Record<ServiceCode, Label>> = {
  card_apply: { zh: '社保卡申领', en: 'Apply for a social security card' },
  card_instant_issue: { zh: '即时制卡', en: 'Instant card issuance' },
  card_collect: { zh: '领卡', en: 'Card collection' },
  card_activate: { zh: '启用激活', en: 'Card activation' },
  card_loss_report: { zh: '挂失', en: 'Report a lost card' },
  card_unlock: { zh: '解挂', en: 'Cancel a loss report' },
  card_replace: { zh: '补换卡', en: 'Card replacement' },
  card_pin_reset: { zh: '密码修改/重置', en: 'PIN change or reset' },
  card_info_change: { zh: '信息变更', en: 'Card information change' },
  card_cancel: { zh: '注销', en: 'Card cancellation' },
  ecard_guide: { zh: '电子社保卡签发指导', en: 'Electronic card sign-up help' },
  card_financial_account: { zh: '金融账户业务', en: 'Card bank-account services' },
  insurance_record_query: { zh: '参保缴费查询', en: 'Insurance record enquiry' },
  insurance_certificate_print: { zh: '权益单/参保证明打印', en: 'Print insurance statement or certificate' },
  resident_pension_contribution: { zh: '城乡居民养老保险缴费', en: 'Resident pension contributions' },
  flexible_employment_contribution: { zh: '灵活就业人员缴费', en: 'Contributions for flexible workers' },
  benefit_eligibility_certification: { zh: '待遇领取资格认证', en: 'Benefit eligibility certification' },
  pension_payout: { zh: '养老金代发', en: 'Pension payment' },
  personal_insurance_registration: { zh: '个人参保登记', en: 'Personal insurance registration' },
  personal_info_change: { zh: '个人信息变更', en: 'Personal information change' },
  unemployment_benefit_apply: { zh: '失业保险金申领', en: 'Unemployment benefit application' },
  policy_consulting: { zh: '政策咨询', en: 'Policy advice' },
};

/** Bank codes of 社银合作 partner banks (`OTHER` for anything else). */
export const BANK_CODES = [
  'ICBC',
  'ABC',
  'BOC',
  'CCB',
  'BOCOM',
  'PSBC',
  'CMB',
  'CITIC',
  'HUBEI_BANK',
  'HANKOU_BANK',
  'WUHAN_RCB',
  'HUBEI_RCC',
  'OTHER',
] as const;
/** One of {@link BANK_CODES}. */
export type BankCode = (typeof BANK_CODES)[number];

/** Kinds of bank (监管口径 categories). */
export const BANK_KINDS = [
  '国有大型商业银行',
  '股份制商业银行',
  '城市商业银行',
  '农村商业银行/农信',
  '邮政储蓄银行',
] as const;
/** One of {@link BANK_KINDS}. */
export type BankKind = (typeof BANK_KINDS)[number];

/** Default display data for each {@link BankCode}: labels and kind. A record's own `bank.name` wins over these. */
export const BANK_INFO: Readonly<Record<BankCode, Label & { readonly kind?: BankKind }>> = {
  ICBC: { zh: '中国工商银行', en: 'Industrial and Commercial Bank of China', kind: '国有大型商业银行' },
  ABC: { zh: '中国农业银行', en: 'Agricultural Bank of China', kind: '国有大型商业银行' },
  BOC: { zh: '中国银行', en: 'Bank of China', kind: '国有大型商业银行' },
  CCB: { zh: '中国建设银行', en: 'China Construction Bank', kind: '国有大型商业银行' },
  BOCOM: { zh: '交通银行', en: 'Bank of Communications', kind: '国有大型商业银行' },
  PSBC: { zh: '中国邮政储蓄银行', en: 'Postal Savings Bank of China', kind: '邮政储蓄银行' },
  CMB: { zh: '招商银行', en: 'China Merchants Bank', kind: '股份制商业银行' },
  CITIC: { zh: '中信银行', en: 'China CITIC Bank', kind: '股份制商业银行' },
  HUBEI_BANK: { zh: '湖北银行', en: 'Hubei Bank', kind: '城市商业银行' },
  HANKOU_BANK: { zh: '汉口银行', en: 'Hankou Bank', kind: '城市商业银行' },
  WUHAN_RCB: { zh: '武汉农村商业银行', en: 'Wuhan Rural Commercial Bank', kind: '农村商业银行/农信' },
  HUBEI_RCC: { zh: '湖北农信', en: 'Hubei Rural Credit Cooperatives', kind: '农村商业银行/农信' },
  OTHER: { zh: '其他银行', en: 'Other bank' },
};

/** Service-point categories: card-only counter, full 社银一体化, instant issuance, self-service kiosk. */
export const SERVICE_POINT_CATEGORIES = [
  '社保卡服务网点',
  '社银一体化网点',
  '即时制卡网点',
  '自助服务点',
] as const;
/** One of {@link SERVICE_POINT_CATEGORIES}. */
export type ServicePointCategory = (typeof SERVICE_POINT_CATEGORIES)[number];
/** Display labels for {@link ServicePointCategory}. */
export const SERVICE_POINT_CATEGORY_LABELS: Readonly<Record<ServicePointCategory, Label>> = {
  社保卡服务网点: { zh: '社保卡服务网点', en: 'Social security card counter' },
  社银一体化网点: { zh: '社银一体化网点', en: 'Integrated social-security banking outlet' },
  即时制卡网点: { zh: '即时制卡网点', en: 'Instant card issuance outlet' },
  自助服务点: { zh: '自助服务点', en: 'Self-service kiosk' },
};

/** Record status of a service point (`state` 0 禁用 / 1 启用). */
export const SERVICE_POINT_STATUSES = ['active', 'suspended', 'closed'] as const;
/** One of {@link SERVICE_POINT_STATUSES}. */
export type ServicePointStatus = (typeof SERVICE_POINT_STATUSES)[number];

/** Days of the week, Monday first (ISO order), as used in opening hours. */
export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** One of {@link WEEKDAYS}. */
export type Weekday = (typeof WEEKDAYS)[number];
/** Display labels for {@link Weekday}. */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, Label>> = {
  Mo: { zh: '周一', en: 'Mon' },
  Tu: { zh: '周二', en: 'Tue' },
  We: { zh: '周三', en: 'Wed' },
  Th: { zh: '周四', en: 'Thu' },
  Fr: { zh: '周五', en: 'Fri' },
  Sa: { zh: '周六', en: 'Sat' },
  Su: { zh: '周日', en: 'Sun' },
};

/** What a service point does on public holidays: closed / rota (轮休值班) / open as usual. */
export const HOLIDAY_RULES = ['closed_on_public_holidays', 'rotating_duty', 'open'] as const;
/** One of {@link HOLIDAY_RULES}. */
export type HolidayRule = (typeof HOLIDAY_RULES)[number];
/** Display labels for {@link HolidayRule}. */
export const HOLIDAY_RULE_LABELS: Readonly<Record<HolidayRule, Label>> = {
  closed_on_public_holidays: { zh: '法定节假日休息', en: 'Closed on public holidays' },
  rotating_duty: { zh: '法定节假日轮休值班', en: 'Rota service on public holidays' },
  open: { zh: '法定节假日照常营业', en: 'Open on public holidays' },
};

// ---------------------------------------------------------------------------------------------------------------
// Job fairs (招聘会)

/** National / provincial 公共就业招聘专项活动 ("10+N" campaigns) a fair can belong to. */
export const CAMPAIGN_CODES = [
  'chunfeng',
  'jiuye_yuanzhu',
  'city_joint_spring',
  'city_joint_autumn',
  'baitian_qianwan',
  'youth_service',
  'hr_market_service',
  'minqi_service_month',
  'jinqiu',
  'livestream_week',
  'soe_xinjiang_tibet',
  'campus_24365',
  'sme_100day_online',
  'postdoc_phd',
  'other',
  'none',
] as const;
/** One of {@link CAMPAIGN_CODES}. */
export type CampaignCode = (typeof CAMPAIGN_CODES)[number];
/** Display labels for {@link CampaignCode}. */
export const CAMPAIGN_LABELS: Readonly<Record<CampaignCode, Label>> = {
  chunfeng: { zh: '春风行动', en: 'Spring Breeze Campaign' },
  jiuye_yuanzhu: { zh: '就业援助月', en: 'Employment Assistance Month' },
  city_joint_spring: {
    zh: '全国城市联合招聘高校毕业生春季专场',
    en: 'National city joint graduate fairs (spring)',
  },
  city_joint_autumn: {
    zh: '全国城市联合招聘高校毕业生秋季专场',
    en: 'National city joint graduate fairs (autumn)',
  },
  baitian_qianwan: { zh: '百日千万招聘专项行动', en: '100 Days, 10 Million Jobs Campaign' },
  youth_service: { zh: '高校毕业生等青年就业服务攻坚行动', en: 'Youth employment service drive' },
  hr_market_service: { zh: '人力资源市场就业服务专项行动', en: 'HR market employment service drive' },
  minqi_service_month: { zh: '民营企业服务月', en: 'Private Enterprise Service Month' },
  jinqiu: { zh: '金秋招聘月', en: 'Golden Autumn Recruitment Month' },
  livestream_week: { zh: '直播带岗专项招聘周', en: 'Livestream recruitment week' },
  soe_xinjiang_tibet: {
    zh: '中央企业面向西藏、青海、新疆高校毕业生专场招聘',
    en: 'Central SOE fairs for graduates from Tibet, Qinghai and Xinjiang',
  },
  campus_24365: { zh: '24365校园招聘', en: '24365 campus recruitment' },
  sme_100day_online: { zh: '全国中小企业网上百日招聘', en: 'SME 100-day online recruitment' },
  postdoc_phd: { zh: '博士后和博士专场招聘', en: 'Postdoc and PhD recruitment' },
  other: { zh: '其他', en: 'Other' },
  none: { zh: '无', en: 'None' },
};

/** Normalised fair types (ACB335 大会类型). */
export const FAIR_TYPES = [
  '综合',
  '行业专场',
  '群体专场',
  '校园双选会',
  '高层次人才',
  '直播带岗',
  '跨区域劳务协作',
] as const;
/** One of {@link FAIR_TYPES}. */
export type FairType = (typeof FAIR_TYPES)[number];
/** Display labels for {@link FairType}. */
export const FAIR_TYPE_LABELS: Readonly<Record<FairType, Label>> = {
  综合: { zh: '综合', en: 'General' },
  行业专场: { zh: '行业专场', en: 'Industry-specific' },
  群体专场: { zh: '群体专场', en: 'For a target group' },
  校园双选会: { zh: '校园双选会', en: 'Campus fair' },
  高层次人才: { zh: '高层次人才', en: 'High-level talent' },
  直播带岗: { zh: '直播带岗', en: 'Livestream' },
  跨区域劳务协作: { zh: '跨区域劳务协作', en: 'Cross-regional labour cooperation' },
};

/** Job-seeker groups a fair targets. */
export const TARGET_GROUPS = [
  '高校毕业生',
  '农村劳动力',
  '退役军人',
  '就业困难人员',
  '残疾人',
  '脱贫人口',
  '登记失业人员',
  '灵活就业人员',
  '博士/博士后',
  '社会求职者',
  '女性/全职妈妈',
  '大龄劳动者',
] as const;
/** One of {@link TARGET_GROUPS}. */
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Whether a fair is held on site, online, or both (线下 / 线上 / 线上线下同步). */
export const FAIR_MODES = ['offline', 'online', 'hybrid'] as const;
/** One of {@link FAIR_MODES}. */
export type FairMode = (typeof FAIR_MODES)[number];
/** Display labels for {@link FairMode}. */
export const FAIR_MODE_LABELS: Readonly<Record<FairMode, Label>> = {
  offline: { zh: '线下', en: 'On site' },
  online: { zh: '线上', en: 'Online' },
  hybrid: { zh: '线上线下同步', en: 'On site and online' },
};

/** Fair status (AAE100 大会状态, normalised). */
export const FAIR_STATUSES = ['draft', 'upcoming', 'ongoing', 'ended', 'cancelled'] as const;
/** One of {@link FAIR_STATUSES}. */
export type FairStatus = (typeof FAIR_STATUSES)[number];
/** Display labels for {@link FairStatus}. */
export const FAIR_STATUS_LABELS: Readonly<Record<FairStatus, Label>> = {
  draft: { zh: '筹备中', en: 'Draft' },
  upcoming: { zh: '即将举办', en: 'Upcoming' },
  ongoing: { zh: '进行中', en: 'Ongoing' },
  ended: { zh: '已结束', en: 'Ended' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** Kinds of fair zone (招聘区/专区). */
export const ZONE_KINDS = ['industry', 'employer_type', 'function', 'region'] as const;
/** One of {@link ZONE_KINDS}. */
export type ZoneKind = (typeof ZONE_KINDS)[number];
/** Display labels for {@link ZoneKind}. */
export const ZONE_KIND_LABELS: Readonly<Record<ZoneKind, Label>> = {
  industry: { zh: '行业专区', en: 'By industry' },
  employer_type: { zh: '单位类型专区', en: 'By employer type' },
  function: { zh: '功能区', en: 'Functional area' },
  region: { zh: '地区专区', en: 'By region' },
};

/** 单位性质 (nature of an employer). */
export const EMPLOYER_NATURES = [
  '中央企业',
  '地方国有企业',
  '民营企业',
  '外资企业',
  '港澳台资企业',
  '事业单位',
  '机关',
  '社会组织',
  '其他',
] as const;
/** One of {@link EMPLOYER_NATURES}. */
export type EmployerNature = (typeof EMPLOYER_NATURES)[number];

/** Employer tags (上市公司, 专精特新 …). */
export const EMPLOYER_TAGS = [
  '上市公司',
  '专精特新',
  '专精特新小巨人',
  '高新技术企业',
  '国家级开发区企业',
  '独角兽',
  '瞪羚企业',
  '世界500强',
  '链主企业',
] as const;
/** One of {@link EMPLOYER_TAGS}. */
export type EmployerTag = (typeof EMPLOYER_TAGS)[number];

/** Employer size bands (AAB056). */
export const EMPLOYER_SCALES = [
  '20人以下',
  '20-99人',
  '100-299人',
  '300-499人',
  '500-999人',
  '1000-9999人',
  '10000人以上',
] as const;
/** One of {@link EMPLOYER_SCALES}. */
export type EmployerScale = (typeof EMPLOYER_SCALES)[number];

/** Employment type of a position (ACB239). */
export const JOB_TYPES = ['全职', '兼职', '实习', '见习'] as const;
/** One of {@link JOB_TYPES}. */
export type JobType = (typeof JOB_TYPES)[number];

/** Campus vs general recruitment. */
export const RECRUIT_TYPES = ['校园招聘', '社会招聘'] as const;
/** One of {@link RECRUIT_TYPES}. */
export type RecruitType = (typeof RECRUIT_TYPES)[number];

/** Required work experience (AAE162). */
export const EXPERIENCE_LEVELS = [
  '不限',
  '应届毕业生',
  '1年以下',
  '1-3年',
  '3-5年',
  '5-10年',
  '10年以上',
] as const;
/** One of {@link EXPERIENCE_LEVELS}. */
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/** Salary units. */
export const SALARY_UNITS = ['CNY/month', 'CNY/year', 'CNY/day', 'CNY/hour'] as const;
/** One of {@link SALARY_UNITS}. */
export type SalaryUnit = (typeof SALARY_UNITS)[number];

/** Education levels (GB/T 4658 top categories as used by 金保 AAC011; `00` = 不限), code and label. */
export const EDUCATION_LEVELS = [
  { code: '00', zh: '不限', en: 'Any' },
  { code: '11', zh: '博士研究生', en: 'Doctorate' },
  { code: '14', zh: '硕士研究生', en: "Master's" },
  { code: '21', zh: '大学本科', en: "Bachelor's" },
  { code: '31', zh: '大学专科', en: 'Associate degree' },
  { code: '41', zh: '中专/中技/职高', en: 'Secondary vocational' },
  { code: '61', zh: '普通高中', en: 'Senior high school' },
  { code: '71', zh: '初中', en: 'Junior high school' },
] as const;
/** Education level code, one of {@link EDUCATION_LEVELS}' codes. */
export type EducationCode = (typeof EDUCATION_LEVELS)[number]['code'];
/** Education level zh-CN label, one of {@link EDUCATION_LEVELS}' `zh` labels. */
export type EducationLabel = (typeof EDUCATION_LEVELS)[number]['zh'];

// ---------------------------------------------------------------------------------------------------------------
// Postdocs (博士后)

/** Station types: 博士后科研流动站 / 博士后科研工作站 / 工作分站 (园区) / 博士后创新实践基地 (省级). */
export const STATION_TYPES = ['flow_station', 'work_station', 'work_substation', 'innovation_base'] as const;
/** One of {@link STATION_TYPES}. */
export type StationType = (typeof STATION_TYPES)[number];
/** Display labels for {@link StationType}. */
export const STATION_TYPE_LABELS: Readonly<Record<StationType, Label>> = {
  flow_station: { zh: '博士后科研流动站', en: 'Postdoctoral research station (university/institute)' },
  work_station: { zh: '博士后科研工作站', en: 'Postdoctoral workstation (enterprise)' },
  work_substation: { zh: '博士后科研工作分站', en: 'Postdoctoral workstation branch (park)' },
  innovation_base: { zh: '博士后创新实践基地', en: 'Provincial postdoctoral innovation base' },
};

/** Approval level of a station: 全国博士后管委会 (national) or the province. */
export const STATION_LEVELS = ['national', 'provincial'] as const;
/** One of {@link STATION_LEVELS}. */
export type StationLevel = (typeof STATION_LEVELS)[number];

/** Kinds of host organisation. */
export const HOST_ORG_TYPES = [
  'university',
  'research_institute',
  'enterprise',
  'hospital',
  'park',
  'lab',
  'other',
] as const;
/** One of {@link HOST_ORG_TYPES}. */
export type HostOrgType = (typeof HOST_ORG_TYPES)[number];
/** Display labels for {@link HostOrgType}. */
export const HOST_ORG_TYPE_LABELS: Readonly<Record<HostOrgType, Label>> = {
  university: { zh: '高校', en: 'University' },
  research_institute: { zh: '科研院所', en: 'Research institute' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  hospital: { zh: '医院', en: 'Hospital' },
  park: { zh: '园区', en: 'Industrial park' },
  lab: { zh: '实验室', en: 'Laboratory' },
  other: { zh: '其他', en: 'Other' },
};

/** Key industry fields for enterprise workstations and innovation bases (Hubei priorities). */
export const INDUSTRY_FIELDS = [
  '光电子信息',
  '新能源与智能网联汽车',
  '新能源新材料',
  '北斗',
  '生物医药',
  '数字经济',
  '高端装备',
  '现代化工',
  '绿色低碳',
] as const;
/** One of {@link INDUSTRY_FIELDS}; records may carry other strings too. */
export type IndustryField = (typeof INDUSTRY_FIELDS)[number];

/** Postdoc funding schemes an opening can reference. */
export const FUNDING_SCHEMES = [
  '国家资助博士后研究人员计划',
  '博士后创新人才支持计划',
  '中国博士后科学基金面上资助',
  '中国博士后科学基金特别资助',
  '博士后国际交流计划',
  '湖北省博士后尖端人才引进项目',
  '湖北省博士后先锋人才跟踪支持项目',
  '湖北省博士后卓越人才跟踪培养项目',
  '湖北省博士后创新研究岗位',
  '武汉市博士后资助',
  '单位自设',
] as const;
/** One of {@link FUNDING_SCHEMES}. */
export type FundingScheme = (typeof FUNDING_SCHEMES)[number];

// ---------------------------------------------------------------------------------------------------------------
// Divisions and common

/** Levels of an administrative division (`group` = 429000 省直辖县级行政区划, a grouping row). */
export const DIVISION_LEVELS = ['province', 'prefecture', 'group', 'county'] as const;
/** One of {@link DIVISION_LEVELS}. */
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** Coordinate reference systems: WGS84 (GPS / OSM), GCJ02 (AMap, Tencent), BD09 (Baidu). */
export const CRS_CODES = ['WGS84', 'GCJ02', 'BD09'] as const;
/** One of {@link CRS_CODES}. */
export type CrsCode = (typeof CRS_CODES)[number];

/** The four feed kinds (one feed file each). */
export const FEED_KINDS = ['job-fairs', 'postdoc', 'service-points', 'divisions'] as const;
/** One of {@link FEED_KINDS}. */
export type FeedKind = (typeof FEED_KINDS)[number];
