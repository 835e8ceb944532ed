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

/** English labels of the target groups (the codes are the zh-CN labels); set when the English texts load. */
const audienceEn: Record<string, string> = {};

/** Adds English target-group labels (from the lazily loaded English texts). */
export function setAudienceLabels(en: Readonly<Record<string, string>>): void {
  Object.assign(audienceEn, en);
}

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
  audience: (code: string, locale: Locale): string => (locale === 'en' ? (audienceEn[code] ?? code) : code),
  education: (code: string, locale: Locale): string => {
    const e = EDUCATION_LEVELS.find((l) => l.code === code);
    return e ? (locale === 'en' ? e.en : e.zh) : code;
  },
};
