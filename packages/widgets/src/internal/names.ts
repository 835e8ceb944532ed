import { html, type TemplateResult } from 'lit';
import type { Locale } from '@hbrs/core';
import type * as NamesModule from '@hbrs/sdk/names-en';

/**
 * The one lookup of English names every widget uses for what the data names in Chinese (divisions, 一级学科,
 * vocabularies coded by their Chinese label): the SDK's tables in `@hbrs/sdk/names-en`, a chunk loaded once per page with a widget's
 * English texts (see `LazyTexts`), so Chinese pages never download it. Until it is there, and in Chinese,
 * each lookup gives the Chinese name it is passed.
 */
let tables: typeof NamesModule | undefined;
let pending: Promise<void> | undefined;

/** Loads the English names (once per page; again after a failure). Rejects when the chunk fails. */
export const loadEnglishNames = (): Promise<void> =>
  (pending ??= import('@hbrs/sdk/names-en').then(
    (m) => void (tables = m),
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  ));

const pick = (
  table: Readonly<Record<string, string>> | undefined,
  code: string,
  zh: string,
  locale: Locale,
) => (locale === 'en' && table && Object.hasOwn(table, code) && table[code]) || zh;

/** Names in `locale` of coded things, each from its code and its Chinese name (the fallback). */
export const names = {
  /** A division (GB/T 2260 code): `Wuchang District` for 420106 武昌区. */
  division: (code: string, zh: string, locale: Locale): string =>
    pick(tables?.DIVISION_NAMES_EN, code, zh, locale),
  /** A 一级学科 (4-digit code): `Optical Engineering` for 0803 光学工程. */
  discipline: (code: string, zh: string, locale: Locale): string =>
    pick(tables?.DISCIPLINE_NAMES_EN, code, zh, locale),
  /** A value of a vocabulary coded by its Chinese label (funding scheme, employer nature …): `Funded by the host` for 单位自设. */
  term: (zh: string, locale: Locale): string => pick(tables?.TERMS_EN, zh, zh, locale),
};

/**
 * Data text without an English form (a name, address or note as published), marked as Chinese for screen readers
 * and translation tools; `''` when absent.
 */
export const zhText = (text: string | undefined): TemplateResult | '' =>
  text ? html`<span lang="zh-CN">${text}</span>` : '';

/** `message` with its `{key}` placeholder replaced by `text` marked as Chinese data (see `zhText`). */
export const fillZh = (message: string, key: string, text: string): TemplateResult => {
  const [before, after = ''] = message.split(`{${key}}`);
  return html`${before}${zhText(text)}${after}`;
};

/** The non-empty `parts` with `sep` between them, for a template (parts may be marked data). */
export const joined = <T>(parts: readonly (T | '' | undefined)[], sep: string): (T | string)[] =>
  parts.filter((x): x is T => !!x).flatMap((x, i) => (i ? [sep, x] : [x]));
