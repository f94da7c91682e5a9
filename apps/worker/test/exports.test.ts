import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsRepo, uploadsRepo } from '@sxgk/db';
import { enqueueExport } from '@sxgk/jobs/exports';
import { createQueue, redisConnection } from '@sxgk/jobs/queues';
import { openTable } from '@sxgk/sheets/read';
import { runExport } from '../src/exports/run-export.ts';
import { startHarness, type Harness } from './helpers.ts';

// Exports through the real queue: the file and the job's result commit together, a second run of a
// finished job writes nothing, and a job that keeps failing ends as a failed row with the reason.
let h: Harness;
let queue: ReturnType<typeof createQueue>;
beforeAll(async () => {
  h = await startHarness();
  queue = createQueue('exports', redisConnection(), h.prefix);
});
afterAll(async () => {
  await queue.close();
  await h.close();
});

async function exportJob(params: Record<string, unknown>, username = 'scjg-admin') {
  const createdBy = await h.idOf('users', username);
  const job = await jobsRepo.create(h.db, { kind: `export:${String(params.resource)}`, departmentId: null, createdBy, params });
  await enqueueExport(queue, { jobId: job.id });
  return h.waitForJob(job.id, 30_000);
}

async function fileRows(fileId: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of (await openTable(uploadsRepo.read(h.db, fileId))).rows) rows.push(row);
  return rows;
}

describe('export jobs', () => {
  it('write the exporter’s own directory, sorted as asked, once', async () => {
    const scjg = await h.idOf('departments', 'scjg');
    const codes = (await h.db.selectFrom('entities').innerJoin('directoryEntries as d', 'd.entityId', 'entities.id')
      .select('uscc').where('d.departmentId', '=', scjg).orderBy('uscc', 'desc').execute()).map((r) => r.uscc);
    const job = await exportJob({ resource: 'entities', sort: '["uscc","DESC"]' });
    expect(job).toMatchObject({ state: 'completed', progress: 100, result: { rows: codes.length } });
    const { fileId } = job.result as { fileId: string };
    const rows = await fileRows(fileId);
    expect(rows[0]![0]).toBe('统一社会信用代码');
    expect(rows.slice(1).map((r) => r[0])).toEqual(codes);

    const files = await h.db.selectFrom('uploads').select('id').execute();
    expect(await runExport(h.db, { jobId: job.id })).toEqual(job.result);
    expect(await h.db.selectFrom('uploads').select('id').execute()).toEqual(files);
  });

  it('fail their row with the reason once the last attempt has failed', async () => {
    const job = await exportJob({ resource: 'no-such-list' });
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/^导出失败：.*no-such-list.*请稍后重试或联系管理员$/);
  });
});
