import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { jobsRepo } from '@sxgk/db';
import { enqueueImport } from '@sxgk/jobs/queues';
import { entityCsv, entityRow } from '../bench/entity-csv.ts';
import { runImport } from '../src/imports/run-import.ts';
import { sleep, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const tables = ['entities', 'entityHistory', 'directoryEntries', 'auditLog'] as const;
const counts = () => Promise.all(tables.map((t) => h.count(t)));
// imported entities get no creation history row (entities.created_by_job records it)
const plus = (base: number[], entities: number) => [base[0]! + entities, base[1]!, base[2]! + entities, base[3]! + 1];
const file = (from: number, rows: number) => entityCsv(rows, { row: (n) => entityRow(from + n) });

describe('a job runs once', () => {
  it('enqueued twice, then run again directly: one result, data written once', async () => {
    const before = await counts();
    const payload = await h.prepare('entities', 'twice.csv', file(100_000, 500));
    await enqueueImport(h.queue, payload);
    await enqueueImport(h.queue, payload);
    const job = await h.waitForJob(payload.jobId);
    expect(job.result).toEqual({ total: 500, inserted: 500, updated: 0, unchanged: 0, rejected: 0 });
    expect(await runImport(h.db, payload)).toEqual(job.result);
    await sleep(300); // a second delivery, had there been one, would have run by now
    expect(await counts()).toEqual(plus(before, 500));
  });

  it('two concurrent runs of one job: the second waits and returns the first one’s result', async () => {
    const before = await counts();
    const payload = await h.prepare('entities', 'concurrent.csv', file(110_000, 2000));
    const [a, b] = await Promise.all([runImport(h.db, payload), runImport(h.db, payload)]);
    expect(a).toEqual({ total: 2000, inserted: 2000, updated: 0, unchanged: 0, rejected: 0 });
    expect(b).toEqual(a);
    expect(await counts()).toEqual(plus(before, 2000));
  });
});

describe('a run killed half-way leaves nothing, and the retry counts as a clean run', () => {
  const ROWS = 200_000;
  const clean = { total: ROWS, inserted: ROWS, updated: 0, unchanged: 0, rejected: 0 };

  it('crash inside the worker process (onProgress throws once), then run again', async () => {
    const before = await counts();
    const payload = await h.prepare('entities', 'big.csv', file(200_000, ROWS));
    const crash = runImport(h.db, payload, (p) => {
      if (p >= 30) throw new Error('simulated crash');
    });
    await expect(crash).rejects.toThrow('simulated crash');
    expect(await counts()).toEqual(before);
    expect((await jobsRepo.find(h.db, payload.jobId))!.state).toBe('active');

    expect(await runImport(h.db, payload)).toEqual(clean);
    expect(await counts()).toEqual(plus(before, ROWS));
    const job = (await jobsRepo.find(h.db, payload.jobId))!;
    expect(job).toMatchObject({ state: 'completed', progress: 100, result: clean });
  });

  // Cancelling the import's statement rolls its transaction back, as a killed worker's closed
  // connection does. (Terminating the connection itself would also work, but pg then emits an
  // 'error' on the checked-out client, which has no listener: see the report on client.ts.)
  it('the import’s transaction dies mid-way on the database side: BullMQ retries', async () => {
    const before = await counts();
    const rows = 3 * ROWS; // big enough to be caught while it runs
    const payload = await h.prepare('entities', 'big2.csv', file(500_000, rows));
    await enqueueImport(h.queue, payload);
    for (;;) {
      const job = (await jobsRepo.find(h.db, payload.jobId))!;
      expect(job.state).not.toBe('completed'); // too late to interrupt: make the file bigger
      if (job.progress >= 20) break;
      await sleep(50);
    }
    // Keep cancelling the import's statements until BullMQ has seen the attempt fail: a single
    // cancel can land between two statements and do nothing.
    const failures = async () => (await h.queue.getJob(payload.jobId))?.stacktrace?.length ?? 0;
    while ((await failures()) === 0) {
      expect((await jobsRepo.find(h.db, payload.jobId))!.state).not.toBe('completed');
      await sql`SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
          AND query ~* 'COPY (entities|directory_entries|import_entities)'`.execute(h.db);
      await sleep(20);
    }

    const job = await h.waitForJob(payload.jobId);
    expect(job).toMatchObject({ state: 'completed', result: { ...clean, total: rows, inserted: rows } });
    expect(await failures()).toBe(1);
    expect((await h.queue.getJob(payload.jobId))?.failedReason).toMatch(/canceling statement/);
    expect(await counts()).toEqual(plus(before, rows));
  });
});
