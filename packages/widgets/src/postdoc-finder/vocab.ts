import type { Locale } from '@hbrs/core';

/** A label in both shipped locales. */
export type Bilingual = Readonly<Record<Locale, string>>;

/** Display labels of one vocabulary, by code (zh-CN; English ones come with the English texts). */
export type LabelTable = Readonly<Record<string, string>>;

/** 学科门类 (2-digit category codes of the 2022 catalogue). */
export const CATEGORIES: LabelTable = {
  '01': '哲学',
  '02': '经济学',
  '03': '法学',
  '04': '教育学',
  '05': '文学',
  '06': '历史学',
  '07': '理学',
  '08': '工学',
  '09': '农学',
  '10': '医学',
  '11': '军事学',
  '12': '管理学',
  '13': '艺术学',
  '14': '交叉学科',
};

/** The 17 市州 of Hubei (GB/T 2260). */
export const CITIES: LabelTable = {
  '420100': '武汉市',
  '420200': '黄石市',
  '420300': '十堰市',
  '420500': '宜昌市',
  '420600': '襄阳市',
  '420700': '鄂州市',
  '420800': '荆门市',
  '420900': '孝感市',
  '421000': '荆州市',
  '421100': '黄冈市',
  '421200': '咸宁市',
  '421300': '随州市',
  '422800': '恩施州',
  '429004': '仙桃市',
  '429005': '潜江市',
  '429006': '天门市',
  '429021': '神农架林区',
};

/** Station types, in display order. */
export const STATION_TYPES: LabelTable = {
  flow_station: '博士后科研流动站',
  work_station: '博士后科研工作站',
  work_substation: '博士后科研工作分站',
  innovation_base: '博士后创新实践基地',
};

/** Hubei's key industry fields: their codes are their Chinese names. */
export const INDUSTRY_FIELDS: LabelTable = {};

const english = new Map<LabelTable, LabelTable>();

/** Registers the English labels of a table (done when the English texts load). */
export function setEnglishLabels(table: LabelTable, en: LabelTable): void {
  english.set(table, en);
}

/** The label of `code` in `table` for `locale`, or the code itself when there is none. */
export function label(table: LabelTable, code: string, locale: Locale): string {
  const own = Object.prototype.hasOwnProperty;
  const en = locale === 'en' ? english.get(table) : undefined;
  if (en && own.call(en, code)) return en[code]!;
  return own.call(table, code) ? table[code]! : code;
}

const moneyFormats = new Map<Locale, Intl.NumberFormat>();
/** Money in yuan, short (¥30万 / CN¥300K). */
export function money(locale: Locale, yuan: number): string {
  let f = moneyFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    moneyFormats.set(locale, f);
  }
  return f.format(yuan);
}
