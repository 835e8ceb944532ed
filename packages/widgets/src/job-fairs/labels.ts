import {
  CAMPAIGN_LABELS,
  EDUCATION_LEVELS,
  FAIR_MODE_LABELS,
  FAIR_STATUS_LABELS,
  FAIR_TYPE_LABELS,
  ZONE_KIND_LABELS,
  type Label,
} from '@hbrs/sdk';
import type { Locale } from '@hbrs/core';

/** English labels of the SDK's target groups (the codes are the zh-CN labels). */
const TARGET_GROUP_EN: Readonly<Record<string, string>> = {
  高校毕业生: 'College graduates',
  农村劳动力: 'Rural workers',
  退役军人: 'Veterans',
  就业困难人员: 'People with difficulty finding work',
  残疾人: 'People with disabilities',
  脱贫人口: 'People lifted out of poverty',
  登记失业人员: 'Registered unemployed',
  灵活就业人员: 'Flexible workers',
  '博士/博士后': 'PhDs and postdocs',
  社会求职者: 'General job seekers',
  '女性/全职妈妈': 'Women and stay-at-home mothers',
  大龄劳动者: 'Older workers',
};

const pick = (l: Label | undefined, locale: Locale, fallback: string): string =>
  l ? (locale === 'en' ? l.en : l.zh) : fallback;

/** Display label of a vocabulary code in `locale` (the code itself when unknown). */
export const labels = {
  campaign: (code: string, locale: Locale): string =>
    pick((CAMPAIGN_LABELS as Record<string, Label>)[code], locale, code),
  mode: (code: string, locale: Locale): string =>
    pick((FAIR_MODE_LABELS as Record<string, Label>)[code], locale, code),
  status: (code: string, locale: Locale): string =>
    pick((FAIR_STATUS_LABELS as Record<string, Label>)[code], locale, code),
  fairType: (code: string, locale: Locale): string =>
    pick((FAIR_TYPE_LABELS as Record<string, Label>)[code], locale, code),
  zoneKind: (code: string, locale: Locale): string =>
    pick((ZONE_KIND_LABELS as Record<string, Label>)[code], locale, code),
  audience: (code: string, locale: Locale): string =>
    locale === 'en' ? (TARGET_GROUP_EN[code] ?? code) : code,
  education: (code: string, locale: Locale): string => {
    const e = EDUCATION_LEVELS.find((l) => l.code === code);
    return e ? (locale === 'en' ? e.en : e.zh) : code;
  },
};
