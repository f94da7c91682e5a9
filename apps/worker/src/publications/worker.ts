import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { runPublicationCycle, type Db } from '@sxgk/db';
import { schedulePublication } from '@sxgk/jobs/publication';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { logger } from '../logger.ts';

// The publication queue's consumer and its schedule: publishes every pending approved result,
// appends the credit records and stores the warnings (packages/db/src/repositories/publications.ts).
export function startPublicationWorker(
  db: Db,
  connection: ConnectionOptions = redisConnection(),
  prefix = QUEUE_PREFIX,
  opts: { every?: number; schedule?: boolean } = {},
): { worker: Worker; queue: Queue; close(): Promise<void> } {
  const queue = new Queue(QUEUE_NAMES.publication, { connection, prefix });
  const worker = new Worker(QUEUE_NAMES.publication, async () => {
    const result = await runPublicationCycle(db);
    if (result.published || result.warnings.red || result.warnings.yellow) logger.info(result, 'publication cycle');
    return result;
  }, { connection, prefix, concurrency: 1 });
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'publication job failed'));
  if (opts.schedule !== false) {
    schedulePublication(queue, opts.every).catch((err) => logger.error({ err }, 'could not schedule the publication job'));
  }
  return { worker, queue, async close() { await worker.close(); await queue.close(); } };
}
