/**
 * Cleaning of single values with the warnings a user expects: full-width digits, stray white space, decimal commas.
 * @module
 */
import type { RowIssues } from './report.js';
import { tidySpaces, toHalfWidth } from './text.js';

/** A number in a cell: full-width digits and a decimal comma are fixed (and reported); NaN when not a number. */
export function numberIn(field: string, raw: string, issues: RowIssues): number {
  let s = toHalfWidth(raw).replace(/\s+/g, '');
  if (s !== raw.replace(/\s+/g, '')) {
    issues.warn(
      field,
      'full-width',
      `“${raw}”含全角字符，已按半角读取。`,
      `"${raw}" has full-width characters; read as ASCII.`,
    );
  }
  if (/^-?\d+,\d+$/.test(s)) {
    s = s.replace(',', '.');
    issues.warn(
      field,
      'decimal-comma',
      `“${raw}”中的逗号按小数点读取。`,
      `The comma in "${raw}" was read as a decimal point.`,
    );
  }
  s = s.replace(/[°度]$/, '');
  return s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number.NaN : Number(s);
}

/** Text of a cell with stray white space removed (reported when it changed more than the ends). */
export function textIn(field: string, raw: string, issues: RowIssues): string {
  const t = tidySpaces(raw);
  if (t !== raw.trim()) {
    issues.warn(field, 'whitespace', `“${t}”中多余的空格已删除。`, `Extra spaces removed from "${t}".`);
  }
  return t;
}
