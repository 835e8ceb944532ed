/**
 * `hbrs-feed template`: a workbook ready to fill in: one sheet per table of the kind with its headers and one
 * example row, a 说明 (notes) sheet for every column, and drop-down lists for the columns with a closed vocabulary.
 * A workbook made from it builds with zero warnings. No Node APIs: the docs page can offer it too.
 * @module
 */
import ExcelJS from 'exceljs';
import type { ColumnSpec } from './columns.js';
import { hubeiDivisions } from './divisions.js';
import { InputError } from './table.js';
import { kindSpec, type TableSpec } from './kinds/index.js';

const LISTS = '选项';
const ROWS_WITH_LISTS = 2000;

const exampleOf = (c: ColumnSpec, now: Date): string =>
  typeof c.example === 'function' ? c.example(now) : c.example;

/** Writes the template of `kind` as xlsx bytes (`now` dates the example rows). */
export async function templateWorkbook(kind: string, now: Date = new Date()): Promise<Uint8Array> {
  const spec = kindSpec(kind);
  if (!spec)
    throw new InputError(
      `未知的数据类型“${kind}”（可用：service-points、job-fairs、postdoc）。`,
      `Unknown kind "${kind}" (available: service-points, job-fairs, postdoc).`,
    );
  const divisions = await hubeiDivisions();
  const wb = new ExcelJS.Workbook();
  wb.creator = '@hbrs/feed';
  const tables: TableSpec[] = [spec, ...(spec.children ?? [])];
  const sheets = tables.map((t) => {
    const ws = wb.addWorksheet(t.title);
    const cols = t.columns.filter((c) => c.field !== 'coords');
    ws.columns = cols.map((c) => ({
      header: c.header,
      key: c.field,
      width: Math.max(12, c.header.length * 3, exampleOf(c, now).length * 2 + 2),
    }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.addRow(Object.fromEntries(cols.map((c) => [c.field, exampleOf(c, now)])));
    return { ws, cols };
  });

  const notes = wb.addWorksheet('说明');
  notes.columns = [
    { header: '工作表', key: 't', width: 12 },
    { header: '列名', key: 'h', width: 16 },
    { header: '必填', key: 'r', width: 6 },
    { header: '填写说明', key: 'n', width: 60 },
    { header: 'Column (English)', key: 'f', width: 16 },
    { header: 'Notes (English)', key: 'e', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  tables.forEach((t, i) => {
    for (const c of sheets[i]?.cols ?? [])
      notes.addRow({
        t: t.title,
        h: c.header,
        r: c.required ? '是' : '',
        n: c.note,
        f: c.field,
        e: c.noteEn,
      });
  });
  notes.addRow({});
  notes.addRow({
    t: '注',
    n: '每个工作表第1行为表头，请勿修改列名；示例行可删除或覆盖。坐标系在生成时用 --crs 指定（高德 gcj02，百度 bd09）。',
  });
  if (tables.length > 1) {
    notes.addRow({
      t: '注',
      n: `各表通过编号或名称关联：${tables
        .slice(1)
        .map((t) => `“${t.title}”的每一行须写明所属记录`)
        .join('；')}。`,
    });
  }

  // Lists for the drop-downs, on their own sheet (Excel limits inline lists to 255 characters).
  const lists = wb.addWorksheet(LISTS, { state: 'hidden' });
  const ranges = new Map<string, string>();
  const rangeOf = (values: readonly string[]): string => {
    const key = values.join('\u0001');
    let range = ranges.get(key);
    if (range === undefined) {
      const listCol = ranges.size + 1;
      values.forEach((v, i) => (lists.getCell(i + 1, listCol).value = v));
      const letter = lists.getColumn(listCol).letter;
      range = `'${LISTS}'!$${letter}$1:$${letter}$${values.length}`;
      ranges.set(key, range);
    }
    return range;
  };
  for (const { ws, cols } of sheets) {
    cols.forEach((c, at) => {
      if (!c.choices) return;
      const { values, multi = false } = c.choices;
      const list =
        typeof values === 'string'
          ? divisions.all.filter((d) => d.level === values).map((d) => d.name)
          : values;
      const range = rangeOf(list);
      const target = ws.getColumn(at + 1).letter;
      // Several values in one cell: the list helps but does not forbid (error style 'information').
      for (let row = 2; row <= ROWS_WITH_LISTS; row++) {
        ws.getCell(`${target}${row}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [range],
          showErrorMessage: !multi,
          errorStyle: multi ? 'information' : 'stop',
          error: '请从下拉列表中选择。',
        };
      }
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
