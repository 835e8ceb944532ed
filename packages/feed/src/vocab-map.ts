/**
 * Words as people write them mapped to the SDK's vocabulary codes: bank short names (工行, 建行, 邮储 …) and
 * service phrases (补换卡, 挂失, 激活 …).
 * @module
 */
import {
  BANK_CODES,
  BANK_INFO,
  SERVICE_CODES,
  SERVICE_LABELS,
  type BankCode,
  type ServiceCode,
} from '@hbrs/sdk';

// Longest first when matched: 武汉农商行 before 农商行, 中国银行 before 中行.
const BANK_ALIASES: readonly [string, BankCode][] = (
  [
    ['工商银行', 'ICBC'],
    ['工行', 'ICBC'],
    ['农业银行', 'ABC'],
    ['农行', 'ABC'],
    ['中国银行', 'BOC'],
    ['中行', 'BOC'],
    ['建设银行', 'CCB'],
    ['建行', 'CCB'],
    ['交通银行', 'BOCOM'],
    ['交行', 'BOCOM'],
    ['邮政储蓄', 'PSBC'],
    ['邮储', 'PSBC'],
    ['邮政', 'PSBC'],
    ['招商银行', 'CMB'],
    ['招行', 'CMB'],
    ['中信银行', 'CITIC'],
    ['中信', 'CITIC'],
    ['湖北银行', 'HUBEI_BANK'],
    ['汉口银行', 'HANKOU_BANK'],
    ['武汉农村商业银行', 'WUHAN_RCB'],
    ['武汉农商', 'WUHAN_RCB'],
    ['湖北农信', 'HUBEI_RCC'],
    ['农村信用', 'HUBEI_RCC'],
    ['农信社', 'HUBEI_RCC'],
    ['农村商业银行', 'HUBEI_RCC'],
    ['农商银行', 'HUBEI_RCC'],
    ['农商行', 'HUBEI_RCC'],
    ...BANK_CODES.filter((c) => c !== 'OTHER').map((c): [string, BankCode] => [BANK_INFO[c].zh, c]),
  ] as [string, BankCode][]
).sort((a, b) => b[0].length - a[0].length);

/** The bank a cell names, and whether it was a short or informal name (a warning) or not recognised at all. */
export function bankOf(text: string): { code: BankCode; how: 'code' | 'full' | 'alias' | 'unknown' } {
  const t = text.replace(/\s+/g, '');
  const upper = t.toUpperCase();
  if ((BANK_CODES as readonly string[]).includes(upper)) return { code: upper as BankCode, how: 'code' };
  for (const [alias, code] of BANK_ALIASES) {
    if (t.includes(alias))
      return { code, how: alias === BANK_INFO[code].zh && t === alias ? 'full' : 'alias' };
  }
  return { code: 'OTHER', how: 'unknown' };
}

// A phrase → service code table; the first pattern that matches a phrase wins, so specific ones come first.
const SERVICE_PATTERNS: readonly [RegExp, ServiceCode][] = [
  [/解挂|解除挂失/, 'card_unlock'],
  [/挂失/, 'card_loss_report'],
  [/即时制卡|即时发卡|立等可取|现场制卡/, 'card_instant_issue'],
  [/补换|补卡|换卡|补办/, 'card_replace'],
  [/激活|启用/, 'card_activate'],
  [/领卡|发放|领取社保卡/, 'card_collect'],
  [/密码/, 'card_pin_reset'],
  [/注销/, 'card_cancel'],
  [/电子社保卡|电子卡/, 'ecard_guide'],
  [/金融账户|金融功能|银行账户/, 'card_financial_account'],
  [/打印|参保证明|权益单|权益记录/, 'insurance_certificate_print'],
  [/查询/, 'insurance_record_query'],
  [/城乡居民|居民养老|居民社保/, 'resident_pension_contribution'],
  [/灵活就业/, 'flexible_employment_contribution'],
  [/资格认证|待遇认证|生存认证|认证/, 'benefit_eligibility_certification'],
  [/代发|养老金发放/, 'pension_payout'],
  [/参保登记/, 'personal_insurance_registration'],
  [/个人信息/, 'personal_info_change'],
  [/信息变更|信息修改|变更/, 'card_info_change'],
  [/失业/, 'unemployment_benefit_apply'],
  [/咨询/, 'policy_consulting'],
  [/申领|申请|办卡|新办|制卡/, 'card_apply'],
];

/** Service codes of a cell (`补换卡、挂失/解挂；激活`), and the phrases that named none. */
export function servicesOf(text: string): { codes: ServiceCode[]; unknown: string[] } {
  const codes: ServiceCode[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[、,，;；/|\n]+|\s{1,}|和|及/)) {
    const p = raw.trim();
    if (p === '') continue;
    const code = matchService(p);
    if (code === undefined) unknown.push(p);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

function matchService(p: string): ServiceCode | undefined {
  if ((SERVICE_CODES as readonly string[]).includes(p)) return p as ServiceCode;
  const exact = SERVICE_CODES.find((c) => SERVICE_LABELS[c].zh === p);
  if (exact) return exact;
  return SERVICE_PATTERNS.find(([re]) => re.test(p))?.[1];
}
