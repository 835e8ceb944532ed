/**
 * `hbrs-feed template`: a workbook ready to fill in: the headers, one example row, a 说明 (notes) sheet for every
 * column, and drop-down lists for the columns with a closed vocabulary. A sheet made from it builds with zero
 * warnings. No Node APIs: the docs page can offer it too.
 * @module
 */
import ExcelJS from 'exceljs';
import { BANK_CODES, BANK_INFO, SERVICE_CODES, SERVICE_LABELS, SERVICE_POINT_CATEGORIES } from '@hbrs/sdk';
import { hubeiDivisions } from './divisions.js';
import { InputError } from './table.js';
import { kindSpec } from './kinds/index.js';

const LISTS = '选项';

/** Writes the template of `kind` as xlsx bytes. */
export async function templateWorkbook(kind: string): Promise<Uint8Array> {
  const spec = kindSpec(kind);
  if (!spec)
    throw new InputError(
      `未知或暂不支持的数据类型“${kind}”。`,
      `Unknown or not yet supported kind "${kind}".`,
    );
  const divisions = await hubeiDivisions();
  const wb = new ExcelJS.Workbook();
  wb.creator = '@hbrs/feed';
  const ws = wb.addWorksheet(spec.title);
  const cols = spec.columns.filter((c) => c.field !== 'coords');
  ws.columns = cols.map((c) => ({
    header: c.header,
    key: c.field,
    width: Math.max(12, c.header.length * 3, c.example.length * 2 + 2),
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.addRow(Object.fromEntries(cols.map((c) => [c.field, c.example])));

  const notes = wb.addWorksheet('说明');
  notes.columns = [
    { header: '列名', key: 'h', width: 14 },
    { header: '必填', key: 'r', width: 6 },
    { header: '填写说明', key: 'n', width: 60 },
    { header: 'Column (English)', key: 'f', width: 16 },
    { header: 'Notes (English)', key: 'e', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of cols)
    notes.addRow({ h: c.header, r: c.required ? '是' : '', n: c.note, f: c.field, e: c.noteEn });
  notes.addRow({});
  notes.addRow({
    h: '注',
    n: '第1行为表头，请勿修改列名；示例行可删除或覆盖。坐标系在生成时用 --crs 指定（高德 gcj02，百度 bd09）。',
  });

  // Lists for the drop-downs, on their own sheet (Excel limits inline lists to 255 characters).
  const lists = wb.addWorksheet(LISTS, { state: 'hidden' });
  const columns: Record<string, string[]> = {
    bank: BANK_CODES.filter((c) => c !== 'OTHER').map((c) => BANK_INFO[c].zh),
    services: SERVICE_CODES.map((c) => SERVICE_LABELS[c].zh),
    category: [...SERVICE_POINT_CATEGORIES],
    city: divisions.all.filter((d) => d.level === 'prefecture').map((d) => d.name),
    county: divisions.all.filter((d) => d.level === 'county').map((d) => d.name),
    status: ['正常', '暂停', '关闭'],
  };
  let listCol = 1;
  for (const [field, values] of Object.entries(columns)) {
    const at = cols.findIndex((c) => c.field === field);
    if (at < 0) continue;
    values.forEach((v, i) => (lists.getCell(i + 1, listCol).value = v));
    const letter = lists.getColumn(listCol).letter;
    const range = `'${LISTS}'!$${letter}$1:$${letter}$${values.length}`;
    const target = ws.getColumn(at + 1).letter;
    // Services take several values: the list helps but does not forbid (error style 'information').
    const multi = field === 'services';
    for (let row = 2; row <= 2000; row++) {
      ws.getCell(`${target}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: !multi,
        errorStyle: multi ? 'information' : 'stop',
        error: '请从下拉列表中选择。',
      };
    }
    listCol += 1;
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
