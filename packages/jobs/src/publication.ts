import type { Queue } from 'bullmq';

// The publication queue: one repeatable job (every 10 minutes by default) publishes every pending
// approved result and refreshes the yellow/red warnings. The run is idempotent, so a missed or
// doubled tick changes nothing; Postgres holds the truth.
export const PUBLICATION_SCHEDULER_ID = 'publication-cycle';
export const PUBLICATION_EVERY_MS = Number(process.env.PUBLICATION_EVERY_MINUTES ?? 10) * 60_000;

export async function schedulePublication(queue: Queue, every = PUBLICATION_EVERY_MS): Promise<void> {
  await queue.upsertJobScheduler(PUBLICATION_SCHEDULER_ID, { every }, {
    name: 'publish-due',
    data: {},
    opts: { removeOnComplete: 100, removeOnFail: 100 },
  });
}
