import type { Transaction } from 'kysely';
import { mapHeader } from '@sxgk/core/directory-import';
import type { Database } from '@sxgk/db';
import { ENTITY_IMPORT_FIELDS, lockRegistry, type EntityImportField } from '@sxgk/db/repositories/directory-import';
import type { JobRejection } from '@sxgk/db/repositories/jobs';
import { TableError } from '@sxgk/sheets/read';
import { commitImport } from './commit.ts';
import type { ImportContext, ImportOutcome, ImportResult } from './context.ts';
import { EntityBatch } from './entity-batch.ts';
import { recordOf, type CsvRecord } from '@sxgk/sheets/csv-records';
import { recordCells } from '@sxgk/sheets/read-csv';
import { entityRowWriter, type RowOutcome } from './entity-bytes.ts';
import { EntityWriter } from './entity-writer.ts';
import { HEADER_SEARCH_ROWS, headerRowOf, openUploadInput } from './table-rows.ts';
import { UsccRows } from './uscc-rows.ts';

// 检查对象名录 import. A CSV is read record by record as bytes; a workbook row by row as text,
// each row encoded to the same form. Rows are checked and written as binary COPY into batches of a
// few megabytes, and each batch is written (new entities straight into the registry) while the
// next is being read; the first batches are smaller, so that the registry starts writing right
// away. The reading share of the progress runs to 90 %, the merge of any rows whose codes the
// registry already had takes the rest.
const READ_SHARE = 90;
const BATCH_BYTES = 8 << 20;
const FIRST_BATCH_BYTES = 512 << 10; // then doubling up to BATCH_BYTES
const BATCH_ROOM = BATCH_BYTES + (1 << 20); // what a batch holds when it is handed over
const RESERVE_ROWS = 2_000_000; // 64 MB of UsccRows

export async function importEntities(ctx: ImportContext): Promise<ImportResult | null> {
  const input = await openUploadInput(ctx, READ_SHARE);
  let run: EntityImport | null = null;
  try {
    return await commitImport(ctx, (trx) => (run = new EntityImport(ctx, trx)).read(input));
  } catch (e) {
    await (run as EntityImport | null)?.abandon();
    throw e;
  }
}

class EntityImport {
  // the first rows, kept until the header among them is known (rows before it are titles)
  private readonly head: { cells: string[]; row: CsvRecord }[] = [];
  private nonEmpty = 0;
  private data: { write: (r: CsvRecord, out: EntityBatch) => RowOutcome; usccColumn: string; writer: EntityWriter } | null = null;
  private readonly seen = new UsccRows(); // the row each code was kept on, to word the repeats
  private batch: EntityBatch;
  private readonly rejections: JobRejection[] = [];
  private total = 0;
  private rejected = 0;
  private batchBytes = FIRST_BATCH_BYTES;
  private csvBytes = 0; // the file's size when it is a CSV, to tell how many rows to expect

  constructor(private readonly ctx: ImportContext, private readonly trx: Transaction<Database>) {
    this.batch = new EntityBatch(ctx.jobId, BATCH_ROOM);
  }

  async read(input: Awaited<ReturnType<typeof openUploadInput>>): Promise<ImportOutcome> {
    await lockRegistry(this.trx); // from the first read on: what is compared is what gets written
    try {
      if ('csv' in input) {
        this.csvBytes = this.ctx.upload.size;
        await input.csv.read((r) => this.visit(r), () => this.flush(false));
      } else {
        let rowNo = 0;
        for await (const cells of input.table.rows) {
          this.visit(recordOf(cells, ++rowNo));
          if (rowNo % 4096 === 0) await this.flush(false);
        }
      }
      if (!this.data) {
        if (this.nonEmpty < 2) throw new TableError('NO_DATA', '表格中没有数据（至少需要表头和一行数据）');
        this.start();
      }
      await this.flush(true);
      const { inserted, updated } = await this.data!.writer.finish();
      const { total, rejected } = this;
      return { result: { total, inserted, updated, unchanged: total - rejected - inserted - updated, rejected }, rejections: this.rejections };
    } catch (e) {
      await this.data?.writer.settle().catch(() => undefined); // nothing may still be writing when the transaction ends
      throw e;
    }
  }

  /** After a failed import (its transaction rolled back): what the writer put on the side goes too. */
  abandon(): Promise<void> {
    return this.data?.writer.abandon() ?? Promise.resolve();
  }

  private visit(r: CsvRecord): void {
    if (this.data) return this.row(r);
    const cells = recordCells(r);
    if (cells.length) this.nonEmpty++;
    this.head.push({ cells, row: copyOf(r) });
    if (this.head.length === HEADER_SEARCH_ROWS) this.start();
  }

  private start(): void {
    const at = headerRowOf(this.head.map((h) => h.cells), 'entities');
    const header = this.head[at]!.cells;
    const { columns } = mapHeader(header, 'entities');
    const mapped = new Set(columns);
    const { ctx } = this;
    this.data = {
      write: entityRowWriter(header),
      usccColumn: header[columns.indexOf('uscc')]!,
      writer: new EntityWriter(ctx.db, this.trx, {
        departmentId: ctx.departmentId, actorUserId: ctx.actor.userId, jobId: ctx.jobId, hasTags: mapped.has('tags'),
        fields: (Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[]).filter((f) => mapped.has(f)),
      }),
    };
    const first = this.head.slice(at + 1);
    // About as many rows as the file's size over that of its first rows (a line break each), and
    // on a guess never room for more than RESERVE_ROWS: the table grows as it needs (a GBK file
    // counts short, being read as UTF-8).
    const sample = first.reduce((n, h) => n + h.row.buf.length + 2, 0);
    if (this.csvBytes && sample) this.seen.reserve(Math.min(RESERVE_ROWS, Math.ceil((this.csvBytes * first.length) / sample)));
    for (const h of first) this.row(h.row);
  }

  private row(r: CsvRecord): void {
    const res = this.data!.write(r, this.batch);
    if ('empty' in res) return;
    this.total++;
    if (!res.ok) {
      this.rejected++;
      this.rejections.push(...res.errors);
      return;
    }
    const first = this.seen.firstRow(this.batch.registry.buf, this.batch.codeAt, r.rowNo);
    if (first === 0) return this.batch.keep();
    this.batch.drop();
    this.rejected++;
    this.rejections.push({ row: r.rowNo, column: this.data!.usccColumn, reason: `与第 ${first} 行统一社会信用代码重复` });
  }

  private async flush(final: boolean): Promise<void> {
    if (!this.data || (!final && this.batch.registry.length < this.batchBytes)) return;
    this.batchBytes = Math.min(2 * this.batchBytes, BATCH_BYTES);
    await this.data.writer.add(this.batch);
    this.batch = new EntityBatch(this.ctx.jobId, BATCH_ROOM);
  }
}

/** A record outlives its visit only as a copy (the reader reuses its buffers): its own bytes, offsets rebased. */
function copyOf(r: CsvRecord): CsvRecord {
  const from = r.count ? r.starts[0]! : 0;
  const to = r.count ? r.ends[r.count - 1]! : 0;
  const shift = (a: Int32Array) => a.slice(0, r.count).map((v) => v - from);
  return { buf: Buffer.from(r.buf.subarray(from, to)), starts: shift(r.starts), ends: shift(r.ends), count: r.count, rowNo: r.rowNo };
}
