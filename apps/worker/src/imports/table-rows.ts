import { findHeaderRow, mapHeader, type DirectoryKind } from '@sxgk/core/directory-import';
import { uploadsRepo } from '@sxgk/db';
import { DEFAULT_MAX_BYTES, openCsvOrTable, openTable, type OpenedTable } from '@sxgk/sheets/read';
import { ImportRefused, type ImportContext } from './context.ts';

export const HEADER_SEARCH_ROWS = 20;

export interface DataRow {
  rowNo: number; // as in the spreadsheet, 1-based
  cells: string[];
}

// The API enforced the upload limit when the file came in; here the file is what it is.
const opening = (ctx: ImportContext, upTo: number) => [
  ctx.progress.reading(uploadsRepo.read(ctx.db, ctx.uploadId), ctx.upload.size, 0, upTo),
  { maxBytes: Math.max(DEFAULT_MAX_BYTES, ctx.upload.size) },
] as const;

/** The upload as a table; reading it moves the job's progress from 0 to `upTo` %. */
export function openUpload(ctx: ImportContext, upTo: number): Promise<OpenedTable> {
  return openTable(...opening(ctx, upTo));
}

/** The upload as a CSV to read record by record, or a workbook's table (see openCsvOrTable). */
export function openUploadInput(ctx: ImportContext, upTo: number) {
  return openCsvOrTable(...opening(ctx, upTo));
}

/** Where the header is among a directory file's first rows (after any title rows); refuses a file without one. */
export function headerRowOf(head: string[][], kind: DirectoryKind): number {
  const at = findHeaderRow(head, kind);
  if (at >= 0) return at;
  const first = head.find((r) => r.length) ?? [];
  const missing = kind === 'entities' ? mapHeader(first, 'entities').missing : mapHeader(first, 'inspectors').missing;
  throw new ImportRefused(`${missing.join('；')}（前${HEADER_SEARCH_ROWS}行中没有包含全部必填列的表头行）`);
}

/** A directory file's header (found among the first rows, after any title rows) and its data rows. */
export async function directoryRows(rows: AsyncIterable<string[]>, kind: DirectoryKind): Promise<{ header: string[]; data: AsyncIterable<DataRow> }> {
  const it = rows[Symbol.asyncIterator]();
  const head: string[][] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
  }
  let at: number;
  try {
    at = headerRowOf(head, kind);
  } catch (e) {
    await it.return?.();
    throw e;
  }
  async function* data(): AsyncGenerator<DataRow> {
    try {
      for (let i = at + 1; i < head.length; i++) if (head[i]!.length) yield { rowNo: i + 1, cells: head[i]! };
      for (let rowNo = head.length + 1; ; rowNo++) {
        const r = await it.next();
        if (r.done) return;
        if (r.value.length) yield { rowNo, cells: r.value };
      }
    } finally {
      await it.return?.(); // a reader that stops early releases the file
    }
  }
  return { header: head[at]!, data: data() };
}
