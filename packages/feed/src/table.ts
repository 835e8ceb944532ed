/**
 * Reading spreadsheets into plain tables of strings, with the row numbers a person sees in Excel. xlsx through
 * exceljs, CSV through Papa Parse, JSON arrays as they are. No Node APIs: this runs in a browser too.
 * @module
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText, type TextEncodingName } from './text.js';

/** One row of a sheet: its number as Excel shows it (1-based) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A sheet (or a CSV file) read as text. */
export interface Sheet {
  /** Sheet name (xlsx) or file name (CSV/JSON). */
  name: string;
  rows: SheetRow[];
  /** How a CSV was decoded. */
  encoding?: TextEncodingName;
}

/** A file given to the builder: its name (the extension picks the reader) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Input that cannot be read at all (exit code 2 in the CLI). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

const extOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Reads every sheet of `file` (an xlsx has several; a CSV or JSON is one). */
export async function readSheets(file: InputFile): Promise<Sheet[]> {
  const ext = extOf(file.name);
  if (ext === 'xlsx') return readXlsx(file);
  if (ext === 'csv' || ext === 'txt') return [readCsv(file)];
  if (ext === 'json') return [readJson(file)];
  throw new InputError(
    `无法读取“${file.name}”：只支持 .xlsx、.csv 和 .json 文件（.xls 请在 Excel 中另存为 .xlsx）。`,
    `Cannot read "${file.name}": only .xlsx, .csv and .json files are supported (save .xls as .xlsx in Excel).`,
  );
}

/** Text of an exceljs cell value: rich text joined, formulas by their result, dates as ISO dates, hyperlinks by text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDateOf(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

// Excel dates carry no zone: exceljs reads them as UTC midnight (plus the time of day).
const isoDateOf = (d: Date): string => {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};

async function readXlsx(file: InputFile): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs accepts an ArrayBuffer in browsers and Node alike.
    const buf = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength);
    await wb.xlsx.load(buf as ArrayBuffer);
  } catch (e) {
    throw new InputError(
      `无法打开“${file.name}”：不是有效的 .xlsx 工作簿（${(e as Error).message}）。`,
      `Cannot open "${file.name}": not a valid .xlsx workbook (${(e as Error).message}).`,
    );
  }
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => {
        // A merged cell's value lives in its master cell only: the others read as empty.
        cells[col - 1] = c.isMerged && c.master !== c ? '' : cellText(c.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

function readCsv(file: InputFile): Sheet {
  const { text, encoding } = decodeText(file.bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  // Papa Parse reports quoting problems but still returns the rows; a line is a row, as Excel shows it.
  const rows: SheetRow[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    rows.push({ row: line, cells: cells.map((c) => c ?? '') });
    line += 1;
  }
  return { name: file.name, rows, encoding };
}

function readJson(file: InputFile): Sheet {
  const { text } = decodeText(file.bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      `“${file.name}”不是有效的 JSON（${(e as Error).message}）。`,
      `"${file.name}" is not valid JSON (${(e as Error).message}).`,
    );
  }
  const items = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && Array.isArray((doc as { items?: unknown }).items)
      ? (doc as { items: unknown[] }).items
      : undefined;
  if (!items) {
    throw new InputError(
      `“${file.name}”应为记录数组，或含 "items" 数组的对象。`,
      `"${file.name}" must be an array of records or an object with an "items" array.`,
    );
  }
  // Records become a table: the union of their keys is the header row (row 1), record i is row i + 2.
  // Nested objects ({ location: { lng, lat } }) become dotted columns (location.lng).
  const flat = items.map((it) => flatten(it));
  const keys: string[] = [];
  for (const rec of flat) for (const k of Object.keys(rec)) if (!keys.includes(k)) keys.push(k);
  const rows: SheetRow[] = [{ row: 1, cells: keys }];
  flat.forEach((rec, i) => rows.push({ row: i + 2, cells: keys.map((k) => jsonCell(rec[k])) }));
  return { name: file.name, rows };
}

function flatten(x: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return out;
  for (const [k, v] of Object.entries(x)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, `${prefix}${k}.`, out);
    else out[prefix + k] = v;
  }
  return out;
}

const jsonCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    // A location object { lng, lat } or a list of services: flatten to what a sheet would hold.
    if (Array.isArray(v))
      return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('、');
    return JSON.stringify(v);
  }
  return String(v);
};
