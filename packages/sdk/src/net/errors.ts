import { HbrsError, type HbrsErrorCode, type HbrsErrorOptions } from '../model/errors.js';

export { isHbrsError } from '../model/errors.js';

/**
 * Creates a typed {@link HbrsError}. The single place where the network layer constructs errors, so that the
 * message always says what failed and where.
 */
export function makeError(code: HbrsErrorCode, message: string, details: HbrsErrorOptions = {}): HbrsError {
  return new HbrsError(code, message, details);
}
