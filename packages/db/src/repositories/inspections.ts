import { sql, type SqlBool } from 'kysely';
import { AppError, notFound } from '@sxgk/core/errors';
import { INSPECTION_METHODS, opensFollowup, outcomeSubmissionSchema, type Outcome } from '@sxgk/core/outcomes';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { ListQuery } from '@sxgk/core/simple-rest';
import { CalendarYearMissingError, publicationDeadline } from '@sxgk/core/working-days';
import type { Db } from '../client.ts';
import type { Entrustment, Inspection, InspectionSection } from '../schema.ts';
import { runList, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, mustExist, type WriteMeta } from '../scope.ts';
import { assignmentOfTarget } from '../draws/ids.ts';
import { participates } from './task-scope.ts';
import { pluginsRepo } from './plugins.ts';
import { chinaDay, loadCalendar } from './calendar.ts';
import { DEFAULT_FORM, DEFAULT_FORM_PLUGIN } from '../inspections/default-form.ts';

// 检查记录 (一企一表): one record per drawn target, a section per item of the task, filled by the
// inspectors assigned to the target (or the lead department's admin), reviewed by a department
// admin who did not record it, frozen once approved; a correction is a new version.

/** Validates one section's answers against its form definition (the API passes the plugin SDK's); throws on refusal. */
export type SectionValidator = (definition: unknown, answers: unknown, itemName: string) => Record<string, unknown>;

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

