import type { Locale } from './locale.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

/** The shape of a message dictionary: the zh-CN one is the reference every other locale must match. */
export type CoreMessages = typeof zhCN;

/** Dictionaries for every supported locale, typed against one reference shape. */
export type Dictionaries<M> = Record<Locale, M>;

/** The shared (core) texts for `locale`. */
export const coreMessages: Dictionaries<CoreMessages> = { 'zh-CN': zhCN, en };

/** Formats a number of yuan as money in `locale` (CNY, two decimals). */
export function formatMoney(locale: Locale, yuan: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(yuan);
}

/** Formats a date (and optionally time) in Asia/Shanghai, whatever the device's time zone. */
export function formatDateTime(
  locale: Locale,
  date: Date | number | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', ...options }).format(d);
}
