/**
 * `buildFeed`: spreadsheet files in, a feed the SDK reads and a report of every row out. Runs in browsers and Node
 * (the CLI reads the files and writes the results).
 * @module
 */
import { parseItems, type FeedItem, type FeedKind, type FeedMeta } from '@hbrs/sdk';
import { findHeader, isBlankRow, isNoteRow, type ColumnMapping, type HeaderMap } from './columns.js';
import { encodeCompact } from './compact.js';
import { hubeiDivisions } from './divisions.js';
import { kindSpec, type InputCrs, type KindSpec, type RowValues } from './kinds/index.js';
import { RowIssues, type BuildReport } from './report.js';
import { InputError, readSheets, type InputFile, type Sheet } from './table.js';

/** Options of {@link buildFeed}. */
export interface BuildOptions {
  /** CRS of the coordinates in the sheet (AMap: gcj02, Baidu: bd09). Default `wgs84`. */
  crs?: InputCrs;
  /** Read only this sheet of a workbook. */
  sheet?: string;
  /** field → header text, for columns whose headers are not recognised. */
  mapping?: ColumnMapping;
  /** `plain` (default) or `compact` (`hbrs-compact/1` columns). */
  format?: 'plain' | 'compact';
  /** The clock (`meta.generatedAt`); tests pin it. */
  now?: () => Date;
  /** `meta.source`: who publishes the data. */
  source?: string;
  /** `meta.license`. */
  license?: string;
  /** `meta.title`. */
  title?: string;
  /** Called every few hundred rows with rows done and total. */
  onProgress?: (done: number, total: number) => void;
}

/** A feed document as written to `<kind>.json`. */
export interface FeedDocument {
  meta: FeedMeta;
  encoding?: unknown;
  items: unknown;
}

/** What {@link buildFeed} returns. */
export interface BuildResult {
  kind: FeedKind;
  feed: FeedDocument;
  report: BuildReport;
}

