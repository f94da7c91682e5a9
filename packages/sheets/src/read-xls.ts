import XLSX from 'xlsx';
import { formatDateParts, formatNumber, normaliseText } from './cell-text.ts';
import { MergeFiller } from './merge-fill.ts';
import { NOT_A_TABLE_MESSAGE, TableError } from './table-error.ts';

// Excel 97-2003 (BIFF in an OLE container) via SheetJS. An .xls holds at most 65 536 rows,
// so reading it whole is fine. The same OLE container also wraps password-protected .xlsx
// and Word/PowerPoint files, which are told apart by their streams.

export function openXls(buf: Buffer): { sheetName: string; batches: AsyncGenerator<string[][]> } {
  let paths: string[];
  try {
    paths = (XLSX.CFB.read(buf, { type: 'buffer' }).FullPaths as string[]).map((p) => p.split('/').filter(Boolean).pop() ?? '');
  } catch {
    throw damaged();
  }
  if (paths.includes('EncryptedPackage') || paths.includes('EncryptionInfo')) throw encrypted();
  if (!paths.includes('Workbook') && !paths.includes('Book')) throw new TableError('NOT_A_TABLE', NOT_A_TABLE_MESSAGE);

  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', cellNF: true, cellDates: false, cellHTML: false, cellText: false });
  } catch (e) {
    throw /password|encrypt/i.test(String((e as Error)?.message)) ? encrypted() : damaged();
  }
  const hidden = new Set((wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
  const name = wb.SheetNames.find((n) => !hidden.has(n)) ?? wb.SheetNames[0];
  const ws = name === undefined ? undefined : wb.Sheets[name];
  if (name === undefined || !ws) throw damaged();
  return { sheetName: name, batches: sheetBatches(ws, Boolean(wb.Workbook?.WBProps?.date1904)) };
}

async function* sheetBatches(ws: XLSX.WorkSheet, date1904: boolean): AsyncGenerator<string[][]> {
  if (!ws['!ref']) return;
  const range = XLSX.utils.decode_range(ws['!ref']);
  const filler = new MergeFiller(
    (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 })),
  );
  const rows: string[][] = [];
  // Rows above the used range still count, so row numbers match what Excel shows.
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    if (r >= range.s.r) {
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        cells.push(cell ? cellText(cell, date1904) : '');
      }
    }
    filler.apply(r + 1, cells);
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  yield rows;
}

function cellText(cell: XLSX.CellObject, date1904: boolean): string {
  switch (cell.t) {
    case 's':
      return normaliseText(String(cell.v ?? ''));
    case 'n': {
      const v = cell.v as number;
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const d = XLSX.SSF.parse_date_code(v, { date1904 });
        if (d) return formatDateParts(d.y, d.m, d.d, d.H, d.M, Math.floor(d.S));
      }
      return formatNumber(v);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '';
    case 'd':
      return cell.v instanceof Date ? formatDateParts(cell.v.getFullYear(), cell.v.getMonth() + 1, cell.v.getDate()) : '';
    default:
      return '';
  }
}

function damaged(): TableError {
  return new TableError('BAD_WORKBOOK', '工作簿已损坏或格式不规范，无法读取；请用 Excel 打开后另存为 .xlsx 再上传');
}

function encrypted(): TableError {
  return new TableError('ENCRYPTED', '文件设置了打开密码，请在 Excel 中取消密码后再上传');
}
