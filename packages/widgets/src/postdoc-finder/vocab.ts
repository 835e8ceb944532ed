import type { Locale } from '@hbrs/core';

/** A label in both shipped locales. */
export type Bilingual = Readonly<Record<Locale, string>>;

const L = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/** 学科门类 (2-digit category codes of the 2022 catalogue). */
export const CATEGORIES: Readonly<Record<string, Bilingual>> = {
  '01': L('哲学', 'Philosophy'),
  '02': L('经济学', 'Economics'),
  '03': L('法学', 'Law'),
  '04': L('教育学', 'Education'),
  '05': L('文学', 'Literature'),
  '06': L('历史学', 'History'),
  '07': L('理学', 'Science'),
  '08': L('工学', 'Engineering'),
  '09': L('农学', 'Agriculture'),
  '10': L('医学', 'Medicine'),
  '11': L('军事学', 'Military science'),
  '12': L('管理学', 'Management'),
  '13': L('艺术学', 'Art'),
  '14': L('交叉学科', 'Interdisciplinary'),
};

/** The 17 市州 of Hubei (GB/T 2260). */
export const CITIES: Readonly<Record<string, Bilingual>> = {
  '420100': L('武汉市', 'Wuhan'),
  '420200': L('黄石市', 'Huangshi'),
  '420300': L('十堰市', 'Shiyan'),
  '420500': L('宜昌市', 'Yichang'),
  '420600': L('襄阳市', 'Xiangyang'),
  '420700': L('鄂州市', 'Ezhou'),
  '420800': L('荆门市', 'Jingmen'),
  '420900': L('孝感市', 'Xiaogan'),
  '421000': L('荆州市', 'Jingzhou'),
  '421100': L('黄冈市', 'Huanggang'),
  '421200': L('咸宁市', 'Xianning'),
  '421300': L('随州市', 'Suizhou'),
  '422800': L('恩施州', 'Enshi'),
  '429004': L('仙桃市', 'Xiantao'),
  '429005': L('潜江市', 'Qianjiang'),
  '429006': L('天门市', 'Tianmen'),
  '429021': L('神农架林区', 'Shennongjia'),
};

/** Station types, short labels, in display order. */
export const STATION_TYPES: Readonly<Record<string, Bilingual>> = {
  flow_station: L('博士后科研流动站', 'Research station (university or institute)'),
  work_station: L('博士后科研工作站', 'Workstation (enterprise)'),
  work_substation: L('博士后科研工作分站', 'Workstation branch (park)'),
  innovation_base: L('博士后创新实践基地', 'Provincial innovation base'),
};

/** Hubei's key industry fields (records may carry others; those show as they are). */
export const INDUSTRY_FIELDS: Readonly<Record<string, Bilingual>> = {
  光电子信息: L('光电子信息', 'Optoelectronics and information'),
  新能源与智能网联汽车: L('新能源与智能网联汽车', 'New-energy and connected vehicles'),
  新能源新材料: L('新能源新材料', 'New energy and new materials'),
  北斗: L('北斗', 'BeiDou navigation'),
  生物医药: L('生物医药', 'Biomedicine'),
  数字经济: L('数字经济', 'Digital economy'),
  高端装备: L('高端装备', 'High-end equipment'),
  现代化工: L('现代化工', 'Modern chemical industry'),
  绿色低碳: L('绿色低碳', 'Green and low-carbon'),
};

/** The label of `code` in `table`, or the code itself when the table has none. */
export function label(table: Readonly<Record<string, Bilingual>>, code: string, locale: Locale): string {
  return table[code]?.[locale] ?? code;
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
