import type { Bilingual } from './vocab.js';

/**
 * A postdoc support scheme (资助计划 / 支持政策) the finder can show on a programme's detail, as data with its
 * source. Portals can pass their own list (with links to the exact policy documents) through the `schemes`
 * property.
 */
export interface PostdocSupportScheme {
  /** Identifier: the scheme name as it appears in openings' `fundingSchemes` (e.g. 湖北省博士后创新研究岗位). */
  id: string;
  /** Display name. */
  name: Bilingual;
  /** Who runs it. */
  level: 'national' | 'provincial' | 'city' | 'host';
  /** Issuing body. */
  issuer: Bilingual;
  /** One or two sentences on what it is. */
  summary: Bilingual;
  /** Where the scheme is published: a title and an http(s) link. */
  source: { title: Bilingual; url?: string };
  /**
   * When the scheme applies without being named in an opening: to programmes in these 市州 codes (all of Hubei
   * when left empty) and of these station types (all when left empty). Absent: only when an opening names it.
   */
  appliesTo?: { cities?: readonly string[]; stationTypes?: readonly string[] };
}

const B = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

const HUBEI_HRSS = B('湖北省人力资源和社会保障厅', 'Hubei Department of Human Resources and Social Security');
const HUBEI_SOURCE = { title: HUBEI_HRSS, url: 'https://rst.hubei.gov.cn/' };
const NATIONAL = B(
  '人力资源社会保障部、全国博士后管委会',
  'Ministry of Human Resources and Social Security; National Postdoctoral Committee',
);
const NATIONAL_SOURCE = {
  title: B('中国博士后网', 'China Postdoctor website'),
  url: 'https://www.chinapostdoctor.org.cn/',
};
const FOUNDATION = B('中国博士后科学基金会', 'China Postdoctoral Science Foundation');
const PROVINCIAL_NOTE = B(
  '申报条件、资助标准和时间以当年申报通知为准。',
  'Conditions, amounts and dates are set in each year’s call.',
);
const provincial = (id: string, en: string, zh: string, enSummary: string): PostdocSupportScheme => ({
  id,
  name: B(id, en),
  level: 'provincial',
  issuer: HUBEI_HRSS,
  summary: B(`${zh}${PROVINCIAL_NOTE['zh-CN']}`, `${enSummary} ${PROVINCIAL_NOTE.en}`),
  source: HUBEI_SOURCE,
  appliesTo: {},
});

