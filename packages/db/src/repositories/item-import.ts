import { sql, type Transaction } from 'kysely';
import type { Database, NewItem } from '../schema.ts';

// 事项清单 imports add drafts. Each row carries a source key (a hash of its content), and a key
// already present in the department is skipped, so importing the same list twice adds nothing.
export type ImportedItem = Omit<NewItem, 'departmentId' | 'lineageId' | 'status' | 'version'> & { sourceKey: string };

const BATCH = 500; // rows per INSERT, well below the 65 535 bind parameters of one statement

/** Inserts the items not yet imported into the department; returns how many were new. */
export async function insertImportedItems(trx: Transaction<Database>, departmentId: number, items: readonly ImportedItem[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    const rows = await trx.insertInto('items')
      .values(items.slice(i, i + BATCH).map((item) => ({ ...item, departmentId, status: 'draft' as const, version: 1 })))
      .onConflict((oc) => oc.columns(['departmentId', 'sourceKey']).where('sourceKey', 'is not', null).doNothing())
      .returning('id')
      .execute();
    if (rows.length === 0) continue;
    // A first version is its own lineage.
    await trx.updateTable('items').set({ lineageId: sql`id` }).where('id', 'in', rows.map((r) => r.id)).execute();
    inserted += rows.length;
  }
  return inserted;
}
