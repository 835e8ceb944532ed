/**
 * Annual pension adjustment (基本养老金调整) for existing retirees: 定额 + 挂钩 (缴费年限, 本人养老金) + 倾斜 (高龄,
 * 艰苦边远地区), driven by a JSON-serialisable rule set for one region and year.
 * @module
 */
import type {
  AdjustmentRule,
  AdjustmentRuleSet,
  AgeTiltRule,
  Amount,
  FlatRule,
  PerYearRule,
} from './adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from './adjustment-types.js';
import { PolicyError, assertNumber, describeValue } from './errors.js';
import type { Ratio } from './money.js';
import { add, cmp, fenToYuan, fromNumber, int, mul, ratio, roundHalfUp, sub, toFen } from './money.js';
import type { YearsInput } from './years.js';
import { yearsToRatio } from './years.js';
import { daysInMonth, parseDate, parseYearMonth } from './yearmonth.js';

/** The retiree, as needed by {@link pensionAdjustment}. */
export interface AdjustmentPerson {
  /** Monthly basic pension before the adjustment (e.g. 本人2024年12月基本养老金), yuan. */
  readonly pension: number;
  /** 缴费年限 including deemed years: decimal or `{ years, months }`. */
  readonly contributionYears: YearsInput;
  /** Birth `'YYYY-MM'` or `'YYYY-MM-DD'` (for age tilts). Either `birth` or `age` is needed if the set has tilts. */
  readonly birth?: string;
  /** Age in full years as of the rule set's `ageAsOf` date (overrides `birth`). */
  readonly age?: number;
  /** Retirement month `'YYYY-MM'` or date `'YYYY-MM-DD'`, checked against `eligibility.retiredBy` when given. */
  readonly retiredAt?: string;
  /** Lives in a designated 艰苦边远地区. */
  readonly remoteArea?: boolean;
}

/** One part of the adjustment, for the breakdown. */
export interface AdjustmentPart {
  /** Rule id. */
  readonly ruleId: string;
  /** Rule kind. */
  readonly kind: AdjustmentRule['kind'] | 'minimum' | 'maximum';
  /** Chinese label. */
  readonly labelZh: string;
  /** English label. */
  readonly labelEn: string;
  /** Amount in yuan/month (rounded half-up to the fen); `null` if the rule's parameter is not yet entered. */
  readonly amount: number | null;
  /** Formula with the numbers filled in. */
  readonly formula: string;
  /** The rule that produced the part (absent for the minimum / maximum corrections). */
  readonly rule?: AdjustmentRule;
}

/** Result of {@link pensionAdjustment}. */
export interface AdjustmentResult {
  /** Whether the person is covered by the rule set (retired by `retiredBy`). */
  readonly eligible: boolean;
  /** Reason when not eligible (en / zh). */
  readonly reason?: { readonly en: string; readonly zh: string };
  /** Total monthly increase, yuan (sum of the parts, after minimum / maximum). 0 when not eligible. */
  readonly total: number;
  /** Total in fen. */
  readonly totalFen: number;
  /** Pension after the adjustment, yuan. */
  readonly newPension: number;
  /** Parts, in rule order, then any minimum / maximum correction. */
  readonly parts: readonly AdjustmentPart[];
  /** `false` when some parameters are still `null` (only with `allowIncomplete`); the total then omits them. */
  readonly complete: boolean;
  /** `true` only if the rule set is marked official. */
  readonly official: boolean;
  /** Provenance of the rule set. */
  readonly provenance: AdjustmentRuleSet['provenance'];
  /** Age used for tilts, if any. */
  readonly ageUsed?: number;
}

