/**
 * Validation of pension-adjustment rule sets (`hbrs/pension-adjustment@1`): the shape errors and the publishing
 * checks of {@link checkAdjustmentRules} (what `hbrs-feed check rules.json` prints) and {@link parseAdjustmentRules},
 * and the entry points that validate before they compute ({@link pensionAdjustment}, {@link adjustmentRegistry},
 * {@link selectAdjustmentRules}). Its own module, so that code computing with trusted rule sets (the built-in
 * examples: `applyAdjustmentRules`, `trustedAdjustmentRegistry`) does not carry it.
 * @module
 */
import type { AdjustmentRuleSet } from './adjustment-types.js';
import { ADJUSTMENT_SCHEMA } from './adjustment-types.js';
import { PolicyError, describeValue } from './errors.js';
import { missingParameters } from './adjustment-params.js';
import {
  applyAdjustmentRules,
  type AdjustmentOptions,
  type AdjustmentPerson,
  type AdjustmentResult,
} from './adjustment.js';
import { registryOf, type AdjustmentRegistry, type AdjustmentSelection } from './adjustment-years.js';
import { parseDate, parseYearMonth } from './yearmonth.js';

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
  return applyAdjustmentRules(person, parseAdjustmentRules(rules), options);
}
/**
 * Validates several rule sets (objects or JSON strings) and keys them by `provenance.year`.
 * @throws {@link PolicyError} `INVALID_RULES`: no rule set, an invalid one (its path is prefixed with its index,
 *   `[1].rules[0].amount`), or two for one year
 *
 * @example
 * ```ts
 * const plans = adjustmentRegistry([HUBEI_2025_EXAMPLE_ADJUSTMENT, HUBEI_2026_EXAMPLE_ADJUSTMENT]);
 * adjustmentNotice(plans.select(2027))?.zh; // '2027年调整方案尚未收录，以下按2026年示例参数测算。'
 * ```
 */
export function adjustmentRegistry(input: readonly unknown[]): AdjustmentRegistry {
  return registryOf(input, (raw, index) => {
    try {
      return parseAdjustmentRules(raw);
    } catch (e) {
      const pe = e as PolicyError;
      const path = `[${index}]${pe.details.path === undefined ? '' : `.${String(pe.details.path)}`}`;
      throw new PolicyError(
        'INVALID_RULES',
        `rule set ${index + 1} of ${input.length}: ${pe.message}`,
        `第 ${index + 1} 个规则集（共 ${input.length} 个）：${pe.messageZh}`,
        { ...pe.details, path, index },
      );
    }
  });
}

/**
 * The plan for `year` among `sets`: that year's, else the latest one before it (with a notice saying so), else
 * none. Without `year`, the latest plan.
 * @throws {@link PolicyError} `INVALID_RULES` (see {@link adjustmentRegistry}), `INVALID_NUMBER` for a bad year
 *
 * @example
 * ```ts
 * const s = selectAdjustmentRules([HUBEI_2025_EXAMPLE_ADJUSTMENT], 2026);
 * s.match;         // 'earlier'
 * s.pensionMonth;  // '2024-12': the plan adjusts the pension of December 2024
 * adjustmentNotice(s)?.zh; // '2026年调整方案尚未收录，以下按2025年示例参数测算。'
 * ```
 */
export function selectAdjustmentRules(sets: readonly unknown[], year?: number): AdjustmentSelection {
  return adjustmentRegistry(sets).select(year);
}
