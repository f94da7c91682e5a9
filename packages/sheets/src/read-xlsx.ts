import type { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { formatNumber, formatUtcDate, isDateFormat, normaliseText } from './cell-text.ts';
import { MergeFiller } from './merge-fill.ts';
import { NOT_A_TABLE_MESSAGE, TableError } from './table-error.ts';
import { collectMerges, locateFirstSheet } from './xlsx-sheet-info.ts';
import { readEntry, readZipIndex, type ZipEntry } from './zip-index.ts';

// exceljs' streaming reader keeps memory flat for directory-sized workbooks (the in-memory
// Workbook needs gigabytes for a million rows); merges come from xlsx-sheet-info.

const BATCH = 512;

export async function openXlsx(buf: Buffer): Promise<{ sheetName: string; batches: AsyncGenerator<string[][]> }> {
  const entries = readZipIndex(buf);
  if (!entries) throw damaged();
  if (!entries.has('xl/workbook.xml')) throw notWorkbook(buf, entries);
  let sheet;
  let merges;
  try {
    sheet = locateFirstSheet(buf, entries);
    const entry = sheet && entries.get(sheet.path);
    if (!sheet || !entry) throw damaged();
    merges = await collectMerges(buf, entry);
  } catch (e) {
    throw e instanceof TableError ? e : damaged();
  }
  const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(sheet.path)?.[1];
  if (!sheetNo) throw damaged(); // exceljs only streams sheets named sheetN.xml
  return { sheetName: sheet.name, batches: sheetBatches(buf, sheetNo, new MergeFiller(merges)) };
}

async function* sheetBatches(buf: Buffer, sheetNo: string, filler: MergeFiller): AsyncGenerator<string[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell dates from numbers
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  decodeUtf8Whole(reader);
  // Worksheets arrive in zip order; the preceding 'entry' event names the part.
  let current: string | undefined;
  (reader as unknown as EventEmitter).on('entry', (e: { type: string; id?: string }) => {
    if (e.type === 'worksheet') current = String(e.id);
  });
  try {
    for await (const ws of reader) {
      if (current !== sheetNo) continue;
      let batch: string[][] = [];
      let next = 1;
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        const rowNo = Number.isFinite(row.number) && row.number >= next ? row.number : next;
        for (; next < rowNo; next++) {
          const gap: string[] = []; // rows absent from the XML keep the spreadsheet numbering
          filler.apply(next, gap);
          batch.push(gap);
          if (batch.length >= BATCH) yield batch.splice(0);
        }
        const cells = rowCells(row);
        filler.apply(rowNo, cells);
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        batch.push(cells);
        next = rowNo + 1;
        if (batch.length >= BATCH) yield batch.splice(0);
      }
      if (batch.length) yield batch;
      return;
    }
  } catch (e) {
    throw e instanceof TableError ? e : damaged();
  }
  throw damaged();
}

// exceljs 4.4 decodes every decompressed chunk on its own, so a Chinese character split
// across two chunks turns into “��” (seen in the Hainan list). Its XML parser passes strings
// through untouched, so the parts are handed over already decoded, boundary-safe. This
// reaches into two private methods; read-workbook.test.ts compares the Hainan list cell by
// cell with exceljs' in-memory reader and fails if an upgrade breaks it.
function decodeUtf8Whole(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  type Internals = {
    _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
    _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  };
  const r = reader as unknown as Internals;
  const sharedStrings = r._parseSharedStrings;
  const worksheet = r._parseWorksheet;
  if (typeof sharedStrings !== 'function' || typeof worksheet !== 'function') throw new Error('exceljs internals changed');
  r._parseSharedStrings = function (entry) {
    entry.setEncoding('utf8');
    return sharedStrings.call(this, entry);
  };
  r._parseWorksheet = function (iterator, sheetNo) {
    return worksheet.call(this, decodeChunks(iterator), sheetNo);
  };
}

async function* decodeChunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell((cell, col) => {
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = cellText(cell.value, cell.numFmt);
  });
  return cells;
}

export function cellText(v: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normaliseText(v);
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatUtcDate(v);
  if ('richText' in v) return normaliseText(v.richText.map((r) => r.text ?? '').join(''));
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    // The streaming reader leaves date-formatted formula results as serial numbers.
    if (typeof result === 'number' && isDateFormat(numFmt)) return formatUtcDate(new Date(Math.round((result - 25569) * 86_400_000)));
    if (result !== null && typeof result === 'object' && 'error' in result) return String(result.error);
    return cellText(result as ExcelJS.CellValue, numFmt);
  }
  if ('error' in v) return String(v.error);
  if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
  return '';
}

function damaged(): TableError {
  return new TableError('BAD_WORKBOOK', '工作簿已损坏或格式不规范，无法读取；请用 Excel 打开后另存为 .xlsx 再上传');
}

function notWorkbook(buf: Buffer, entries: Map<string, ZipEntry>): TableError {
  const mimetype = entries.get('mimetype');
  if (mimetype && readEntry(buf, mimetype).toString('latin1').includes('opendocument.spreadsheet')) {
    return new TableError('UNSUPPORTED_FORMAT', '暂不支持 OpenDocument 表格（.ods），请另存为 .xlsx 后上传');
  }
  if (entries.has('xl/workbook.bin')) {
    return new TableError('UNSUPPORTED_FORMAT', '暂不支持二进制工作簿（.xlsb），请另存为 .xlsx 后上传');
  }
  return new TableError('NOT_A_TABLE', NOT_A_TABLE_MESSAGE);
}