/** Options of {@link pensionAdjustment}. */
export interface AdjustmentOptions {
  /** Compute with missing (`null`) parameters left out instead of throwing `RULES_INCOMPLETE`. */
  readonly allowIncomplete?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** One problem found in a rule set by {@link checkAdjustmentRules}. */
export interface RuleSetIssue {
  /** `error`: the widgets refuse the rule set; `warning`: it loads, but a department should look at it. */
  readonly severity: 'error' | 'warning';
  /** Stable code: `invalid` (a field has the wrong shape), `json`, `duplicate-id`, `not-entered`, … */
  readonly code: string;
  /** Path of the offending field, e.g. `rules[2].amountPerYear` (`(root)` for the document itself). */
  readonly path: string;
  /** Index of the rule in `rules` when the issue is inside one (0-based; the first rule is 0). */
  readonly rule?: number;
  /** Id of that rule, when it has one. */
  readonly ruleId?: string;
  /** The field's own name (last part of `path`), e.g. `amountPerYear`. */
  readonly field: string;
  /** English message. */
  readonly message: string;
  /** Chinese message. */
  readonly messageZh: string;
  /** The offending value. */
  readonly value?: unknown;
}

/** Result of {@link checkAdjustmentRules}. */
export interface RuleSetCheck {
  /** The rule set, typed, when it has no error (warnings allowed). */
  readonly rules?: AdjustmentRuleSet;
  /** Every error and warning, in document order (errors of the shape first, then the publishing checks). */
  readonly issues: readonly RuleSetIssue[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fieldOf = (path: string): string => /([A-Za-z]+)(\[\d+\])?$/.exec(path)?.[1] ?? path;

/** Collects the shape errors of one rule set (no throw), so that a file check can name every one. */
class Collector {
  readonly issues: RuleSetIssue[] = [];
  constructor(private readonly rules?: unknown[]) {}

  private where(path: string): { rule?: number; ruleId?: string } {
    const m = /^rules\[(\d+)\]/.exec(path);
    if (!m) return {};
    const i = Number(m[1]);
    const r = this.rules?.[i];
    const id = isObj(r) && typeof r.id === 'string' ? r.id : undefined;
    return id === undefined ? { rule: i } : { rule: i, ruleId: id };
  }

  add(issue: Omit<RuleSetIssue, 'field' | 'rule' | 'ruleId'>): void {
    this.issues.push({ ...issue, field: fieldOf(issue.path), ...this.where(issue.path) });
  }

  invalid(path: string, expected: string, value: unknown): false {
    this.add({
      severity: 'error',
      code: 'invalid',
      path,
      value,
      message: `adjustment rules: ${path} must be ${expected}, got ${describeValue(value)}`,
      messageZh: `调整规则：${path} 应为 ${expected}，实际为 ${describeValue(value)}`,
    });
    return false;
  }

  amount(v: unknown, path: string, optional = false): void {
    if (v === null || (v === undefined && optional)) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.invalid(path, 'a finite number or null', v);
  }

  num(v: unknown, path: string, optional = false): void {
    if (v === undefined && optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.invalid(path, 'a finite number', v);
  }

  str(v: unknown, path: string, optional = false): void {
    if (v === undefined && optional) return;
    if (typeof v !== 'string') this.invalid(path, 'a string', v);
  }

  date(v: unknown, path: string): void {
    if (v === undefined) return;
    try {
      parseDate(v, path);
    } catch {
      this.invalid(path, "a date 'YYYY-MM-DD'", v);
    }
  }

  month(v: unknown, path: string): void {
    if (v === undefined) return;
    try {
      parseYearMonth(v, path);
    } catch {
      this.invalid(path, "a month 'YYYY-MM'", v);
    }
  }

  /** A non-empty array whose items are objects; calls `each` for each object. */
  list(v: unknown, path: string, each: (o: Record<string, unknown>, p: string) => void): void {
    if (!Array.isArray(v) || v.length === 0) {
      this.invalid(path, 'a non-empty array', v);
      return;
    }
    v.forEach((b: unknown, i) => {
      const p = `${path}[${i}]`;
      if (isObj(b)) each(b, p);
      else this.invalid(p, 'an object', b);
    });
  }
}

function checkRule(c: Collector, r: unknown, path: string): void {
  if (!isObj(r)) {
    c.invalid(path, 'an object', r);
    return;
  }
  c.str(r.id, `${path}.id`);
  c.str(r.labelZh, `${path}.labelZh`, true);
  switch (r.kind) {
    case 'flat': {
      c.amount(r.amount, `${path}.amount`, true);
      if (r.bands !== undefined)
        c.list(r.bands, `${path}.bands`, (b, p) => {
          c.num(b.minPension, `${p}.minPension`, true);
          c.num(b.maxPension, `${p}.maxPension`, true);
          c.amount(b.amount, `${p}.amount`);
        });
      if ((r.amount === undefined) === (r.bands === undefined))
        c.invalid(path, "exactly one of 'amount' or 'bands'", r);
      return;
    }
    case 'per-year': {
      c.amount(r.amountPerYear, `${path}.amountPerYear`, true);
      c.amount(r.minimumAmount, `${path}.minimumAmount`, true);
      if (
        r.yearCounting !== undefined &&
        !['full-years', 'round-up', 'exact'].includes(r.yearCounting as string)
      )
        c.invalid(`${path}.yearCounting`, "'full-years', 'round-up' or 'exact'", r.yearCounting);
      if (r.segments !== undefined)
        c.list(r.segments, `${path}.segments`, (s, p) => {
          c.num(s.fromYears, `${p}.fromYears`);
          if (s.toYears !== null) c.num(s.toYears, `${p}.toYears`, true);
          c.amount(s.amountPerYear, `${p}.amountPerYear`);
        });
      if ((r.amountPerYear === undefined) === (r.segments === undefined))
        c.invalid(path, "exactly one of 'amountPerYear' or 'segments'", r);
      return;
    }
    case 'percent':
      c.amount(r.percent, `${path}.percent`);
      return;
    case 'age-tilt':
      c.list(r.bands, `${path}.bands`, (b, p) => {
        c.num(b.minAge, `${p}.minAge`);
        if (b.maxAge !== null) c.num(b.maxAge, `${p}.maxAge`, true);
        c.amount(b.amount, `${p}.amount`);
      });
      if (r.cumulative !== undefined && typeof r.cumulative !== 'boolean')
        c.invalid(`${path}.cumulative`, 'a boolean', r.cumulative);
      return;
    case 'remote-area':
      c.amount(r.amount, `${path}.amount`);
      return;
    default:
      c.invalid(`${path}.kind`, "'flat', 'per-year', 'percent', 'age-tilt' or 'remote-area'", r.kind);
  }
}

/** The shape errors of a parsed document, in document order. */
function shapeIssues(v: unknown): Collector {
  if (!isObj(v)) {
    const c = new Collector();
    c.invalid('(root)', 'an object', v);
    return c;
  }
  const c = new Collector(Array.isArray(v.rules) ? v.rules : undefined);
  if (v.schema !== ADJUSTMENT_SCHEMA) c.invalid('schema', `'${ADJUSTMENT_SCHEMA}'`, v.schema);
  const p = v.provenance;
  if (!isObj(p)) c.invalid('provenance', 'an object', p);
  else {
    c.str(p.region, 'provenance.region');
    c.str(p.regionCode, 'provenance.regionCode', true);
    if (typeof p.year !== 'number' || !Number.isFinite(p.year)) c.num(p.year, 'provenance.year');
    else if (!Number.isInteger(p.year)) c.invalid('provenance.year', 'an integer', p.year);
    if (typeof p.official !== 'boolean') c.invalid('provenance.official', 'a boolean', p.official);
    c.str(p.document, 'provenance.document', true);
    c.str(p.url, 'provenance.url', true);
    c.str(p.note, 'provenance.note', true);
    if (p.confidence !== undefined && !['HIGH', 'MED', 'LOW', 'NOT_FOUND'].includes(p.confidence as string))
      c.invalid('provenance.confidence', "'HIGH', 'MED', 'LOW' or 'NOT_FOUND'", p.confidence);
    if (p.basis !== undefined) {
      if (!isObj(p.basis)) c.invalid('provenance.basis', 'an object', p.basis);
      else {
        c.str(p.basis.document, 'provenance.basis.document');
        c.str(p.basis.url, 'provenance.basis.url', true);
      }
    }
  }
  if (v.eligibility !== undefined) {
    if (!isObj(v.eligibility)) c.invalid('eligibility', 'an object', v.eligibility);
    else {
      c.date(v.eligibility.retiredBy, 'eligibility.retiredBy');
      c.date(v.eligibility.effectiveFrom, 'eligibility.effectiveFrom');
    }
  }
  c.date(v.ageAsOf, 'ageAsOf');
  c.month(v.pensionMonth, 'pensionMonth');
  if (v.nationalLevel !== undefined) {
    if (!isObj(v.nationalLevel)) c.invalid('nationalLevel', 'an object', v.nationalLevel);
    else {
      c.num(v.nationalLevel.percent, 'nationalLevel.percent');
      if (v.nationalLevel.assumed !== undefined && typeof v.nationalLevel.assumed !== 'boolean')
        c.invalid('nationalLevel.assumed', 'a boolean', v.nationalLevel.assumed);
    }
  }
  c.amount(v.minimumIncrease, 'minimumIncrease', true);
  c.amount(v.maximumIncrease, 'maximumIncrease', true);
  if (!Array.isArray(v.rules)) c.invalid('rules', 'an array', v.rules);
  else {
    const ids = new Set<string>();
    v.rules.forEach((r: unknown, i) => {
      const before = c.issues.length;
      checkRule(c, r, `rules[${i}]`);
      if (c.issues.length > before || !isObj(r)) return;
      const id = r.id as string;
      if (ids.has(id)) c.invalid(`rules[${i}].id`, 'unique', id);
      ids.add(id);
    });
  }
  return c;
}

/** Parses JSON text, or returns the value; a JSON syntax error is a `json` issue. */
function fromText(input: unknown): { value?: unknown; issue?: RuleSetIssue } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) };
  } catch (e) {
    const m = (e as Error).message;
    return {
      issue: {
        severity: 'error',
        code: 'json',
        path: '(root)',
        field: '(root)',
        message: `adjustment rules: not valid JSON (${m})`,
        messageZh: `调整规则：不是有效的 JSON（${m}）`,
      },
    };
  }
}

