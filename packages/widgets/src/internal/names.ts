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

/** The loader of the names chunk. Tests replace it to hold or fail the chunk. @internal */
export const namesChunk = { load: (): Promise<typeof NamesModule> => import('@hbrs/sdk/names-en') };

/** Loads the English names (once per page; again after a failure). Rejects when the chunk fails. */
export function loadEnglishNames(): Promise<void> {
  pending ??= namesChunk.load().then(
    (m) => {
      tables = m;
    },
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

const pick = (table: Readonly<Record<string, string>> | undefined, code: string): string | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;

/** Names in `locale` of coded things, each from its code and its Chinese name (the fallback). */
export const names = {
  /** A division (GB/T 2260 code): `Wuchang District` for 420106 武昌区. */
  division: (code: string, zh: string, locale: Locale): string =>
    (locale === 'en' && pick(tables?.DIVISION_NAMES_EN, code)) || zh,
  /** A 一级学科 (4-digit code): `Optical Engineering` for 0803 光学工程. */
  discipline: (code: string, zh: string, locale: Locale): string =>
    (locale === 'en' && pick(tables?.DISCIPLINE_NAMES_EN, code)) || zh,
  /** A value of a vocabulary coded by its Chinese label (funding scheme, employer nature …): `Funded by the host` for 单位自设. */
  term: (zh: string, locale: Locale): string => (locale === 'en' && pick(tables?.TERMS_EN, zh)) || zh,
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
