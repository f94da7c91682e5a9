import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, mustExist, type WriteMeta } from '../scope.ts';
import { actorOf } from './persist.ts';

// The draw ceremony's bookkeeping around the worker: fixing the beacon and witnesses and creating
// the job (one live job per draw), and recording a failure.

/** Locks a draw whose task the actor's department leads. */
export function lockDraw(trx: Db, scope: Scope, id: number) {
  return trx.selectFrom('draws').innerJoin('tasks', 'tasks.id', 'draws.taskId')
    .selectAll('draws').select(['tasks.departmentId'])
    .where('draws.id', '=', id).where(inDepartment(scope, 'tasks.departmentId'))
    .forUpdate('draws').executeTakeFirst();
}

export interface ExecutionRequest { beacon: string; witnesses: string[] }

/**
 * prepared → executing, with the beacon and witnesses fixed and a job row created. A draw that is
 * already executing or executed answers 409 naming its job, so a repeated call never runs twice.
 */
export async function requestExecution(db: Db, scope: Scope, id: number, req: ExecutionRequest, meta: WriteMeta): Promise<{ jobId: string }> {
  return db.transaction().execute(async (trx) => {
    const draw = mustExist(await lockDraw(trx, scope, id), '抽取');
    if (draw.status === 'executing' || draw.status === 'executed') {
      throw new AppError('CONFLICT', draw.status === 'executing' ? '该抽取正在执行' : '该抽取已执行，结果不可更改', { jobId: draw.jobId, status: draw.status });
    }
    if (draw.status !== 'prepared') throw new AppError('INVALID_STATE', '只有已准备的抽取可以执行');
    const witnesses = req.witnesses.map((w) => w.trim()).filter(Boolean);
    if (witnesses.length === 0) throw new AppError('VALIDATION', '请填写至少一名见证人', { field: 'witnesses' });
    if (!req.beacon.trim()) throw new AppError('VALIDATION', '请填写随机信标的值', { field: 'beacon' });
    const job = await trx.insertInto('jobs').values({
      kind: 'draw', departmentId: draw.departmentId, createdBy: meta.actor.userId, params: JSON.stringify({ drawId: id }),
    }).returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('draws').set({ status: 'executing', beacon: req.beacon, witnesses, jobId: job.id, executedBy: meta.actor.userId })
      .where('id', '=', id).execute();
    await appendAudit(trx, meta.actor, { action: 'execute_request', resource: 'draws', recordId: id, departmentId: draw.departmentId, after: { beacon: req.beacon, witnesses, jobId: job.id }, ip: meta.ip });
    return { jobId: job.id };
  });
}

/** executing → failed with the reason (e.g. the core's 检查人员不足 naming the entity); nothing else is saved. */
export async function markDrawFailed(db: Db, drawId: number, jobId: string | null, message: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const draw = await trx.selectFrom('draws').innerJoin('tasks', 'tasks.id', 'draws.taskId')
      .select(['draws.status', 'draws.executedBy', 'tasks.departmentId']).where('draws.id', '=', drawId).forUpdate('draws').executeTakeFirst();
    if (!draw || draw.status !== 'executing') return;
    await trx.updateTable('draws').set({ status: 'failed', error: message }).where('id', '=', drawId).execute();
    if (jobId) {
      await trx.updateTable('jobs').set({ state: 'failed', error: message, finishedAt: new Date() }).where('id', '=', jobId).execute();
    }
    const actor = draw.executedBy === null ? null : await actorOf(trx, draw.executedBy);
    await appendAudit(trx, actor, { action: 'execute_failed', resource: 'draws', recordId: drawId, departmentId: draw.departmentId, after: { error: message } });
  });
}
