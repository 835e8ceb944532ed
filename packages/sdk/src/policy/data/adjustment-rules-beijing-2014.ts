/**
 * Beijing 2014 pension adjustment (京人社养发〔2014〕48号) — a **structure example**, not Hubei and not 2025.
 *
 * The only provincial plan with exact figures in the project reference. Figures as summarised there (not checked
 * against the full text; band boundaries taken as [min, max)):
 * - 缴费年限 ≥ 10 years: 3.5 元 per full year per month; under 10 years: 35 元 flat;
 * - flat amount by own-pension band: < 2773 → 150; 2773–3770 → 100; 3770–4770 → 70; ≥ 4770 → 60;
 * - age supplements as of 2013-12-31: 65–69 → 90; 70–74 → 110; 75–79 → 130; ≥ 80 → 150.
 */
import type { AdjustmentRuleSet } from '../adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from '../adjustment-types.js';

/** Beijing 2014 example rule set. */
export const BEIJING_2014_ADJUSTMENT: AdjustmentRuleSet = {
  schema: ADJUSTMENT_SCHEMA,
  provenance: {
    region: '北京市',
    regionCode: '110000',
    year: 2014,
    official: false,
    document: '京人社养发〔2014〕48号',
    confidence: 'MED',
    note:
      'Structure example from a secondary summary of the official notice; parts not listed there are missing. ' +
      'Band boundaries interpreted as [min, max).',
  },
  eligibility: { retiredBy: '2013-12-31', effectiveFrom: '2014-01-01' },
  ageAsOf: '2013-12-31',
  rules: [
    {
      kind: 'per-year',
      id: 'per-year',
      labelZh: '按缴费年限：每满1年3.5元，不足10年按35元',
      amountPerYear: 3.5,
      yearCounting: 'full-years',
      minimumAmount: 35,
    },
    {
      kind: 'flat',
      id: 'flat-by-pension',
      labelZh: '按本人基本养老金分档定额',
      bands: [
        { maxPension: 2773, amount: 150 },
        { minPension: 2773, maxPension: 3770, amount: 100 },
        { minPension: 3770, maxPension: 4770, amount: 70 },
        { minPension: 4770, amount: 60 },
      ],
    },
    {
      kind: 'age-tilt',
      id: 'age-tilt',
      labelZh: '高龄倾斜（截至2013年12月31日）',
      bands: [
        { minAge: 65, maxAge: 69, amount: 90 },
        { minAge: 70, maxAge: 74, amount: 110 },
        { minAge: 75, maxAge: 79, amount: 130 },
        { minAge: 80, amount: 150 },
      ],
    },
  ],
};
