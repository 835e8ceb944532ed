/**
 * National pension-adjustment notices (人力资源社会保障部 财政部《关于20XX年调整退休人员基本养老金的通知》): the facts
 * that are known with MED confidence. Provinces set their own plans with the national ratio as the ceiling.
 */
import type { Confidence } from '../sources.js';

/** Facts of one national adjustment notice. */
export interface NationalAdjustment {
  /** Adjustment year. */
  readonly year: number;
  /** Overall level in percent of the previous year's average monthly pension of retirees. */
  readonly overallPercent: number;
  /** What the percentage is of (Chinese). */
  readonly basisZh: string;
  /** Covered: retired on or before this date and drawing a monthly pension. */
  readonly retiredBy: string;
  /** Effective from (back-paid). */
  readonly effectiveFrom: string;
  /** Publication date, if known. */
  readonly published?: string;
  /** Scope (Chinese). */
  readonly scopeZh: string;
  /** Method (Chinese). */
  readonly methodZh: string;
  /** Document title. */
  readonly document: string;
  /** Official URLs. */
  readonly urls: readonly string[];
  /** Confidence. */
  readonly confidence: Confidence;
  /** Caveats. */
  readonly note?: string;
}

/** The 2025 national notice: 2% overall, retirees by 2024-12-31, from 2025-01-01 (MED). */
export const NATIONAL_ADJUSTMENT_2025: NationalAdjustment = {
  year: 2025,
  overallPercent: 2,
  basisZh: '2024年退休人员月人均基本养老金',
  retiredBy: '2024-12-31',
  effectiveFrom: '2025-01-01',
  published: '2025-07-10',
  scopeZh: '2024年12月31日前已按规定办理退休手续并按月领取基本养老金的企业和机关事业单位退休人员',
  methodZh:
    '定额调整、挂钩调整与适当倾斜相结合；挂钩调整与缴费年限和本人基本养老金水平挂钩；对高龄退休人员和艰苦边远地区退休人员适当倾斜。各省以全国总体调整比例为高限制定本省方案。',
  document: '人力资源社会保障部 财政部《关于2025年调整退休人员基本养老金的通知》',
  urls: [
    'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
    'https://www.mohrss.gov.cn/wap/zc/zcwj/202507/t20250710_548466.html',
  ],
  confidence: 'MED',
  note: 'A secondary summary claiming 5.2% for 2025 conflicts with the source citing the MOHRSS URL and is treated as an error.',
};

/** The 2024 national notice: 3% overall, retirees by 2023-12-31, from 2024-01-01 (MED). */
export const NATIONAL_ADJUSTMENT_2024: NationalAdjustment = {
  year: 2024,
  overallPercent: 3,
  basisZh: '2023年退休人员月人均基本养老金',
  retiredBy: '2023-12-31',
  effectiveFrom: '2024-01-01',
  scopeZh: '2023年12月31日前已按规定办理退休手续并按月领取基本养老金的企业和机关事业单位退休人员',
  methodZh: '定额调整、挂钩调整与适当倾斜相结合',
  document: '人力资源社会保障部 财政部《关于2024年调整退休人员基本养老金的通知》',
  urls: [],
  confidence: 'MED',
};
