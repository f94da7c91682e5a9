import { mapHeader, type EntityRecord } from '@sxgk/core/directory-import';
import { COPY_NULL, copyText, copyTextArray } from '@sxgk/db/repositories/copy-in';
import {
  ENTITY_IMPORT_FIELDS, mergeEntities, stageEntities, type EntityImportField,
} from '@sxgk/db/repositories/directory-import';
import type { JobRejection } from '@sxgk/db/repositories/jobs';
import { commitImport } from './commit.ts';
import type { ImportContext, ImportResult } from './context.ts';
import { entityRowParser } from './entity-rows.ts';
import { directoryRows, openUpload, type DataRow } from './table-rows.ts';

// 检查对象名录 import: parse and validate in JS while the rows stream into a COPY, then merge
// set-based in Postgres. Reading and staging take the progress to 40 %, merging to 95 % (for a
// big file the merge — index upkeep of the registry and the directory — takes longest).
const READ_SHARE = 40;
const FLUSH_ROWS = 2000; // rows per COPY write: big enough to amortise, small enough to stream

export async function importEntities(ctx: ImportContext): Promise<ImportResult | null> {
  const table = await openUpload(ctx, READ_SHARE);
  const { header, data } = await directoryRows(table.rows, 'entities');
  const { columns } = mapHeader(header, 'entities');
  const mapped = new Set(columns);
  const fields = (Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[]).filter((f) => mapped.has(f));
  const hasTags = mapped.has('tags');
  const parse = entityRowParser(header);
  const usccColumn = header[columns.indexOf('uscc')]!;

  const rejections: JobRejection[] = [];
  let total = 0;
  let rejected = 0;
  async function* lines(rows: AsyncIterable<DataRow>): AsyncGenerator<string> {
    const firstRow = new Map<string, number>(); // uscc → row kept, to word the duplicates
    let out = '';
    let pending = 0;
    for await (const { rowNo, cells } of rows) {
      total++;
      const r = parse(cells, rowNo);
      if (!r.ok) {
        rejected++;
        rejections.push(...r.errors);
        continue;
      }
      const first = firstRow.get(r.value.uscc);
      if (first !== undefined) {
        rejected++;
        rejections.push({ row: rowNo, column: usccColumn, reason: `与第 ${first} 行统一社会信用代码重复` });
        continue;
      }
      firstRow.set(r.value.uscc, rowNo);
      out += stageLine(r.value, hasTags);
      if (++pending === FLUSH_ROWS) {
        yield out;
        out = '';
        pending = 0;
      }
    }
    if (out) yield out;
  }

  return commitImport(ctx, async (trx) => {
    const staged = await stageEntities(trx, lines(data));
    await ctx.progress.set(READ_SHARE);
    const { inserted, updated } = await mergeEntities(trx, {
      departmentId: ctx.departmentId, actorUserId: ctx.actor.userId, jobId: ctx.jobId, fields, hasTags,
    });
    await ctx.progress.set(95);
    return { result: { total, inserted, updated, unchanged: staged - inserted - updated, rejected }, rejections };
  });
}

/** One stage row in COPY text format: the registry fields, then the tags. */
function stageLine(r: EntityRecord, hasTags: boolean): string {
  return `${r.uscc}\t${copyText(r.name)}\t${r.kind}\t${r.status}\t${copyText(r.legalRepresentative)}\t${copyText(r.contactPhone)}\t${copyText(r.address)}\t${r.regionCode}\t${copyText(r.businessScope)}\t${copyTextArray(r.industryTags)}\t${r.riskTier}\t${r.abnormalList ? 't' : 'f'}\t${r.seriousViolationList ? 't' : 'f'}\t${r.complaintCount}\t${hasTags ? copyTextArray(r.tags) : COPY_NULL}\n`;
}
