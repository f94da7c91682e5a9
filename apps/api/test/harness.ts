import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { seedDemo, DEMO_PASSWORD } from '@sxgk/db';
import { createTestDatabase } from '@sxgk/db/testing';
import type { Worker } from 'bullmq';
import ExcelJS from 'exceljs';
import { createQueue, obliterateQueues, redisConnection } from '@sxgk/jobs/queues';
import { createApp } from '../src/app.ts';
import { startDrawWorker } from '../../worker/src/draws/worker.ts';
import { startExportWorker } from '../../worker/src/exports/worker.ts';

// A real API over real HTTP, on its own database and Redis prefix, for one test file.
export async function startTestApi(opts: { entities?: number; drawWorkers?: number } = {}) {
  const t = await createTestDatabase();
  await seedDemo(t.db, opts.entities ?? 120);
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const imports = createQueue('imports', redisConnection(), prefix);
  const draws = createQueue('draws', redisConnection(), prefix);
  const exports = createQueue('exports', redisConnection(), prefix);
  const app = createApp({ db: t.db, queues: { imports, draws, exports } });
  // draws workers on this file's queue prefix; tests may start more (e.g. with a crash hook)
  const workers: Worker[] = [];
  const startDrawWorkers = (n = 1, o: Parameters<typeof startDrawWorker>[3] = {}) =>
    Array.from({ length: n }, () => { const w = startDrawWorker(t.db, redisConnection(), prefix, o); workers.push(w); return w; });
  startDrawWorkers(opts.drawWorkers ?? 0);
  workers.push(startExportWorker(t.db, redisConnection(), prefix));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function call(token: string | null, path: string, init: RequestInit & { json?: unknown } = {}) {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const res = await fetch(base + path, { ...init, headers, body });
    const text = await res.text();
    let data: any = text;
    try { data = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, headers: res.headers, data };
  }
  async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const r = await call(null, '/api/auth/login', { method: 'POST', json: { username, password } });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data.token;
  }
  return {
    base, db: t.db, prefix, imports, draws, exports, call, login, startDrawWorkers,
    async close() {
      await new Promise((r) => server.close(r));
      await Promise.all(workers.map((w) => w.close(true)));
      await Promise.all([imports.close(), draws.close(), exports.close()]);
      await obliterateQueues(prefix);
      await t.drop();
    },
  };
}
export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/** Polls a background job until it ends; answers its final state. */
export async function waitJob(api: TestApi, token: string, jobId: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await api.call(token, `/api/jobs/${jobId}`);
    if (r.data.state === 'completed' || r.data.state === 'failed') return r.data as { state: string; error: string | null; result: any; progress: number };
    if (Date.now() > until) throw new Error(`job ${jobId} still ${r.data.state}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Exports a list through the API and the worker; answers the row count and the file's sheet. */
export async function exported(api: TestApi, token: string, list: string, query = '') {
  const started = await api.call(token, `/api/${list}/export${query}`, { method: 'POST' });
  if (started.status !== 202) throw new Error(`export ${list}: ${started.status} ${JSON.stringify(started.data)}`);
  const job = await waitJob(api, token, started.data.jobId);
  if (job.state !== 'completed') throw new Error(`export ${list}: ${job.error}`);
  const res = await fetch(`${api.base}/api/jobs/${started.data.jobId}/file`, { headers: { authorization: `Bearer ${token}` } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = wb.worksheets[0]!;
  const header = sheet.getRow(1).values as unknown[];
  /** a column's values below the header, by its header */
  const column = (name: string) => sheet.getColumn(header.indexOf(name)).values.slice(2);
  return { jobId: started.data.jobId as string, rows: job.result.rows as number, sheet, column };
}
