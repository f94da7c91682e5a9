import type { Transaction } from 'kysely';
import { appendAudit, jobsRepo, type Database } from '@sxgk/db';
import type { ImportContext, ImportOutcome, ImportResult } from './context.ts';

// The one transaction of an import: the data, its rejected rows, the audit entry and the job's
// completion commit together. A run killed half-way leaves nothing; a second run of a job that
// already committed (a retry, a duplicate delivery) waits for the first, then returns its result.
export async function commitImport(
  ctx: ImportContext,
  work: (trx: Transaction<Database>) => Promise<ImportOutcome>,
): Promise<ImportResult | null> {
  return ctx.db.transaction().execute(async (trx) => {
    const job = await jobsRepo.lockForRun(trx, ctx.jobId);
    if (job.state === 'completed') return job.result as unknown as ImportResult;
    if (job.state === 'failed') return null;
    const { result, rejections } = await work(trx);
    await jobsRepo.addRejections(trx, ctx.jobId, rejections);
    await appendAudit(trx, ctx.actor, {
      action: 'import',
      resource: ctx.kind,
      recordId: ctx.jobId,
      departmentId: ctx.departmentId,
      after: { jobId: ctx.jobId, filename: ctx.upload.filename, sha256: ctx.upload.sha256, ...result },
    });
    await jobsRepo.setState(trx, ctx.jobId, 'completed', { progress: 100, result, error: null });
    return result;
  });
}
