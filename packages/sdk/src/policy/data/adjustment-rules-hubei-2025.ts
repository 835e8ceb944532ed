/**
 * Hubei 2025 pension-adjustment rule set — **NOT OFFICIAL, parameters NOT ENTERED**.
 *
 * No copy of 湖北省2025年调整退休人员基本养老金 (定额, 挂钩 per year, % of own pension, age thresholds) was located, and
 * the project's policy reference forbids inventing the amounts. This rule set therefore carries the usual structure
 * of provincial plans (定额 + 挂钩缴费年限 + 挂钩本人养老金 + 高龄倾斜 + 艰苦边远地区) with every amount `null`.
 * `pensionAdjustment` refuses it (`RULES_INCOMPLETE`) unless `allowIncomplete` is set.
 *
 * To enter the official figures: copy this object (or its JSON), fill every `null` from the 鄂人社 notice
 * (rst.hubei.gov.cn), adjust the age bands to the notice, set `official: true`, `document` and `url`, and pass it
 * to `pensionAdjustment` (or load it with `parseAdjustmentRules`).
 */
import type { AdjustmentRuleSet } from '../adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from '../adjustment-types.js';

/** Hubei 2025 template (official: false, amounts null). */
export const HUBEI_2025_ADJUSTMENT: AdjustmentRuleSet = {
  schema: ADJUSTMENT_SCHEMA,
  provenance: {
    region: '湖北省',
    regionCode: '420000',
    year: 2025,
    official: false,
    confidence: 'NOT_FOUND',
    note:
      'Structure only, from the usual shape of provincial plans and the 2025 national notice (定额 + 挂钩 + 倾斜). ' +
      'All amounts are null until the official 鄂人社 notice is entered. Age bands 70/75/80 are placeholders ' +
      'to be checked against the notice. National ceiling: 2% overall.',
  },
  eligibility: { retiredBy: '2024-12-31', effectiveFrom: '2025-01-01' },
  ageAsOf: '2024-12-31',
  nationalLevel: { percent: 2, basisZh: '2024年退休人员月人均基本养老金' },
  rules: [
    { kind: 'flat', id: 'flat', labelZh: '定额调整', amount: null },
    {
      kind: 'per-year',
      id: 'per-year',
      labelZh: '挂钩调整：缴费年限（含视同缴费年限）',
      amountPerYear: null,
      yearCounting: 'full-years',
    },
    { kind: 'percent', id: 'percent', labelZh: '挂钩调整：本人2024年12月基本养老金', percent: null },
    {
      kind: 'age-tilt',
      id: 'age-tilt',
      labelZh: '高龄倾斜（截至2024年12月31日）',
      bands: [
        { minAge: 70, maxAge: 74, amount: null },
        { minAge: 75, maxAge: 79, amount: null },
        { minAge: 80, maxAge: null, amount: null },
      ],
    },
    { kind: 'remote-area', id: 'remote-area', labelZh: '艰苦边远地区倾斜', amount: null },
  ],
};
