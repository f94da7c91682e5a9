import { sql, type SqlBool } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import type { Inspection } from '../schema.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, mustExist, type WriteMeta } from '../scope.ts';
import { ownInspector, participates } from './task-scope.ts';

// Who may see, write and review an inspection record; shared by the record's repositories.

// an inspector only sees records of targets they are assigned to (ownInspector narrows)
export const assignedTo = (inspectorId: number, targetColumn = 'inspections.target_id') =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM targets t WHERE t.id = ${sql.ref(targetColumn)} AND ${inspectorId}::int = ANY (t.inspector_ids))`;

export function base(db: Db, scope: Scope, actor?: Actor | null) {
  const own = ownInspector(actor);
  let qb = db.selectFrom('inspections')
    .innerJoin('entities', 'entities.id', 'inspections.entityId')
    .innerJoin('tasks', 'tasks.id', 'inspections.taskId')
    .selectAll('inspections')
    .select(['entities.name as entityName', 'entities.uscc', 'tasks.name as taskName', 'tasks.itemIds',
      sql<number>`(SELECT count(*) FROM attachments x WHERE x.inspection_id = inspections.id)`.as('attachmentCount')])
    .where(participates(scope, 'inspections.departmentIds'));
  if (own !== null) qb = qb.where(assignedTo(own));
  return qb;
}

export const plain = (row: Record<string, unknown>) => row as unknown as Inspection;

export async function team(trx: Db, targetId: number): Promise<number[]> {
  const row = await trx.selectFrom('targets').select('inspectorIds').where('id', '=', targetId).executeTakeFirst();
  return row?.inspectorIds ?? [];
}

/** Only the inspectors assigned to the target, or an admin of the lead department, may write the record. */
export async function assertWriter(trx: Db, rec: Pick<Inspection, 'targetId' | 'departmentId'>, actor: Actor) {
  if (actor.role === 'inspector') {
    if (actor.inspectorId == null || !(await team(trx, rec.targetId)).includes(actor.inspectorId)) {
      throw new AppError('FORBIDDEN', '只有分配到该检查对象的执法检查人员可以填写检查记录');
    }
    return;
  }
  if (actor.role === 'dept_admin' && actor.departmentId === rec.departmentId) return;
  throw new AppError('FORBIDDEN', '只有分配到该检查对象的执法检查人员或牵头部门管理员可以填写检查记录');
}

/** Two-person rule: whoever recorded the record, or was present at the inspection, may not review it. */
export function assertReviewer(rec: Inspection, actor: Actor) {
  const recorded = rec.recordedBy.includes(actor.userId) || rec.createdBy === actor.userId || rec.submittedBy === actor.userId;
  const present = actor.inspectorId != null && rec.presentInspectorIds.includes(actor.inspectorId);
  if (recorded || present) {
    throw new AppError('FORBIDDEN', '审核人不能是本检查记录的记录人或在场检查人员（双人原则），请由本部门其他管理员审核');
  }
}

export async function lock(trx: Db, scope: Scope, id: number, actor: Actor | null) {
  const row = await base(trx, scope, actor).where('inspections.id', '=', id).forUpdate('inspections').executeTakeFirst();
  return plain(mustExist(row, '检查记录'));
}

export function audit(trx: Db, meta: WriteMeta, action: string, before: unknown, after: Inspection) {
  return appendAudit(trx as never, meta.actor, { action, resource: 'inspections', recordId: after.id, before, after, departmentId: after.departmentId, ip: meta.ip });
}

export const toJson = (v: unknown) => JSON.stringify(v);

export async function lockForReview(trx: Db, scope: Scope, id: number, actor: Actor) {
  // review belongs to the lead department, not to every participant
  const row = await base(trx, scope, actor).where('inspections.id', '=', id).where(inDepartment(scope, 'inspections.departmentId'))
    .forUpdate('inspections').executeTakeFirst();
  const rec = plain(mustExist(row, '检查记录'));
  if (rec.status !== 'submitted') throw new AppError('INVALID_STATE', '只有已提交的检查记录可以审核');
  assertReviewer(rec, actor);
  return rec;
}

/** The record as the actor may see it (with entity, task and attachment count). */
export const findInspection = (db: Db, scope: Scope, id: number, actor?: Actor | null) =>
  base(db, scope, actor).where('inspections.id', '=', id).executeTakeFirst();
