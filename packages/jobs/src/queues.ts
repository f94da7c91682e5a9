import { Queue, type BackoffOptions, type ConnectionOptions } from 'bullmq';
import { z } from 'zod';

// Queue names and payloads shared by the API (which enqueues) and the worker (which processes).
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Tests give every file its own prefix so queues never cross. */
export const QUEUE_PREFIX = process.env.QUEUE_PREFIX ?? 'sxgk';

export const QUEUE_NAMES = { imports: 'imports', draws: 'draws', exports: 'exports', pluginJobs: 'plugin-jobs', publication: 'publication', retention: 'retention' } as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const IMPORT_KINDS = ['items', 'entities', 'inspectors'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The queue payload is only a pointer: the job row in Postgres holds the truth. */
export const importPayload = z.object({
  jobId: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  uploadId: z.uuid(),
  departmentId: z.number().int(),
  actorUserId: z.number().int(),
});
export type ImportPayload = z.infer<typeof importPayload>;

export function redisConnection(url = REDIS_URL): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    password: u.password || undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}

export function createQueue(name: QueueName, connection = redisConnection(), prefix = QUEUE_PREFIX): Queue {
  return new Queue(name, { connection, prefix });
}

/**
 * Queues the job of a job row: BullMQ de-duplicates by jobId, so asking twice runs it once. Three
 * attempts, for a worker that dies or loses a connection; after the last one the worker fails the row.
 */
export async function enqueueJob(queue: Queue, name: string, payload: { jobId: string }, backoff: BackoffOptions): Promise<void> {
  await queue.add(name, payload, { jobId: payload.jobId, attempts: 3, backoff, removeOnComplete: 1000, removeOnFail: 1000 });
}

export async function enqueueImport(queue: Queue, payload: ImportPayload): Promise<void> {
  await enqueueJob(queue, `import-${payload.kind}`, importPayload.parse(payload), { type: 'exponential', delay: 1000 });
}

/** Removes every queue under a prefix with its jobs and schedulers: how a test cleans up after itself. */
export async function obliterateQueues(prefix: string, connection = redisConnection()): Promise<void> {
  for (const name of Object.values(QUEUE_NAMES)) {
    const q = createQueue(name, connection, prefix);
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
  }
}