/** An inspector only sees records of targets they are assigned to; null: no such narrowing. */
function ownInspector(actor: Actor | null | undefined): number | null {
  if (actor?.role !== 'inspector') return null;
  return actor.inspectorId ?? -1;
}
const assignedTo = (inspectorId: number, targetColumn = 'inspections.target_id') =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM assignments a WHERE ${assignmentOfTarget('a.id', sql.ref(targetColumn))} AND a.target_id = ${sql.ref(targetColumn)} AND a.inspector_id = ${inspectorId})`;

function base(db: Db, scope: Scope, actor?: Actor | null) {
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

const plain = (row: Record<string, unknown>) => row as unknown as Inspection;

/** The form version each item is filled against: its plugin form, or the platform's default form. */
async function formsFor(trx: Db, itemIds: number[]) {
  const linked = itemIds.length
    ? await trx.selectFrom('itemForms').innerJoin('forms', 'forms.id', 'itemForms.formId')
      .select(['itemForms.itemId', 'forms.id', 'forms.version', 'forms.definition']).where('itemForms.itemId', 'in', itemIds)
      .orderBy('forms.id', 'desc').execute()
    : [];
  const fallback = await trx.selectFrom('forms').select(['id', 'version', 'definition'])
    .where('pluginId', '=', DEFAULT_FORM_PLUGIN).where('formKey', '=', DEFAULT_FORM.key).orderBy('version', 'desc').executeTakeFirstOrThrow();
  const byItem = new Map<number, { id: number; version: number; definition: unknown }>();
  for (const id of itemIds) byItem.set(id, linked.find((l) => l.itemId === id) ?? fallback);
  return byItem;
}

async function team(trx: Db, targetId: number): Promise<number[]> {
  const rows = await trx.selectFrom('assignments').select('inspectorId')
    .where(assignmentOfTarget('assignments.id', targetId)).where('targetId', '=', targetId).orderBy('position').execute();
  return rows.map((r) => r.inspectorId);
}

/** Only the inspectors assigned to the target, or an admin of the lead department, may write the record. */
async function assertWriter(trx: Db, rec: Pick<Inspection, 'targetId' | 'departmentId'>, actor: Actor) {
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
function assertReviewer(rec: Inspection, actor: Actor) {
  const recorded = rec.recordedBy.includes(actor.userId) || rec.createdBy === actor.userId || rec.submittedBy === actor.userId;
  const present = actor.inspectorId != null && rec.presentInspectorIds.includes(actor.inspectorId);
  if (recorded || present) {
    throw new AppError('FORBIDDEN', '审核人不能是本检查记录的记录人或在场检查人员（双人原则），请由本部门其他管理员审核');
  }
}

async function lock(trx: Db, scope: Scope, id: number, actor: Actor | null) {
  const row = await base(trx, scope, actor).where('inspections.id', '=', id).forUpdate('inspections').executeTakeFirst();
  return plain(mustExist(row, '检查记录'));
}

function audit(trx: Db, meta: WriteMeta, action: string, before: unknown, after: Inspection) {
  return appendAudit(trx as never, meta.actor, { action, resource: 'inspections', recordId: after.id, before, after, departmentId: after.departmentId, ip: meta.ip });
}

const toJson = (v: unknown) => JSON.stringify(v);

export const inspectionsRepo = {
  list: (db: Db, scope: Scope, q: ListQuery, actor?: Actor | null) => runList<Record<string, unknown>>(base(db, scope, actor), spec, q),
  get: (db: Db, scope: Scope, id: number, actor?: Actor | null) => base(db, scope, actor).where('inspections.id', '=', id).executeTakeFirst(),

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
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, id));
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
          const answers = validate(form.definition, s.answers, names.get(s.itemId) ?? `事项 #${s.itemId}`);
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
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, id));
  },

  /** draft → submitted: the record must be complete; the form versions it was filled against are frozen. */
  async submit(db: Db, scope: Scope, id: number, meta: WriteMeta) {
    await db.transaction().execute(async (trx) => {
      const before = await lock(trx, scope, id, meta.actor);
      await assertWriter(trx, before, meta.actor);
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿状态的检查记录可以提交');
      const missing: string[] = [];
      if (!before.inspectionDate) missing.push('检查日期');
      if (!before.methods.length) missing.push('检查方式');
      if (before.presentInspectorIds.length < 2) missing.push('在场执法检查人员（至少 2 名）');
      if (!before.outcome) missing.push('检查结果');
      if (before.methods.includes('third_party') && !before.entrustment) missing.push('委托第三方的机构和范围');
      // an entity that refused cannot have been inspected: its sections may stay empty
      const itemIds = (before as unknown as { itemIds: number[] }).itemIds;
      if (before.outcome !== 'refused_inspection') {
        const filled = new Set(before.sections.map((s) => s.itemId));
        const names = await trx.selectFrom('items').select(['id', 'name']).where('id', 'in', itemIds).execute();
        for (const i of itemIds) if (!filled.has(i)) missing.push(`“${names.find((n) => n.id === i)?.name ?? i}”的检查表`);
      }
      if (missing.length) throw new AppError('VALIDATION', `提交前请填写：${missing.join('、')}`, { missing });
      if (before.outcome) {
        const r = outcomeSubmissionSchema().safeParse({ outcome: before.outcome, violations: before.violations });
        if (!r.success) throw new AppError('VALIDATION', r.error.issues.map((i) => i.message).join('；'), { field: 'outcome' });
      }
      for (const s of before.sections) await pluginsRepo.markFormUsed(trx, s.formId);
      const now = new Date();
      const after = await trx.updateTable('inspections').set({
        status: 'submitted', submittedAt: now, submittedBy: meta.actor.userId, updatedAt: now,
        recordedBy: [...new Set([...before.recordedBy, meta.actor.userId])],
      }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await audit(trx, meta, 'submit', before, after);
    });
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, id));
  },

  /**
   * submitted → approved by an admin of the lead department who did not record it. The result date
   * is the approval day (China time): the result exists once reviewed, and the 20-working-day
   * publication window runs from then. Creates the publication (and the follow-up of a problem).
   */
  async approve(db: Db, scope: Scope, id: number, meta: WriteMeta) {
    const cal = await loadCalendar(db);
    await db.transaction().execute(async (trx) => {
      const before = await lockForReview(trx, scope, id, meta.actor);
      const now = new Date();
      const resultDate = chinaDay(now);
      const after = await trx.updateTable('inspections').set({ status: 'approved', approvedAt: now, approvedBy: meta.actor.userId, resultDate, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      // the corrected version replaces the one it corrects; both stay on record
      const replaced = await trx.updateTable('inspections').set({ status: 'superseded', updatedAt: now })
        .where('lineageId', '=', before.lineageId).where('status', '=', 'approved').where('id', '<>', id).returning('id').execute();
      await audit(trx, meta, 'approve', before, after);
      let deadline: string | null = null;
      try {
        deadline = publicationDeadline(cal, resultDate);
      } catch (e) {
        if (!(e instanceof CalendarYearMissingError)) throw e;
      }
      const publication = await trx.insertInto('publications').values({
        inspectionId: id, entityId: after.entityId, departmentId: after.departmentId, taskId: after.taskId,
        outcome: after.outcome!, violations: after.violations, resultDate, deadline,
      }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'create', resource: 'publications', recordId: publication.id, after: { ...publication, supersedes: replaced.map((r) => r.id) }, departmentId: after.departmentId, ip: meta.ip });
      if (opensFollowup(after.outcome!)) {
        const open = await trx.selectFrom('followups').innerJoin('inspections', 'inspections.id', 'followups.inspectionId')
          .select('followups.id').where('inspections.lineageId', '=', before.lineageId).executeTakeFirst();
        if (!open) {
          const f = await trx.insertInto('followups').values({ inspectionId: id, entityId: after.entityId, departmentId: after.departmentId, outcome: after.outcome! })
            .returningAll().executeTakeFirstOrThrow();
          await appendAudit(trx as never, meta.actor, { action: 'create', resource: 'followups', recordId: f.id, after: f, departmentId: after.departmentId, ip: meta.ip });
        }
      }
    });
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, id));
  },

  /** submitted → back to draft with the reviewer's note. */
  async return(db: Db, scope: Scope, id: number, note: string, meta: WriteMeta) {
    await db.transaction().execute(async (trx) => {
      const before = await lockForReview(trx, scope, id, meta.actor);
      const now = new Date();
      const after = await trx.updateTable('inspections').set({ status: 'draft', reviewNote: note, returnedAt: now, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await audit(trx, meta, 'return', before, after);
    });
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, id));
  },

  /** A correction of an approved record: a new draft version of the same lineage, with the reason on record. */
  async correct(db: Db, scope: Scope, id: number, reason: string, meta: WriteMeta) {
    const newId = await db.transaction().execute(async (trx) => {
      const source = await lock(trx, scope, id, meta.actor);
      await assertWriter(trx, source, meta.actor);
      if (source.status !== 'approved') throw new AppError('INVALID_STATE', '只有已审核通过的检查记录需要更正；草稿可直接修改');
      const open = await trx.selectFrom('inspections').select('id').where('lineageId', '=', source.lineageId)
        .where('status', 'in', ['draft', 'submitted']).executeTakeFirst();
      if (open) throw new AppError('CONFLICT', `该检查记录已有正在更正的版本（#${open.id}）`);
      const latest = await trx.selectFrom('inspections').select(sql<number>`max(version)`.as('v')).where('lineageId', '=', source.lineageId).executeTakeFirstOrThrow();
      const after = await trx.insertInto('inspections').values({
        lineageId: source.lineageId, version: latest.v + 1, targetId: source.targetId, taskId: source.taskId, drawId: source.drawId,
        entityId: source.entityId, departmentId: source.departmentId, departmentIds: source.departmentIds, methods: source.methods,
        inspectionDate: source.inspectionDate, presentInspectorIds: source.presentInspectorIds, substitutionReason: source.substitutionReason,
        findings: source.findings, sections: toJson(source.sections), entrustment: source.entrustment ? toJson(source.entrustment) : null,
        entrustingDepartmentId: source.entrustingDepartmentId, outcome: source.outcome, violations: source.violations,
        recordedBy: [meta.actor.userId], correctionReason: reason, createdBy: meta.actor.userId,
      }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'correct', resource: 'inspections', recordId: after.id, before: source, after: { ...after, corrects: source.id, reason }, departmentId: after.departmentId, ip: meta.ip });
      return after.id;
    });
    return mustExist(await inspectionsRepo.get(db, { kind: 'all' }, newId));
  },

  /** Records an evidence file already stored by its SHA-256; only while the record is a draft. */
  async addAttachment(db: Db, scope: Scope, id: number, file: { sha256: string; mime: string; size: number; filename: string }, meta: WriteMeta) {
    return db.transaction().execute(async (trx) => {
      const rec = await lock(trx, scope, id, meta.actor);
      await assertWriter(trx, rec, meta.actor);
      if (rec.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿状态的检查记录可以添加证据材料');
      const row = await trx.insertInto('attachments').values({ inspectionId: id, sha256: file.sha256, mime: file.mime as 'application/pdf', size: file.size, filename: file.filename, createdBy: meta.actor.userId })
        .returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx as never, meta.actor, { action: 'create', resource: 'attachments', recordId: row.id, after: row, departmentId: rec.departmentId, ip: meta.ip });
      return row;
    });
  },

  listAttachments: (db: Db, inspectionId: number) => db.selectFrom('attachments').selectAll().where('inspectionId', '=', inspectionId).orderBy('id').execute(),

  /** An attachment, when its record is visible to the actor. */
  getAttachment: (db: Db, scope: Scope, id: number, actor: Actor | null) => {
    const own = ownInspector(actor);
    let qb = db.selectFrom('attachments').innerJoin('inspections', 'inspections.id', 'attachments.inspectionId')
      .selectAll('attachments').where('attachments.id', '=', id).where(participates(scope, 'inspections.departmentIds'));
    if (own !== null) qb = qb.where(assignedTo(own));
    return qb.executeTakeFirst();
  },
};

