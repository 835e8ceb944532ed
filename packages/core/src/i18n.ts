import type { InputMessages, NumberInputError } from './input.js';
import { dateTimeFormat, numberFormat } from './intl.js';
import type { Locale } from './locale.js';
import zhCN from './locales/zh-CN.js';

/** The shape of a message dictionary: the zh-CN one is the reference every other locale must match. */
export type CoreMessages = typeof zhCN;

/** Dictionaries for every supported locale, typed against one reference shape. */
export type Dictionaries<M> = Record<Locale, M>;

/**
 * The shared (core) texts for `locale`. The English ones are a chunk loaded with their first use (see
 * `loadCoreTexts`); `en` holds the Chinese texts until then.
 */
export const coreMessages: Dictionaries<CoreMessages> = { 'zh-CN': zhCN, en: zhCN };

/** Formats a number of yuan as money in `locale` (CNY, two decimals). */
export function formatMoney(locale: Locale, yuan: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'CNY' }).format(yuan);
}

/** Formats a date (and optionally time) in Asia/Shanghai, whatever the device's time zone. */
export function formatDateTime(
  locale: Locale,
  date: Date | number | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return '';
  return dateTimeFormat(locale, options).format(d);
}

/** Replaces `{name}` placeholders in a message with values. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * Plain-words message for an error in `locale`: SDK errors (objects with a `code` of network, timeout,
 * http, invalid-data or not-found) map to a sentence a resident understands; anything else is "unexpected".
 */
export function errorMessage(t: CoreMessages, error: unknown): string {
  const e = error as { code?: unknown; status?: unknown; crossOrigin?: unknown } | null;
  switch (e?.code) {
    case 'network':
      // A data source on another site that does not allow this one (CORS) looks like an outage to the browser.
      return e.crossOrigin === true ? t.errorCrossOrigin : t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'http':
      return typeof e.status === 'number' ? `${t.errorHttp} (HTTP ${e.status})` : t.errorHttp;
    case 'invalid-data':
      return t.errorInvalidData;
    case 'not-found':
      return t.errorNotFound;
    default:
      return t.errorUnknown;
  }
}

/** The message for a rejected number input (see `parseNumberInput`), from `inputMessages[locale]`. */
export function inputErrorMessage(
  t: InputMessages,
  error: NumberInputError,
  bounds: { min?: number; max?: number } = {},
): string {
  const map = {
    empty: t.inputEmpty,
    'not-a-number': t.inputNotANumber,
    'decimal-comma': t.inputDecimalComma,
    negative: t.inputNegative,
    'not-positive': t.inputNotPositive,
    'not-integer': t.inputNotInteger,
    'too-small': t.inputTooSmall,
    'too-large': t.inputTooLarge,
  } as const;
  return fill(map[error], { min: bounds.min ?? '', max: bounds.max ?? '' });
}
