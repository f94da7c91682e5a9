import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareDraw, requestExecution, saveDrawResult, type Db } from '@sxgk/db';
import { loadForExecution, startDraw } from '../src/draws/execute.ts';

// The two halves of a draw, each in its own process as in production (prepare runs in the API,
// execute and persist in the worker), so each reports its own time and peak memory.
export interface StepResult { ms: Record<string, number>; steps: string[]; maxRssMb: number; drawId: number; targets?: number; assignments?: number }
type Meta = Parameters<typeof prepareDraw>[4];

function marker() {
  const steps: string[] = [];
  let last = performance.now();
  return { steps, mark: (step: string) => { const now = performance.now(); steps.push(`${step} ${(now - last).toFixed(0)}`); last = now; } };
}
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function prepareStep(db: Db, walkers: Db, taskId: number, meta: Meta): Promise<StepResult> {
  const { steps, mark } = marker();
  const t0 = performance.now();
  const drawId = await prepareDraw(db, { kind: 'all' }, taskId, '基准测试信标', meta, { walkers, mark });
  return { ms: { prepare: performance.now() - t0 }, steps, maxRssMb: rssMb(), drawId };
}

export async function executeStep(db: Db, drawId: number, meta: Meta): Promise<StepResult> {
  const t0 = performance.now();
  const { jobId } = await requestExecution(db, { kind: 'all' }, drawId, { beacon: '福彩3D 第2026188期 3 1 4', witnesses: ['见证人'] }, meta);
  const snapshot = await loadForExecution(db, drawId);
  if (snapshot === 'done') throw new Error('draw already executed');
  const t1 = performance.now();
  const draw = startDraw(snapshot);
  const t2 = performance.now();
  const { steps, mark } = marker();
  const saved = await saveDrawResult(db, snapshot, draw.outcome, { jobId, actorUserId: meta.actor.userId, mark, advance: draw.advanceTo });
  const t3 = performance.now();
  return {
    ms: { load: t1 - t0, runDraw: t2 - t1, persist: t3 - t2 }, steps, maxRssMb: rssMb(), drawId,
    targets: saved.targets, assignments: saved.assignments,
  };
}

/** Runs this benchmark file again as a child doing one step for one or more draws; answers their results. */
export function inChild(args: string[]): Promise<StepResult[]> {
  const script = fileURLToPath(new URL('./draw.bench.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    // with glibc's huge pages for large buffers, as the Dockerfile and `pnpm start` run the API and worker
    const env = { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' };
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`step ${args.join(' ')} exited ${code}`))));
  });
}
