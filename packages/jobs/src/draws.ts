import type { Queue } from 'bullmq';
import { z } from 'zod';

// The draws queue: the payload points at the job row and the draw; Postgres holds the truth.
export const drawPayload = z.object({
  jobId: z.uuid(),
  drawId: z.number().int().positive(),
});
export type DrawPayload = z.infer<typeof drawPayload>;

/**
 * BullMQ de-duplicates by jobId, so asking twice queues one job. Retries cover a worker that dies
 * mid-draw: the draw row stays `executing` until one run commits its result.
 */
export async function enqueueDraw(queue: Queue, payload: DrawPayload): Promise<void> {
  await queue.add('execute-draw', drawPayload.parse(payload), {
    jobId: payload.jobId,
    attempts: 3,
    backoff: { type: 'fixed', delay: 500 },
    removeOnComplete: 1000,
    removeOnFail: 1000,
  });
}
