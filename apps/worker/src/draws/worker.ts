import { UnrecoverableError, Worker, type ConnectionOptions, type WorkerOptions } from 'bullmq';
import type { Db } from '@sxgk/db';
import { markDrawFailed } from '@sxgk/db/draws/index';
import { drawPayload } from '@sxgk/jobs/draws';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { logger } from '../logger.ts';
import { DrawRefused, executeDraw, type ExecuteHooks } from './execute.ts';

// The draws queue's consumer. A refusal (too few inspectors, a tampered snapshot) fails the job
// at once; anything else (a lost connection, a killed process) is retried, and the retry saves
// the one result because the draw is still `executing`.
export function startDrawWorker(
  db: Db,
  connection: ConnectionOptions = redisConnection(),
  prefix = QUEUE_PREFIX,
  opts: Partial<WorkerOptions> & { hooks?: ExecuteHooks } = {},
): Worker {
  const { hooks, ...workerOptions } = opts;
  const worker = new Worker(QUEUE_NAMES.draws, async (job) => {
    try {
      return await executeDraw(db, drawPayload.parse(job.data), hooks);
    } catch (e) {
      if (e instanceof DrawRefused) throw new UnrecoverableError(e.message);
      throw e;
    }
  }, { connection, prefix, concurrency: 1, ...workerOptions });

  worker.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, err: err.message }, 'draw job failed');
    const last = job && (err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1));
    if (job && last) {
      const { jobId, drawId } = drawPayload.parse(job.data);
      markDrawFailed(db, drawId, jobId, `抽取执行失败：${err.message}`).catch((e) => logger.error({ err: e }, 'could not record the draw failure'));
    }
  });
  return worker;
}
