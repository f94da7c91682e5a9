import type { Worker } from 'bullmq';
import { jobsRepo, type Db } from '@sxgk/db';
import { logger } from './logger.ts';

/**
 * Logs a queue's failed runs; after a job's last attempt nobody retries it, so its job row is failed
 * with `label` (导入, 导出) and the reason, or the console would show it running forever.
 */
export function failRowAfterLastAttempt(worker: Worker, db: Db, label: string): void {
  worker.on('failed', (job, err) => {
    logger.warn({ queue: worker.name, jobId: job?.id, err: err.message }, 'job failed');
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const jobId = (job.data as { jobId?: unknown }).jobId;
    if (typeof jobId !== 'string') return;
    jobsRepo.fail(db, jobId, `${label}失败：${err.message}，请稍后重试或联系管理员`)
      .catch((e: Error) => logger.error({ jobId, err: e.message }, 'could not mark the job row failed'));
  });
}
