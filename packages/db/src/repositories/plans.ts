import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Plan } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, inDepartment, type WriteMeta } from '../scope.ts';
import { auditedChange } from '../audited-change.ts';
import { assertPublishedItems } from './item-check.ts';

// 年度抽查工作计划: drafts are edited freely by their department; the workflow (submit, approve,
// publish, adjust) lives in plan-workflow.ts.
export const PLAN_FIELDS = [
  'id', 'departmentId', 'lineageId', 'version', 'status', 'name', 'content', 'itemIds', 'periodStart',
  'periodEnd', 'year', 'ratio', 'frequency', 'quantity', 'adjustmentReason', 'reviewNote', 'submittedAt',
  'approvedAt', 'approvedBy', 'publishedAt', 'supersededAt', 'createdBy', 'createdAt', 'updatedAt',
] as const;
const EDITABLE = ['name', 'content', 'itemIds', 'periodStart', 'periodEnd', 'year', 'ratio', 'frequency', 'quantity'] as const;
export interface PlanInput {
  departmentId?: number | null;
  name?: string;
  content?: string;
  itemIds?: number[];
  periodStart?: string | null;
  periodEnd?: string | null;
  year?: number;
  ratio?: string;
  frequency?: string;
  quantity?: number | null;
}

const spec: ListSpec = {
  fields: Object.fromEntries(PLAN_FIELDS.map((f) => [f, `plans.${f}`])),
  search: ['plans.name', 'plans.content'],
  arrays: ['itemIds'],
};

function lockPlan(trx: Db, scope: Scope, id: number) {
  return trx.selectFrom('plans').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst();
}

export const planStep = (scope: Scope, id: number, action: string) =>
  ({ resource: 'plans', action, what: '计划', lock: (trx: Db) => lockPlan(trx, scope, id) });

function pick(input: PlanInput): Partial<Record<(typeof EDITABLE)[number], unknown>> {
  return Object.fromEntries(EDITABLE.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
}

function checkPeriod(p: { periodStart?: string | null; periodEnd?: string | null }): void {
  if (p.periodStart && p.periodEnd && p.periodStart > p.periodEnd) {
    throw new AppError('VALIDATION', '计划开始日期不能晚于结束日期', { field: 'periodEnd' });
  }
}

export const plansRepo = {
  ...lister<Plan>((db, scope) => db.selectFrom('plans').selectAll().where(inDepartment(scope, 'plans.departmentId')), spec),

  get: (db: Db, scope: Scope, id: number) =>
    db.selectFrom('plans').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).executeTakeFirst(),

  async create(db: Db, scope: Scope, input: PlanInput, meta: WriteMeta): Promise<Plan> {
    const departmentId = departmentForCreate(scope, input.departmentId);
    const year = input.year ?? (input.periodStart ? Number(input.periodStart.slice(0, 4)) : new Date().getFullYear());
    checkPeriod(input);
    return db.transaction().execute(async (trx) => {
      await assertPublishedItems(trx, input.itemIds ?? [], [departmentId], '计划');
      const row = await trx.insertInto('plans')
        .values({ ...pick(input), name: input.name ?? '', year, departmentId, createdBy: meta.actor.userId } as never)
        .returningAll().executeTakeFirstOrThrow();
      const plan = await trx.updateTable('plans').set({ lineageId: row.id }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'plans', recordId: plan.id, after: plan, departmentId, ip: meta.ip });
      return plan;
    });
  },

  update: (db: Db, scope: Scope, id: number, input: PlanInput, meta: WriteMeta): Promise<Plan> =>
    auditedChange(db, meta, planStep(scope, id, 'update'), async (trx, before) => {
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿计划可以修改；已发布的计划请“调整”生成新版本');
      checkPeriod({ periodStart: before.periodStart, periodEnd: before.periodEnd, ...input });
      if (input.itemIds) await assertPublishedItems(trx, input.itemIds, [before.departmentId], '计划');
      return trx.updateTable('plans').set({ ...pick(input), updatedAt: new Date() } as never)
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    }),

  remove: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Plan> =>
    auditedChange(db, meta, planStep(scope, id, 'delete'), async (trx, before) => {
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只能删除草稿计划');
      const used = await trx.selectFrom('tasks').select('id').where('planId', '=', id).executeTakeFirst();
      if (used) throw new AppError('CONFLICT', `该计划已有抽查任务（#${used.id}），不能删除`);
      await trx.deleteFrom('plans').where('id', '=', id).execute();
      return before;
    }),
};
