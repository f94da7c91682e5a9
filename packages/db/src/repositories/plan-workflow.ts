import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Plan, PlanStatus } from '../schema.ts';
import type { WriteMeta } from '../scope.ts';
import { auditedChange, nextVersion } from '../audited-change.ts';
import { planStep } from './plans.ts';

// draft → submitted → approved → published. The department submits and publishes; the joint
// office (or a platform admin) approves or sends back. A published plan changes only through an
// adjustment: a new draft version with a reason, which supersedes the old one once published.
const FROM_LABEL: Record<PlanStatus, string> = {
  draft: '草稿', submitted: '已报送', approved: '已审批', published: '已发布', superseded: '已被调整替代',
};

function transition(
  db: Db, scope: Scope, id: number, meta: WriteMeta,
  step: { action: string; from: PlanStatus; to: PlanStatus; set?: (p: Plan, now: Date) => Record<string, unknown>; before?: (trx: Db, p: Plan, now: Date) => Promise<void> },
): Promise<Plan> {
  return auditedChange(db, meta, planStep(scope, id, step.action), async (trx, before) => {
    if (before.status !== step.from) {
      throw new AppError('INVALID_STATE', `只有“${FROM_LABEL[step.from]}”状态的计划可以执行此操作（当前：${FROM_LABEL[before.status]}）`);
    }
    const now = new Date();
    await step.before?.(trx, before, now);
    return trx.updateTable('plans').set({ status: step.to, updatedAt: now, ...step.set?.(before, now) })
      .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  });
}

export const planWorkflow = {
  submit: (db: Db, scope: Scope, id: number, meta: WriteMeta) => transition(db, scope, id, meta, {
    action: 'submit', from: 'draft', to: 'submitted', set: (_p, now) => ({ submittedAt: now, reviewNote: null }),
    before: async (_trx, p) => {
      if (p.itemIds.length === 0) throw new AppError('VALIDATION', '报送前请选择计划包含的抽查事项', { field: 'itemIds' });
    },
  }),

  approve: (db: Db, scope: Scope, id: number, meta: WriteMeta) => transition(db, scope, id, meta, {
    action: 'approve', from: 'submitted', to: 'approved', set: (_p, now) => ({ approvedAt: now, approvedBy: meta.actor.userId }),
  }),

  /** Sends a submitted plan back to its department as a draft, with the reviewer's note. */
  reject: (db: Db, scope: Scope, id: number, note: string, meta: WriteMeta) => transition(db, scope, id, meta, {
    action: 'reject', from: 'submitted', to: 'draft', set: () => ({ reviewNote: note, submittedAt: null }),
  }),

  /** approved → published; the lineage's previously published version becomes superseded. */
  publish: (db: Db, scope: Scope, id: number, meta: WriteMeta) => transition(db, scope, id, meta, {
    action: 'publish', from: 'approved', to: 'published', set: (_p, now) => ({ publishedAt: now }),
    before: async (trx, p, now) => {
      await trx.updateTable('plans').set({ status: 'superseded', supersededAt: now, updatedAt: now })
        .where('lineageId', '=', p.lineageId).where('status', '=', 'published').where('id', '<>', p.id).execute();
    },
  }),

  /** A new draft version of a published plan; the reason is kept on the new version. */
  async adjust(db: Db, scope: Scope, id: number, reason: string, meta: WriteMeta): Promise<Plan> {
    if (!reason.trim()) throw new AppError('VALIDATION', '调整计划须说明调整原因', { field: 'reason' });
    return auditedChange(db, meta, planStep(scope, id, 'adjust'), async (trx, source) => {
      if (source.status !== 'published') throw new AppError('INVALID_STATE', '只有已发布的计划可以调整');
      const open = await trx.selectFrom('plans').select('id').where('lineageId', '=', source.lineageId)
        .where('status', 'in', ['draft', 'submitted', 'approved']).executeTakeFirst();
      if (open) throw new AppError('CONFLICT', `该计划已有待发布的调整版本（#${open.id}）`);
      return trx.insertInto('plans').values({
        departmentId: source.departmentId, lineageId: source.lineageId, version: await nextVersion(trx, 'plans', source.lineageId),
        name: source.name, content: source.content, itemIds: source.itemIds, periodStart: source.periodStart, periodEnd: source.periodEnd,
        year: source.year, ratio: source.ratio, frequency: source.frequency, quantity: source.quantity,
        adjustmentReason: reason.trim(), createdBy: meta.actor.userId,
      }).returningAll().executeTakeFirstOrThrow();
    });
  },

  /** Published and superseded plans of every department: what the public may read. */
  publicList: (db: Db, year?: number) => {
    let q = db.selectFrom('plans').innerJoin('departments', 'departments.id', 'plans.departmentId')
      .select(['plans.id', 'plans.lineageId', 'plans.version', 'plans.status', 'plans.name', 'plans.content', 'plans.itemIds',
        'plans.periodStart', 'plans.periodEnd', 'plans.year', 'plans.ratio', 'plans.frequency', 'plans.quantity',
        'plans.adjustmentReason', 'plans.publishedAt', 'plans.supersededAt', 'departments.name as departmentName'])
      .where('plans.status', 'in', ['published', 'superseded']);
    if (year) q = q.where('plans.year', '=', year);
    return q.orderBy('plans.departmentId').orderBy('plans.lineageId').orderBy('plans.version').execute();
  },
};
