// Test helpers: workbooks that look like the ones departments send (a merged title row above the header, a note
// row under the data), built with exceljs, and a client reading a built feed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createClient, type HbrsClient } from '@hbrs/sdk';
import type { FeedDocument, InputFile } from '../src/index.js';

/** A sheet: its name, an optional title row (merged over the header's width), the header and the rows. */
export interface SheetSpec {
  name: string;
  title?: string;
  header: string[];
  rows: (string | number | Date | null)[][];
  note?: string;
}

/** An .xlsx input file made of `sheets`. */
export async function workbook(name: string, sheets: SheetSpec[]): Promise<InputFile> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.title !== undefined) {
      ws.addRow([s.title]);
      ws.mergeCells(1, 1, 1, s.header.length);
      ws.addRow([]);
    }
    ws.addRow(s.header);
    for (const r of s.rows) ws.addRow(r);
    if (s.note !== undefined) ws.addRow([s.note]);
  }
  const buf = await wb.xlsx.writeBuffer();
  return { name, bytes: new Uint8Array(buf as ArrayBuffer) };
}

/** A CSV input file (UTF-8) from rows of cells. */
export function csv(name: string, rows: (string | number)[][]): InputFile {
  const text = rows
    .map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  return { name, bytes: new TextEncoder().encode(text) };
}

/** An SDK client whose feed directory holds `docs` (kind → feed document). */
export function clientOf(docs: Record<string, FeedDocument>): HbrsClient {
  return createClient({
    feed: 'https://example.invalid/feed/',
    fetch: async (url) => {
      const file = String(url).split('/').pop()?.replace(/\?.*$/, '') ?? '';
      const kind = file.replace(/\.json$/, '');
      const doc = docs[kind];
      return doc
        ? new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } })
        : new Response('not found', { status: 404 });
    },
  });
}

/** The clock of the tests: 2026-12-02 10:00 in Shanghai. */
export const NOW = (): Date => new Date('2026-12-02T02:00:00Z');

/** `[row, column, code]` of report issues, for exact comparisons. */
export const rcc = (issues: { row: number; column: string; code: string; sheet?: string }[]): string[] =>
  issues.map((i) => `${i.sheet ? `${i.sheet}!` : ''}${i.row}:${i.column}:${i.code}`);

/** The bin as users run it: the build (`pnpm test` builds first). */
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs `hbrs-feed …` in `cwd` and returns its exit code and output. */
export function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "pnpm --filter @hbrs/feed build" first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
