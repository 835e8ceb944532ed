/**
 * What a feed kind tells the builder: its columns, and how one row becomes one record.
 * See README.md beside this file.
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
}

/** One data row: its values by field, already trimmed of stray white space. */
export interface RowValues {
  /** The value of `field` ('' when the column is missing or empty). */
  get(field: string): string;
  /** Whether the sheet has a column for `field`. */
  has(field: string): boolean;
}

/** A feed kind the builder can produce from a sheet. */
export interface KindSpec<K extends FeedKind = FeedKind> {
  kind: K;
  /** Title of the feed (`meta.title`) and of the template. */
  title: string;
  columns: readonly ColumnSpec[];
  /**
   * Builds one record from a row, reporting cleaning steps with `issues.warn` and refusing the row with
   * `issues.reject` (return `undefined`). The record is validated against the SDK's schema afterwards.
   */
  buildRow(row: RowValues, issues: RowIssues, ctx: KindContext): FeedItem<K> | undefined;
  /** The key two rows must not share (an exact duplicate), and the header of the column to blame. */
  duplicateKey?(record: FeedItem<K>): string;
  /** Maps a schema issue path (e.g. `location.lng`) to the field whose column is blamed. */
  fieldOfPath?(path: string): string;
}
