/**
 * `buildFeed`: spreadsheet files in, a feed the SDK reads and a report of every row out. Runs in browsers and Node
 * (the CLI reads the files and writes the results).
 * @module
 */
import { parseItems, type FeedItem, type FeedKind, type FeedMeta } from '@hbrs/sdk';
import {
  findHeader,
  isBlankRow,
  isNoteRow,
  normaliseHeader,
  type ColumnMapping,
  type HeaderMap,
} from './columns.js';
import { encodeCompact } from './compact.js';
import { hubeiDivisions } from './divisions.js';
import {
  kindSpec,
  type ChildSpec,
  type InputCrs,
  type KindContext,
  type KindSpec,
  type RowValues,
  type TableSpec,
} from './kinds/index.js';
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

const requiredHeaders = (t: TableSpec): string =>
  t.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join('、');

/** One sheet read as one table of the kind. */
interface Run {
  table: TableSpec;
  sheet: Sheet;
  header: HeaderMap;
  file: string;
}

/** Where a built record came from, and what hangs under it. */
interface Origin {
  table: TableSpec;
  issues: RowIssues;
  parent?: object;
  children: object[];
}

/** A row that child rows may name: its record (when it was built) and its row. */
interface Named {
  record?: object;
  issues: RowIssues;
}

const sameName = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

