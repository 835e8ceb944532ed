/**
 * Hubei 2025 pension adjustment — **EXAMPLE PARAMETERS, NOT OFFICIAL**.
 *
 * The official 湖北省2025年调整退休人员基本养老金 figures were not located (see HUBEI_2025_ADJUSTMENT, the template with
 * every amount `null`). Widgets need a rule set that computes so residents can see how an adjustment is built; this
 * one fills the template's structure (定额 + 挂钩缴费年限 + 挂钩本人养老金 + 高龄倾斜 + 艰苦边远地区) with round example
 * amounts chosen so that a typical enterprise retiree (about 3,000 元/month, 30 contribution years) gets about 2%,
 * the national overall level of the 2025 notice (the ceiling for provincial plans). They are NOT Hubei's figures.
 * Every widget that uses this set shows "示例参数测算 / estimate with example parameters". Replace it with the
 * official set (one JSON object, see docs/guide/policy.md) as soon as the 鄂人社 notice is available.
 */
import type { AdjustmentRuleSet } from '../adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from '../adjustment-types.js';

/** Hubei 2025 with example parameters (official: false), for demonstration and estimates only. */
export const HUBEI_2025_EXAMPLE_ADJUSTMENT: AdjustmentRuleSet = {
  schema: ADJUSTMENT_SCHEMA,
  provenance: {
    region: '湖北省',
    regionCode: '420000',
    year: 2025,
    official: false,
    confidence: 'LOW',
    note:
      'EXAMPLE PARAMETERS, not Hubei figures: the usual structure of provincial plans filled with round amounts that ' +
      'give about 2% (the 2025 national overall level) for a typical retiree (3,000 元/month, 30 years). ' +
      '示例参数：按往年方案结构与全国2%总体水平估算，并非湖北官方公布的数字。',
    basis: {
      document: '人力资源社会保障部 财政部《关于2025年调整退休人员基本养老金的通知》（全国总体调整水平2%）',
      url: 'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
    },
  },
  eligibility: { retiredBy: '2024-12-31', effectiveFrom: '2025-01-01' },
  ageAsOf: '2024-12-31',
  nationalLevel: { percent: 2, basisZh: '2024年退休人员月人均基本养老金' },
  rules: [
    { kind: 'flat', id: 'flat', labelZh: '定额调整（示例）', amount: 18 },
    {
      kind: 'per-year',
      id: 'per-year',
      labelZh: '挂钩调整：缴费年限（含视同缴费年限，示例）',
      amountPerYear: 1,
      yearCounting: 'full-years',
    },
    { kind: 'percent', id: 'percent', labelZh: '挂钩调整：本人2024年12月基本养老金（示例）', percent: 0.4 },
    {
      kind: 'age-tilt',
      id: 'age-tilt',
      labelZh: '高龄倾斜（截至2024年12月31日，示例）',
      bands: [
        { minAge: 70, maxAge: 74, amount: 10 },
        { minAge: 75, maxAge: 79, amount: 20 },
        { minAge: 80, maxAge: null, amount: 30 },
      ],
    },
    { kind: 'remote-area', id: 'remote-area', labelZh: '艰苦边远地区倾斜（示例）', amount: 10 },
  ],
};