/** What a department publishing the rule set should look at once its shape is right. */
function publishingIssues(set: AdjustmentRuleSet, c: Collector): void {
  const p = set.provenance;
  const missing = missingParameters(set);
  for (const path of missing) {
    c.add(
      p.official
        ? {
            severity: 'error',
            code: 'not-entered',
            path,
            message: `an official rule set must be complete: ${path} is null`,
            messageZh: `官方规则集必须填写完整：${path} 为 null（未填写）`,
          }
        : {
            severity: 'warning',
            code: 'not-entered',
            path,
            message: `${path} is not entered yet (null): the estimator shows "to be published" and no total`,
            messageZh: `${path} 尚未填写（null）：组件显示“待公布”，不给出调整总额`,
          },
    );
  }
  if (p.official && !p.document)
    c.add({
      severity: 'warning',
      code: 'no-document',
      path: 'provenance.document',
      message: 'an official rule set should name its document and number (文号)',
      messageZh: '官方规则集应写明文件名称和文号（provenance.document）',
    });
  if (!set.eligibility?.retiredBy || !set.eligibility.effectiveFrom)
    c.add({
      severity: 'warning',
      code: 'no-eligibility',
      path: 'eligibility',
      message: 'eligibility.retiredBy and eligibility.effectiveFrom are not both given',
      messageZh: '未同时给出 eligibility.retiredBy（退休截止日期）和 eligibility.effectiveFrom（执行日期）',
    });
  const from = set.eligibility?.effectiveFrom;
  if (from && Number(from.slice(0, 4)) !== p.year)
    c.add({
      severity: 'warning',
      code: 'year-mismatch',
      path: 'eligibility.effectiveFrom',
      value: from,
      message: `eligibility.effectiveFrom ${from} is not in the rule set's year ${p.year}`,
      messageZh: `执行日期 eligibility.effectiveFrom ${from} 不在规则集年份 ${p.year} 年内`,
    });
  const month = set.pensionMonth;
  if (month && from && month >= from.slice(0, 7))
    c.add({
      severity: 'warning',
      code: 'pension-month',
      path: 'pensionMonth',
      value: month,
      message: `pensionMonth ${month} should be before the plan takes effect (${from})`,
      messageZh: `被调整的养老金月份 pensionMonth ${month} 应早于执行日期 ${from}`,
    });
}

