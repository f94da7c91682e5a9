import { sql } from 'kysely';
import type { Db } from './client.ts';
import { appendAudit } from './audit.ts';
import { mustExist, type WriteMeta } from './scope.ts';

// The one write path of a versioned record's life cycle (items, plans): lock it inside the actor's
// scope, let the step check and write, and audit before/after in the same transaction.
export interface ChangeStep<T> {
  resource: string;
  action: string;
  /** what the clerk calls the record, for "不存在" messages */
  what: string;
  lock: (trx: Db) => Promise<T | undefined>;
}

export function auditedChange<T extends { id: number; departmentId: number }, R extends { id: number }>(
  db: Db, meta: WriteMeta, step: ChangeStep<T>, change: (trx: Db, before: T) => Promise<R>,
): Promise<R> {
  return db.transaction().execute(async (trx) => {
    const before = mustExist(await step.lock(trx), step.what);
    const after = await change(trx, before);
    await appendAudit(trx, meta.actor, {
      action: step.action, resource: step.resource, recordId: after.id, before,
      after: step.action === 'delete' ? undefined : after, departmentId: before.departmentId, ip: meta.ip,
    });
    return after;
  });
}

/** The version number a new draft of a lineage gets. */
export async function nextVersion(trx: Db, table: 'items' | 'plans', lineageId: number | null): Promise<number> {
  const latest = await trx.selectFrom(table).select(sql<number>`max(version)`.as('v'))
    .where('lineageId', '=', lineageId).executeTakeFirstOrThrow();
  return latest.v + 1;
}
