import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { type WriteMeta } from '../scope.ts';
import { participates } from './task-scope.ts';
import { assertWriter, assignedTo, lock } from './inspection-access.ts';
import { ownInspector } from './task-scope.ts';

// Evidence files of an inspection record (stored on disk by the API under their SHA-256).

export const inspectionAttachments = {
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
