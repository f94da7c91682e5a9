import { mapHeader } from '@sxgk/core/directory-import';
import { ENTITY_IMPORT_FIELDS, lockRegistry, type EntityImportField } from '@sxgk/db/repositories/directory-import';
import type { JobRejection } from '@sxgk/db/repositories/jobs';
import { TableError } from '@sxgk/sheets/read';
import { commitImport } from './commit.ts';
import type { ImportContext, ImportResult } from './context.ts';
import { EntityBatch } from './entity-batch.ts';
import { entityRowWriter, type ByteRow } from './entity-bytes.ts';
import { EntityWriter } from './entity-writer.ts';
import { HEADER_SEARCH_ROWS, headerRowOf, openUploadInput } from './table-rows.ts';

// 检查对象名录 import. A CSV is read record by record as bytes; a workbook row by row as text,
// each row encoded to the same form. Rows are checked and written as COPY bytes into batches of a
// few megabytes, and each batch is written (new entities straight into the registry) while the
// next is being read: the reading share of the progress runs to 90 %, the merge of any rows
// whose codes the registry already had takes the rest.
const READ_SHARE = 90;
const BATCH_BYTES = 8 << 20;

export async function importEntities(ctx: ImportContext): Promise<ImportResult | null> {
  const input = await openUploadInput(ctx, READ_SHARE);
  return commitImport(ctx, async (trx) => {
    await lockRegistry(trx); // from the first read on: what is compared is what gets written
    const head: { cells: string[]; row: ByteRow }[] = [];
    let rows: ((r: ByteRow) => void) | null = null;
    let nonEmpty = 0;
    let writer: EntityWriter | null = null;
    let batch = new EntityBatch();
    const rejections: JobRejection[] = [];
    let total = 0;
    let rejected = 0;

    // The header is among the first rows; rows before it were titles, rows after it are data.
    const startRows = () => {
      const at = headerRowOf(head.map((h) => h.cells), 'entities');
      const header = head[at]!.cells;
      const { columns } = mapHeader(header, 'entities');
      const mapped = new Set(columns);
      const fields = (Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[]).filter((f) => mapped.has(f));
      writer = new EntityWriter(trx, {
        departmentId: ctx.departmentId, actorUserId: ctx.actor.userId, jobId: ctx.jobId, fields, hasTags: mapped.has('tags'),
      });
      const write = entityRowWriter(header);
      const usccColumn = header[columns.indexOf('uscc')]!;
      const firstRow = new Map<string, number>(); // uscc → row kept, to word the duplicates
      rows = (r) => {
        const res = write(r, batch);
        if ('empty' in res) return;
        total++;
        if (!res.ok) {
          rejected++;
          rejections.push(...res.errors);
          return;
        }
        const first = firstRow.get(res.uscc);
        if (first !== undefined) {
          batch.drop();
          rejected++;
          rejections.push({ row: r.rowNo, column: usccColumn, reason: `与第 ${first} 行统一社会信用代码重复` });
          return;
        }
        firstRow.set(res.uscc, r.rowNo);
        batch.keep(res.uscc);
      };
      for (const h of head.slice(at + 1)) rows(h.row);
    };
    const visit = (r: ByteRow) => {
      if (rows) return rows(r);
      const cells = trimmedCells(r);
      if (cells.length) nonEmpty++;
      head.push({ cells, row: copyOf(r) });
      if (head.length === HEADER_SEARCH_ROWS) startRows();
    };
    const flush = async (final: boolean) => {
      if (!writer || (!final && batch.registry.length < BATCH_BYTES)) return;
      await writer.add(batch);
      batch = new EntityBatch();
    };

    try {
      if ('csv' in input) {
        await input.csv.read(visit, () => flush(false));
      } else {
        let rowNo = 0;
        for await (const cells of input.table.rows) {
          visit(encodedRow(cells, ++rowNo));
          if (rowNo % 4096 === 0) await flush(false);
        }
      }
      if (!rows) {
        if (nonEmpty < 2 && 'csv' in input) throw new TableError('NO_DATA', '表格中没有数据（至少需要表头和一行数据）');
        startRows();
      }
      await flush(true);
      const { inserted, updated } = await writer!.finish();
      return { result: { total, inserted, updated, unchanged: total - rejected - inserted - updated, rejected }, rejections };
    } catch (e) {
      await (writer as EntityWriter | null)?.settle().catch(() => undefined); // nothing may still be writing when the transaction ends
      throw e;
    }
  });
}

function trimmedCells(r: ByteRow): string[] {
  const cells = Array.from({ length: r.count }, (_, i) => r.buf.toString('utf8', r.starts[i], r.ends[i]).trim());
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A record outlives its visit only as a copy (the reader reuses its buffers). */
function copyOf(r: ByteRow): ByteRow {
  return { buf: Buffer.from(r.buf), starts: r.starts.slice(0, r.count), ends: r.ends.slice(0, r.count), count: r.count, rowNo: r.rowNo };
}

/** A workbook row as a ByteRow: its cells encoded one after the other. */
function encodedRow(cells: string[], rowNo: number): ByteRow {
  const parts = cells.map((c) => Buffer.from(c, 'utf8'));
  const starts = new Int32Array(cells.length);
  const ends = new Int32Array(cells.length);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = at;
    ends[i] = at += p.length;
  });
  return { buf: Buffer.concat(parts), starts, ends, count: cells.length, rowNo };
}
