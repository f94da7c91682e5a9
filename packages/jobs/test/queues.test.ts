import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createQueue, enqueueImport, importPayload, redisConnection } from '../src/queues.ts';

const queue = createQueue('imports', redisConnection(), `test-${randomBytes(4).toString('hex')}`);
afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

describe('import queue', () => {
  const payload = { jobId: randomUUID(), kind: 'entities' as const, uploadId: randomUUID(), departmentId: 1, actorUserId: 1 };

  it('enqueues a job once per job id, however often it is sent', async () => {
    await enqueueImport(queue, payload);
    await enqueueImport(queue, payload);
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
    expect((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0)).toBe(1);
    const job = await queue.getJob(payload.jobId);
    expect(job?.data).toEqual(payload);
    expect(job?.opts.attempts).toBe(3);
  });

  it('refuses a malformed payload before it reaches Redis', async () => {
    await expect(enqueueImport(queue, { ...payload, kind: 'nope' as never })).rejects.toThrow();
    expect(importPayload.safeParse({ ...payload, jobId: 'x' }).success).toBe(false);
  });
});