/** The built-in schemes: the national schemes openings name, and Hubei's provincial and Wuhan's own. */
export const POSTDOC_SUPPORT_SCHEMES: readonly PostdocSupportScheme[] = [
  provincial(
    '湖北省博士后尖端人才引进项目',
    'Hubei leading postdoc talent recruitment programme',
    '湖北省资助在鄂设站单位引进优秀博士进站从事博士后研究的项目。',
    'Hubei funding for stations in the province that recruit outstanding PhDs as postdocs.',
  ),
  provincial(
    '湖北省博士后先锋人才跟踪支持项目',
    'Hubei pioneer postdoc follow-up support programme',
    '湖北省对入选国家级博士后资助计划的在鄂博士后给予跟踪支持的项目。',
    'Hubei follow-up support for postdocs in the province selected for national postdoc schemes.',
  ),
  provincial(
    '湖北省博士后卓越人才跟踪培养项目',
    'Hubei outstanding postdoc follow-up training programme',
    '湖北省对在鄂优秀博士后进行跟踪培养的项目。',
    'Hubei follow-up training for outstanding postdocs in the province.',
  ),
  provincial(
    '湖北省博士后创新研究岗位',
    'Hubei postdoc innovation research posts',
    '湖北省在设站单位和创新实践基地设立、给予资助的博士后研究岗位。',
    'Funded postdoc research posts Hubei sets up at stations and innovation bases.',
  ),
  {
    id: '武汉市博士后资助',
    name: B('武汉市博士后资助', 'Wuhan postdoc funding'),
    level: 'city',
    issuer: B('武汉市人力资源和社会保障局', 'Wuhan Human Resources and Social Security Bureau'),
    summary: B(
      '武汉市对在汉设站单位及在站博士后的资助。申报条件和标准以武汉市当年通知为准。',
      'Wuhan funding for stations and postdocs in Wuhan. Conditions and amounts are set in each year’s notice.',
    ),
    source: { title: B('武汉市人力资源和社会保障局', 'Wuhan HRSS Bureau'), url: 'https://rsj.wuhan.gov.cn/' },
    appliesTo: { cities: ['420100'] },
  },
  {
    id: '国家资助博士后研究人员计划',
    name: B('国家资助博士后研究人员计划', 'National postdoc researcher funding programme'),
    level: 'national',
    issuer: NATIONAL,
    summary: B(
      '国家层面按档次资助新进站博士后研究人员的计划，由设站单位组织申报。',
      'National funding, in tiers, for newly admitted postdocs; stations submit the applications.',
    ),
    source: NATIONAL_SOURCE,
  },
  {
    id: '博士后创新人才支持计划',
    name: B('博士后创新人才支持计划（博新计划）', 'Postdoctoral Innovative Talent Support Programme'),
    level: 'national',
    issuer: NATIONAL,
    summary: B(
      '面向应届或新近毕业的优秀博士、在重点领域开展博士后研究的国家级资助计划。',
      'National scheme for outstanding new PhDs doing postdoc research in priority fields.',
    ),
    source: NATIONAL_SOURCE,
  },
  {
    id: '中国博士后科学基金面上资助',
    name: B('中国博士后科学基金面上资助', 'China Postdoctoral Science Foundation general grant'),
    level: 'national',
    issuer: FOUNDATION,
    summary: B(
      '在站博士后可申请的科研启动资助，每年分批评审。',
      'Research grants in-station postdocs can apply for, reviewed in batches each year.',
    ),
    source: NATIONAL_SOURCE,
  },
  {
    id: '中国博士后科学基金特别资助',
    name: B('中国博士后科学基金特别资助', 'China Postdoctoral Science Foundation special grant'),
    level: 'national',
    issuer: FOUNDATION,
    summary: B(
      '资助在站期间取得突出进展的博士后。',
      'Grants for postdocs who make outstanding progress while in station.',
    ),
    source: NATIONAL_SOURCE,
  },
  {
    id: '博士后国际交流计划',
    name: B('博士后国际交流计划', 'Postdoctoral International Exchange Programme'),
    level: 'national',
    issuer: NATIONAL,
    summary: B(
      '支持博士后开展国际交流与合作研究的国家计划。',
      'National programme for postdoc international exchange and joint research.',
    ),
    source: NATIONAL_SOURCE,
  },
];

/**
 * The schemes that apply to a programme: those named in its openings (host schemes included, even when not in
 * `schemes`), then those that apply by rule to its city and station type.
 */
export function schemesFor(
  schemes: readonly PostdocSupportScheme[],
  programme: { stationType: string; city: string; named: readonly string[] },
): Array<{ scheme: PostdocSupportScheme; named: boolean }> {
  const out: Array<{ scheme: PostdocSupportScheme; named: boolean }> = [];
  const seen = new Set<string>();
  for (const id of programme.named) {
    if (seen.has(id)) continue;
    seen.add(id);
    const scheme = schemes.find((s) => s.id === id);
    if (scheme) out.push({ scheme, named: true });
  }
  for (const scheme of schemes) {
    const rule = scheme.appliesTo;
    if (!rule || seen.has(scheme.id)) continue;
    if (rule.cities?.length && !rule.cities.includes(programme.city)) continue;
    if (rule.stationTypes?.length && !rule.stationTypes.includes(programme.stationType)) continue;
    seen.add(scheme.id);
    out.push({ scheme, named: false });
  }
  return out;
}
