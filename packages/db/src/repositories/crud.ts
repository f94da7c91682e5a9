import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, uniqueOr, type WriteMeta } from '../scope.ts';

// The shared write path of plain department-owned tables: lock in scope, change, audit, one transaction.
type Table = 'inspectors' | 'departments' | 'users';

export interface CrudOptions {
  table: Table;
  resource: string;
  what: string;
  unique: string;
  /** the row inside the actor's scope, locked */
  find: (trx: Db, scope: Scope, id: number) => Promise<Record<string, any> | undefined>;
  /** strips secrets before the row enters the audit trail or a response */
  present?: (row: any) => any;
}

export function crudWriter(o: CrudOptions) {
  const present = o.present ?? ((r: unknown) => r);
  return {
    async insert(db: Db, values: Record<string, unknown>, departmentId: number | null, meta: WriteMeta) {
      return db.transaction().execute(async (trx) => {
        const row = await uniqueOr(() => trx.insertInto(o.table).values(values as any).returningAll().executeTakeFirstOrThrow(), o.unique);
        await appendAudit(trx, meta.actor, { action: 'create', resource: o.resource, recordId: row.id, after: present(row), departmentId, ip: meta.ip });
        return present(row);
      });
    },
    /** `also`: what else the change entails, in its transaction */
    async update(db: Db, scope: Scope, id: number, values: Record<string, unknown>, meta: WriteMeta, also?: (trx: Db) => Promise<void>) {
      return db.transaction().execute(async (trx) => {
        const before = mustExist(await o.find(trx, scope, id), o.what);
        const after = await uniqueOr(() => trx.updateTable(o.table).set({ ...values, updatedAt: new Date() } as any)
          .where('id', '=', id).returningAll().executeTakeFirstOrThrow(), o.unique);
        await also?.(trx);
        await appendAudit(trx, meta.actor, { action: 'update', resource: o.resource, recordId: id, before: present(before), after: present(after), departmentId: before.departmentId ?? null, ip: meta.ip });
        return present(after);
      });
    },
    async remove(db: Db, scope: Scope, id: number, meta: WriteMeta, inUse?: (trx: Db) => Promise<string | null>) {
      return db.transaction().execute(async (trx) => {
        const before = mustExist(await o.find(trx, scope, id), o.what);
        const blocker = inUse ? await inUse(trx) : null;
        if (blocker) throw new AppError('CONFLICT', blocker);
        await trx.deleteFrom(o.table as keyof Database).where('id' as any, '=', id).execute();
        await appendAudit(trx, meta.actor, { action: 'delete', resource: o.resource, recordId: id, before: present(before), departmentId: before.departmentId ?? null, ip: meta.ip });
        return present(before);
      });
    },
  };
}
