/**
 * The data model of `@hbrs/sdk`: record types, vocabularies, feed decoding and validation, errors, opening hours.
 * @module
 */
export * from './errors.js';
export * from './vocab.js';
export type {
  Contact,
  DateString,
  DateTimeString,
  DivisionCode,
  EducationLevel,
  GeoPoint,
  Searchable,
  SourceRef,
  TownshipCode,
} from './common.js';
export { isIsoDate, isIsoDateTime } from './common.js';
export type { CampaignRef, Employer, FairZone, JobFair, Position, Salary } from './job-fair.js';
export type { Discipline, PostdocDirection, PostdocOpening, PostdocProgramme } from './postdoc.js';
export type { BankRef, Facilities, OpeningHours, ServicePoint, WeeklyHours } from './service-point.js';
export type { Division } from './division.js';
export { parseFeed, parseItem, parseItems } from './feed.js';
export { COMPACT_FORMAT, compactDecoder, type CompactDecoder } from './compact.js';
export {
  initialsOf,
  decodeFeed,
  decodeFeedAsync,
  decodeItemList,
  type RecordSchema,
  type CompactEncoding,
  type Diagnostic,
  type Feed,
  type FeedItem,
  type FeedItemMap,
  type FeedMeta,
  type ParseOptions,
} from './decode.js';
export {
  isOpenAt,
  toShanghaiTime,
  SHANGHAI_OFFSET_MS,
  type IsOpenOptions,
  type ShanghaiTime,
} from './hours.js';
export { SUMMARY_KINDS, summarize, summarizeJobFair, summarizePostdoc } from './summary.js';
