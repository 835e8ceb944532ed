/**
 * Finding the header row of a sheet and recognising its columns by their Chinese or English headers (with the
 * usual variants), or by a user's mapping.
 * @module
 */
import type { Sheet, SheetRow } from './table.js';

/** One column a kind understands. */
export interface ColumnSpec {
  /** Field name inside the builder (and the key of a `--map` mapping). */
  field: string;
  /** The header the template writes (Chinese). */
  header: string;
  /** Other headers people use for it, Chinese and English; matched after {@link normaliseHeader}. */
  aliases: readonly string[];
  /** Whether a row needs a value here. */
  required?: boolean;
  /** What goes in the column (the template's notes sheet), Chinese and English. */
  note: string;
  noteEn: string;
  /** Example value for the template's example row (a function of the clock for dates that must lie ahead). */
  example: string | ((now: Date) => string);
  /**
   * The template's drop-down list for this column: fixed values, or Hubei's 市州 / 区县 names. `multi` lists
   * help without forbidding other text (a cell may hold several values).
   */
  choices?: { values: readonly string[] | 'prefecture' | 'county'; multi?: boolean } | undefined;
}

/** A mapping file: field → header text in the user's sheet (`{ "name": "机构名称" }`). */
export type ColumnMapping = Readonly<Record<string, string>>;

/** Header text reduced to what identifies it: no spaces, marks of required columns, bracketed notes or case. */
export function normaliseHeader(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** Where each field's column is, and how the sheet names it. */
export interface HeaderMap {
  /** Row number of the header. */
  row: number;
  /** field → 0-based column index. */
  index: Map<string, number>;
  /** field → header text as written in the sheet. */
  text: Map<string, string>;
}

const MAX_HEADER_SCAN = 30;

/**
 * Finds the header row: among the first rows, the one naming the most known columns (at least two), so title rows
 * above it (often merged cells) are passed over. A mapping's header texts count as known.
 */
export function findHeader(
  sheet: Sheet,
  columns: readonly ColumnSpec[],
  mapping: ColumnMapping = {},
): HeaderMap | undefined {
  const known = new Map<string, string>();
  for (const c of columns) {
    for (const a of [c.header, c.field, ...c.aliases]) known.set(normaliseHeader(a), c.field);
  }
  for (const [field, header] of Object.entries(mapping)) known.set(normaliseHeader(header), field);
  let best: { row: SheetRow; score: number } | undefined;
  for (const r of sheet.rows.slice(0, MAX_HEADER_SCAN)) {
    const fields = new Set(r.cells.map((c) => known.get(normaliseHeader(c))).filter(Boolean));
    if (fields.size >= 2 && (!best || fields.size > best.score)) best = { row: r, score: fields.size };
  }
  if (!best) return undefined;
  const index = new Map<string, number>();
  const text = new Map<string, string>();
  // A mapping wins over the built-in names: map its headers first.
  const mappedHeaders = new Map(Object.entries(mapping).map(([f, h]) => [normaliseHeader(h), f]));
  best.row.cells.forEach((cell, i) => {
    const n = normaliseHeader(cell);
    const field = mappedHeaders.get(n) ?? known.get(n);
    if (field && !index.has(field)) {
      index.set(field, i);
      text.set(field, cell.trim());
    }
  });
  return { row: best.row.row, index, text };
}

/** A row is blank when every cell is empty or white space. */
export const isBlankRow = (r: SheetRow): boolean => r.cells.every((c) => c.trim() === '');

const NOTE = /^\s*(注|备注|说明|填表说明|填报说明|制表|审核|数据来源|※|\*|＊|note)/i;

/** A note row: a single filled cell that reads as a note (注：…, 说明：…, 制表人：…). */
export function isNoteRow(r: SheetRow): boolean {
  const filled = r.cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && NOTE.test(filled[0] ?? '');
}
