import { sql, type SqlBool } from 'kysely';
import { AppError, notFound } from '@sxgk/core/errors';
import { INSPECTION_METHODS, outcomeSubmissionSchema, type Outcome } from '@sxgk/core/outcomes';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Entrustment } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, type WriteMeta } from '../scope.ts';
import { participates } from './task-scope.ts';
import { assertWriter, audit, base, findInspection, lock, team, toJson } from './inspection-access.ts';
import { checkPresent, formsFor, substitutesOf } from './inspection-checks.ts';
import { inspectionReview } from './inspection-review.ts';
import { inspectionAttachments } from './inspection-attachments.ts';

// 检查记录 (一企一表): one record per drawn target, a section per item of the task, filled by the
// inspectors assigned to the target (or the lead department's admin), reviewed by a department
// admin who did not record it, frozen once approved; a correction is a new version.

/**
 * Validates one section's answers against its form definition (the API passes the plugin SDK's);
 * throws on refusal. A draft may leave answers out; submission needs every required one.
 */
export type SectionValidator = (definition: unknown, answers: unknown, itemName: string, draft: boolean) => Record<string, unknown>;

export interface InspectionInput {
  methods?: string[];
  inspectionDate?: string | null;
  presentInspectorIds?: number[];
  substitutionReason?: string | null;
  findings?: string;
  sections?: { itemId: number; answers: Record<string, unknown> }[];
  entrustment?: Entrustment | null;
  entrustingDepartmentId?: number | null;
  outcome?: Outcome | null;
  violations?: string[];
}

const FIELDS = [
  'id', 'lineageId', 'version', 'targetId', 'taskId', 'drawId', 'entityId', 'departmentId', 'status', 'inspectionDate',
  'outcome', 'approvedAt', 'submittedAt', 'resultDate', 'createdAt', 'updatedAt',
] as const;
const spec: ListSpec = {
  fields: { ...Object.fromEntries(FIELDS.map((f) => [f, `inspections.${f}`])), entityName: 'entities.name', uscc: 'entities.uscc' },
  search: ['entities.name', 'entities.uscc'],
  custom: {
    // the latest version of each record only
    latest: (_eb, v) => (v === true || v === 'true'
      ? sql<SqlBool>`NOT EXISTS (SELECT 1 FROM inspections n WHERE n.lineage_id = inspections.lineage_id AND n.version > inspections.version)`
      : sql<SqlBool>`true`),
  },
};