async function lockForReview(trx: Db, scope: Scope, id: number, actor: Actor) {
  // review belongs to the lead department, not to every participant
  const row = await base(trx, scope, actor).where('inspections.id', '=', id).where(inDepartment(scope, 'inspections.departmentId'))
    .forUpdate('inspections').executeTakeFirst();
  const rec = plain(mustExist(row, '检查记录'));
  if (rec.status !== 'submitted') throw new AppError('INVALID_STATE', '只有已提交的检查记录可以审核');
  assertReviewer(rec, actor);
  return rec;
}

async function substitutesOf(trx: Db, rec: Inspection) {
  const t = await team(trx, rec.targetId);
  return rec.presentInspectorIds.filter((i) => !t.includes(i));
}

/** At least two present; anyone not in the assigned team is a substitution and needs a reason. Answers the substitutes. */
async function checkPresent(trx: Db, rec: Inspection, present: number[], reason: string | null): Promise<number[]> {
  if (present.length < 2) throw new AppError('VALIDATION', '检查时在场的执法检查人员至少需要 2 名', { field: 'presentInspectorIds' });
  const t = await team(trx, rec.targetId);
  const substitutes = present.filter((i) => !t.includes(i));
  if (!substitutes.length) return [];
  if (!reason) throw new AppError('VALIDATION', '在场人员中有不在分配检查组内的执法检查人员，替换须说明原因', { field: 'substitutionReason' });
  const known = await trx.selectFrom('inspectors').select('id').where('id', 'in', substitutes).where('active', '=', true)
    .where('departmentId', 'in', rec.departmentIds).execute();
  if (known.length !== substitutes.length) throw new AppError('VALIDATION', '替换的执法检查人员须为参与部门在岗的执法检查人员', { field: 'presentInspectorIds' });
  return substitutes;
}
