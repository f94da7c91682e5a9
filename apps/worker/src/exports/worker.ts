import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { jobsRepo, type Db } from '@sxgk/db';
import { EXPIRE_EXPORTS_JOB, EXPORT_KEEP_DAYS, exportPayload, scheduleExportExpiry } from '@sxgk/jobs/exports';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { failRowAfterLastAttempt } from '../job-rows.ts';
import { logger } from '../logger.ts';
import { runExport } from './run-export.ts';

// The exports queue's consumer. A lost connection or a killed process is retried from the start
// (nothing of a run commits before its end). Hourly, files older than EXPORT_KEEP_DAYS are deleted.
export function startExportWorker(db: Db, connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX): Worker {
  const worker = new Worker(QUEUE_NAMES.exports, async (job) => {
    if (job.name === EXPIRE_EXPORTS_JOB) return jobsRepo.expireExportFiles(db, new Date(Date.now() - EXPORT_KEEP_DAYS * 86_400_000));
    return runExport(db, exportPayload.parse(job.data), (p) => job.updateProgress(p));
  }, { connection, prefix, concurrency: 1 });
  failRowAfterLastAttempt(worker, db, '导出');
  // the schedule lives in Redis: the queue handle is only needed to set it
  const scheduler = new Queue(QUEUE_NAMES.exports, { connection, prefix });
  scheduleExportExpiry(scheduler)
    .catch((err) => logger.error({ err }, 'could not schedule the export file expiry'))
    .finally(() => void scheduler.close());
  return worker;
}
