import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface SheetColumn {
  key: string;
  header: string;
  /** Column width in characters (a CJK character counts about 2). */
  width?: number;
}

export interface WriteXlsxInput {
  sheetName: string;
  columns: SheetColumn[];
  rows: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;
}

// Text that Excel (or WPS) would read as a formula when the file is opened or a cell is
// edited: = + - @, and tab / CR which some importers strip before looking. A leading
// apostrophe is Excel's own "this is text" marker (OWASP CSV-injection advice).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One value as exported: numbers stay numbers (so Excel can sum them), strings that could
 * start a formula get a leading ', arrays are joined with 、, dates become YYYY-MM-DD (in
 * China time, matching what users entered), booleans 是/否, null/undefined ''.
 */
export function escapeCell(value: unknown): string | number {
  const v = plainValue(value);
  return typeof v === 'string' ? escapeText(v) : v;
}

function plainValue(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return formatChinaDate(value);
  if (Array.isArray(value)) return value.map(plainValue).join('、');
  return String(value);
}

function escapeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function formatChinaDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A one-sheet workbook with a bold, frozen header row, whole in memory (see xlsxChunks). */
export async function writeXlsx(input: WriteXlsxInput): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxChunks(input)) chunks.push(chunk);
  const buf = Buffer.concat(chunks);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * The workbook's bytes as they are written, the rows streamed into the zip: a caller that stores
 * the chunks as they come never holds the whole file. Stopping early stops reading the rows.
 */
export async function* xlsxChunks(input: WriteXlsxInput): AsyncGenerator<Buffer> {
  const out = new PassThrough();
  const writing = writeWorkbook(input, out).catch((e: Error) => void out.destroy(e));
  try {
    for await (const chunk of out) yield chunk as Buffer;
  } finally {
    out.destroy();
    await writing;
  }
}

async function writeWorkbook(input: WriteXlsxInput, out: PassThrough): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(safeSheetName(input.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = input.columns.map((c) => ({ key: c.key, width: c.width ?? defaultWidth(c.header) }));
  const header = ws.addRow(input.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for await (const record of input.rows) {
    if (out.destroyed) return; // the reader stopped: so do the rows
    ws.addRow(input.columns.map((c) => escapeCell(record[c.key]))).commit();
  }
  ws.commit();
  await wb.commit();
}

/** CSV text (CRLF, with a UTF-8 BOM so Excel opens Chinese text correctly), same escaping. */
export function writeCsv(columns: SheetColumn[], rows: Iterable<Record<string, unknown>>): string {
  const lines = [columns.map((c) => csvField(escapeText(c.header))).join(',')];
  for (const record of rows) lines.push(columns.map((c) => csvField(String(escapeCell(record[c.key])))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Excel refuses names over 31 characters or containing : \ / ? * [ ].
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return cleaned || 'Sheet1';
}

function defaultWidth(header: string): number {
  const w = [...header].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.min(Math.max(w + 2, 10), 60);
}
