/**
 * Typed errors of the policy engine.
 *
 * Every function in `@hbrs/sdk/policy` validates its input and throws a {@link PolicyError} instead of returning
 * `NaN`, `Infinity` or a wrong date.
 * @module
 */
// The error class alone (no schemas, no network code): `@hbrs/sdk/policy` stays small and I/O-free.
import { HbrsError, type PolicyErrorCode } from '../model/errors.js';

export type { PolicyErrorCode };

/**
 * Error thrown by every function of the policy engine on invalid input. It is an `HbrsError` (the SDK's error
 * class), so `instanceof HbrsError` catches it with the SDK's other errors; its `name` stays `PolicyError`, and
 * `url` and `status` are `undefined`.
 *
 * `message` is English, `messageZh` is the same message in Chinese, `code` is stable and machine-readable, and
 * `details` carries the offending value (for logging / UI hints).
 *
 * @example
 * ```ts
 * try {
 *   statutoryRetirement({ birth: '1970-13', category: 'male' });
 * } catch (e) {
 *   if (e instanceof PolicyError && e.code === 'INVALID_YEAR_MONTH') showHint(e.messageZh);
 * }
 * ```
 */
export class PolicyError extends HbrsError {
  /** Stable machine-readable code. */
  declare readonly code: PolicyErrorCode;
  /** The message in Chinese (简体中文). */
  readonly messageZh: string;
  /** Structured details (the offending field and value). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - machine-readable error code
   * @param message - English message
   * @param messageZh - Chinese message
   * @param details - offending field / value, for logs and UI hints
   */
  constructor(
    code: PolicyErrorCode,
    message: string,
    messageZh: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message);
    this.name = 'PolicyError';
    this.messageZh = messageZh;
    this.details = Object.freeze({ ...details });
  }
}

/** Describes a value for an error message without throwing on exotic inputs. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * Checks that `value` is a finite number (optionally non-negative / an integer) and returns it.
 * @throws {@link PolicyError} `INVALID_NUMBER`
 */
export function assertNumber(
  value: unknown,
  field: string,
  opts: { min?: number; max?: number; integer?: boolean } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `${field} must be a finite number, got ${describeValue(value)}`,
      `${field} 必须是有限数值，实际为 ${describeValue(value)}`,
      { field, value },
    );
  }
  if (opts.integer && !Number.isInteger(value)) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `${field} must be an integer, got ${value}`,
      `${field} 必须是整数，实际为 ${value}`,
      { field, value },
    );
  }
  if (opts.min !== undefined && value < opts.min) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `${field} must be ≥ ${opts.min}, got ${value}`,
      `${field} 不能小于 ${opts.min}，实际为 ${value}`,
      { field, value },
    );
  }
  if (opts.max !== undefined && value > opts.max) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `${field} must be ≤ ${opts.max}, got ${value}`,
      `${field} 不能大于 ${opts.max}，实际为 ${value}`,
      { field, value },
    );
  }
  return value;
}
