import type { Queue } from 'bullmq';

// What the platform keeps only for a while, and the hourly job that lets it go. Exported lists and
// uploaded source files carry personal data (legal representatives, phone numbers): the platform
// keeps them only while someone may still need them. What happened stays: the job row with its
// counts, the file's name, size and SHA-256, the audit entries and the registry's history.

/** How long an export's file can be downloaded (EXPORT_KEEP_DAYS, default 7). */
export const EXPORT_KEEP_DAYS = Number(process.env.EXPORT_KEEP_DAYS ?? 7);
/** How long an import's source file is kept after the import ended (IMPORT_KEEP_DAYS, default 7). */
export const IMPORT_KEEP_DAYS = Number(process.env.IMPORT_KEEP_DAYS ?? 7);

export const RETENTION_JOB = 'retention';
const RETENTION_SCHEDULER_ID = 'retention-hourly';

export async function scheduleRetention(queue: Queue, every = 3_600_000): Promise<void> {
  await queue.upsertJobScheduler(RETENTION_SCHEDULER_ID, { every }, {
    name: RETENTION_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 },
  });
}

/** The moment before which something kept for `days` may go. */
export const keptSince = (days: number, now = new Date()) => new Date(now.getTime() - days * 86_400_000);