/**
 * Checks a rule set (an object, or a JSON string) and names **every** problem, with its path, the rule it is in
 * and a message in English and Chinese: what `hbrs-feed check <rules.json>` prints. Errors are what
 * {@link parseAdjustmentRules} refuses, plus an official set with parameters not entered; warnings are what a
 * department publishing the set should look at (parameters not entered in a template, no document number, no
 * eligibility dates, dates outside the set's year).
 *
 * @example
 * ```ts
 * const { rules, issues } = checkAdjustmentRules(text);
 * for (const i of issues) console.log(i.severity, i.path, i.messageZh);
 * ```
 */
export function checkAdjustmentRules(input: unknown): RuleSetCheck {
  const { value, issue } = fromText(input);
  if (issue) return { issues: [issue] };
  const c = shapeIssues(value);
  if (c.issues.length > 0) return { issues: c.issues };
  const set = value as AdjustmentRuleSet;
  publishingIssues(set, c);
  return c.issues.some((i) => i.severity === 'error')
    ? { issues: c.issues }
    : { rules: set, issues: c.issues };
}

/**
 * Validates a rule set (an object, or a JSON string) and returns it typed. Use it to load an official rule set
 * from a JSON file. {@link checkAdjustmentRules} lists every problem instead of the first.
 * @throws {@link PolicyError} `INVALID_RULES` with the offending path (the first problem; `details.issues` has all)
 *
 * @example
 * ```ts
 * const rules = parseAdjustmentRules(await (await fetch('/hubei-2025.json')).text());
 * ```
 */
