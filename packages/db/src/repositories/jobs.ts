import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Job, JobState } from '../schema.ts';
import { inDepartment } from '../scope.ts';

// Job rows: the queue only carries their id. Progress and result are committed here.
export const jobsRepo = {
  create: (db: Db, v: { kind: string; departmentId: number | null; createdBy: number; params: Record<string, unknown> }) =>
    db.insertInto('jobs').values({ ...v, params: JSON.stringify(v.params) }).returningAll().executeTakeFirstOrThrow(),

  get: (db: Db, scope: Scope, id: string) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
    return db.selectFrom('jobs').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).executeTakeFirst();
  },

  setState: (db: Db, id: string, state: JobState, patch: { progress?: number; result?: unknown; error?: string | null } = {}) =>
    db.updateTable('jobs').set({
      state,
      ...(patch.progress !== undefined && { progress: patch.progress }),
      ...(patch.result !== undefined && { result: JSON.stringify(patch.result) }),
      ...(patch.error !== undefined && { error: patch.error }),
      ...((state === 'completed' || state === 'failed') && { finishedAt: new Date() }),
    }).where('id', '=', id).execute(),

  setProgress: (db: Db, id: string, progress: number) =>
    db.updateTable('jobs').set({ progress: Math.max(0, Math.min(100, Math.floor(progress))) }).where('id', '=', id).execute(),

  rejections: (db: Db, id: string) =>
    db.selectFrom('jobRejections').select(['rowNo', 'columnName', 'reason']).where('jobId', '=', id).orderBy('rowNo').execute(),
};

export type { Job };
