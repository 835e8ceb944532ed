/**
 * Provenance of every figure used by the policy engine: document number, URL, confidence.
 *
 * Confidence tags follow the project's policy reference (`policy-rules.md`):
 * - `HIGH`: official wording reproduced word for word in ≥ 2 independent sources, or confirmed by many test vectors;
 * - `MED`: one careful secondary source citing an official URL / document number, or several consistent unofficial ones;
 * - `LOW`: a single unofficial source, a user-provided compilation, or sources that disagree;
 * - `NOT_FOUND`: no source located; the figure is a configurable parameter with no default.
 * @module
 */
import { PolicyError, describeValue } from './errors.js';

/** Confidence of a figure, see the module documentation. */
export type Confidence = 'HIGH' | 'MED' | 'LOW' | 'NOT_FOUND';

/** Identifiers of the sources known to the engine. */
export type PolicySourceId =
  | 'retirement-age'
  | 'min-contribution'
  | 'flexible-retirement'
  | 'flexible-min-contribution-year'
  | 'pension-formula'
  | 'annuity-table'
  | 'annuity-age-47'
  | 'annuity-interpolation'
  | 'account-contribution-rate'
  | 'interest-rates'
  | 'interest-rates-provisional'
  | 'account-interest-convention'
  | 'transitional-pension'
  | 'hubei-transitional-coefficient'
  | 'contribution-base-bounds'
  | 'hubei-contribution-base-2025'
  | 'hubei-pension-base'
  | 'hubei-average-wage-2024'
  | 'national-adjustment-2025'
  | 'national-adjustment-2024'
  | 'hubei-adjustment-2025'
  | 'beijing-adjustment-2014';

/** Where a figure comes from and how sure we are. */
export interface PolicySource {
  /** Stable id. */
  readonly id: PolicySourceId;
  /** Short English title. */
  readonly title: string;
  /** Short Chinese title. */
  readonly titleZh: string;
  /**
   * Document name and number (文号) as the document writes them (Chinese), when there is one: no caveat in another
   * language here (a page shows it as it is, in any language); caveats go in `note`.
   */
  readonly document?: string;
  /** URLs of the official text or of the best located copy. */
  readonly urls: readonly string[];
  /** Confidence tag. */
  readonly confidence: Confidence;
  /** `true` only if the figure is taken from an official document (not a compilation or an estimate). */
  readonly official: boolean;
  /** Caveats, in English. */
  readonly note?: string;
}

const NPC_URLS = [
  'https://www.npc.gov.cn/npc/c2/kgfb/202409/t20240913_439534.html',
  'https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm',
  'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
] as const;
const GUOFA_38_URL = 'https://www.gov.cn/zhengce/zhengceku/2008-03/28/content_7376.htm';
const DECISION =
  '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》(2024-09-13) 及《国务院关于渐进式延迟法定退休年龄的办法》';

