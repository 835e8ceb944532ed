/**
 * 个人账户养老金计发月数表, 国发〔2005〕38号 附件 (ages 40–70).
 *
 * HIGH for every age except 47 (disputed: 207 vs 208, see `annuity-age-47`). Source of the numbers:
 * https://www.gov.cn/zhengce/zhengceku/2008-03/28/content_7376.htm (attachment is an image; about ten independent
 * text copies agree on 40–46 and 48–70).
 */

/** Default value for age 47 (LOW confidence; 208 in many code copies). */
export const ANNUITY_MONTHS_AGE_47_DEFAULT = 207;
/** The alternative value for age 47 found in many code copies. */
export const ANNUITY_MONTHS_AGE_47_ALTERNATIVE = 208;

/** Whole-year 计发月数 by retirement age, 40–70 (47 = 207 by default). */
export const ANNUITY_MONTHS_TABLE: Readonly<Record<number, number>> = Object.freeze({
  40: 233,
  41: 230,
  42: 226,
  43: 223,
  44: 220,
  45: 216,
  46: 212,
  47: ANNUITY_MONTHS_AGE_47_DEFAULT,
  48: 204,
  49: 199,
  50: 195,
  51: 190,
  52: 185,
  53: 180,
  54: 175,
  55: 170,
  56: 164,
  57: 158,
  58: 152,
  59: 145,
  60: 139,
  61: 132,
  62: 125,
  63: 117,
  64: 109,
  65: 101,
  66: 93,
  67: 84,
  68: 75,
  69: 65,
  70: 56,
});

/** Youngest age in the table. */
export const ANNUITY_MIN_AGE = 40;
/** Oldest age in the table. */
export const ANNUITY_MAX_AGE = 70;
