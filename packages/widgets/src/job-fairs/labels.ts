import { CAMPAIGN_LABELS, FAIR_MODE_LABELS, FAIR_STATUS_LABELS, type Label } from '@hbrs/sdk';
import type { Locale } from '@hbrs/core';

/** English labels of the target groups (the codes are the zh-CN labels); set when the English texts load. */
const audienceEn: Record<string, string> = {};

/** Adds English target-group labels (from the lazily loaded English texts). */
export function setAudienceLabels(en: Readonly<Record<string, string>>): void {
  Object.assign(audienceEn, en);
}

/** The label of `code` in a zh/en label table of the SDK (the code itself when unknown). */
export function pick(table: Readonly<Record<string, Label>>, code: string, locale: Locale): string {
  const l = table[code];
  return l ? (locale === 'en' ? l.en : l.zh) : code;
}

/** Display label of a vocabulary code in `locale` (the code itself when unknown). */
export const labels = {
  campaign: (code: string, locale: Locale): string => pick(CAMPAIGN_LABELS, code, locale),
  mode: (code: string, locale: Locale): string => pick(FAIR_MODE_LABELS, code, locale),
  status: (code: string, locale: Locale): string => pick(FAIR_STATUS_LABELS, code, locale),
  audience: (code: string, locale: Locale): string => (locale === 'en' ? (audienceEn[code] ?? code) : code),
};

/** The separator of a list of labels in `locale` (`、` in Chinese). */
export const listSep = (locale: Locale): string => (locale === 'en' ? ', ' : '、');
