import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { AdditionReason, TaskAddition } from '../schema.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, uniqueOr, type WriteMeta } from '../scope.ts';
import { assertNoLiveDraw, lockTask, tasksRepo } from './tasks.ts';

// 追加检查对象: an entity put into a task's population by hand (a complaint, a referral, a risk
// signal), even when it was already inspected this year or lies outside the task's filters. It
// joins the stratum of its tier, so it is still drawn at random; the addition is recorded and audited.
export const ADDITION_REASONS: Record<AdditionReason, string> = {
  complaint: '投诉举报', referral: '转办交办', risk_signal: '风险线索',
};
export interface AdditionInput { entityId: number; reason: AdditionReason; note?: string }

export const taskAdditionsRepo = {
  async list(db: Db, scope: Scope, taskId: number) {
    mustExist(await tasksRepo.get(db, scope, taskId), '任务');
    return db.selectFrom('taskAdditions')
      .innerJoin('entities', 'entities.id', 'taskAdditions.entityId')
      .leftJoin('users', 'users.id', 'taskAdditions.createdBy')
      .selectAll('taskAdditions')
      .select(['entities.uscc', 'entities.name as entityName', 'users.displayName as createdByName'])
      .where('taskAdditions.taskId', '=', taskId).orderBy('taskAdditions.id').execute();
  },

  async add(db: Db, scope: Scope, taskId: number, input: AdditionInput, meta: WriteMeta): Promise<TaskAddition> {
    if (!(input.reason in ADDITION_REASONS)) throw new AppError('VALIDATION', '追加原因应为投诉举报、转办交办或风险线索', { field: 'reason' });
    return db.transaction().execute(async (trx) => {
      const task = mustExist(await lockTask(trx, scope, taskId), '任务');
      await assertNoLiveDraw(trx, taskId, '任务已准备或完成抽取，不能再追加检查对象');
      const entity = await trx.selectFrom('entities').select(['id', 'name', 'status']).where('id', '=', input.entityId)
        .where((eb) => eb.exists(eb.selectFrom('directoryEntries as d').select('d.entityId')
          .whereRef('d.entityId', '=', 'entities.id').where('d.departmentId', 'in', task.departmentIds)))
        .executeTakeFirst();
      if (!entity) throw new AppError('VALIDATION', '该检查对象不在本任务参与部门的名录中', { field: 'entityId' });
      if (entity.status !== 'active') throw new AppError('VALIDATION', `“${entity.name}”不是存续状态，不能列为检查对象`, { field: 'entityId' });
      const row = await uniqueOr(() => trx.insertInto('taskAdditions').values({
        taskId, entityId: input.entityId, reason: input.reason, note: input.note?.trim() ?? '', createdBy: meta.actor.userId,
      }).returningAll().executeTakeFirstOrThrow(), `“${entity.name}”已追加到本任务`);
      await appendAudit(trx, meta.actor, { action: 'add_entity', resource: 'tasks', recordId: taskId, after: { ...row, entityName: entity.name }, departmentId: task.departmentId, ip: meta.ip });
      return row;
    });
  },
};
