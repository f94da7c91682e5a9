import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Conflict } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, mustExist, uniqueOr, type WriteMeta } from '../scope.ts';
import { entitiesRepo } from './entities.ts';
import { inspectorsRepo } from './inspectors.ts';

// 回避: an inspector's declared interest in an entity. Owned by the inspector's department.
export type ConflictRecord = Conflict & { departmentId: number; inspectorName: string; entityName: string; entityUscc: string };
export interface ConflictInput { inspectorId: number; entityId: number; reason: string }

const spec: ListSpec = {
  fields: {
    id: 'conflicts.id', inspectorId: 'conflicts.inspectorId', entityId: 'conflicts.entityId',
    reason: 'conflicts.reason', createdAt: 'conflicts.createdAt', departmentId: 'inspectors.departmentId',
    inspectorName: 'inspectors.name', entityName: 'entities.name', entityUscc: 'entities.uscc',
  },
  search: ['inspectors.name', 'entities.name', 'entities.uscc', 'conflicts.reason'],
};

function base(db: Db, scope: Scope) {
  return db.selectFrom('conflicts')
    .innerJoin('inspectors', 'inspectors.id', 'conflicts.inspectorId')
    .innerJoin('entities', 'entities.id', 'conflicts.entityId')
    .selectAll('conflicts')
    .select(['inspectors.departmentId', 'inspectors.name as inspectorName', 'entities.name as entityName', 'entities.uscc as entityUscc'])
    .where(inDepartment(scope, 'inspectors.departmentId'));
}

export const conflictsRepo = {
  ...lister<ConflictRecord>(base, spec),
  get: (db: Db, scope: Scope, id: number) => base(db, scope).where('conflicts.id', '=', id).executeTakeFirst() as Promise<ConflictRecord | undefined>,

  async create(db: Db, scope: Scope, input: ConflictInput, meta: WriteMeta): Promise<ConflictRecord> {
    const inspector = mustExist(await inspectorsRepo.get(db, scope, input.inspectorId), '检查人员');
    // the entity need only exist in the registry: a conflict may concern an entity outside the directory
    mustExist(await entitiesRepo.get(db, { kind: 'all' }, input.entityId), '检查对象');
    const id = await db.transaction().execute(async (trx) => {
      const row = await uniqueOr(() => trx.insertInto('conflicts').values(input).returningAll().executeTakeFirstOrThrow(), '该检查人员与该对象的回避关系已登记');
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'conflicts', recordId: row.id, after: row, departmentId: inspector.departmentId, ip: meta.ip });
      return row.id;
    });
    return mustExist(await conflictsRepo.get(db, scope, id));
  },

  async update(db: Db, scope: Scope, id: number, input: Partial<ConflictInput>, meta: WriteMeta): Promise<ConflictRecord> {
    const before = mustExist(await conflictsRepo.get(db, scope, id), '回避记录');
    await db.transaction().execute(async (trx) => {
      const after = await trx.updateTable('conflicts').set({ reason: input.reason ?? before.reason })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'update', resource: 'conflicts', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
    });
    return mustExist(await conflictsRepo.get(db, scope, id));
  },

  async remove(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<ConflictRecord> {
    const before = mustExist(await conflictsRepo.get(db, scope, id), '回避记录');
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('conflicts').where('id', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'delete', resource: 'conflicts', recordId: id, before, departmentId: before.departmentId, ip: meta.ip });
    });
    return before;
  },
};
