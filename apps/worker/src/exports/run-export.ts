import { scopeFor } from '@sxgk/core/permissions';
import { parseListQuery } from '@sxgk/core/simple-rest';
import { appendAudit, chinaDay, EXPORTS, jobsRepo, listRows, sessionsRepo, uploadsRepo, type Db } from '@sxgk/db';
import { exportParams, type ExportPayload } from '@sxgk/jobs/exports';
import { xlsxChunks } from '@sxgk/sheets/write';

export interface ExportResult { rows: number; fileId: string; filename: string }

// The rows read (written and stored as they come) move the bar to 90 %; the commit finishes it.
const READ_SHARE = 90;

/**
 * Runs one export job to its end: the list as its creator may see it now (their permission is
 * checked again), written to an .xlsx file that commits in Postgres together with the job's result
 * and the audit entry. A finished job answers its stored result; a run killed half-way leaves
 * nothing, and the retry starts over. A creator who may no longer export fails the job (null).
 */
export async function runExport(db: Db, payload: ExportPayload, onProgress: (percent: number) => unknown = () => undefined): Promise<ExportResult | null> {
  const job = await jobsRepo.find(db, payload.jobId);
  if (!job) throw new Error(`export job ${payload.jobId} not found`);
  if (job.state === 'completed') return job.result as unknown as ExportResult;
  if (job.state === 'failed') return null;
  if (!(await jobsRepo.start(db, job.id))) return runExport(db, payload, onProgress); // finished meanwhile

  const params = exportParams.parse(job.params);
  const spec = Object.hasOwn(EXPORTS, params.resource) ? EXPORTS[params.resource as keyof typeof EXPORTS] : null;
  if (!spec) throw new Error(`export job ${job.id}: no list ${params.resource}`);
  const actor = job.createdBy === null ? null : await sessionsRepo.actorOf(db, job.createdBy);
  const scope = actor ? scopeFor(actor, spec.permission, 'export') : { kind: 'none' as const };
  if (!actor || scope.kind === 'none') {
    await jobsRepo.setState(db, job.id, 'failed', { error: '导出人已无导出此列表的权限' });
    return null;
  }
  const q = parseListQuery({ sort: params.sort, filter: params.filter });
  let count = 0;
  let shown = -1;
  const report = async (done: number, total: number) => {
    count = done;
    const percent = Math.floor(total > 0 ? (done / total) * READ_SHARE : READ_SHARE);
    if (percent === shown) return; // a million rows come in a thousand batches: a write per percent is enough
    shown = percent;
    await jobsRepo.progress(db, job.id, percent);
    await onProgress(percent);
  };
  const filename = `${spec.tag}-${chinaDay()}.xlsx`;

  // one transaction from the first row to the result: the file is stored as it is written, and a
  // duplicate run of the job waits on the lock, then finds it done
  return db.transaction().execute(async (trx) => {
    const now = await jobsRepo.lockForRun(trx, job.id);
    if (now.state === 'completed') return now.result as unknown as ExportResult;
    if (now.state === 'failed') return null;
    const rows = listRows(db, spec, scope, q, actor, report);
    const fileId = await uploadsRepo.store(trx, filename, xlsxChunks({ sheetName: spec.tag, columns: spec.columns, rows }), actor.userId);
    const result: ExportResult = { rows: count, fileId, filename };
    await appendAudit(trx, actor, {
      action: 'export', resource: spec.permission, recordId: job.id, departmentId: actor.departmentId,
      after: { jobId: job.id, filter: q.filter, sort: q.sort, rows: count, filename },
    });
    await jobsRepo.setState(trx, job.id, 'completed', { progress: 100, result, error: null });
    return result;
  });
}
