import { Worker, type ConnectionOptions } from 'bullmq';
import type { Db } from '@sxgk/db';
import { exportPayload } from '@sxgk/jobs/exports';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { failRowAfterLastAttempt } from '../job-rows.ts';
import { runExport } from './run-export.ts';

// The exports queue's consumer. A lost connection or a killed process is retried from the start
// (nothing of a run commits before its end). Files are deleted after a while (../retention.ts).
export function startExportWorker(db: Db, connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX): Worker {
  const worker = new Worker(QUEUE_NAMES.exports, (job) => runExport(db, exportPayload.parse(job.data), (p) => job.updateProgress(p)), {
    connection, prefix, concurrency: 1,
  });
  failRowAfterLastAttempt(worker, db, '导出');
  return worker;
}