export function parseAdjustmentRules(input: unknown): AdjustmentRuleSet {
  const { value, issue } = fromText(input);
  const issues = issue ? [issue] : shapeIssues(value).issues;
  const first = issues[0];
  if (first) {
    throw new PolicyError('INVALID_RULES', first.message, first.messageZh, {
      ...(first.code === 'json' ? {} : { path: first.path, value: first.value }),
      issues,
    });
  }
  return value as AdjustmentRuleSet;
}

/** The month whose pension the rule set adjusts, `YYYY-MM` (see `AdjustmentRuleSet.pensionMonth`). */
export function adjustedPensionMonth(rules: AdjustmentRuleSet): string {
  if (rules.pensionMonth) return rules.pensionMonth;
  const from = rules.eligibility?.effectiveFrom;
  if (from) {
    const d = parseDate(from, 'eligibility.effectiveFrom');
    const prev = d.month === 1 ? { y: d.year - 1, m: 12 } : { y: d.year, m: d.month - 1 };
    return `${prev.y}-${String(prev.m).padStart(2, '0')}`;
  }
  return `${rules.provenance.year - 1}-12`;
}

/**
 * Lists the parameters of a rule set that are still `null` (paths such as `rules[0].amount`).
 * An empty list means the rule set is complete.
 */
export function missingParameters(rules: AdjustmentRuleSet): string[] {
  const out: string[] = [];
  rules.rules.forEach((r, i) => {
    const p = `rules[${i}]`;
    switch (r.kind) {
      case 'flat':
        if (r.amount === null) out.push(`${p}.amount`);
        r.bands?.forEach((b, j) => b.amount === null && out.push(`${p}.bands[${j}].amount`));
        break;
      case 'per-year':
        if (r.amountPerYear === null) out.push(`${p}.amountPerYear`);
        if (r.minimumAmount === null) out.push(`${p}.minimumAmount`);
        r.segments?.forEach(
          (s, j) => s.amountPerYear === null && out.push(`${p}.segments[${j}].amountPerYear`),
        );
        break;
      case 'percent':
        if (r.percent === null) out.push(`${p}.percent`);
        break;
      case 'age-tilt':
        r.bands.forEach((b, j) => b.amount === null && out.push(`${p}.bands[${j}].amount`));
        break;
      case 'remote-area':
        if (r.amount === null) out.push(`${p}.amount`);
        break;
    }
  });
  if (rules.minimumIncrease === null) out.push('minimumIncrease');
  if (rules.maximumIncrease === null) out.push('maximumIncrease');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Computation

/** Age in full years on `asOf` (`YYYY-MM-DD`) for a birth `YYYY-MM` or `YYYY-MM-DD`. */
export function ageOn(birth: string, asOf: string): number {
  const a = parseDate(asOf, 'ageAsOf');
  let by: number;
  let bm: number;
  let bd: number | undefined;
  if (typeof birth === 'string' && birth.length === 7) {
    const b = parseYearMonth(birth, 'birth');
    by = b.year;
    bm = b.month;
  } else {
    const b = parseDate(birth, 'birth');
    by = b.year;
    bm = b.month;
    bd = b.day;
  }
  let passed: boolean;
  if (bm !== a.month) passed = bm < a.month;
  else if (bd !== undefined) passed = bd <= a.day;
  else if (a.day === daysInMonth(a.year, a.month)) passed = true;
  else {
    throw new PolicyError(
      'MISSING_PARAMETER',
      `birth ${birth} is in the same month as the reference date ${asOf}: give the full birth date 'YYYY-MM-DD' or the age`,
      `出生年月 ${birth} 与年龄计算基准日 ${asOf} 同月：请提供完整出生日期“YYYY-MM-DD”或直接提供年龄`,
      { field: 'birth', value: birth },
    );
  }
  const age = a.year - by - (passed ? 0 : 1);
  if (age < 0) {
    throw new PolicyError(
      'OUT_OF_RANGE',
      `birth ${birth} is after ${asOf}`,
      `出生日期 ${birth} 晚于 ${asOf}`,
      {
        field: 'birth',
        value: birth,
      },
    );
  }
  return age;
}

const KIND_LABELS: Record<AdjustmentRule['kind'], { zh: string; en: string }> = {
  flat: { zh: '定额调整', en: 'Flat amount' },
  'per-year': { zh: '挂钩调整（缴费年限）', en: 'Per contribution year' },
  percent: { zh: '挂钩调整（本人基本养老金）', en: 'Percentage of own pension' },
  'age-tilt': { zh: '高龄倾斜', en: 'Age supplement' },
  'remote-area': { zh: '艰苦边远地区倾斜', en: 'Remote-area supplement' },
};

const yuan = (r: Ratio): string => fenToYuan(toFen(r)).toFixed(2);
const numStr = (r: Ratio): string => {
  const x = Number(r.n) / Number(r.d);
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(4)));
};