/** ISO 8601 in China Standard Time, as the feeds write times: 2026-12-02T18:30:00+08:00. */
export function isoShanghai(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

const HEADER_HINT = (spec: KindSpec): string =>
  spec.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join('、');

/**
 * Builds the feed of `kind` from `files`.
 * @throws InputError when nothing can be built: unknown kind, unreadable file, no header row, a required column missing
 */
export async function buildFeed(
  kind: string,
  files: readonly InputFile[],
  options: BuildOptions = {},
): Promise<BuildResult> {
  const spec = kindSpec(kind);
  if (!spec) {
    throw new InputError(
      `未知或暂不支持的数据类型“${kind}”（可用：service-points）。`,
      `Unknown or not yet supported kind "${kind}" (available: service-points).`,
    );
  }
  if (files.length === 0) throw new InputError('没有输入文件。', 'No input files.');
  const tables: { sheet: Sheet; header: HeaderMap; file: string }[] = [];
  for (const file of files) {
    let sheets = await readSheets(file);
    if (options.sheet !== undefined && file.name.toLowerCase().endsWith('.xlsx')) {
      sheets = sheets.filter((s) => s.name === options.sheet);
      if (sheets.length === 0) {
        throw new InputError(
          `“${file.name}”中没有名为“${options.sheet}”的工作表。`,
          `"${file.name}" has no sheet "${options.sheet}".`,
        );
      }
    }
    for (const sheet of sheets) {
      const header = findHeader(sheet, spec.columns, options.mapping);
      if (header) tables.push({ sheet, header, file: file.name });
    }
    if (!tables.some((t) => t.file === file.name)) {
      throw new InputError(
        `在“${file.name}”中找不到表头行：表头应包含 ${HEADER_HINT(spec)} 等列（可用 --map 指定列名）。`,
        `No header row found in "${file.name}": expected columns such as ${spec.columns
          .filter((c) => c.required)
          .map((c) => c.field)
          .join(', ')} (use --map).`,
      );
    }
  }
  for (const t of tables) checkRequired(spec, t.header, t.file);

  const divisions = await hubeiDivisions();
  const ctx = { crs: options.crs ?? 'wgs84', divisions };
  const report: BuildReport = { rows: 0, accepted: 0, rejected: [], warnings: [] };
  const items: FeedItem<FeedKind>[] = [];
  const seenKey = new Map<string, number>();
  const seenId = new Map<string, number>();
  const total = tables.reduce((n, t) => n + t.sheet.rows.length, 0);
  let done = 0;
  const many = tables.length > 1;

  for (const { sheet, header } of tables) {
    const headerOf = (field: string): string =>
      header.text.get(field) ?? spec.columns.find((c) => c.field === field)?.header ?? field;
    for (const r of sheet.rows) {
      done += 1;
      if (options.onProgress && done % 500 === 0) options.onProgress(done, total);
      if (r.row <= header.row || isBlankRow(r) || isNoteRow(r)) continue;
      report.rows += 1;
      const values: RowValues = {
        get: (f) => {
          const i = header.index.get(f);
          return i === undefined ? '' : (r.cells[i] ?? '').trim();
        },
        has: (f) => header.index.has(f),
      };
      const issues = new RowIssues(r.row, many ? sheet.name : undefined, headerOf);
      const rec = spec.buildRow(values, issues, ctx);
      const valid = rec && validate(spec, rec, issues);
      if (valid) {
        const key = spec.duplicateKey?.(valid);
        const earlier = key === undefined ? undefined : seenKey.get(key);
        const id = (valid as { id: string }).id;
        const earlierId = seenId.get(id);
        if (earlier !== undefined) {
          issues.reject(
            'name',
            'duplicate',
            `与第 ${earlier} 行重复（名称和地址相同）。`,
            `Duplicate of row ${earlier} (same name and address).`,
          );
        } else if (earlierId !== undefined) {
          issues.reject(
            'id',
            'duplicate-id',
            `编号“${id}”与第 ${earlierId} 行相同。`,
            `Id "${id}" is already used on row ${earlierId}.`,
          );
        } else {
          if (key !== undefined) seenKey.set(key, r.row);
          seenId.set(id, r.row);
          items.push(valid);
        }
      }
      report.warnings.push(...issues.warnings);
      if (issues.rejection) report.rejected.push(issues.rejection);
    }
  }
  options.onProgress?.(total, total);
  report.accepted = items.length;

  const meta: FeedMeta = {
    generatedAt: isoShanghai((options.now ?? (() => new Date()))()),
    sample: false,
    title: options.title ?? spec.title,
    source: options.source ?? `由 @hbrs/feed 从 ${files.map((f) => f.name).join('、')} 生成`,
    license: options.license ?? '由发布单位规定（未注明）',
  };
  if (options.format === 'compact') {
    const c = encodeCompact(items as unknown as Record<string, unknown>[]);
    return {
      kind: spec.kind,
      feed: { meta: { ...meta, encoding: c.encoding.format }, encoding: c.encoding, items: c.items },
      report,
    };
  }
  return { kind: spec.kind, feed: { meta, items }, report };
}

function checkRequired(spec: KindSpec, header: HeaderMap, file: string): void {
  const missing = spec.columns.filter(
    (c) =>
      c.required &&
      !header.index.has(c.field) &&
      !((c.field === 'lng' || c.field === 'lat') && header.index.has('coords')),
  );
  if (missing.length > 0) {
    throw new InputError(
      `“${file}”缺少必填列：${missing.map((c) => c.header).join('、')}（第 ${header.row} 行为表头；可用 --map 指定列名）。`,
      `"${file}" lacks required columns: ${missing.map((c) => c.field).join(', ')} (header on row ${header.row}; use --map).`,
    );
  }
}

/** Validates a built record with the SDK's own schema; a failure rejects the row on the column it concerns. */
function validate(
  spec: KindSpec,
  rec: FeedItem<FeedKind>,
  issues: RowIssues,
): FeedItem<FeedKind> | undefined {
  let problem: { path: string; text: string } | undefined;
  const [ok] = parseItems(spec.kind, [rec], {
    onDiagnostic: (d) => {
      const first = d.issues[0] ?? d.message;
      const m = /^([^:]+):\s*(.*)$/.exec(first);
      problem = { path: m?.[1] ?? '', text: m?.[2] ?? first };
    },
  });
  if (ok) return ok;
  const field = spec.fieldOfPath?.(problem?.path ?? '') ?? problem?.path ?? '';
  return issues.reject(
    field,
    'schema',
    `数据不符合格式要求：${problem?.text ?? ''}`,
    `Does not fit the feed schema: ${problem?.text ?? ''}`,
  );
}
