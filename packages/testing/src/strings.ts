/**
 * Strings to feed into every text field and every data field a widget renders. Each must show up
 * as literal text (or be rejected), never as markup, script, a live link or a broken layout.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__hbrsPwned=1">',
  '<script>window.__hbrsPwned=1</script>',
  '"><svg onload="window.__hbrsPwned=1">',
  "'; window.__hbrsPwned=1; '",
  '{{constructor.constructor("window.__hbrsPwned=1")()}}',
  '${window.__hbrsPwned=1}',
  'javascript:window.__hbrsPwned=1',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<a href="javascript:alert(1)">点我</a>',
  '<style>*{display:none!important}</style>',
  '\u202Eevil\u202C 反向文本 \u2067RTL\u2069',
  '武汉'.repeat(200),
  'Supercalifragilisticexpialidocious'.repeat(20),
  '👩‍👩‍👧‍👦🇨🇳😀 社保卡 💳',
  '\u0000\u0007\u001b[31m控制字符',
  '　全角空格　１２３　',
  '',
];

/** Hostile link values: none of them may become a clickable link. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  '//evil.example/',
  'not a url',
];

/** True when a hostile string managed to run script. */
export function wasPwned(win: Window = window): boolean {
  return (win as unknown as { __hbrsPwned?: number }).__hbrsPwned === 1;
}

/**
 * A huge data value without a single space (Chinese, Latin and digits): `chars` UTF-16 units, 1 Mi by
 * default (over 1 MB in UTF-8). A widget shows it clamped in a list and whole, wrapped, in the detail.
 */
export function hugeText(chars = 1 << 20): string {
  const unit = '湖北省武汉市人力资源和社会保障局Supercalifragilistic2026';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}
