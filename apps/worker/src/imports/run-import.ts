import { jobsRepo, type Db } from '@sxgk/db';
import type { ImportKind, ImportPayload } from '@sxgk/jobs/queues';
import { TableError } from '@sxgk/sheets/read';
import { ImportRefused, loadContext, type ImportContext, type ImportResult } from './context.ts';
import { importEntities } from './entities.ts';
import { importInspectors } from './inspectors.ts';
import { importItems } from './items.ts';

export type { ImportResult } from './context.ts';

const IMPORTERS: Record<ImportKind, (ctx: ImportContext) => Promise<ImportResult | null>> = {
  entities: importEntities,
  inspectors: importInspectors,
  items: importItems,
};

/**
 * Runs one import job to its end state. A finished job returns its stored result (a retried or
 * duplicated delivery never writes twice). A file that cannot be imported — not a table, no
 * usable header — fails the job with a message for the clerk and returns null, so the queue does
 * not retry it; any other error is thrown, and the queue retries on a clean slate because nothing
 * was committed.
 */
export async function runImport(
  db: Db,
  payload: ImportPayload,
  onProgress: (percent: number) => unknown = () => undefined,
): Promise<ImportResult | null> {
  const job = await jobsRepo.find(db, payload.jobId);
  if (!job) throw new Error(`import job ${payload.jobId} not found`);
  if (job.state === 'completed') return job.result as unknown as ImportResult;
  if (job.state === 'failed') return null;
  if (!(await jobsRepo.start(db, job.id))) return runImport(db, payload, onProgress); // finished meanwhile

  try {
    const ctx = await loadContext(db, payload, job, onProgress);
    return await IMPORTERS[payload.kind](ctx);
  } catch (e) {
    if (!(e instanceof TableError || e instanceof ImportRefused)) throw e;
    await jobsRepo.setState(db, job.id, 'failed', { error: e.message });
    return null;
  }
}
