import { mapHeader, parseInspectorRow, rowValues } from '@sxgk/core/directory-import';
import {
  INSPECTOR_IMPORT_FIELDS, mergeInspectors, type InspectorImportField, type InspectorImportRow,
} from '@sxgk/db/repositories/inspector-import';
import type { JobRejection } from '@sxgk/db/repositories/jobs';
import { commitImport } from './commit.ts';
import type { ImportContext, ImportResult } from './context.ts';
import { directoryRows, openUpload } from './table-rows.ts';

// 执法检查人员名录 import: small files, parsed whole, merged by 执法证号 within the department.
export async function importInspectors(ctx: ImportContext): Promise<ImportResult | null> {
  const table = await openUpload(ctx, 80);
  const { header, data } = await directoryRows(table.rows, 'inspectors');
  const columns = mapHeader(header, 'inspectors').columns;
  const fields = (Object.keys(INSPECTOR_IMPORT_FIELDS) as InspectorImportField[]).filter((f) => columns.includes(f));
  const certificateColumn = header[columns.indexOf('certificateNo')]!;

  const rows: InspectorImportRow[] = [];
  const rejections: JobRejection[] = [];
  const firstRow = new Map<string, number>();
  let total = 0;
  let rejected = 0;
  for await (const { rowNo, cells } of data) {
    total++;
    const r = parseInspectorRow(rowValues(header, cells), rowNo);
    const first = r.ok ? firstRow.get(r.value.certificateNo) : undefined;
    if (!r.ok || first !== undefined) {
      rejected++;
      rejections.push(...(r.ok ? [{ row: rowNo, column: certificateColumn, reason: `与第 ${first} 行执法证号重复` }] : r.errors));
      continue;
    }
    firstRow.set(r.value.certificateNo, rowNo);
    rows.push({ rowNo, ...r.value });
  }

  return commitImport(ctx, async (trx) => {
    const merged = await mergeInspectors(trx, ctx.departmentId, rows, fields);
    for (const row of merged.foreignRows) {
      rejections.push({ row, column: certificateColumn, reason: '执法证号已属于其他部门的检查人员' });
    }
    rejections.sort((a, b) => a.row - b.row);
    rejected += merged.foreignRows.length;
    const { inserted, updated } = merged;
    const unchanged = rows.length - merged.foreignRows.length - inserted - updated;
    return { result: { total, inserted, updated, unchanged, rejected }, rejections };
  });
}
