import { fileURLToPath } from 'node:url';
import { Worker, type ConnectionOptions } from 'bullmq';
import { createDb, migrate, type Db } from '@sxgk/db';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection, importPayload } from '@sxgk/jobs/queues';
import { runImport } from './imports/run-import.ts';
import { startDrawWorker } from './draws/worker.ts';
import { startExportWorker } from './exports/worker.ts';
import { startPublicationWorker } from './publications/worker.ts';
import { startRetentionWorker } from './retention.ts';
import { loadPlugins, startPluginJobs } from './plugin-jobs.ts';
import { failRowAfterLastAttempt } from './job-rows.ts';
import { logger } from './logger.ts';

// The worker process: holds no state of its own; every result is committed in Postgres.
export function startWorkers(db: Db, connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX): Worker[] {
  const imports = new Worker(QUEUE_NAMES.imports, (job) => runImport(db, importPayload.parse(job.data), (p) => job.updateProgress(p)), {
    connection, prefix, concurrency: 2,
  });
  failRowAfterLastAttempt(imports, db, '导入');
  return [imports, startDrawWorker(db, connection, prefix), startExportWorker(db, connection, prefix), startPublicationWorker(db, connection, prefix).worker, startRetentionWorker(db, connection, prefix)];
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