export const inspectionsRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: findInspection,

  /** Opens the record of a target, or answers the one already open (idempotent per target). */
  async open(db: Db, scope: Scope, targetId: number, meta: WriteMeta) {
    const id = await db.transaction().execute(async (trx) => {
      const target = await trx.selectFrom('targets').innerJoin('tasks', 'tasks.id', 'targets.taskId').innerJoin('draws', 'draws.id', 'targets.drawId')
        .select(['targets.id', 'targets.taskId', 'targets.drawId', 'targets.entityId', 'tasks.departmentId', 'tasks.departmentIds', 'draws.status as drawStatus'])
        .where('targets.id', '=', targetId).where(participates(scope)).executeTakeFirst();
      if (!target) throw notFound('检查对象');
      if (target.drawStatus !== 'executed') throw new AppError('INVALID_STATE', '该抽取已被替代或尚未完成，不能据此填写检查记录');
      await assertWriter(trx, { targetId, departmentId: target.departmentId }, meta.actor);
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`inspection:${targetId}`}, 0))`.execute(trx);
      const existing = await trx.selectFrom('inspections').select('id').where('targetId', '=', targetId).orderBy('version', 'desc').executeTakeFirst();
      if (existing) return existing.id;
      const row = await trx.insertInto('inspections').values({
        targetId, taskId: target.taskId, drawId: target.drawId, entityId: target.entityId, departmentId: target.departmentId,
        departmentIds: target.departmentIds, createdBy: meta.actor.userId, recordedBy: [meta.actor.userId],
      }).returningAll().executeTakeFirstOrThrow();
      const after = await trx.updateTable('inspections').set({ lineageId: row.id }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await audit(trx, meta, 'create', null, after);
      return after.id;
    });
    return mustExist(await findInspection(db, { kind: 'all' }, id));
  },

  async update(db: Db, scope: Scope, id: number, input: InspectionInput, meta: WriteMeta, validate: SectionValidator) {
    await db.transaction().execute(async (trx) => {
      const before = await lock(trx, scope, id, meta.actor);
      await assertWriter(trx, before, meta.actor);
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', before.status === 'submitted' ? '检查记录已提交审核，退回后才能修改' : '检查记录已审核通过，不可修改；如需更正，请生成新版本');
      const patch: Record<string, unknown> = {};
      if (input.methods !== undefined) {
        const bad = input.methods.filter((m) => !(INSPECTION_METHODS as readonly string[]).includes(m));
        if (bad.length) throw new AppError('VALIDATION', `检查方式无效：${bad.join('、')}`, { field: 'methods' });
        patch.methods = [...new Set(input.methods)];
      }
      if (input.inspectionDate !== undefined) patch.inspectionDate = input.inspectionDate;
      if (input.findings !== undefined) patch.findings = input.findings;
      let substitutes: number[] = [];
      if (input.presentInspectorIds !== undefined || input.substitutionReason !== undefined) {
        const present = [...new Set(input.presentInspectorIds ?? before.presentInspectorIds)];
        const reason = (input.substitutionReason !== undefined ? input.substitutionReason : before.substitutionReason)?.trim() || null;
        substitutes = await checkPresent(trx, before, present, reason);
        patch.presentInspectorIds = present;
        patch.substitutionReason = substitutes.length ? reason : null;
      }
      if (input.sections !== undefined) {
        const itemIds = (before as unknown as { itemIds: number[] }).itemIds;
        const forms = await formsFor(trx, itemIds);
        const names = new Map((await trx.selectFrom('items').select(['id', 'name']).where('id', 'in', itemIds).execute()).map((i) => [i.id, i.name]));
        const merged = new Map(before.sections.map((s) => [s.itemId, s]));
        for (const s of input.sections) {
          const form = forms.get(s.itemId);
          if (!form) throw new AppError('VALIDATION', `事项 #${s.itemId} 不属于本检查任务`, { field: 'sections' });
          const answers = validate(form.definition, s.answers, names.get(s.itemId) ?? `事项 #${s.itemId}`, true);
          merged.set(s.itemId, { itemId: s.itemId, formId: form.id, formVersion: form.version, answers });
        }
        patch.sections = toJson(itemIds.filter((i) => merged.has(i)).map((i) => merged.get(i)!));
      }
      if (input.entrustment !== undefined) {
        const e = input.entrustment;
        if (e && (!e.institution?.trim() || !e.scope?.trim())) throw new AppError('VALIDATION', '委托第三方须写明机构名称和委托范围', { field: 'entrustment' });
        const payer = input.entrustingDepartmentId ?? (e ? before.entrustingDepartmentId ?? meta.actor.departmentId ?? before.departmentId : null);
        if (payer != null && !before.departmentIds.includes(payer)) throw new AppError('VALIDATION', '委托费用须由参与本任务的部门承担', { field: 'entrustingDepartmentId' });
        patch.entrustment = e ? toJson({ institution: e.institution.trim(), scope: e.scope.trim() }) : null;
        patch.entrustingDepartmentId = e ? payer : null;
      }
      if (input.outcome !== undefined || input.violations !== undefined) {
        const outcome = input.outcome !== undefined ? input.outcome : before.outcome;
        const violations = input.violations ?? (input.outcome !== undefined ? [] : before.violations);
        if (outcome === null) {
          patch.outcome = null;
          patch.violations = [];
        } else {
          const r = outcomeSubmissionSchema().safeParse({ outcome, violations });
          if (!r.success) throw new AppError('VALIDATION', r.error.issues.map((i) => i.message).join('；'), { field: 'outcome' });
          patch.outcome = r.data.outcome;
          patch.violations = r.data.violations;
        }
      }
      patch.recordedBy = [...new Set([...before.recordedBy, meta.actor.userId])];
      patch.updatedAt = new Date();
      const after = await trx.updateTable('inspections').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await audit(trx, meta, 'update', before, after);
      if (substitutes.length && (JSON.stringify(substitutes) !== JSON.stringify(await substitutesOf(trx, before)) || before.substitutionReason !== after.substitutionReason)) {
        await appendAudit(trx as never, meta.actor, { action: 'substitute', resource: 'inspections', recordId: id, departmentId: after.departmentId, ip: meta.ip,
          after: { substitutes, reason: after.substitutionReason, team: await team(trx, before.targetId) } });
      }
    });
    return mustExist(await findInspection(db, { kind: 'all' }, id));
  },

  ...inspectionReview,
  ...inspectionAttachments,
};
