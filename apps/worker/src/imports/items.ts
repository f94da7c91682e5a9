import { createHash } from 'node:crypto';
import { extractItems, type ItemRow, type JointItemRow } from '@sxgk/core/item-import';
import { insertImportedItems, type ImportedItem } from '@sxgk/db/repositories/item-import';
import { commitImport } from './commit.ts';
import { ImportRefused, type ImportContext, type ImportResult } from './context.ts';
import { openUpload } from './table-rows.ts';

// 随机抽查事项清单 (or 联合抽查事项清单) import: drafts in the chosen department. Lists are a few
// hundred rows, so the whole sheet is read before extracting.
export async function importItems(ctx: ImportContext): Promise<ImportResult | null> {
  const table = await openUpload(ctx, 80);
  const rows: string[][] = [];
  for await (const row of table.rows) rows.push(row);
  const extraction = extractItems(rows);
  const fileProblem = extraction.rejected.find((r) => r.row === 0);
  if (fileProblem) throw new ImportRefused(fileProblem.reason);

  const occurrences = new Map<string, number>();
  const items = extraction.items.map((row): ImportedItem => {
    const fields = extraction.kind === 'joint' ? jointFields(row as JointItemRow) : itemFields(row as ItemRow);
    // Identical rows in one list (it happens in real lists) are separate items: the key counts them.
    const content = JSON.stringify(fields);
    const n = (occurrences.get(content) ?? 0) + 1;
    occurrences.set(content, n);
    return { ...fields, sourceKey: createHash('sha256').update(`${content}#${n}`).digest('hex') };
  });
  const rejected = new Set(extraction.rejected.map((r) => r.row)).size;

  return commitImport(ctx, async (trx) => {
    const inserted = await insertImportedItems(trx, ctx.departmentId, items);
    const result = { total: items.length + rejected, inserted, unchanged: items.length - inserted, rejected };
    return { result, rejections: extraction.rejected };
  });
}

// Field order is part of the source key: keep it stable.
function itemFields(r: ItemRow) {
  return {
    compilingUnit: r.compilingUnit, seq: r.seq, category: r.category, name: r.name, entityKind: r.entityKind,
    itemType: r.itemType ?? 'general', methods: r.methods, inspectingBody: r.inspectingBody, legalBasis: r.legalBasis,
    ratio: r.ratio, frequency: r.frequency, content: r.content, requiredField: r.requiredField || null,
  };
}

function jointFields(r: JointItemRow) {
  return {
    isJoint: true, seq: r.seq, jointField: r.field, name: r.name, entityKind: r.entityKind,
    initiatingDepartment: r.initiatingDepartment, cooperatingDepartments: r.cooperatingDepartments, methods: r.methods,
    legalBasis: r.legalBasis, ratio: r.ratio, frequency: r.frequency, content: r.content,
  };
}
