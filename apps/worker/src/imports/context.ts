import type { Actor } from '@sxgk/core/roles';
import { uploadsRepo, usersRepo, type Db } from '@sxgk/db';
import type { ImportKind, ImportPayload } from '@sxgk/jobs/queues';
import type { JobRejection } from '@sxgk/db/repositories/jobs';
import { Progress } from './progress.ts';

/** Counts per distinct record; items have no `updated` (an item changes by a new version). */
export interface ImportResult {
  total: number;
  inserted: number;
  updated?: number;
  unchanged: number;
  rejected: number;
}

/** What an importer hands to the commit: its counts and the rows it refused. */
export interface ImportOutcome {
  result: ImportResult;
  rejections: JobRejection[];
}

export interface ImportContext {
  db: Db;
  jobId: string;
  kind: ImportKind;
  departmentId: number;
  uploadId: string;
  upload: { filename: string; size: number; sha256: string };
  /** The uploader: imports are recorded as their action. */
  actor: Pick<Actor, 'userId' | 'username' | 'role' | 'departmentId'>;
  progress: Progress;
}

/** A file the import cannot use: the job fails with this message instead of being retried. */
export class ImportRefused extends Error {}

export async function loadContext(
  db: Db,
  payload: ImportPayload,
  job: { departmentId: number | null; createdBy: number | null },
  onProgress: (percent: number) => unknown,
): Promise<ImportContext> {
  const upload = await uploadsRepo.meta(db, payload.uploadId);
  if (!upload) throw new ImportRefused('上传的文件已不存在，请重新上传');
  const userId = job.createdBy ?? payload.actorUserId;
  const user = await usersRepo.get(db, { kind: 'all' }, userId);
  if (!user) throw new Error(`user ${userId} of job ${payload.jobId} not found`);
  return {
    db,
    jobId: payload.jobId,
    kind: payload.kind,
    departmentId: job.departmentId ?? payload.departmentId,
    uploadId: payload.uploadId,
    upload: { filename: upload.filename, size: Number(upload.size), sha256: upload.sha256 },
    actor: { userId: user.id, username: user.username, role: user.role, departmentId: user.departmentId },
    progress: new Progress(db, payload.jobId, onProgress),
  };
}
