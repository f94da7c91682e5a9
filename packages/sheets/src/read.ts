import { ByteSource } from './byte-source.ts';
import { CsvDecoder, type CsvEncoding } from './csv-decode.ts';
import { csvBatches, readCsvRecords } from './read-csv.ts';
import type { CsvRecord } from './csv-records.ts';
import { openXls } from './read-xls.ts';
import { openXlsx } from './read-xlsx.ts';
import { sniffFormat, type TableFormat } from './sniff.ts';
import { TableError } from './table-error.ts';

export { TableError, type TableErrorCode } from './table-error.ts';
export type { TableFormat } from './sniff.ts';
export type { CsvEncoding } from './csv-decode.ts';
export type { CsvRecord } from './csv-records.ts';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface OpenTableOptions {
  /** Refuse inputs larger than this (default 200 MB). */
  maxBytes?: number;
}

export interface OpenedTable {
  format: TableFormat;
  /** Worksheet read (the first visible one); undefined for CSV. */
  sheetName: string | undefined;
  /** CSV text encoding, known once a non-ASCII byte has been read; undefined for workbooks. */
  readonly encoding: CsvEncoding | undefined;
  /**
   * The first worksheet (or the CSV) row by row, single use. The n-th row yielded is
   * spreadsheet row n (empty rows included as []), merged ranges carry the master value in
   * every cell, cells are trimmed strings with \n line breaks, trailing empty cells and
   * trailing empty rows are dropped. Late problems (a NUL byte deep in a CSV, the size limit
   * hit while streaming) surface as a TableError thrown by the iteration.
   */
  rows: AsyncIterable<string[]>;
}

// The format is decided from the first bytes, and the first rows are read before this
// resolves, so empty, oversized, non-table and data-less uploads are refused up front.
export async function openTable(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  opts: OpenTableOptions = {},
): Promise<OpenedTable> {
  const bytes = new ByteSource(source, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    return await tableOf(bytes, await formatOf(bytes));
  } catch (e) {
    await bytes.close();
    throw e;
  }
}

/** A CSV read record by record as UTF-8 bytes (readCsvRecords), for the largest imports. */
export interface CsvInput {
  /** known once a non-ASCII byte has been read */
  readonly encoding: CsvEncoding | undefined;
  read(visit: (r: CsvRecord) => void, afterChunk?: () => unknown): Promise<void>;
}

/**
 * Like openTable, but a CSV comes back unread, to be visited record by record with field
 * offsets into its bytes; a workbook comes back as a table. Refuses empty, oversized and
 * non-table input the same way.
 */
export async function openCsvOrTable(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  opts: OpenTableOptions = {},
): Promise<{ csv: CsvInput } | { table: OpenedTable }> {
  const bytes = new ByteSource(source, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    const format = await formatOf(bytes);
    if (format !== 'csv') return { table: await tableOf(bytes, format) };
    const decoder = new CsvDecoder();
    return {
      csv: {
        get encoding() {
          return decoder.encoding;
        },
        read: (visit, afterChunk) => readCsvRecords(bytes.chunks(), decoder, visit, afterChunk).finally(() => bytes.close()),
      },
    };
  } catch (e) {
    await bytes.close();
    throw e;
  }
}

async function formatOf(bytes: ByteSource): Promise<TableFormat> {
  const head = await bytes.head(64 * 1024);
  if (head.length === 0) throw new TableError('EMPTY', '文件为空');
  return sniffFormat(head);
}

async function tableOf(bytes: ByteSource, format: TableFormat): Promise<OpenedTable> {
  let batches: AsyncGenerator<string[][]>;
  let sheetName: string | undefined;
  let decoder: CsvDecoder | undefined;
  if (format === 'csv') {
    decoder = new CsvDecoder();
    batches = csvBatches(bytes.chunks(), decoder);
  } else {
    const buf = await bytes.all();
    ({ sheetName, batches } = format === 'xlsx' ? await openXlsx(buf) : openXls(buf));
  }
  const rows = await withHeadChecked(batches);
  return {
    format,
    sheetName,
    get encoding() {
      return decoder?.encoding;
    },
    rows,
  };
}

/** Rows of any supported table; shorthand when the caller does not need the format. */
export async function* readTable(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  opts?: OpenTableOptions,
): AsyncGenerator<string[]> {
  yield* (await openTable(source, opts)).rows;
}

// Pulls batches until two non-empty rows are seen (a header and one data row), so a
// data-less table fails before the caller gets anything, then replays them.
async function withHeadChecked(batches: AsyncGenerator<string[][]>): Promise<AsyncIterable<string[]>> {
  const seen: string[][][] = [];
  let nonEmpty = 0;
  while (nonEmpty < 2) {
    const r = await batches.next();
    if (r.done) break;
    seen.push(r.value);
    for (const row of r.value) if (row.length) nonEmpty++;
  }
  if (nonEmpty < 2) {
    await batches.return(undefined);
    throw new TableError('NO_DATA', '表格中没有数据（至少需要表头和一行数据）');
  }
  return dropTrailingEmptyRows(seen, batches);
}

async function* dropTrailingEmptyRows(seen: string[][][], rest: AsyncGenerator<string[][]>): AsyncGenerator<string[]> {
  let emptyRun = 0; // empty rows held back until a non-empty row shows they are not trailing
  const all = (async function* () {
    yield* seen.splice(0);
    yield* rest;
  })();
  try {
    for await (const batch of all) {
      for (const row of batch) {
        if (row.length === 0) {
          emptyRun++;
          continue;
        }
        for (; emptyRun > 0; emptyRun--) yield [];
        yield row;
      }
    }
  } finally {
    await rest.return(undefined); // a caller that stops early still releases the source
  }
}
