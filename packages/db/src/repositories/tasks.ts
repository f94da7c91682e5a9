import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Task } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, inDepartment, mustExist, type WriteMeta } from '../scope.ts';
import { resolveTask, type TaskInput } from './task-input.ts';
import { participates } from './task-scope.ts';

// 抽查任务: from a published plan or ad hoc (临时), single-department or joint. Editable until a
// draw is prepared: from then on the draw's snapshot, not the task, is what counts.
export type TaskRecord = Task & { drawId: number | null; drawStatus: string | null };
const COLUMNS = [
  'id', 'departmentId', 'departmentIds', 'planId', 'adHoc', 'name', 'itemIds', 'directed', 'filters', 'ratios',
  'groups', 'inspectorsPerEntity', 'startDate', 'year', 'createdBy', 'createdAt', 'updatedAt',
] as const;
const LIVE = sql`d.task_id = tasks.id AND d.status IN ('prepared','executing','executed')`;

const spec: ListSpec = {
  fields: Object.fromEntries(COLUMNS.map((f) => [f, `tasks.${f}`])),
  search: ['tasks.name'],
  arrays: ['departmentIds', 'itemIds'],
};

function base(db: Db, scope: Scope) {
  return db.selectFrom('tasks').selectAll('tasks').select([
    sql<number | null>`(SELECT d.id FROM draws d WHERE ${LIVE})`.as('drawId'),
    sql<string | null>`(SELECT d.status FROM draws d WHERE ${LIVE})`.as('drawStatus'),
  ]).where(participates(scope));
}

/** The task, locked, if the actor's department leads it (or the actor acts for all). */
export function lockTask(trx: Db, scope: Scope, id: number) {
  return trx.selectFrom('tasks').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst();
}

export async function assertNoLiveDraw(trx: Db, taskId: number, message: string): Promise<void> {
  const live = await trx.selectFrom('draws').select('id').where('taskId', '=', taskId)
    .where('status', 'in', ['prepared', 'executing', 'executed']).executeTakeFirst();
  if (live) throw new AppError('INVALID_STATE', `${message}（抽取 #${live.id}）`);
}

function toRow(t: Awaited<ReturnType<typeof resolveTask>>) {
  return { ...t, filters: JSON.stringify(t.filters), ratios: JSON.stringify(t.ratios), groups: JSON.stringify(t.groups) };
}

export const tasksRepo = {
  ...lister<TaskRecord>(base, spec),

  get: (db: Db, scope: Scope, id: number) => base(db, scope).where('tasks.id', '=', id).executeTakeFirst() as Promise<TaskRecord | undefined>,

  async create(db: Db, scope: Scope, input: TaskInput, meta: WriteMeta): Promise<TaskRecord> {
    const lead = departmentForCreate(scope, input.departmentId);
    if (meta.actor.role === 'joint_office' && new Set([lead, ...(input.departmentIds ?? [])]).size < 2) {
      throw new AppError('FORBIDDEN', '联席会议办公室只能创建多部门联合抽查任务');
    }
    const id = await db.transaction().execute(async (trx) => {
      const values = await resolveTask(trx, lead, input);
      const row = await trx.insertInto('tasks').values({ ...toRow(values), createdBy: meta.actor.userId }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'tasks', recordId: row.id, after: row, departmentId: lead, ip: meta.ip });
      return row.id;
    });
    return mustExist(await tasksRepo.get(db, { kind: 'all' }, id));
  },

  async update(db: Db, scope: Scope, id: number, input: TaskInput, meta: WriteMeta): Promise<TaskRecord> {
    await db.transaction().execute(async (trx) => {
      const before = mustExist(await lockTask(trx, scope, id), '任务');
      await assertNoLiveDraw(trx, id, '任务已准备或完成抽取，不能再修改');
      const merged: TaskInput = { ...before, ...input, departmentId: before.departmentId };
      // groups follow the participants and the head count unless given anew, and vice versa
      if (!input.groups && (input.departmentIds || input.inspectorsPerEntity !== undefined)) delete merged.groups;
      if (input.groups && input.inspectorsPerEntity === undefined) delete merged.inspectorsPerEntity;
      const values = await resolveTask(trx, before.departmentId, merged);
      const after = await trx.updateTable('tasks').set({ ...toRow(values), updatedAt: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'update', resource: 'tasks', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
    });
    return mustExist(await tasksRepo.get(db, { kind: 'all' }, id));
  },

  async remove(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<TaskRecord> {
    const record = mustExist(await tasksRepo.get(db, scope, id), '任务');
    await db.transaction().execute(async (trx) => {
      const before = mustExist(await lockTask(trx, scope, id), '任务');
      const any = await trx.selectFrom('draws').select('id').where('taskId', '=', id).executeTakeFirst();
      if (any) throw new AppError('INVALID_STATE', '任务已有抽取记录，不能删除');
      await trx.deleteFrom('taskAdditions').where('taskId', '=', id).execute();
      await trx.deleteFrom('tasks').where('id', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'delete', resource: 'tasks', recordId: id, before, departmentId: before.departmentId, ip: meta.ip });
    });
    return record;
  },
};
