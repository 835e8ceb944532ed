/**
 * The list of rule-set files (`hbrs/pension-adjustment-list@1`) a department publishes beside its pension-adjustment
 * rule sets, one per year. Its own small module: a loader that only needs to expand lists does not pull in the
 * adjustment engine.
 * @module
 */
import { PolicyError, describeValue } from './errors.js';

/** Schema tag of a list of rule-set files. */
export const ADJUSTMENT_LIST_SCHEMA = 'hbrs/pension-adjustment-list@1';

const bad = (path: string, expected: string, value: unknown): PolicyError =>
  new PolicyError(
    'INVALID_RULES',
    `adjustment rule list: ${path} must be ${expected}, got ${describeValue(value)}`,
    `调整规则列表：${path} 应为 ${expected}，实际为 ${describeValue(value)}`,
    { path, value },
  );

/**
 * Reads a list of rule-set files (`{ "schema": "hbrs/pension-adjustment-list@1", "rules": ["hubei-2025.json", …] }`)
 * and returns their URLs, resolved against `baseUrl` (the list's own URL) when given.
 * @throws {@link PolicyError} `INVALID_RULES` naming the entry at fault
 */
export function parseAdjustmentList(input: unknown, baseUrl?: string): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw bad('(root)', 'an object', input);
  const v = input as Record<string, unknown>;
  if (v.schema !== ADJUSTMENT_LIST_SCHEMA) throw bad('schema', `'${ADJUSTMENT_LIST_SCHEMA}'`, v.schema);
  if (!Array.isArray(v.rules) || v.rules.length === 0)
    throw bad('rules', 'a non-empty array of file names', v.rules);
  return v.rules.map((entry: unknown, i) => {
    if (typeof entry !== 'string' || entry.trim() === '')
      throw bad(`rules[${i}]`, 'a file name or URL', entry);
    if (baseUrl === undefined) return entry.trim();
    try {
      return new URL(entry.trim(), baseUrl).href;
    } catch {
      throw bad(`rules[${i}]`, 'a file name or URL', entry);
    }
  });
}

/** `true` for a document with the list schema (so a loader can tell a list from a rule set). */
export function isAdjustmentList(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as Record<string, unknown>).schema === ADJUSTMENT_LIST_SCHEMA
  );
}
