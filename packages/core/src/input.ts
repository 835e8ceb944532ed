/**
 * The one parser of what a person types or a portal presets: numbers (every calculator field and numeric
 * attribute) and year-months (every birth field and `birth` / `now` attribute), and the truncation of an
 * input echoed in a message. Widgets never parse numbers or dates with their own regular expressions.
 * @module
 */
import type { Dictionaries } from './i18n.js';
import zhCN from './locales/input.zh-CN.js';

/**
 * The messages of a rejected number input. Apart from the core texts, so a widget without a number field
 * does not download them.
 */
export type InputMessages = typeof zhCN;

/**
 * The messages of a rejected number input in every locale (see `inputErrorMessage`); `en` holds the Chinese
 * ones until `loadCoreTexts('en')` has loaded the English.
 */
export const inputMessages: Dictionaries<InputMessages> = { 'zh-CN': zhCN, en: zhCN };

/**
 * Converts full-width ASCII (ＡＢＣ１２３，．－) and the ideographic space to their half-width forms, the
 * ideographic full stop to a point and the Unicode minus to a hyphen, so "１２．５" typed with a Chinese IME
 * reads as "12.5".
 */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/。/g, '.')
    .replace(/\u2212/g, '-');
}

/** Why a number input was rejected. */
export type NumberInputError =
  | 'empty'
  | 'not-a-number'
  | 'decimal-comma'
  | 'negative'
  | 'not-positive'
  | 'not-integer'
  | 'too-small'
  | 'too-large';

/** Result of {@link parseNumberInput}: a finite value, or the reason it was rejected. */
export type NumberInputResult = { ok: true; value: number } | { ok: false; error: NumberInputError };

/** Options of {@link parseNumberInput}. */
export interface NumberInputOptions {
  /** Smallest value accepted (inclusive). */
  min?: number;
  /** Largest value accepted (inclusive). */
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
  /** Accept negative numbers (rejected by default). */
  allowNegative?: boolean;
  /** Only numbers greater than 0 (0 and negative numbers: `not-positive`). */
  positive?: boolean;
}

/** Digits with an optional decimal part and an optional exponent, after the group separators are gone. */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** A comma-grouped integer part: 1–3 digits, then groups of exactly three (`1,234,567`). */
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?(e[-+]?\d+)?$/i;

/**
 * Parses what a person typed into a number field, never NaN or Infinity:
 * - full-width digits and signs are accepted, spaces (and `_`) between digit groups ignored (`8 000`);
 * - a comma is a thousands separator only where it is one (`1,234.5`, `12,345`); anywhere else (`15,5`,
 *   `1,23`, `1.234,5`) it was meant as a decimal comma and is rejected (`decimal-comma`), never read as 155;
 * - exponent notation is a number like any other (`1e12` is `too-large` exactly as `1000000000000` is);
 * - `min`/`max` are inclusive, a number too large for a double is `too-large`.
 */
export function parseNumberInput(
  raw: string | number | null | undefined,
  options: NumberInputOptions = {},
): NumberInputResult {
  const text = toHalfWidth(String(raw ?? '')).replace(/[\s_]/g, '');
  if (text === '') return { ok: false, error: 'empty' };
  if (text.includes(',') && !GROUPED.test(text)) {
    return { ok: false, error: NUMBER.test(text.replace(/,/g, '')) ? 'decimal-comma' : 'not-a-number' };
  }
  const plain = text.replace(/,/g, '');
  if (!NUMBER.test(plain)) return { ok: false, error: 'not-a-number' };
  const value = Number(plain);
  if (Number.isNaN(value)) return { ok: false, error: 'not-a-number' };
  if (options.positive && value <= 0) return { ok: false, error: 'not-positive' };
  if (value < 0 && !options.allowNegative) return { ok: false, error: 'negative' };
  if (!Number.isFinite(value)) return { ok: false, error: value > 0 ? 'too-large' : 'too-small' };
  if (options.integer && !Number.isInteger(value)) return { ok: false, error: 'not-integer' };
  if (options.min !== undefined && value < options.min) return { ok: false, error: 'too-small' };
  if (options.max !== undefined && value > options.max) return { ok: false, error: 'too-large' };
  return { ok: true, value };
}

/** A year and a month (1–12). */
export interface YearMonth {
  year: number;
  month: number;
}

/**
 * Parses a year-month typed or preset by a person or a portal: `1970-05`, `1970-5`, `1970/05`, `1970.05`,
 * `1970年5月`, a full date (`1970-05-17`, `1970年5月17日`: the day is ignored), full-width digits and
 * separators accepted (`１９７０－０５`). Returns `undefined` when it is not one.
 */
export function parseYearMonth(value: unknown): YearMonth | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const text = toHalfWidth(value).replace(/\s/g, '');
  const m =
    /^(\d{4})([-/.])(\d{1,2})(?:\2\d{1,2})?$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(?:\d{1,2}日?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m.length === 4 ? m[3] : m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** How many characters of an input a message echoes (see {@link echoInput}). */
export const ECHO_MAX = 40;

/**
 * An input value as a message echoes it: at most `max` characters (whole code points, so an emoji or a
 * rare character is never cut in half), then "…". A 100,000-character preset never makes a 100,000-character
 * error message; the person still sees which value was meant.
 */
export function echoInput(value: unknown, max = ECHO_MAX): string {
  const text = String(value ?? '');
  if (text.length <= max) return text;
  // Enough UTF-16 units for `max + 1` code points, whatever their width.
  const chars = Array.from(text.slice(0, max * 2 + 2));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
