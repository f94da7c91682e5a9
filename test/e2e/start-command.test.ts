import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { obliterateQueues } from '@sxgk/jobs/queues';

// The README's start command as a newcomer runs it (after the console build turbo has done):
// a fresh database is created, migrated and seeded with the demo city and its year of work, and
// one port serves everything.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `sxgk_start_${randomBytes(4).toString('hex')}`;
let child: ChildProcess;
let base: string;
let output = '';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  // node itself with tsx's loader: one process, so stopping it stops the platform
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), DATABASE_URL: url.toString(), QUEUE_PREFIX: database, LOG_LEVEL: 'warn' },
  });
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${output}`)), 90_000);
    child.stdout!.on('data', () => { if (output.includes('平台已启动')) { clearTimeout(timer); resolve(); } });
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
});
afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await obliterateQueues(database);
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await c.end();
});

describe('pnpm start', () => {
  it('prints the URL and the demo logins', () => {
    expect(output).toContain(base);
    expect(output).toMatch(/scjg-admin/);
    expect(output).toMatch(/Demo@2026/);
  });
  it('serves the API, the console and the public portal on one port', async () => {
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ ok: true, postgres: true, redis: true });
    expect(await (await fetch(`${base}/`)).text()).toMatch(/<div id="root"/);
    for (const page of ['/public', '/public/items', '/public/plans', '/public/tasks']) {
      const res = await fetch(base + page);
      expect(res.status, page).toBe(200);
      expect(await res.text()).toMatch(/双随机/);
    }
  });
  it('has the demo city: logins, departments and about 5 000 entities', async () => {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Demo@2026' }) });
    const { token } = await login.json() as { token: string };
    const entities = await fetch(`${base}/api/entities?range=[0,0]`, { headers: { authorization: `Bearer ${token}` } });
    expect(Number(entities.headers.get('content-range')!.split('/')[1])).toBe(5000);
    const departments = await (await fetch(`${base}/api/departments`, { headers: { authorization: `Bearer ${token}` } })).json() as { code: string }[];
    expect(departments.map((d) => d.code).sort()).toEqual(['fgw', 'scjg', 'zjj', 'zrzy']);
    // the reviewers, opened by the admin during the demo year, have replaced their initial password with the demo one
    const reviewer = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'scjg-review', password: 'Demo@2026' }) });
    expect((await reviewer.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(false);
  });
  it('has the demo year done through the platform: plans, draws, records, publications, follow-ups', async () => {
    expect(output).not.toContain('未能全部生成');
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: 'Demo@2026' }) });
    const { token } = await login.json() as { token: string };
    type Metric = { key: string; bp: number | null; compliance: string };
    type Counts = Record<string, number>;
    const report = await (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })).json() as {
      departments: { departmentName: string; counts: Counts; metrics: Metric[] }[]; total: { counts: Counts };
    };
    expect(report.departments).toHaveLength(4);
    for (const d of report.departments) {
      const m = Object.fromEntries(d.metrics.map((x) => [x.key, x]));
      expect(m.sampling_ratio!.compliance, d.departmentName).toBe('ok'); // at least 10 % of its directory drawn
      expect(d.counts.published, d.departmentName).toBe(10);
      expect([m.publication_rate!.bp, m.timeliness!.bp], d.departmentName).toEqual([10000, 10000]);
    }
    expect(report.total.counts).toMatchObject({ followups: 4, followupsClosed: 2, referrals: 1, referralsClosed: 0 });
    const results = await fetch(`${base}/api/public/results?range=[0,0]`);
    expect(results.headers.get('content-range')).toMatch(/\/40$/);
  });
});