/** The table a sheet holds: by its name, else by the table whose columns its header names most. */
function tableOf(
  spec: KindSpec,
  sheet: Sheet,
  mapping: ColumnMapping | undefined,
): { table: TableSpec; header: HeaderMap } | undefined {
  const tables: TableSpec[] = [spec, ...(spec.children ?? [])];
  const byName = tables.find((t) => [t.title, ...(t.sheetNames ?? [])].some((n) => sameName(n, sheet.name)));
  if (byName) {
    const header = findHeader(sheet, byName.columns, mapping);
    return header ? { table: byName, header } : undefined;
  }
  let best: { table: TableSpec; header: HeaderMap } | undefined;
  for (const table of tables) {
    const header = findHeader(sheet, table.columns, mapping);
    if (header && (!best || header.index.size > best.header.index.size)) best = { table, header };
  }
  return best;
}

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
      `未知的数据类型“${kind}”（可用：service-points、job-fairs、postdoc）。`,
      `Unknown kind "${kind}" (available: service-points, job-fairs, postdoc).`,
    );
  }
  if (files.length === 0) throw new InputError('没有输入文件。', 'No input files.');
  const runs = await readRuns(spec, files, options);
  const tables: TableSpec[] = [spec, ...(spec.children ?? [])];

  const now = (options.now ?? (() => new Date()))();
  const ctx: KindContext = { crs: options.crs ?? 'wgs84', divisions: await hubeiDivisions(), now };
  const total = runs.reduce((n, t) => n + t.sheet.rows.length, 0);
  const many = runs.length > 1;
  const rowIssues: RowIssues[] = [];
  const origins = new Map<object, Origin>();
  const roots: FeedItem<FeedKind>[] = [];
  /** table name → key → the rows it names. */
  const named = new Map<string, Map<string, Named[]>>();
  /** The keys of each row's record (to prefix its children's keys). */
  const keysOfRow = new Map<RowIssues, string[]>();
  let done = 0;

  for (const table of tables) {
    const child = table === spec ? undefined : (table as ChildSpec);
    const names = new Map<string, Named[]>();
    named.set(table.name, names);
    /** parent (or undefined for the main table) → duplicate key / id → row. */
    const seenKey = new Map<object | undefined, Map<string, number>>();
    const seenId = new Map<object | undefined, Map<string, number>>();
    for (const { sheet, header } of runs.filter((r) => r.table === table)) {
      const headerOf = (field: string): string =>
        header.text.get(field) ?? table.columns.find((c) => c.field === field)?.header ?? field;
      for (const r of sheet.rows) {
        done += 1;
        if (options.onProgress && done % 500 === 0) options.onProgress(done, total);
        if (r.row <= header.row || isBlankRow(r) || isNoteRow(r)) continue;
        const values: RowValues = {
          get: (f) => {
            const i = header.index.get(f);
            return i === undefined ? '' : (r.cells[i] ?? '').trim();
          },
          has: (f) => header.index.has(f),
        };
        const issues = new RowIssues(r.row, many ? sheet.name : undefined, headerOf);
        rowIssues.push(issues);
        let parent: Named | undefined;
        let parentKeys: string[] = [];
        if (child) {
          parent = parentOf(child, values, issues, named.get(child.parent));
          if (!parent?.record) continue;
          parentKeys = keysOfRow.get(parent.issues) ?? [];
        }
        const own = (table.keysOf?.(values) ?? []).filter(Boolean);
        const keys = [...own, ...parentKeys.flatMap((p) => own.map((k) => `${p}|${k}`))];
        keysOfRow.set(issues, keys);
        const rec = table.buildRow(values, issues, ctx, parent?.record) as object | undefined;
        const entry: Named = rec ? { record: rec, issues } : { issues };
        for (const k of keys) names.set(k, [...(names.get(k) ?? []), entry]);
        if (!rec) continue;
        const scope = parent?.record;
        const key = table.duplicateKey?.(rec);
        const keyRows = seenKey.get(scope) ?? new Map<string, number>();
        const idRows = seenId.get(scope) ?? new Map<string, number>();
        seenKey.set(scope, keyRows);
        seenId.set(scope, idRows);
        const id = (rec as { id?: string }).id;
        const earlier = key === undefined ? undefined : keyRows.get(key);
        const earlierId = id === undefined ? undefined : idRows.get(id);
        const [what, whatEn] = table.duplicateWhat ?? ['内容', 'content'];
        if (earlier !== undefined) {
          issues.reject(
            'name',
            'duplicate',
            `与第 ${earlier} 行重复（${what}相同）。`,
            `Duplicate of row ${earlier} (same ${whatEn}).`,
          );
          unname(names, keys, entry);
          continue;
        }
        if (earlierId !== undefined) {
          issues.reject(
            'id',
            'duplicate-id',
            `编号“${id}”与第 ${earlierId} 行相同。`,
            `Id "${id}" is already used on row ${earlierId}.`,
          );
          unname(names, keys, entry);
          continue;
        }
        if (key !== undefined) keyRows.set(key, r.row);
        if (id !== undefined) idRows.set(id, r.row);
        origins.set(rec, { table, issues, parent: scope, children: [] });
        if (child && scope) {
          child.attach(scope, rec);
          origins.get(scope)?.children.push(rec);
        } else {
          roots.push(rec as FeedItem<FeedKind>);
        }
      }
    }
  }
  options.onProgress?.(total, total);

  const items: FeedItem<FeedKind>[] = [];
  for (const root of roots) {
    const valid = validateTree(spec, root, origins, ctx);
    if (valid) items.push(valid);
  }

  const report: BuildReport = { rows: rowIssues.length, accepted: 0, rejected: [], warnings: [] };
  for (const issues of rowIssues) {
    report.warnings.push(...issues.warnings);
    if (issues.rejection) report.rejected.push(issues.rejection);
  }
  report.accepted = report.rows - report.rejected.length;
  if (spec.children?.length) report.records = items.length;

  const meta: FeedMeta = {
    generatedAt: isoShanghai(now),
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

const NOTES_SHEET = /^(说明|填表说明|填报说明|选项|notes|readme)$/i;

/** Reads the files and finds which table each sheet holds. */
async function readRuns(spec: KindSpec, files: readonly InputFile[], options: BuildOptions): Promise<Run[]> {
  const runs: Run[] = [];
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
    const before = runs.length;
    // The template's notes and list sheets (and anyone's 填表说明) name the columns but hold no data.
    for (const sheet of sheets.filter((s) => !NOTES_SHEET.test(s.name))) {
      const found = tableOf(spec, sheet, options.mapping);
      if (found) runs.push({ ...found, sheet, file: file.name });
    }
    if (runs.length === before) {
      throw new InputError(
        `在“${file.name}”中找不到表头行：表头应包含 ${requiredHeaders(spec)} 等列（可用 --map 指定列名）。`,
        `No header row found in "${file.name}": expected columns such as ${spec.columns
          .filter((c) => c.required)
          .map((c) => c.field)
          .join(', ')} (use --map).`,
      );
    }
  }
  if (!runs.some((r) => r.table === spec)) {
    throw new InputError(
      `没有找到“${spec.title}”表（表头应包含 ${requiredHeaders(spec)} 等列）。`,
      `No "${spec.title}" sheet found (its header needs ${spec.columns
        .filter((c) => c.required)
        .map((c) => c.field)
        .join(', ')}).`,
    );
  }
  for (const r of runs)
    checkRequired(r.table, r.header, r.sheet.name === r.file ? r.file : `${r.file}/${r.sheet.name}`);
  return runs;
}

/** Takes a duplicate row out of the names child rows look up: they name the row it repeats. */
function unname(names: Map<string, Named[]>, keys: readonly string[], entry: Named): void {
  for (const k of keys)
    names.set(
      k,
      (names.get(k) ?? []).filter((e) => e !== entry),
    );
}

