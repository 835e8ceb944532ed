import type { Dictionaries, Locale } from '@hbrs/core';
import { BANK_INFO, isOpenAt, type ServicePoint } from '@hbrs/sdk';
import { formatDistance } from './hours.js';
import zhCN, { type ServiceMapMessages } from './locales/zh-CN.js';
import en from './locales/en.js';

/** The texts of <hbrs-service-map> and its parts, by locale. */
export const messages: Dictionaries<ServiceMapMessages> = { 'zh-CN': zhCN, en };

/** A point's bank in the current locale (the SDK's English names; the published name in Chinese). */
export function bankName(p: ServicePoint, locale: Locale): string {
  if (locale === 'en') return BANK_INFO[p.bank.code]?.en ?? p.bank.name;
  return p.bank.name;
}

/** A distance in km as short localized text ("约 230 米", "3.5 km"). */
export function distanceText(km: number, locale: Locale): string {
  const t = messages[locale];
  return formatDistance(km, locale, { km: t.km, m: t.m });
}

/** Open at `at` (records come validated from the SDK); never open when the clock is invalid. */
export function openAt(p: ServicePoint, at: Date | undefined): boolean {
  return at !== undefined && isOpenAt(p, at);
}