interface Ctx {
  pension: Ratio;
  years: Ratio;
  age: number | undefined;
  remote: boolean;
}

function countYears(years: Ratio, mode: PerYearRule['yearCounting']): Ratio {
  if (mode === 'exact') return years;
  const floor = years.n / years.d; // non-negative
  if (mode === 'round-up') return int(years.n % years.d === 0n ? floor : floor + 1n);
  return int(floor);
}

/** Computes one rule: exact amount or null (missing parameter), plus a formula. */
function applyRule(rule: AdjustmentRule, c: Ctx): { exact: Ratio | null; formula: string } {
  switch (rule.kind) {
    case 'flat': {
      if (rule.bands) {
        const band = (rule as FlatRule).bands!.find(
          (b) =>
            (b.minPension === undefined || cmp(c.pension, fromNumber(b.minPension)) >= 0) &&
            (b.maxPension === undefined || cmp(c.pension, fromNumber(b.maxPension)) < 0),
        );
        if (!band) return { exact: int(0), formula: `pension ${numStr(c.pension)} matches no band → 0` };
        const range = `[${band.minPension ?? '−∞'}, ${band.maxPension ?? '+∞'})`;
        if (band.amount === null) return { exact: null, formula: `band ${range}: amount not entered` };
        return { exact: fromNumber(band.amount), formula: `band ${range} → ${band.amount}` };
      }
      if (rule.amount === null || rule.amount === undefined)
        return { exact: null, formula: 'amount not entered' };
      return { exact: fromNumber(rule.amount), formula: `${rule.amount}` };
    }
    case 'per-year': {
      const counted = countYears(c.years, rule.yearCounting ?? 'full-years');
      let exact: Ratio | null;
      let formula: string;
      if (rule.segments) {
        exact = int(0);
        const parts: string[] = [];
        for (const s of rule.segments) {
          const from = fromNumber(s.fromYears);
          const to = s.toYears === undefined || s.toYears === null ? undefined : fromNumber(s.toYears);
          const upper = to === undefined || cmp(counted, to) < 0 ? counted : to;
          const inSeg = cmp(upper, from) > 0 ? sub(upper, from) : int(0);
          if (cmp(inSeg, int(0)) === 0) continue;
          if (s.amountPerYear === null) {
            exact = null;
            parts.push(`${numStr(inSeg)} × (not entered)`);
            continue;
          }
          if (exact) exact = add(exact, mul(inSeg, fromNumber(s.amountPerYear)));
          parts.push(`${numStr(inSeg)} × ${s.amountPerYear}`);
        }
        formula = parts.length ? parts.join(' + ') : '0';
      } else if (rule.amountPerYear === null || rule.amountPerYear === undefined) {
        return { exact: null, formula: `${numStr(counted)} years × (not entered)` };
      } else {
        exact = mul(counted, fromNumber(rule.amountPerYear));
        formula = `${numStr(counted)} × ${rule.amountPerYear}`;
      }
      if (exact && rule.minimumAmount !== undefined) {
        if (rule.minimumAmount === null) return { exact: null, formula: `${formula}; minimum not entered` };
        const min = fromNumber(rule.minimumAmount);
        if (cmp(exact, min) < 0) {
          formula = `${formula} = ${yuan(exact)} < minimum ${rule.minimumAmount} → ${rule.minimumAmount}`;
          exact = min;
        }
      }
      return { exact, formula: exact ? `${formula} = ${yuan(exact)}` : formula };
    }
    case 'percent': {
      if (rule.percent === null) return { exact: null, formula: `${numStr(c.pension)} × (not entered)%` };
      const exact = mul(c.pension, mul(fromNumber(rule.percent), ratio(1n, 100n)));
      return { exact, formula: `${numStr(c.pension)} × ${rule.percent}% = ${yuan(exact)}` };
    }
    case 'age-tilt': {
      const age = c.age;
      if (age === undefined) throw new Error('unreachable: age required');
      const matching = (rule as AgeTiltRule).bands.filter(
        (b) => age >= b.minAge && (b.maxAge === undefined || b.maxAge === null || age <= b.maxAge),
      );
      if (matching.length === 0) return { exact: int(0), formula: `age ${age}: no band → 0` };
      const used = rule.cumulative
        ? matching
        : [matching.reduce((best, b) => (b.minAge > best.minAge ? b : best))];
      if (used.some((b) => b.amount === null))
        return { exact: null, formula: `age ${age}: amount not entered` };
      const exact = used.reduce<Ratio>((s, b) => add(s, fromNumber(b.amount as number)), int(0));
      const bands = used.map((b) => `${b.minAge}–${b.maxAge ?? ''}: ${b.amount}`).join(' + ');
      return { exact, formula: `age ${age} → ${bands}` };
    }
    case 'remote-area': {
      if (!c.remote) return { exact: int(0), formula: 'not in a designated remote area → 0' };
      if (rule.amount === null) return { exact: null, formula: 'amount not entered' };
      return { exact: fromNumber(rule.amount), formula: `${rule.amount}` };
    }
  }
}

