import type { Queue } from 'bullmq';
import { z } from 'zod';
import { enqueueJob } from './queues.ts';

// The draws queue: the payload points at the job row and the draw; Postgres holds the truth.
export const drawPayload = z.object({
  jobId: z.uuid(),
  drawId: z.number().int().positive(),
});
export type DrawPayload = z.infer<typeof drawPayload>;

/** Retries cover a worker that dies mid-draw: the draw row stays `executing` until one run commits its result. */
export async function enqueueDraw(queue: Queue, payload: DrawPayload): Promise<void> {
  await enqueueJob(queue, 'execute-draw', drawPayload.parse(payload), { type: 'fixed', delay: 500 });
}
