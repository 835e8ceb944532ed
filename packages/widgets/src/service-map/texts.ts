import type { Locale } from '@hbrs/core';
import { BANK_INFO, isOpenAt, type ServicePoint } from '@hbrs/sdk';
import { formatDistance } from './hours.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import zhCN, { type ServiceMapMessages } from './locales/zh-CN.js';

/**
 * The texts of <hbrs-service-map> and its parts: zh-CN ships in the bundle; the English ones are a chunk
 * loaded with the data when the page is in English (or as soon as it switches), so Chinese pages never
 * download them.
 */
export const texts = new LazyTexts<ServiceMapMessages>(zhCN, () => import('./locales/en.js'));

/** The texts in `locale` (Chinese until the English ones are there). */
export const messages = (locale: Locale): ServiceMapMessages => texts.text(locale);

/** A point's bank in the current locale (the SDK's English names; the published name in Chinese). */
export function bankName(p: ServicePoint, locale: Locale): string {
  if (locale === 'en') return BANK_INFO[p.bank.code]?.en ?? p.bank.name;
  return p.bank.name;
}

/** A distance in km as short localized text ("约 230 米", "3.5 km"). */
export function distanceText(km: number, locale: Locale): string {
  const t = messages(locale);
  return formatDistance(km, locale, { km: t.km, m: t.m });
}

/** Open at `at` (records come validated from the SDK); never open when the clock is invalid. */
export function openAt(p: ServicePoint, at: Date | undefined): boolean {
  return at !== undefined && isOpenAt(p, at);
}
