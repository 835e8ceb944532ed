import type { Locale } from '@hbrs/core';

/**
 * One way to pick a display label. A label is bilingual (`{ zh, en }`, the shape of the SDK's
 * vocabulary tables) or Chinese only (a string: its English comes later, e.g. with the lazily loaded
 * English texts, as a separate `english` table).
 */
export type LabelEntry = string | { readonly zh: string; readonly en?: string | undefined };

/** A vocabulary's labels by code. */
export type Labels = Readonly<Record<string, LabelEntry>>;

/**
 * The text of `label` in `locale`: English when the locale is English and there is an English label
 * (`english`, else the label's own `en`), else Chinese; `fallback` when there is no label.
 */
export function pickLabel(
  label: LabelEntry | undefined,
  locale: Locale,
  fallback = '',
  english?: string,
): string {
  if (label === undefined) return locale === 'en' && english ? english : fallback;
  const zh = typeof label === 'string' ? label : label.zh;
  if (locale !== 'en') return zh;
  return english || (typeof label === 'string' ? undefined : label.en) || zh;
}

const own = (table: object, code: string): boolean => Object.prototype.hasOwnProperty.call(table, code);

/**
 * The label of `code` in `table` for `locale` (see `pickLabel`), or the code itself when the table
 * has none. Only the table's own entries count (`constructor`, `__proto__` are codes like others).
 * `english` holds English labels that arrived later, by code.
 */
export function labelOf(
  table: Labels,
  code: string,
  locale: Locale,
  english?: Readonly<Record<string, string>>,
): string {
  const en = locale === 'en' && english && own(english, code) ? english[code] : undefined;
  return pickLabel(own(table, code) ? table[code] : undefined, locale, code, en);
}
