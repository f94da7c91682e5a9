import type { Queue } from 'bullmq';
import { z } from 'zod';
import { enqueueJob } from './queues.ts';

// The exports queue: a list written to an Excel file in the background. The payload points at the
// job row, whose params say which list, sorted and filtered how; Postgres holds the truth.
export const exportPayload = z.object({ jobId: z.uuid() });
export type ExportPayload = z.infer<typeof exportPayload>;

/** An export job's params, as the API stores them: which list, and its sort and filter as the list's query has them. */
export const exportParams = z.object({ resource: z.string(), sort: z.string().optional(), filter: z.string().optional() });
export type ExportParams = z.infer<typeof exportParams>;

/** A worker that dies mid-export leaves nothing, and the retry starts over. */
export async function enqueueExport(queue: Queue, payload: ExportPayload): Promise<void> {
  await enqueueJob(queue, 'export-list', exportPayload.parse(payload), { type: 'exponential', delay: 1000 });
}
