/**
 * `checkRulesFile`: what `hbrs-feed check <rules.json>` reports for a pension-adjustment rule set
 * (`hbrs/pension-adjustment@1`) or a list of them (`hbrs/pension-adjustment-list@1`): every problem, by rule
 * and field, as the estimator would see it, and, for a list, each listed file and two files for one year.
 * No Node APIs: the files are read through `read`.
 * @module
 */
import {
  checkAdjustmentRules,
  isAdjustmentList,
  parseAdjustmentList,
  type RuleSetIssue,
} from '@hbrs/sdk/policy';

/** The check of one rule-set file. */
export interface RuleFileCheck {
  /** The file as named (relative to the list for a listed file). */
  file: string;
  /** Every error and warning, in document order. */
  issues: RuleSetIssue[];
  /** Year, region and official flag of a rule set whose shape is right. */
  year?: number;
  region?: string;
  official?: boolean;
  /** Number of rules. */
  rules?: number;
}

/** The check of a rule-set file or of a list of them. */
export interface RulesCheckResult {
  /** `rules`: one rule set; `list`: a list file and the files it names. */
  kind: 'rules' | 'list';
  /** The rule sets checked (one, or each listed file). */
  files: RuleFileCheck[];
  /** Problems of the list itself (its shape, two files for one year). */
  listIssues: RuleSetIssue[];
  /** True when no file has an error (warnings allowed). */
  ok: boolean;
}

const issue = (path: string, message: string, messageZh: string, code = 'list'): RuleSetIssue => ({
  severity: 'error',
  code,
  path,
  field: path,
  message,
  messageZh,
});

function checkOne(file: string, text: string): RuleFileCheck {
  const { rules, issues } = checkAdjustmentRules(text);
  const out: RuleFileCheck = { file, issues: [...issues] };
  if (rules) {
    out.year = rules.provenance.year;
    out.region = rules.provenance.region;
    out.official = rules.provenance.official;
    out.rules = rules.rules.length;
  }
  return out;
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(s);

/**
 * Checks the rule-set file `file` (its text `text`); for a list, reads each listed file with `read(name)` (names
 * relative to the list; http(s) entries are not fetched and give a warning).
 */
export async function checkRulesFile(
  file: string,
  text: string,
  read: (name: string) => Promise<string>,
): Promise<RulesCheckResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  if (!isAdjustmentList(doc)) {
    const one = checkOne(file, text);
    return { kind: 'rules', files: [one], listIssues: [], ok: !hasError(one.issues) };
  }
  const listIssues: RuleSetIssue[] = [];
  let names: string[] = [];
  try {
    names = parseAdjustmentList(doc);
  } catch (e) {
    const pe = e as Error & { messageZh?: string; details?: { path?: string } };
    listIssues.push(issue(pe.details?.path ?? '(root)', pe.message, pe.messageZh ?? pe.message));
  }
  const files: RuleFileCheck[] = [];
  for (const name of names) {
    if (isUrl(name)) {
      files.push({
        file: name,
        issues: [
          {
            ...issue(
              name,
              `${name}: not a local file, not checked`,
              `${name}：不是本地文件，未检查`,
              'remote',
            ),
            severity: 'warning',
          },
        ],
      });
      continue;
    }
    let body: string;
    try {
      body = await read(name);
    } catch (e) {
      files.push({
        file: name,
        issues: [
          issue(
            '(root)',
            `cannot read ${name}: ${(e as Error).message}`,
            `无法读取“${name}”：${(e as Error).message}`,
            'missing',
          ),
        ],
      });
      continue;
    }
    files.push(checkOne(name, body));
  }
  const byYear = new Map<number, string>();
  for (const f of files) {
    if (f.year === undefined) continue;
    const other = byYear.get(f.year);
    if (other !== undefined) {
      listIssues.push(
        issue(
          'rules',
          `${other} and ${f.file} are both for ${f.year}: give one plan per year`,
          `“${other}”和“${f.file}”都是${f.year}年的规则集：每年只能有一个方案`,
          'duplicate-year',
        ),
      );
    } else byYear.set(f.year, f.file);
  }
  const ok = !hasError(listIssues) && files.every((f) => !hasError(f.issues));
  return { kind: 'list', files, listIssues, ok };
}

const hasError = (issues: readonly RuleSetIssue[]): boolean => issues.some((i) => i.severity === 'error');

/** One issue as a line of the CLI's report: where (rule number, id, field), then the message in both languages. */
export function describeRuleIssue(i: RuleSetIssue): string {
  const mark = i.severity === 'error' ? '✗' : '!';
  const where =
    i.rule !== undefined
      ? `第 ${i.rule + 1} 条规则${i.ruleId ? ` “${i.ruleId}”` : ''} · ${i.field} (${i.path})`
      : i.path;
  return `  ${mark} ${where}: ${i.messageZh}\n      ${i.message}`;
}
