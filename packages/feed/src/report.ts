/**
 * What a build tells its user: every row rejected and every value cleaned, each with the row number as Excel
 * shows it, the column header as the sheet has it, a code and a plain Chinese message (with English).
 * @module
 */

/** One rejected row or one warning. */
export interface RowIssue {
  /** Row number as Excel shows it (the header's row counts; 0 for an issue of the whole file). */
  row: number;
  /** The column as its header reads in the sheet (or the expected header when the column is missing). */
  column: string;
  /** Stable machine-readable code, e.g. `no-name`, `outside-hubei`, `bank-short-name`. */
  code: string;
  /** Plain Chinese message. */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** Sheet or file the row is in, when the input has several. */
  sheet?: string;
}

/** `<kind>.report.json`: counts, rejected rows and warnings. */
export interface BuildReport {
  /** Data rows read (blank and note rows not counted). */
  rows: number;
  /** Data rows accepted (for one-sheet kinds, the records written to the feed). */
  accepted: number;
  /** Feed items written, for kinds read from several sheets (fairs with their employers and positions). */
  records?: number;
  rejected: RowIssue[];
  warnings: RowIssue[];
}

/** Collects the issues of one row while it is built. */
export class RowIssues {
  readonly warnings: RowIssue[] = [];
  rejection: RowIssue | undefined;

  constructor(
    readonly row: number,
    readonly sheet: string | undefined,
    private readonly headerOf: (field: string) => string,
  ) {}

  /** Records a cleaning step the user should know about; the row is kept. */
  warn(field: string, code: string, message: string, messageEn: string): void {
    this.warnings.push(this.issue(field, code, message, messageEn));
  }

  /** Rejects the row (the first reason is the one reported). Returns `undefined` for `return ctx.reject(…)`. */
  reject(field: string, code: string, message: string, messageEn: string): undefined {
    this.rejection ??= this.issue(field, code, message, messageEn);
    return undefined;
  }

  /** The same row, for an optional column: what would reject the row is reported as a warning instead. */
  lenient(): RowIssues {
    return new LenientIssues(this, this.headerOf);
  }

  private issue(field: string, code: string, message: string, messageEn: string): RowIssue {
    const i: RowIssue = { row: this.row, column: this.headerOf(field), code, message, messageEn };
    if (this.sheet !== undefined) i.sheet = this.sheet;
    return i;
  }
}

class LenientIssues extends RowIssues {
  constructor(
    private readonly target: RowIssues,
    headerOf: (field: string) => string,
  ) {
    super(target.row, target.sheet, headerOf);
  }

  override warn(field: string, code: string, message: string, messageEn: string): void {
    this.target.warn(field, code, message, messageEn);
  }

  override reject(field: string, code: string, message: string, messageEn: string): undefined {
    this.target.warn(field, code, `${message}已忽略该列。`, `${messageEn} Column ignored.`);
    return undefined;
  }
}
