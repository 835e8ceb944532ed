/**
 * What a feed kind tells the builder: its tables (one sheet each), their columns, and how one row becomes one record.
 * A kind is one main table (one row per feed item) and, optionally, child tables whose rows name a record of another
 * table (an employer row names its fair, a position row its employer) and are attached to it.
 * @module
 */
import type { FeedItem, FeedKind } from '@hbrs/sdk';
import type { ColumnSpec } from '../columns.js';
import type { Divisions } from '../divisions.js';
import type { RowIssues } from '../report.js';

/** Coordinate reference system of the coordinates in the sheet. */
export type InputCrs = 'wgs84' | 'gcj02' | 'bd09';

/** Options of a build that kinds read. */
export interface KindContext {
  crs: InputCrs;
  divisions: Divisions;
  /** The build's clock (statuses and default dates). */
  now: Date;
}

/** One data row: its values by field, already trimmed of stray white space. */
export interface RowValues {
  /** The value of `field` ('' when the column is missing or empty). */
  get(field: string): string;
  /** Whether the sheet has a column for `field`. */
  has(field: string): boolean;
}

/** One table of a kind: a sheet of the workbook (or one CSV file). */
export interface TableSpec<R extends object = object, P extends object = object> {
  /** Table name, used by child tables to name their parent. */
  name: string;
  /** Sheet name in the template; a sheet of this name is read as this table. */
  title: string;
  /** Other sheet names read as this table. */
  sheetNames?: readonly string[];
  columns: readonly ColumnSpec[];
  /**
   * Builds one record from a row (child tables get the parent record), reporting cleaning steps with
   * `issues.warn` and refusing the row with `issues.reject` (return `undefined`).
   */
  buildRow(row: RowValues, issues: RowIssues, ctx: KindContext, parent?: P): R | undefined;
  /** The key two rows (under one parent) must not share: an exact duplicate. */
  duplicateKey?(record: R): string;
  /** What the duplicate key is made of, for the message: [zh, en]. */
  duplicateWhat?: readonly [string, string];
  /**
   * The texts by which rows of child tables may name this row's record (its id, its name …), read from the row so
   * that the rows of a rejected record are named too. Child tables' keys are also registered prefixed by each key
   * of their parent (`fair|employer`).
   */
  keysOf?(row: RowValues): string[];
  /** Maps a schema issue path (relative to the record, e.g. `location.lng`) to the field whose column is blamed. */
  fieldOfPath?(path: string): string;
}

/** A child table: each row names a record of the `parent` table and is attached to it. */
export interface ChildSpec<R extends object = object, P extends object = object> extends TableSpec<R, P> {
  /** Name of the parent table (the kind's main table or an earlier child). */
  parent: string;
  /** The parent's name as the row gives it (a key of `keysOf` of the parent), and the field to blame. */
  parentRef(row: RowValues): { field: string; key: string };
  /** Adds the record to its parent. */
  attach(parent: P, record: R): void;
  /** Removes it again (the schema refused it). */
  detach(parent: P, record: R): void;
}

/** A feed kind the builder can produce from sheets. */
export interface KindSpec<K extends FeedKind = FeedKind> extends TableSpec<FeedItem<K>> {
  kind: K;
  /** Child tables, parents before their children. */
  children?: readonly ChildSpec[];
  /** Completes a record once its children are attached (counts, search fields). */
  finish?(record: FeedItem<K>, ctx: KindContext): void;
}