const SOURCES: Readonly<Record<PolicySourceId, PolicySource>> = {
  'retirement-age': {
    id: 'retirement-age',
    title: 'Gradual delay of the statutory retirement age (Art. 1 and Annexes 1–3)',
    titleZh: '渐进式延迟法定退休年龄（办法第一条、附件1–3）',
    document: `${DECISION} 第一条`,
    urls: NPC_URLS,
    confidence: 'HIGH',
    official: true,
    note: 'Effective 2025-01-01. Month-level algorithm reproduces all 27 independent public test vectors.',
  },
  'min-contribution': {
    id: 'min-contribution',
    title: 'Minimum contribution years 15 → 20 from 2030 (Art. 2 and Annex 4)',
    titleZh: '最低缴费年限自2030年起由15年逐步提高至20年（办法第二条、附件4）',
    document: `${DECISION} 第二条`,
    urls: NPC_URLS,
    confidence: 'HIGH',
    official: true,
  },
  'flexible-retirement': {
    id: 'flexible-retirement',
    title: 'Flexible early / delayed retirement, at most 3 years (Art. 3; 人社部发〔2024〕94号)',
    titleZh: '弹性提前/弹性延迟退休，最长不超过三年（办法第三条；人社部发〔2024〕94号）',
    document: `${DECISION} 第三条；《实施弹性退休制度暂行办法》(人社部发〔2024〕94号)`,
    urls: [...NPC_URLS, 'https://www.mohrss.gov.cn/wap/zc/zcwj/202501/t20250101_533701.html'],
    confidence: 'HIGH',
    official: true,
    note:
      'The ±3-year bounds and the floor at 60/55/50 are verbatim Art. 3 (HIGH). The procedure (written notice 3 months ' +
      'before early retirement, written agreement 1 month before the statutory date for a delay) is MED: no verbatim ' +
      'copy of the 94号 text was located.',
  },
  'flexible-min-contribution-year': {
    id: 'flexible-min-contribution-year',
    title: 'Which year fixes the minimum contribution for flexible early / delayed retirement',
    titleZh: '弹性提前/延迟退休时最低缴费年限按哪一年确定',
    document: '人社部发〔2024〕94号',
    urls: ['https://www.mohrss.gov.cn/wap/zc/zcwj/202501/t20250101_533701.html'],
    confidence: 'MED',
    official: false,
    note:
      'As summarised by third parties. Delay: the year of the statutory age (third-party summaries of 94号). Early: the chosen earlier year (two ' +
      'independent public implementations). The exact official sentence was not found.',
  },
  'pension-formula': {
    id: 'pension-formula',
    title: 'Basic pension formula for enterprise employees',
    titleZh: '企业职工基本养老金计发办法',
    document: '《国务院关于完善企业职工基本养老保险制度的决定》(国发〔2005〕38号)',
    urls: [GUOFA_38_URL],
    confidence: 'HIGH',
    official: true,
    note:
      'Parts rounded half-up to the fen; contribution years as printed on notices (two decimals) reproduce a real ' +
      '2025 Sichuan retirement notice to the fen (MED).',
  },
  'annuity-table': {
    id: 'annuity-table',
    title: 'Annuity divisor table (计发月数), ages 40–70',
    titleZh: '个人账户养老金计发月数表（40–70岁）',
    document: '国发〔2005〕38号 附件《个人账户养老金计发月数表》',
    urls: [GUOFA_38_URL],
    confidence: 'HIGH',
    official: true,
    note: 'About ten independent copies agree on ages 40–46 and 48–70. Age 47 is disputed (see annuity-age-47).',
  },
  'annuity-age-47': {
    id: 'annuity-age-47',
    title: 'Annuity divisor at age 47: 207 (default) or 208',
    titleZh: '47岁计发月数：207（默认）或208',
    document: '国发〔2005〕38号 附件',
    urls: [GUOFA_38_URL, 'http://www.xuchang.gov.cn/upload/2016/05/04/20160504154258597.pdf'],
    confidence: 'LOW',
    official: false,
    note:
      'The original table is an image and the value is disputed. 207 is given by the one source that cross-checked two government-hosted text copies (Xuchang PDF, Yueyang ' +
      'HRSS); 208 appears in many code copies. Default 207; override with the `age47` option.',
  },
  'annuity-interpolation': {
    id: 'annuity-interpolation',
    title: 'Month-level annuity divisor by linear interpolation, 1 decimal (local practice)',
    titleZh: '非整岁计发月数按月线性插值、保留一位小数（地方经办口径）',
    document: '济南市12345答复 (60岁1个月 = 138.4, 50岁1个月 = 194.6); 四川2025年退休核定通知单',
    urls: ['https://www.jinan.gov.cn/col23076/art/2025/art_23076_5018027.html'],
    confidence: 'MED',
    official: false,
    note: 'No national document prescribing a month-level table was found. Use `monthly: "floor"` for the whole-year value.',
  },
  'account-contribution-rate': {
    id: 'account-contribution-rate',
    title: 'Individual account credited with 8% of the contribution wage',
    titleZh: '个人账户按本人缴费工资的8%记账',
    document: '国发〔2005〕38号',
    urls: [GUOFA_38_URL],
    confidence: 'MED',
    official: true,
    note: 'As summarised by secondary sources.',
  },
  'interest-rates': {
    id: 'interest-rates',
    title: 'National individual-account interest rates (记账利率) 2016–2024',
    titleZh: '全国统一职工基本养老保险个人账户记账利率（2016–2024）',
    document: '人力资源社会保障部、财政部 历年公布',
    urls: ['https://www.yw.gov.cn/art/2025/6/3/art_1229134300_4228894.html'],
    confidence: 'MED',
    official: false,
    note: 'Compiled from the yearly notices. From one compilation (LOW–MED); 2024 = 2.62% confirmed by a Yiwu government disclosure.',
  },
  'interest-rates-provisional': {
    id: 'interest-rates-provisional',
    title: 'Interest rates 2025 (1.50%) and 2026 (2.60%): unverified',
    titleZh: '2025年（1.50%）、2026年（2.60%）记账利率：未核实',
    urls: [],
    confidence: 'LOW',
    official: false,
    note: 'Listed by one compilation only. Replace with the published rate.',
  },
  'account-interest-convention': {
    id: 'account-interest-convention',
    title: "Interest on the current year's contributions: × (1 + r × 1.083 × ½)",
    titleZh: '当年记账额计息：×（1 + 记账利率 × 1.083 × 1/2）',
    document: '《职工基本养老保险个人账户管理暂行办法》(劳办发〔1997〕116号)',
    urls: [],
    confidence: 'LOW',
    official: false,
    note:
      'Not in the project reference. Convention recalled from the 1997 account-management rules; not verified against the text. Configurable via ' +
      'the `currentYearInterest` option.',
  },
  'transitional-pension': {
    id: 'transitional-pension',
    title: 'Transitional pension (过渡性养老金) for "middle" cohort: provincial formula',
    titleZh: '过渡性养老金（“中人”）：省定公式',
    document: '国发〔2005〕38号（原则）；各省规定（计算公式）',
    urls: [GUOFA_38_URL],
    confidence: 'MED',
    official: false,
    note:
      'Shape 计发基数 × 视同缴费指数 × 建账前视同缴费年限 × 过渡系数; the exact Hubei formula was NOT FOUND, so the result ' +
      'is always labelled an estimate.',
  },
  'hubei-transitional-coefficient': {
    id: 'hubei-transitional-coefficient',
    title: 'Hubei transitional coefficient 1.2%; accounts opened 1996-01',
    titleZh: '湖北过渡系数1.2%；个人账户1996年1月建立',
    document: '鄂政发〔2006〕42号（过渡系数）；鄂政发〔1995〕111号（建账时间）',
    urls: [],
    confidence: 'LOW',
    official: false,
    note: 'One third-party calculation-engine data file. Configurable.',
  },
  'contribution-base-bounds': {
    id: 'contribution-base-bounds',
    title: 'Contribution base clamped to 60%–300% of the all-caliber average wage',
    titleZh: '缴费基数上下限为全口径城镇单位就业人员平均工资的60%–300%',
    document: '《降低社会保险费率综合方案》(国办发〔2019〕13号)',
    urls: [],
    confidence: 'MED',
    official: true,
  },
  'hubei-contribution-base-2025': {
    id: 'hubei-contribution-base-2025',
    title: 'Hubei 2025 contribution-base standards by tier',
    titleZh: '湖北省2025年度社会保险缴费基数标准（分档）',
    document: '鄂人社发〔2025〕28号',
    urls: [],
    confidence: 'MED',
    official: false,
    note:
      'Tier 1 (武汉/省直 7496, 4498–22488) MED: regression assertions in public calculator code citing the document ' +
      'number. Tiers 2–3 and city lists LOW–MED (user-provided compilation); their lower bounds are not 60% of the ' +
      'listed averages.',
  },
  'hubei-pension-base': {
    id: 'hubei-pension-base',
    title: 'Hubei 养老金计发基数 by city (2024, 2025)',
    titleZh: '湖北各市州养老金计发基数（2024、2025年）',
    document: '湖北省各地市养老金核定表口径（省厅文件未公开发布）',
    urls: [],
    confidence: 'LOW',
    official: false,
    note:
      'User-compiled from retirement approval forms. Two sources agree on 2025 武汉 9112, 宜昌 7424, 襄阳 7325, 荆州 7210. ' +
      "Before a year's base is published, new retirees are paid provisionally on the previous year's base (MED).",
  },
  'hubei-average-wage-2024': {
    id: 'hubei-average-wage-2024',
    title: 'Hubei 2024 all-caliber average wage ≈ 7484 元/月',
    titleZh: '湖北2024年全口径城镇单位就业人员月平均工资约7484元',
    urls: [],
    confidence: 'LOW',
    official: false,
    note: 'One third-party file citing a news report; an official 湖北统计局 figure was NOT FOUND.',
  },
  'national-adjustment-2025': {
    id: 'national-adjustment-2025',
    title: '2025 national pension adjustment: 2% overall',
    titleZh: '2025年调整退休人员基本养老金：总体调整水平2%',
    document: '人力资源社会保障部 财政部《关于2025年调整退休人员基本养老金的通知》',
    urls: [
      'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
      'https://www.mohrss.gov.cn/wap/zc/zcwj/202507/t20250710_548466.html',
    ],
    confidence: 'MED',
    official: true,
    note:
      'Published 2025-07-10; from 2025-01-01 (back-paid); retirees by 2024-12-31 drawing a monthly pension; 2% of the ' +
      '2024 average monthly pension; provinces set their own plans with the national ratio as the ceiling.',
  },
  'national-adjustment-2024': {
    id: 'national-adjustment-2024',
    title: '2024 national pension adjustment: 3% overall',
    titleZh: '2024年调整退休人员基本养老金：总体调整水平3%',
    document: '人力资源社会保障部 财政部《关于2024年调整退休人员基本养老金的通知》',
    urls: [],
    confidence: 'MED',
    official: true,
  },
  'hubei-adjustment-2025': {
    id: 'hubei-adjustment-2025',
    title: 'Hubei 2025 pension adjustment plan: NOT FOUND',
    titleZh: '湖北省2025年调整退休人员基本养老金方案：未找到',
    document: '湖北省人力资源和社会保障厅 2025年调整通知（待查）',
    urls: ['https://rst.hubei.gov.cn/'],
    confidence: 'NOT_FOUND',
    official: false,
    note: 'The notice is still to be located on rst.hubei.gov.cn. No amount may be hard-coded. The shipped rule set is a template with null parameters.',
  },
  'beijing-adjustment-2014': {
    id: 'beijing-adjustment-2014',
    title: 'Beijing 2014 pension adjustment (structure example only)',
    titleZh: '北京市2014年调整退休人员基本养老金（仅作结构示例）',
    document: '京人社养发〔2014〕48号',
    urls: [],
    confidence: 'MED',
    official: false,
    note: 'Figures as summarised in the project reference; not checked against the full text. Not Hubei, not 2025.',
  },
};

/**
 * Returns the provenance record for a source id.
 * @throws {@link PolicyError} `UNKNOWN_SOURCE`
 */
export function policySource(id: PolicySourceId): PolicySource {
  const s = (SOURCES as Record<string, PolicySource | undefined>)[id];
  if (!s) {
    throw new PolicyError(
      'UNKNOWN_SOURCE',
      `unknown policy source ${describeValue(id)}`,
      `未知的政策来源 ${describeValue(id)}`,
      { id },
    );
  }
  return s;
}

/** Lists all provenance records (e.g. for a "sources" footnote section). */
export function listPolicySources(): readonly PolicySource[] {
  return Object.values(SOURCES);
}
