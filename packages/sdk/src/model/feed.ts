/**
 * `parseFeed` / `parseItems` / `parseItem`: feed decoding for any kind, with every kind's schema at hand. Code
 * that knows its kind up front (the client) uses `decodeFeed` with that kind's schema instead, so bundles only
 * carry the schemas they use.
 * @module
 */
import type * as v from 'valibot';
import { compactDecoder } from './compact.js';
import { DivisionSchema } from './division.js';
import {
  decodeFeed,
  decodeItemList,
  type Feed,
  type FeedItem,
  type FeedItemMap,
  type ParseOptions,
  type RecordSchema,
} from './decode.js';
import { JobFairSchema } from './job-fair.js';
import { PostdocProgrammeSchema } from './postdoc.js';
import { ServicePointSchema } from './service-point.js';
import type { FeedKind } from './vocab.js';

const SCHEMAS: { [K in FeedKind]: v.GenericSchema<unknown, FeedItemMap[K]> } = {
  'job-fairs': JobFairSchema,
  postdoc: PostdocProgrammeSchema,
  'service-points': ServicePointSchema,
  divisions: DivisionSchema,
};

// An unknown kind yields no schema; decodeFeed / decodeItemList reject it with `invalid-data`.
const schemaOf = <K extends FeedKind>(kind: K): RecordSchema<K> => SCHEMAS[kind];

/**
 * Decodes and validates a whole feed document (the parsed JSON of `job-fairs.json`, `postdoc.json`,
 * `service-points.json` or `divisions.json`).
 *
 * Records that fail validation are dropped and reported through `options.onDiagnostic`; the rest load.
 * Records with an id already seen earlier in the feed are dropped and reported too.
 *
 * @param kind - which feed this is
 * @param raw - the parsed JSON document
 * @param options - diagnostics callback and source URL for messages
 * @returns the feed metadata and the valid, typed records
 * @throws `HbrsError` with code `invalid-data` when the document itself is malformed (not an object, no
 *   valid `meta`, `items` not an array, or an unusable `encoding` block), or the kind is unknown
 */
export function parseFeed<K extends FeedKind>(kind: K, raw: unknown, options: ParseOptions = {}): Feed<K> {
  return decodeFeed(kind, schemaOf(kind), raw, { compact: compactDecoder, ...options });
}

/**
 * Validates a list of plain records, e.g. the `items` of a REST API response. Invalid records are dropped and
 * reported through `options.onDiagnostic`, as in {@link parseFeed}.
 *
 * @param kind - record kind
 * @param rawItems - the parsed JSON array
 * @param options - diagnostics callback and source URL for messages
 * @returns the valid, typed records
 * @throws `HbrsError` with code `invalid-data` when `rawItems` is not an array
 */
export function parseItems<K extends FeedKind>(
  kind: K,
  rawItems: unknown,
  options: ParseOptions = {},
): FeedItem<K>[] {
  return decodeItemList(kind, schemaOf(kind), rawItems, options);
}

/**
 * Validates a single plain record of the given kind.
 * @returns the typed record, or `undefined` if it is invalid (the reason goes to `options.onDiagnostic` with index 0)
 */
export function parseItem<K extends FeedKind>(
  kind: K,
  raw: unknown,
  options: ParseOptions = {},
): FeedItem<K> | undefined {
  return parseItems(kind, [raw], options)[0];
}
