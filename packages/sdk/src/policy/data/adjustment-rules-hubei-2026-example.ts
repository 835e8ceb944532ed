/**
 * Hubei 2026 pension adjustment — **EXAMPLE PARAMETERS, NOT OFFICIAL**.
 *
 * Neither the 2026 national notice nor a Hubei 2026 plan is known to the project. This set carries the structure of
 * the 2025 national notice (定额调整 + 挂钩调整 (缴费年限, 本人基本养老金) + 适当倾斜 (高龄, 艰苦边远地区)) and
 * **assumes** its overall level, 2% (`nationalLevel.assumed: true`), for people retired by 2025-12-31, from
 * 2026-01-01, on the pension of December 2025. The amounts are round examples, different from the 2025 example
 * set so that an estimate says which year it used: a typical enterprise retiree (3,000 元/month, 30 contribution
 * years, under 70) gets 21 + 30 × 1 + 0.3% × 3000 = 60 元, 2.0%. They are NOT Hubei's figures. Replace the set
 * with the official one (JSON, `hbrs-feed check` validates it) once the 鄂人社 notice is published.
 */
import type { AdjustmentRuleSet } from '../adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from '../adjustment-types.js';

/** Hubei 2026 with example parameters (official: false), for demonstration and estimates only. */
export const HUBEI_2026_EXAMPLE_ADJUSTMENT: AdjustmentRuleSet = {
  schema: ADJUSTMENT_SCHEMA,
  provenance: {
    region: '湖北省',
    regionCode: '420000',
    year: 2026,
    official: false,
    confidence: 'LOW',
    note: 'EXAMPLE PARAMETERS, not Hubei figures; 2026 national level unknown, 2% of 2025 assumed. 示例参数，并非官方方案。',
    basis: {
      document:
        '人力资源社会保障部 财政部《关于2025年调整退休人员基本养老金的通知》（结构与2%总体水平，2026年沿用为假定）',
      url: 'https://www.gov.cn/zhengce/zhengceku/202507/content_7031449.htm',
    },
  },
  eligibility: { retiredBy: '2025-12-31', effectiveFrom: '2026-01-01' },
  ageAsOf: '2025-12-31',
  pensionMonth: '2025-12',
  nationalLevel: { percent: 2, basisZh: '2025年退休人员月人均基本养老金', assumed: true },
  rules: [
    { kind: 'flat', id: 'flat', labelZh: '定额调整（示例）', amount: 21 },
    {
      kind: 'per-year',
      id: 'per-year',
      labelZh: '挂钩调整：缴费年限（含视同缴费年限，示例）',
      amountPerYear: 1,
      yearCounting: 'full-years',
    },
    { kind: 'percent', id: 'percent', labelZh: '挂钩调整：本人2025年12月基本养老金（示例）', percent: 0.3 },
    {
      kind: 'age-tilt',
      id: 'age-tilt',
      labelZh: '高龄倾斜（截至2025年12月31日，示例）',
      bands: [
        { minAge: 70, maxAge: 74, amount: 15 },
        { minAge: 75, maxAge: 79, amount: 25 },
        { minAge: 80, maxAge: null, amount: 35 },
      ],
    },
    { kind: 'remote-area', id: 'remote-area', labelZh: '艰苦边远地区倾斜（示例）', amount: 10 },
  ],
};
