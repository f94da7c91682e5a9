import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueEvents } from 'bullmq';
import { jobsRepo, sessionsRepo, uploadsRepo, DEMO_PASSWORD } from '@sxgk/db';
import { enqueueExport } from '@sxgk/jobs/exports';
import { createQueue, redisConnection } from '@sxgk/jobs/queues';
import { EXPORT_KEEP_DAYS, IMPORT_KEEP_DAYS, keptSince, RETENTION_JOB } from '@sxgk/jobs/retention';
import { entityCsv } from '../bench/entity-csv.ts';
import { startHarness, type Harness } from './helpers.ts';

// What is kept only for a while: export files, import sources, expired sessions; the hourly job
// deletes them and leaves the trace (job counts, the file's name and SHA-256).
let h: Harness;
let exports: ReturnType<typeof createQueue>;
let retention: ReturnType<typeof createQueue>;
beforeAll(async () => {
  h = await startHarness();
  exports = createQueue('exports', redisConnection(), h.prefix);
  retention = createQueue('retention', redisConnection(), h.prefix);
});
afterAll(async () => {
  await Promise.all([exports.close(), retention.close()]);
  await h.close();
});

const age = (jobId: string, before: Date) =>
  h.db.updateTable('jobs').set({ finishedAt: new Date(before.getTime() - 60_000) }).where('id', '=', jobId).execute();
const chunksOf = async (uploadId: string) => (await h.db.selectFrom('uploadChunks').select('seq').where('uploadId', '=', uploadId).execute()).length;

describe('retention', () => {
  it('is scheduled hourly', async () => {
    await expect.poll(async () => (await retention.getJobSchedulers()).map((j) => ({ key: j.key, every: Number(j.every) })))
      .toContainEqual({ key: 'retention-hourly', every: 3_600_000 });
    // the tests below run each step by hand: no scheduled run may come in between
    await retention.removeJobScheduler('retention-hourly');
  });

  it('deletes an export’s file after EXPORT_KEEP_DAYS; the job keeps its counts', async () => {
    const createdBy = await h.idOf('users', 'scjg-admin');
    const row = await jobsRepo.create(h.db, { kind: 'export:inspectors', departmentId: null, createdBy, params: { resource: 'inspectors' } });
    await enqueueExport(exports, { jobId: row.id });
    const job = await h.waitForJob(row.id, 30_000);
    const { fileId } = job.result as { fileId: string };
    const cutoff = keptSince(EXPORT_KEEP_DAYS);
    expect(await jobsRepo.expireExportFiles(h.db, cutoff)).toBe(0);
    await age(job.id, cutoff);
    expect(await jobsRepo.expireExportFiles(h.db, cutoff)).toBe(1);
    expect(await uploadsRepo.meta(h.db, fileId)).toBeUndefined();
    expect(await chunksOf(fileId)).toBe(0);
    expect((await jobsRepo.find(h.db, job.id))!.result).toMatchObject({ rows: job.result!.rows, expired: true });
    expect(await jobsRepo.expireExportFiles(h.db, cutoff)).toBe(0);
  });

  it('deletes an import’s source file after IMPORT_KEEP_DAYS; its name, size and SHA-256 and the job’s counts stay', async () => {
    const job = await h.importFile('entities', '检查对象.csv', entityCsv(30, { seed: 7 }));
    expect(job).toMatchObject({ state: 'completed', result: { inserted: 30 } });
    const uploadId = job.params.uploadId as string;
    const before = await uploadsRepo.meta(h.db, uploadId);
    expect(await chunksOf(uploadId)).toBeGreaterThan(0);
    const cutoff = keptSince(IMPORT_KEEP_DAYS);
    expect(await jobsRepo.expireImportSources(h.db, cutoff)).toBe(0);
    await age(job.id, cutoff);
    expect(await jobsRepo.expireImportSources(h.db, cutoff)).toBe(1);
    expect(await chunksOf(uploadId)).toBe(0);
    expect(await uploadsRepo.meta(h.db, uploadId)).toEqual(before);
    expect(before!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await jobsRepo.find(h.db, job.id))!.result).toEqual(job.result);
    expect(await jobsRepo.expireImportSources(h.db, cutoff)).toBe(0);
  });

  it('deletes expired sessions and keeps live ones', async () => {
    const live = await sessionsRepo.login(h.db, 'zjj-admin', DEMO_PASSWORD, null);
    const userId = live.actor.userId;
    await h.db.insertInto('sessions').values({ tokenHash: 'f'.repeat(64), userId, expiresAt: new Date(Date.now() - 1000) }).execute();
    expect(await sessionsRepo.deleteExpired(h.db)).toBe(1);
    expect(await sessionsRepo.resolve(h.db, live.token)).toMatchObject({ actor: { username: 'zjj-admin' } });
    expect(await sessionsRepo.deleteExpired(h.db)).toBe(0);
  });

  it('runs as a job on the retention queue', async () => {
    const events = new QueueEvents('retention', { connection: redisConnection(), prefix: h.prefix });
    await events.waitUntilReady();
    const job = await retention.add(RETENTION_JOB, {});
    const result = await job.waitUntilFinished(events, 30_000);
    await events.close();
    expect(result).toEqual({ exportFiles: 0, importSources: 0, sessions: 0 });
  });
});
