import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { FOLLOWUP_MEASURES } from '@sxgk/core/outcomes';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import { lister, whether, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, mustExist, type WriteMeta } from '../scope.ts';
import { chinaDay } from './calendar.ts';

// 后续处置: opened when a problem outcome (core opensFollowup) is approved; the department records
// its measures, deadline and recheck, and closes it (完结). Overdue is computed, never stored.
export interface FollowupInput {
  measures?: string[];
  deadline?: string | null;
  recheckDate?: string | null;
  recheckResult?: string | null;
}

const OVERDUE = sql<boolean>`(followups.status = 'open' AND followups.deadline IS NOT NULL AND followups.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date)`;
const spec: ListSpec = {
  fields: Object.fromEntries(['id', 'inspectionId', 'entityId', 'departmentId', 'outcome', 'deadline', 'recheckDate', 'status', 'closedOn', 'createdAt']
    .map((f) => [f, `followups.${f}`])),
  search: ['entities.name', 'entities.uscc'],
  custom: { overdue: whether(OVERDUE) },
};

function base(db: Db, scope: Scope) {
  return db.selectFrom('followups').innerJoin('entities', 'entities.id', 'followups.entityId')
    .selectAll('followups').select(['entities.name as entityName', 'entities.uscc', OVERDUE.as('overdue')])
    .where(inDepartment(scope, 'followups.departmentId'));
}

async function lock(trx: Db, scope: Scope, id: number) {
  return mustExist(await trx.selectFrom('followups').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst(), '后续处置');
}

export const followupsRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: (db: Db, scope: Scope, id: number) => base(db, scope).where('followups.id', '=', id).executeTakeFirst(),

  async update(db: Db, scope: Scope, id: number, input: FollowupInput, meta: WriteMeta) {
    await db.transaction().execute(async (trx) => {
      const before = await lock(trx, scope, id);
      if (before.status !== 'open') throw new AppError('INVALID_STATE', '后续处置已完结，不可修改');
      const bad = (input.measures ?? []).filter((m) => !(FOLLOWUP_MEASURES as readonly string[]).includes(m));
      if (bad.length) throw new AppError('VALIDATION', `处置措施无效：${bad.join('、')}`, { field: 'measures' });
      const patch = {
        ...(input.measures !== undefined && { measures: [...new Set(input.measures)] }),
        ...(input.deadline !== undefined && { deadline: input.deadline }),
        ...(input.recheckDate !== undefined && { recheckDate: input.recheckDate }),
        ...(input.recheckResult !== undefined && { recheckResult: input.recheckResult }),
        updatedAt: new Date(),
      };
      const after = await trx.updateTable('followups').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'update', resource: 'followups', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
    });
    return mustExist(await followupsRepo.get(db, { kind: 'all' }, id));
  },

  /** 完结: the day it closed and what came of it. */
  async close(db: Db, scope: Scope, id: number, input: { closedOn?: string; result: string }, meta: WriteMeta) {
    await db.transaction().execute(async (trx) => {
      const before = await lock(trx, scope, id);
      if (before.status !== 'open') throw new AppError('INVALID_STATE', '后续处置已完结');
      if (!before.measures.length) throw new AppError('VALIDATION', '完结前请填写处置措施', { field: 'measures' });
      const after = await trx.updateTable('followups').set({ status: 'closed', closedOn: input.closedOn ?? chinaDay(), result: input.result, closedBy: meta.actor.userId, updatedAt: new Date() })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'close', resource: 'followups', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
    });
    return mustExist(await followupsRepo.get(db, { kind: 'all' }, id));
  },
};
