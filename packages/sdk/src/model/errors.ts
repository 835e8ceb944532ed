/**
 * Typed errors thrown by the SDK (model layer and network layer alike; the policy engine's `PolicyError` extends
 * {@link HbrsError}).
 * @module
 */

/**
 * Machine-readable error codes thrown by the policy engine (`PolicyError`, in `@hbrs/sdk/policy`); defined
 * here, with the SDK's own codes, so that `HbrsError.code` names every value it can carry.
 *
 * - `INVALID_YEAR_MONTH`: a `'YYYY-MM'` string is malformed or the month is not 01–12.
 * - `INVALID_DATE`: a `'YYYY-MM-DD'` string is malformed or not a calendar date.
 * - `UNKNOWN_CATEGORY`: the retirement category is not `male`, `female-55` or `female-50`.
 * - `INVALID_NUMBER`: a numeric input is not a finite number, or is negative where that is not allowed.
 * - `INVALID_AGE`: an age `{ years, months }` is malformed (negative, non-integer, months ≥ 12).
 * - `OUT_OF_RANGE`: the input is well-formed but outside the range the rule covers.
 * - `MISSING_PARAMETER`: a figure needed for the computation is not available (e.g. an interest rate for a future year).
 * - `RULES_INCOMPLETE`: an adjustment rule set still has unfilled (`null`) parameters.
 * - `INVALID_RULES`: an adjustment rule set does not match the schema.
 * - `UNKNOWN_REGION`: a city / region name or code is not known.
 * - `UNKNOWN_SOURCE`: a provenance id or figure reference is not known.
 */
export type PolicyErrorCode =
  | 'INVALID_YEAR_MONTH'
  | 'INVALID_DATE'
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_NUMBER'
  | 'INVALID_AGE'
  | 'OUT_OF_RANGE'
  | 'MISSING_PARAMETER'
  | 'RULES_INCOMPLETE'
  | 'INVALID_RULES'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_SOURCE';

/**
 * What kind of failure an {@link HbrsError} reports.
 *
 * - `network`: the request could not be made or the connection dropped.
 * - `timeout`: the request took longer than the configured timeout.
 * - `http`: the server answered with a non-success HTTP status.
 * - `invalid-data`: a response or feed document is not in the expected shape.
 * - `not-found`: the requested record or resource does not exist.
 */
export type HbrsErrorCode = 'network' | 'timeout' | 'http' | 'invalid-data' | 'not-found';

/** All {@link HbrsErrorCode} values, in a stable order. */
export const HBRS_ERROR_CODES = ['network', 'timeout', 'http', 'invalid-data', 'not-found'] as const;

/** Extra details attached to an {@link HbrsError}. */
export interface HbrsErrorOptions {
  /** URL of the request or document that failed, when there is one. */
  url?: string | undefined;
  /** HTTP status code, for `http` (and sometimes `not-found`) errors. */
  status?: number | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
  /**
   * For `network` errors: the request went to another origin than the page's, so the server may also have
   * refused to let this site read it (CORS), which browsers report as a network failure.
   */
  crossOrigin?: boolean | undefined;
}

/**
 * The one error class the SDK throws. `message` says what failed and where; `code` lets callers branch
 * without parsing the message. The policy engine (`@hbrs/sdk/policy`) throws its subclass `PolicyError`, whose
 * `code` is a `PolicyErrorCode`, so `instanceof HbrsError` catches every SDK error.
 *
 * @example
 * ```ts
 * try { await client.jobFairs.list(); }
 * catch (e) { if (e instanceof HbrsError && e.code === 'timeout') showRetryButton(); }
 * ```
 */
export class HbrsError extends Error {
  /** Machine-readable kind of failure: an {@link HbrsErrorCode}, or a `PolicyErrorCode` for a `PolicyError`. */
  readonly code: HbrsErrorCode | PolicyErrorCode;
  /** URL of the request or document that failed, when known. */
  readonly url: string | undefined;
  /** HTTP status, when the failure came from an HTTP response. */
  readonly status: number | undefined;
  /** Set on `network` errors of cross-origin requests: the data source may have refused this site (CORS). */
  readonly crossOrigin: boolean;

  /**
   * @param code - kind of failure
   * @param message - human-readable description saying what failed and where
   * @param options - optional URL, HTTP status and underlying cause
   */
  constructor(code: HbrsErrorCode | PolicyErrorCode, message: string, options: HbrsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HbrsError';
    this.code = code;
    this.url = options.url;
    this.status = options.status;
    this.crossOrigin = options.crossOrigin === true;
  }
}

/**
 * Type guard: whether `value` is an {@link HbrsError}, a policy engine `PolicyError` included (optionally
 * with the given code).
 * Works across bundle copies by checking `name` and `code`, not only `instanceof`.
 */
export function isHbrsError(value: unknown, code?: HbrsErrorCode | PolicyErrorCode): value is HbrsError {
  if (!(value instanceof Error) || (value.name !== 'HbrsError' && value.name !== 'PolicyError')) return false;
  const c = (value as { code?: unknown }).code;
  return typeof c === 'string' && (code === undefined || c === code);
}
