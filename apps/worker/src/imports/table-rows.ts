import { findHeaderRow, mapHeader, type DirectoryKind } from '@sxgk/core/directory-import';
import { uploadsRepo } from '@sxgk/db';
import { DEFAULT_MAX_BYTES, openTable, type OpenedTable } from '@sxgk/sheets/read';
import { ImportRefused, type ImportContext } from './context.ts';

const HEADER_SEARCH_ROWS = 20;

export interface DataRow {
  rowNo: number; // as in the spreadsheet, 1-based
  cells: string[];
}

/** The upload as a table; reading it moves the job's progress from 0 to `upTo` %. */
export function openUpload(ctx: ImportContext, upTo: number): Promise<OpenedTable> {
  const bytes = ctx.progress.reading(uploadsRepo.read(ctx.db, ctx.uploadId), ctx.upload.size, 0, upTo);
  // The API enforced the upload limit when the file came in; here the file is what it is.
  return openTable(bytes, { maxBytes: Math.max(DEFAULT_MAX_BYTES, ctx.upload.size) });
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
  const at = findHeaderRow(head, kind);
  if (at < 0) {
    await it.return?.();
    const first = head.find((r) => r.length) ?? [];
    const missing = kind === 'entities' ? mapHeader(first, 'entities').missing : mapHeader(first, 'inspectors').missing;
    throw new ImportRefused(`${missing.join('；')}（前${HEADER_SEARCH_ROWS}行中没有包含全部必填列的表头行）`);
  }
  async function* data(): AsyncGenerator<DataRow> {
    for (let i = at + 1; i < head.length; i++) if (head[i]!.length) yield { rowNo: i + 1, cells: head[i]! };
    for (let rowNo = head.length + 1; ; rowNo++) {
      const r = await it.next();
      if (r.done) return;
      if (r.value.length) yield { rowNo, cells: r.value };
    }
  }
  return { header: head[at]!, data: data() };
}
