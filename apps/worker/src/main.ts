import { fileURLToPath } from 'node:url';
import { Worker, type ConnectionOptions } from 'bullmq';
import { createDb, jobsRepo, migrate, type Db } from '@sxgk/db';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection, importPayload } from '@sxgk/jobs/queues';
import { runImport } from './imports/run-import.ts';
import { startDrawWorker } from './draws/worker.ts';
import { startPublicationWorker } from './publications/worker.ts';
import { loadPlugins, startPluginJobs } from './plugin-jobs.ts';
import { logger } from './logger.ts';

// The worker process: holds no state of its own; every result is committed in Postgres.
export function startWorkers(db: Db, connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX): Worker[] {
  const imports = new Worker(QUEUE_NAMES.imports, (job) => runImport(db, importPayload.parse(job.data), (p) => job.updateProgress(p)), {
    connection, prefix, concurrency: 2,
  });
  imports.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, err: err.message }, 'import job failed');
    // After the last attempt nobody retries: fail the job row, or the console shows it running forever.
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      const parsed = importPayload.safeParse(job.data);
      if (!parsed.success) return;
      jobsRepo.fail(db, parsed.data.jobId, `导入失败：${err.message}，请稍后重试或联系管理员`)
        .catch((e: Error) => logger.error({ jobId: job.id, err: e.message }, 'could not mark import job failed'));
    }
  });
  return [imports, startDrawWorker(db, connection, prefix), startPublicationWorker(db, connection, prefix).worker];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { db } = createDb();
  await migrate(db);
  const workers = startWorkers(db);
  const pluginJobs = await startPluginJobs(db, await loadPlugins());
  logger.info('worker started');
  const stop = async () => {
    await Promise.all([...workers.map((w) => w.close()), pluginJobs.close()]);
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
