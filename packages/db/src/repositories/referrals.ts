import { sql, type SqlBool } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { Db } from '../client.ts';
import type { ReferralKind } from '../schema.ts';
import { orderedList, runList, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, mustExist, type WriteMeta } from '../scope.ts';
import { chinaDay } from './calendar.ts';

// 移送（通报）: to another department on the platform (it arrives in their list; they accept it as
// their case or return it with a reason, and report closure back), or to an outside body or a
// judicial organ (涉嫌犯罪), whose closure the sending department records when it is reported.
// Both the sending and the receiving department see a referral.
export interface ReferralInput {
  departmentId?: number | null;
  kind: ReferralKind;
  toDepartmentId?: number | null;
  receivingOrgan?: string | null;
  inspectionId?: number | null;
  followupId?: number | null;
  entityId?: number | null;
  matter: string;
  referredOn?: string;
  documentNo?: string;
}

const spec: ListSpec = {
  fields: Object.fromEntries(['id', 'fromDepartmentId', 'toDepartmentId', 'kind', 'status', 'inspectionId', 'followupId', 'entityId', 'referredOn', 'closedOn', 'createdAt']
    .map((f) => [f, `referrals.${f}`])),
  search: ['referrals.matter', 'referrals.documentNo', 'referrals.receivingOrgan'],
  custom: {
    // 'sent': referrals my department sent; 'received': referrals sent to it
    direction: () => sql<SqlBool>`true`,
  },
};

function involves(scope: Scope) {
  if (scope.kind === 'all') return sql<SqlBool>`true`;
  if (scope.kind === 'none') return sql<SqlBool>`false`;
  return sql<SqlBool>`(referrals.from_department_id = ${scope.departmentId} OR referrals.to_department_id = ${scope.departmentId})`;
}

function base(db: Db, scope: Scope) {
  return db.selectFrom('referrals')
    .innerJoin('departments as f', 'f.id', 'referrals.fromDepartmentId')
    .leftJoin('departments as t', 't.id', 'referrals.toDepartmentId')
    .selectAll('referrals').select(['f.name as fromDepartmentName', 't.name as toDepartmentName'])
    .where(involves(scope));
}

/** 'sent': the referrals the department sent; 'received': those sent to it (the spec's `direction`). */
function inDirection(db: Db, scope: Scope, q: ListQuery) {
  const direction = q.filter.direction;
  let qb = base(db, scope);
  if (scope.kind === 'department' && direction === 'sent') qb = qb.where('referrals.fromDepartmentId', '=', scope.departmentId);
  if (scope.kind === 'department' && direction === 'received') qb = qb.where('referrals.toDepartmentId', '=', scope.departmentId);
  return qb;
}

async function lock(trx: Db, scope: Scope, id: number) {
  return mustExist(await trx.selectFrom('referrals').selectAll().where('id', '=', id).where(involves(scope)).forUpdate().executeTakeFirst(), '移送');
}

function own(scope: Scope, departmentId: number | null, message: string) {
  if (scope.kind === 'department' && scope.departmentId !== departmentId) throw new AppError('FORBIDDEN', message);
}

