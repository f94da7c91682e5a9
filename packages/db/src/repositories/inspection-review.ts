import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { opensFollowup, outcomeSubmissionSchema } from '@sxgk/core/outcomes';
import type { Scope } from '@sxgk/core/permissions';
import { CalendarYearMissingError, publicationDeadline } from '@sxgk/core/working-days';
import type { Db } from '../client.ts';
import type { SectionValidator } from './inspections.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, type WriteMeta } from '../scope.ts';
import { pluginsRepo } from './plugins.ts';
import { chinaDay, loadCalendar } from './calendar.ts';
import { assertWriter, audit, findInspection, lock, lockForReview, toJson } from './inspection-access.ts';

// The review of an inspection record: submit, approve (two-person rule; creates the publication and
// the follow-up), return with a note, and correction of an approved record as a new version.

export const inspectionReview = {
  /** draft → submitted: the record must be complete; the form versions it was filled against are frozen. */
  async submit(db: Db, scope: Scope, id: number, meta: WriteMeta, validate: SectionValidator) {
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
      // drafts may be saved half-filled in the field; what is submitted must be complete
      const forms = new Map((await trx.selectFrom('forms').select(['id', 'definition']).where('id', 'in', before.sections.map((x) => x.formId).concat(0)).execute()).map((f) => [f.id, f.definition]));
      const itemNames = new Map((await trx.selectFrom('items').select(['id', 'name']).where('id', 'in', itemIds.concat(0)).execute()).map((i) => [i.id, i.name]));
      for (const x of before.sections) validate(forms.get(x.formId), x.answers, itemNames.get(x.itemId) ?? `事项 #${x.itemId}`, false);
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
    return mustExist(await findInspection(db, { kind: 'all' }, id));
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
    return mustExist(await findInspection(db, { kind: 'all' }, id));
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
    return mustExist(await findInspection(db, { kind: 'all' }, id));
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
    return mustExist(await findInspection(db, { kind: 'all' }, newId));
  },

};
