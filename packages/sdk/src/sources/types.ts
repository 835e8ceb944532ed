import type { Diagnostic, Feed, FeedItem, FeedKind, RecordSchema } from '../model/index.js';

/** Context passed by the client to a source for one load. */
export interface LoadContext<K extends FeedKind = FeedKind> {
  /** Runtime schema of the records (the client loads it lazily per kind). */
  schema: RecordSchema<K>;
  /** Receives every dropped record. */
  onDiagnostic?: ((d: Diagnostic) => void) | undefined;
  /** Aborts the load. */
  signal?: AbortSignal | undefined;
}

/** Where a client's data comes from: the built-in sample set, static feed files, or a REST API. */
export interface DataSource {
  /** Source type. */
  readonly type: 'sample' | 'feed' | 'api';
  /** Human-readable location (`@hbrs/sample-data`, the feed base URL, or the API base URL). */
  readonly location: string;
  /** Loads and validates every record of one kind. */
  load<K extends FeedKind>(kind: K, ctx: LoadContext<K>): Promise<Feed<K>>;
  /**
   * The full record `id` from a feed layout's detail files, when `load` gave summaries (`meta.summary`);
   * `undefined` when there is no such record.
   */
  loadDetail?<K extends FeedKind>(kind: K, id: string, ctx: LoadContext<K>): Promise<FeedItem<K> | undefined>;
  /**
   * Fetches one record by id (code for divisions) from a single-item endpoint, when the source has one.
   * Rejects with `HbrsError('not-found')` when it does not exist.
   */
  getOne?<K extends FeedKind>(kind: K, id: string, ctx: LoadContext<K>): Promise<FeedItem<K>>;
}
