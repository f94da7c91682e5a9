import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Db } from '@sxgk/db';
import { QUEUE_NAMES, QUEUE_PREFIX, redisConnection } from '@sxgk/jobs/queues';
import { scheduledJobs, type JobSummary, type PluginJobLog } from '@sxgk/plugin-sdk';
import { discoverPlugins, INSTALLATION_ROOT, type LoadedPlugin } from '@sxgk/plugin-sdk/discover';
import { logger } from './logger.ts';

// Plugins' scheduled jobs. One queue for all of them; each declared job is a BullMQ job scheduler
// keyed `<pluginId>:<name>`, so every worker replica upserting the same schedulers at start is
// harmless, and each tick is one job that exactly one replica runs. The summary a handler returns
// is the job's return value (bull-board shows it).
export const PLUGIN_JOBS_QUEUE = QUEUE_NAMES.pluginJobs;
/** Plugin cron expressions are local (Beijing) time, whatever the server's clock says. */
export const PLUGIN_JOBS_TZ = process.env.SXGK_TIMEZONE ?? 'Asia/Shanghai';

export interface PluginJobData { pluginId: string; job: string }
export type SkippedRun = { skipped: true; reason: string };

/** The installed plugins, discovered as the API does (plugins/* and node_modules of the installation root). */
export async function loadPlugins(rootDir = INSTALLATION_ROOT): Promise<LoadedPlugin[]> {
  const plugins = await discoverPlugins(rootDir);
  logger.info({ plugins: plugins.map((p) => `${p.manifest.id}@${p.manifest.version}`) }, 'plugins loaded');
  return plugins;
}

/** The departments that have the plugin enabled now. */
export function enabledDepartments(db: Db, pluginId: string): Promise<{ id: number; code: string }[]> {
  return db.selectFrom('pluginInstallations as pi').innerJoin('departments as d', 'd.id', 'pi.departmentId')
    .select(['d.id', 'd.code']).where('pi.pluginId', '=', pluginId).where('pi.enabled', '=', true).orderBy('d.id').execute();
}

/** One run of a plugin job; with no department having the plugin enabled, the handler is not called. */
export async function runPluginJob(db: Db, plugins: readonly LoadedPlugin[], data: PluginJobData, now = new Date()): Promise<JobSummary | SkippedRun> {
  const entry = scheduledJobs(plugins).find((j) => j.pluginId === data?.pluginId && j.job.name === data?.job);
  if (!entry) throw new UnrecoverableError(`插件 ${data?.pluginId} 没有定时任务 ${data?.job}（插件未安装或任务已移除）`);
  const departments = await enabledDepartments(db, entry.pluginId);
  if (!departments.length) return { skipped: true, reason: `没有部门启用插件 ${entry.pluginId}` };
  const summary = await entry.job.run({ db, departments, now, log: jobLog(entry.id) });
  // what the queue keeps is JSON: normalise here (dates become strings) so a run by hand returns the same
  return JSON.parse(JSON.stringify(summary ?? {})) as JobSummary;
}

export interface PluginJobs {
  queue: Queue<PluginJobData>;
  worker: Worker<PluginJobData>;
  /** scheduler ids now in place */
  schedulers: string[];
  close(): Promise<void>;
}

export async function startPluginJobs(
  db: Db, plugins: readonly LoadedPlugin[], connection: ConnectionOptions = redisConnection(), prefix = QUEUE_PREFIX,
  opts: { tz?: string } = {},
): Promise<PluginJobs> {
  const queue = new Queue<PluginJobData>(PLUGIN_JOBS_QUEUE, { connection, prefix });
  const jobs = scheduledJobs(plugins);
  for (const j of jobs) {
    await queue.upsertJobScheduler(j.id, { pattern: j.pattern, tz: opts.tz ?? PLUGIN_JOBS_TZ }, {
      name: j.job.name,
      data: { pluginId: j.pluginId, job: j.job.name },
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } },
    });
  }
  // a plugin uninstalled (or a job it no longer declares) leaves its scheduler behind: remove it
  const wanted = new Set(jobs.map((j) => j.id));
  for (const s of await queue.getJobSchedulers(0, -1)) {
    const id = s.id ?? s.key;
    if (!wanted.has(id)) {
      await queue.removeJobScheduler(id);
      logger.info({ scheduler: id }, 'plugin job scheduler removed');
    }
  }
  const worker = new Worker<PluginJobData>(PLUGIN_JOBS_QUEUE, (job) => runPluginJob(db, plugins, job.data, scheduledFor(job)), {
    connection, prefix, concurrency: 1,
  });
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, data: job?.data, err: err.message }, 'plugin job failed'));
  logger.info({ schedulers: [...wanted] }, 'plugin jobs scheduled');
  return {
    queue, worker, schedulers: [...wanted],
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}

/** A scheduler's job carries the tick it was created for; a job added by hand runs "now". */
function scheduledFor(job: Job<PluginJobData>): Date {
  const prev = (job.opts as { prevMillis?: number }).prevMillis;
  return new Date(prev ?? job.timestamp);
}

function jobLog(scheduler: string): PluginJobLog {
  const child = logger.child({ pluginJob: scheduler });
  return {
    info: (message, data) => child.info(data ?? {}, message),
    warn: (message, data) => child.warn(data ?? {}, message),
    error: (message, data) => child.error(data ?? {}, message),
  };
}
