import { randomBytes } from 'node:crypto';
import { jobsRepo, seedDemo, uploadsRepo, type Db, type Job } from '@sxgk/db';
import { createTestDatabase } from '@sxgk/db/testing';
import { createQueue, enqueueImport, obliterateQueues, redisConnection, type ImportKind, type ImportPayload } from '@sxgk/jobs/queues';
import { startWorkers } from '../src/main.ts';

// One test file's world: its own database (seeded demo city, 50 entities), its own queue
// prefix in the shared Redis, and a running worker.
export async function startHarness() {
  const t = await createTestDatabase();
  await seedDemo(t.db, 50);
  const prefix = `wtest-${randomBytes(4).toString('hex')}`;
  const queue = createQueue('imports', redisConnection(), prefix);
  let workers = startWorkers(t.db, redisConnection(), prefix);

  const idOf = async (table: 'departments' | 'users', key: string) =>
    table === 'departments'
      ? (await t.db.selectFrom('departments').select('id').where('code', '=', key).executeTakeFirstOrThrow()).id
      : (await t.db.selectFrom('users').select('id').where('username', '=', key).executeTakeFirstOrThrow()).id;

  /** Stores the file and creates the job row as the API does; returns the queue payload. */
  async function prepare(kind: ImportKind, filename: string, bytes: Uint8Array, dept = 'scjg', username = `${dept}-admin`): Promise<ImportPayload> {
    const departmentId = await idOf('departments', dept);
    const actorUserId = await idOf('users', username);
    const uploadId = await uploadsRepo.save(t.db, filename, bytes, actorUserId);
    const job = await jobsRepo.create(t.db, { kind: `import:${kind}`, departmentId, createdBy: actorUserId, params: { uploadId, filename } });
    return { jobId: job.id, kind, uploadId, departmentId, actorUserId };
  }

  async function waitForJob(jobId: string, timeoutMs = 150_000): Promise<Job> {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100)) {
      const job = await jobsRepo.find(t.db, jobId);
      if (job && (job.state === 'completed' || job.state === 'failed')) return job;
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  /** Through the queue, like the API: prepare, enqueue, wait for the job row to finish. */
  async function importFile(kind: ImportKind, filename: string, bytes: Uint8Array, dept?: string, username?: string): Promise<Job> {
    const payload = await prepare(kind, filename, bytes, dept, username);
    await enqueueImport(queue, payload);
    return waitForJob(payload.jobId);
  }

  return {
    db: t.db as Db, url: t.url, queue, prefix, idOf, prepare, waitForJob, importFile,
    get workers() {
      return workers;
    },
    restartWorkers() {
      workers = startWorkers(t.db, redisConnection(), prefix);
    },
    count: async (table: 'entities' | 'entityHistory' | 'auditLog' | 'directoryEntries' | 'items' | 'inspectors' | 'jobRejections') =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queue.close();
      await obliterateQueues(prefix);
      await t.drop();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function csv(rows: string[][]): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

// GBK bytes for a text, as Excel on Chinese Windows saves CSV; built from the platform's GBK
// decoder, since Node can decode GBK but not encode it.
let gbkTable: Map<string, number[]> | undefined;
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(gbkTable.get(ch) ?? (() => { throw new Error(`no GBK code for ${ch}`); })()));
  }
  return Buffer.from(bytes);
}