/**
 * Monthly pension increase for one retiree under one region/year rule set, with the breakdown by rule.
 *
 * Each part is rounded half-up to the fen; the total is the sum of the parts, then raised to `minimumIncrease` /
 * capped at `maximumIncrease` (shown as extra parts). A rule set with `null` parameters throws `RULES_INCOMPLETE`
 * unless `allowIncomplete` is set. Check `result.official` before presenting a figure as official.
 *
 * @throws {@link PolicyError} `INVALID_RULES`, `RULES_INCOMPLETE`, `INVALID_NUMBER`, `MISSING_PARAMETER`
 *
 * @example
 * ```ts
 * const r = pensionAdjustment({ pension: 3000, contributionYears: 30, birth: '1938-03' }, BEIJING_2014_ADJUSTMENT);
 * r.total; // 105 (per-year) + 100 (flat band) + 130 (age 75–79) = 335
 * r.parts.map((p) => [p.labelZh, p.amount]);
 * ```
 */
export function pensionAdjustment(
  person: AdjustmentPerson,
  rules: AdjustmentRuleSet,
  options: AdjustmentOptions = {},
): AdjustmentResult {
  const set = parseAdjustmentRules(rules);
  const missing = missingParameters(set);
  if (missing.length > 0 && !options.allowIncomplete) {
    throw new PolicyError(
      'RULES_INCOMPLETE',
      `the ${set.provenance.region} ${set.provenance.year} rule set has parameters not yet entered: ${missing.join(', ')}`,
      `${set.provenance.region}${set.provenance.year}年调整规则尚有未填写的参数：${missing.join('、')}`,
      { missing },
    );
  }
  if (typeof person !== 'object' || person === null) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `person must be an object, got ${describeValue(person)}`,
      `person 应为对象，实际为 ${describeValue(person)}`,
      { field: 'person', value: person },
    );
  }
  assertNumber(person.pension, 'pension', { min: 0 });
  const pension = fromNumber(person.pension, 'pension');
  const years = yearsToRatio(person.contributionYears, 'contributionYears');
  const official = set.provenance.official;
  const pensionFen = toFen(pension);
  const base = {
    provenance: set.provenance,
    official,
    complete: missing.length === 0,
  };

  // Eligibility
  const retiredBy = set.eligibility?.retiredBy;
  if (retiredBy !== undefined && person.retiredAt !== undefined) {
    const by = parseDate(retiredBy, 'eligibility.retiredBy');
    const at =
      person.retiredAt.length === 7
        ? { ...parseYearMonth(person.retiredAt, 'retiredAt'), day: 1 }
        : parseDate(person.retiredAt, 'retiredAt');
    const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
    if (key(at) > key(by)) {
      return {
        ...base,
        eligible: false,
        reason: {
          en: `Retired after ${retiredBy}: not covered by the ${set.provenance.year} adjustment.`,
          zh: `${retiredBy}以后退休，不在${set.provenance.year}年调整范围内。`,
        },
        total: 0,
        totalFen: 0,
        newPension: fenToYuan(pensionFen),
        parts: [],
      };
    }
  }

  // Age for tilts
  let age: number | undefined;
  if (set.rules.some((r) => r.kind === 'age-tilt')) {
    if (person.age !== undefined) age = assertNumber(person.age, 'age', { integer: true, min: 0, max: 150 });
    else if (person.birth !== undefined) {
      const asOf = set.ageAsOf ?? `${set.provenance.year - 1}-12-31`;
      age = ageOn(person.birth, asOf);
    } else {
      throw new PolicyError(
        'MISSING_PARAMETER',
        "the rule set has age supplements: give the person's birth or age",
        '该调整规则含高龄倾斜：请提供出生年月或年龄',
        { field: 'birth' },
      );
    }
  }

  const ctx: Ctx = { pension, years, age, remote: person.remoteArea === true };
  const parts: AdjustmentPart[] = [];
  let totalFen = 0;
  for (const rule of set.rules) {
    const { exact, formula } = applyRule(rule, ctx);
    const label = KIND_LABELS[rule.kind];
    const fen = exact === null ? null : toFen(exact);
    if (fen !== null) totalFen += fen;
    parts.push({
      ruleId: rule.id,
      kind: rule.kind,
      labelZh: rule.labelZh ?? label.zh,
      labelEn: label.en,
      amount: fen === null ? null : fenToYuan(fen),
      formula,
      rule,
    });
  }
  if (typeof set.minimumIncrease === 'number') {
    const minFen = Number(roundHalfUp(mul(fromNumber(set.minimumIncrease), int(100))));
    if (totalFen < minFen) {
      parts.push({
        ruleId: 'minimumIncrease',
        kind: 'minimum',
        labelZh: '补足至最低调整额',
        labelEn: 'Top-up to the minimum increase',
        amount: fenToYuan(minFen - totalFen),
        formula: `${fenToYuan(totalFen).toFixed(2)} < ${set.minimumIncrease} → +${fenToYuan(minFen - totalFen).toFixed(2)}`,
      });
      totalFen = minFen;
    }
  }
  if (typeof set.maximumIncrease === 'number') {
    const maxFen = Number(roundHalfUp(mul(fromNumber(set.maximumIncrease), int(100))));
    if (totalFen > maxFen) {
      parts.push({
        ruleId: 'maximumIncrease',
        kind: 'maximum',
        labelZh: '超过最高调整额部分扣减',
        labelEn: 'Capped at the maximum increase',
        amount: fenToYuan(maxFen - totalFen),
        formula: `${fenToYuan(totalFen).toFixed(2)} > ${set.maximumIncrease} → ${fenToYuan(maxFen - totalFen).toFixed(2)}`,
      });
      totalFen = maxFen;
    }
  }
  return {
    ...base,
    eligible: true,
    total: fenToYuan(totalFen),
    totalFen,
    newPension: fenToYuan(pensionFen + totalFen),
    parts,
    ...(age === undefined ? {} : { ageUsed: age }),
  };
}

/** Re-exported for convenience: the `Amount` type of rule parameters. */
export type { Amount };