async function step(db: Db, scope: Scope, id: number, meta: WriteMeta, action: string,
  change: (before: Awaited<ReturnType<typeof lock>>) => Record<string, unknown>) {
  await db.transaction().execute(async (trx) => {
    const before = await lock(trx, scope, id);
    const after = await trx.updateTable('referrals').set({ ...change(before), updatedAt: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx as never, meta.actor, { action, resource: 'referrals', recordId: id, before, after, departmentId: before.fromDepartmentId, ip: meta.ip });
    if (after.toDepartmentId) {
      await appendAudit(trx as never, meta.actor, { action, resource: 'referrals', recordId: id, after: { status: after.status }, departmentId: after.toDepartmentId, ip: meta.ip });
    }
  });
  return mustExist(await referralsRepo.get(db, { kind: 'all' }, id));
}

export const referralsRepo = {
  list: (db: Db, scope: Scope, q: ListQuery) => runList<Record<string, unknown>>(inDirection(db, scope, q), spec, q),
  ordered: (db: Db, scope: Scope, q: ListQuery) => orderedList(inDirection(db, scope, q), spec, q).ordered,
  get: (db: Db, scope: Scope, id: number) => base(db, scope).where('referrals.id', '=', id).executeTakeFirst(),

  async create(db: Db, scope: Scope, input: ReferralInput, meta: WriteMeta) {
    const from = departmentForCreate(scope, input.departmentId);
    const toDepartmentId = input.kind === 'department' ? input.toDepartmentId ?? null : null;
    if (input.kind === 'department' && !toDepartmentId) throw new AppError('VALIDATION', '请选择接收部门', { field: 'toDepartmentId' });
    if (toDepartmentId === from) throw new AppError('VALIDATION', '不能移送给本部门', { field: 'toDepartmentId' });
    if (input.kind !== 'department' && !input.receivingOrgan?.trim()) throw new AppError('VALIDATION', '请填写接收机关', { field: 'receivingOrgan' });
    const id = await db.transaction().execute(async (trx) => {
      if (toDepartmentId && !(await trx.selectFrom('departments').select('id').where('id', '=', toDepartmentId).executeTakeFirst())) {
        throw new AppError('VALIDATION', `部门 #${toDepartmentId} 不存在`, { field: 'toDepartmentId' });
      }
      if (input.inspectionId) {
        const rec = await trx.selectFrom('inspections').select(['departmentIds', 'entityId']).where('id', '=', input.inspectionId).executeTakeFirst();
        if (!rec || !rec.departmentIds.includes(from)) throw new AppError('VALIDATION', `检查记录 #${input.inspectionId} 不存在或不属于本部门`, { field: 'inspectionId' });
        input.entityId ??= rec.entityId;
      }
      if (input.followupId) {
        const f = await trx.selectFrom('followups').select(['departmentId', 'entityId']).where('id', '=', input.followupId).executeTakeFirst();
        if (!f || f.departmentId !== from) throw new AppError('VALIDATION', `后续处置 #${input.followupId} 不存在或不属于本部门`, { field: 'followupId' });
        input.entityId ??= f.entityId;
      }
      const row = await trx.insertInto('referrals').values({
        fromDepartmentId: from, kind: input.kind, toDepartmentId, receivingOrgan: input.kind === 'department' ? null : input.receivingOrgan!.trim(),
        inspectionId: input.inspectionId ?? null, followupId: input.followupId ?? null, entityId: input.entityId ?? null,
        matter: input.matter.trim(), referredOn: input.referredOn ?? chinaDay(), documentNo: input.documentNo?.trim() ?? '', createdBy: meta.actor.userId,
      }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'create', resource: 'referrals', recordId: row.id, after: row, departmentId: from, ip: meta.ip });
      return row.id;
    });
    return mustExist(await referralsRepo.get(db, { kind: 'all' }, id));
  },

  /** The receiving department takes the referral as its own case. */
  accept: (db: Db, scope: Scope, id: number, meta: WriteMeta) => step(db, scope, id, meta, 'accept', (r) => {
    if (r.kind !== 'department') throw new AppError('INVALID_STATE', '移送至外部机关的事项无需在平台上接收');
    own(scope, r.toDepartmentId, '只有接收部门可以接收移送');
    if (r.status !== 'sent') throw new AppError('INVALID_STATE', '只有待接收的移送可以接收');
    return { status: 'accepted', acceptedAt: new Date(), acceptedBy: meta.actor.userId };
  }),

  /** The receiving department sends it back, saying why. */
  return: (db: Db, scope: Scope, id: number, reason: string, meta: WriteMeta) => step(db, scope, id, meta, 'return', (r) => {
    if (r.kind !== 'department') throw new AppError('INVALID_STATE', '移送至外部机关的事项不能在平台上退回');
    own(scope, r.toDepartmentId, '只有接收部门可以退回移送');
    if (r.status !== 'sent') throw new AppError('INVALID_STATE', '只有待接收的移送可以退回');
    return { status: 'returned', returnReason: reason };
  }),

  /**
   * Closure: reported back by the receiving department once it accepted the case; for an outside
   * body or judicial organ, recorded by the sending department when the organ reports it.
   */
  close: (db: Db, scope: Scope, id: number, input: { closedOn?: string; result: string }, meta: WriteMeta) => step(db, scope, id, meta, 'close', (r) => {
    if (r.kind === 'department') {
      own(scope, r.toDepartmentId, '只有接收部门可以反馈办结');
      if (r.status !== 'accepted') throw new AppError('INVALID_STATE', '接收部门接收后才能反馈办结');
    } else {
      own(scope, r.fromDepartmentId, '只有移送部门可以登记外部机关的办结情况');
      if (r.status !== 'sent') throw new AppError('INVALID_STATE', '该移送已办结');
    }
    return { status: 'closed', closedOn: input.closedOn ?? chinaDay(), result: input.result };
  }),
};
