import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitJob, type TestApi } from './harness.ts';

// Shared steps of the draw tests: a task, a prepared draw, an executed draw, the CLI verifier.
export const BEACON = { beacon: '福彩3D 第2026088期 5 8 2', witnesses: ['张三（人大代表）', '李四（企业代表）'] };

export async function publishedItem(api: TestApi, token: string, withoutRequiredField = true): Promise<number> {
  const r = await api.call(token, `/api/items?filter=${encodeURIComponent('{"status":"published"}')}&range=[0,99]`);
  const item = (r.data as { id: number; requiredField: string | null }[]).find((i) => (i.requiredField === null) === withoutRequiredField);
  if (!item) throw new Error('no published item');
  return item.id;
}

export async function createTask(api: TestApi, token: string, body: Record<string, unknown>) {
  const r = await api.call(token, '/api/tasks', { method: 'POST', json: { adHoc: true, startDate: '2026-04-01', ...body } });
  if (r.status !== 201) throw new Error(`task: ${r.status} ${JSON.stringify(r.data)}`);
  return r.data as { id: number; [k: string]: unknown };
}

export async function prepare(api: TestApi, token: string, taskId: number) {
  const r = await api.call(token, `/api/tasks/${taskId}/draws`, { method: 'POST', json: { beaconSource: '福彩3D 第2026088期开奖号码' } });
  if (r.status !== 201) throw new Error(`prepare: ${r.status} ${JSON.stringify(r.data)}`);
  return r.data as { id: number; commitment: string; [k: string]: unknown };
}

export async function execute(api: TestApi, token: string, drawId: number) {
  const r = await api.call(token, `/api/draws/${drawId}/execute`, { method: 'POST', json: BEACON });
  if (r.status !== 202) throw new Error(`execute: ${r.status} ${JSON.stringify(r.data)}`);
  return waitJob(api, token, r.data.jobId);
}

/** prepare + execute, answering the executed draw. */
export async function drawTask(api: TestApi, token: string, taskId: number) {
  const draw = await prepare(api, token, taskId);
  const job = await execute(api, token, draw.id);
  if (job.state !== 'completed') throw new Error(`draw failed: ${job.error}`);
  return (await api.call(token, `/api/draws/${draw.id}`)).data;
}

/** `pnpm verify-draw <url>` as a separate process, the way a citizen would run it. */
export function verifyDrawCli(url: string): Promise<{ code: number | null; stdout: string }> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/core/src/cli/verify-draw.ts', url], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

export const sampleSize = (n: number, bp: number) => Math.min(n, Math.ceil((n * bp) / 10000));
