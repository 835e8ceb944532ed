/**
 * `@hbrs/feed`: from a department's spreadsheet (xlsx; CSV in UTF-8 or GB18030; JSON) to a validated hbrs feed,
 * with every rejected row and every cleaning step named by its Excel row. This entry has no Node APIs: it runs in
 * browsers too. The CLI is `hbrs-feed`; Node helpers (files in and out) are in `@hbrs/feed/node`.
 * @packageDocumentation
 */
export { buildFeed, isoShanghai, type BuildOptions, type BuildResult, type FeedDocument } from './build.js';
export { templateWorkbook } from './template.js';
export { checkFeed, type CheckResult, type KindCheck } from './check.js';
export {
  checkRulesFile,
  describeRuleIssue,
  type RuleFileCheck,
  type RulesCheckResult,
} from './check-rules.js';
export { InputError, readSheets, cellText, type InputFile, type Sheet, type SheetRow } from './table.js';
export {
  findHeader,
  normaliseHeader,
  type ColumnMapping,
  type ColumnSpec,
  type HeaderMap,
} from './columns.js';
export type { BuildReport, RowIssue } from './report.js';
export { parseHours, type ParsedHours } from './hours.js';
export { bankOf, servicesOf } from './vocab-map.js';
export { decodeText, toHalfWidth } from './text.js';
export { toPinyin, searchFields } from './pinyin.js';
export { encodeCompact, encodeColumns } from './compact.js';
export { buildLayout, contentHash, type Layout, type LayoutFile, type LayoutOptions } from './layout.js';
export { hubeiDivisions, Divisions } from './divisions.js';
export { BUILD_KINDS, kindSpec, type BuildKind, type KindSpec, type InputCrs } from './kinds/index.js';
