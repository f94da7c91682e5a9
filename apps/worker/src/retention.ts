import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { jobsRepo, sessionsRepo, type Db } from '@sxgk/db';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { EXPORT_KEEP_DAYS, IMPORT_KEEP_DAYS, keptSince, scheduleRetention } from '@sxgk/jobs/retention';
import { logger } from './logger.ts';

// The retention queue's consumer and its hourly schedule (packages/jobs/src/retention.ts): export
// files and import sources past their keeping time, and expired sessions, are deleted.
export function startRetentionWorker(db: Db, connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX): Worker {
  const worker = new Worker(QUEUE_NAMES.retention, async () => {
    const now = new Date();
    const result = {
      exportFiles: await jobsRepo.expireExportFiles(db, keptSince(EXPORT_KEEP_DAYS, now)),
      importSources: await jobsRepo.expireImportSources(db, keptSince(IMPORT_KEEP_DAYS, now)),
      sessions: await sessionsRepo.deleteExpired(db, now),
    };
    if (Object.values(result).some((n) => n > 0)) logger.info(result, 'retention');
    return result;
  }, { connection, prefix, concurrency: 1 });
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'retention job failed'));
  // the schedule lives in Redis: the queue handle is only needed to set it
  const scheduler = new Queue(QUEUE_NAMES.retention, { connection, prefix });
  scheduleRetention(scheduler)
    .catch((err) => logger.error({ err }, 'could not schedule the retention job'))
    .finally(() => void scheduler.close());
  return worker;
}