/** The parent a child row names, or `undefined` (the row is rejected) when it names none, or several. */
function parentOf(
  child: ChildSpec,
  row: RowValues,
  issues: RowIssues,
  names: Map<string, Named[]> | undefined,
): Named | undefined {
  const { field, key } = child.parentRef(row);
  if (key === '') {
    return issues.reject(field, 'no-parent', '未填写所属的上级记录。', 'The row names no parent record.');
  }
  const all = names?.get(key) ?? [];
  // A row that was built wins over rows of the same name that were rejected (a corrected copy, say).
  const built = all.filter((h) => h.record);
  const hits = built.length > 0 ? built : all;
  if (hits.length === 0) {
    return issues.reject(
      field,
      'unknown-parent',
      `“${key}”在上级表中不存在（请检查编号或名称）。`,
      `"${key}" is not in the parent sheet (check the number or name).`,
    );
  }
  if (built.length > 1) {
    return issues.reject(
      field,
      'ambiguous-parent',
      `“${key}”在上级表中有 ${hits.length} 行（第 ${hits.map((h) => h.issues.row).join('、')} 行），请填写编号。`,
      `"${key}" names ${hits.length} rows of the parent sheet: give the number.`,
    );
  }
  const [hit] = hits;
  if (hit && !hit.record) {
    return issues.reject(
      field,
      'parent-rejected',
      `所属的“${key}”（第 ${hit.issues.row} 行）未通过校验，本行一并未收录。`,
      `Its parent "${key}" (row ${hit.issues.row}) was rejected, so this row is left out too.`,
    );
  }
  return hit;
}

/**
 * Validates a main record with its children by the SDK's own schema. A failure inside a child rejects that child's
 * row (and its own children) and the record is validated again without it; a failure of the record itself rejects
 * its row and every row under it.
 */
function validateTree(
  spec: KindSpec,
  root: FeedItem<FeedKind>,
  origins: Map<object, Origin>,
  ctx: KindContext,
): FeedItem<FeedKind> | undefined {
  for (;;) {
    spec.finish?.(root, ctx);
    let problem: { path: string; text: string } | undefined;
    const [ok] = parseItems(spec.kind, [root], {
      onDiagnostic: (d) => {
        const first = d.issues[0] ?? d.message;
        const m = /^([^:]+):\s*(.*)$/.exec(first);
        problem = { path: m?.[1] ?? '', text: m?.[2] ?? first };
      },
    });
    if (ok) return ok;
    // The deepest record on the path is to blame; the path below it names the field.
    let blamed: object = root;
    let rest = problem?.path ?? '';
    let at: unknown = root;
    const parts = rest === '' ? [] : rest.split('.');
    parts.forEach((part, i) => {
      at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
      if (at && typeof at === 'object' && origins.has(at)) {
        blamed = at;
        rest = parts.slice(i + 1).join('.');
      }
    });
    const origin = origins.get(blamed);
    if (!origin) return undefined;
    const field = origin.table.fieldOfPath?.(rest) ?? rest.split('.')[0] ?? rest;
    origin.issues.reject(
      field,
      'schema',
      `数据不符合格式要求：${problem?.text ?? ''}`,
      `Does not fit the feed schema: ${problem?.text ?? ''}`,
    );
    rejectBelow(blamed, origins);
    if (blamed === root) return undefined;
    const parent = origin.parent;
    const parentOrigin = parent && origins.get(parent);
    if (!parent || !parentOrigin) return undefined;
    (origin.table as ChildSpec).detach(parent, blamed);
    parentOrigin.children = parentOrigin.children.filter((c) => c !== blamed);
  }
}

function rejectBelow(rec: object, origins: Map<object, Origin>): void {
  const origin = origins.get(rec);
  for (const c of origin?.children ?? []) {
    origins
      .get(c)
      ?.issues.reject(
        '',
        'parent-rejected',
        `所属的上级记录（第 ${origin?.issues.row ?? 0} 行）未通过校验，本行一并未收录。`,
        `Its parent record (row ${origin?.issues.row ?? 0}) was rejected, so this row is left out too.`,
      );
    rejectBelow(c, origins);
  }
}

function checkRequired(table: TableSpec, header: HeaderMap, file: string): void {
  const missing = table.columns.filter(
    (c) =>
      c.required &&
      !header.index.has(c.field) &&
      !((c.field === 'lng' || c.field === 'lat') && header.index.has('coords')),
  );
  if (missing.length > 0) {
    throw new InputError(
      `“${file}”（${table.title}）缺少必填列：${missing.map((c) => c.header).join('、')}（第 ${header.row} 行为表头；可用 --map 指定列名）。`,
      `"${file}" (${table.name}) lacks required columns: ${missing.map((c) => c.field).join(', ')} (header on row ${header.row}; use --map).`,
    );
  }
}
