import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { pluginsRepo, seedDemo, type Db } from '@sxgk/db';
import { createTestDatabase, type TestDatabase } from '@sxgk/db/testing';
import { redisConnection } from '@sxgk/jobs/queues';
import { diffPlugin, enablePlan, type HeldItem } from '@sxgk/plugin-sdk';
import type { LoadedPlugin } from '@sxgk/plugin-sdk/discover';
import { scaffoldPlugin } from '../../../scripts/create-plugin.ts';
import { loadPlugins, PLUGIN_JOBS_QUEUE, PLUGIN_JOBS_TZ, runPluginJob, startPluginJobs, type PluginJobData, type PluginJobs } from '../src/plugin-jobs.ts';
import { sleep } from './helpers.ts';

// Plugins' scheduled jobs against the real platform: Postgres (seeded demo city) and Redis (own prefix).
let t: TestDatabase;
let db: Db;
let plugins: LoadedPlugin[];
let running: PluginJobs[] = [];
const prefix = `ptest-${randomBytes(4).toString('hex')}`;
const connection = redisConnection();

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedDemo(db, 50);
  plugins = await loadPlugins();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  const q = new Queue(PLUGIN_JOBS_QUEUE, { connection, prefix });
  await q.obliterate({ force: true }).catch(() => undefined);
  await q.close();
  await t.drop();
});

const plugin = (id: string) => plugins.find((p) => p.manifest.id === id)!;
const deptId = async (code: string) => (await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

/** Enables a plugin for a department exactly as the API's enable route does. */
async function enable(pluginId: string, code: string) {
  const admin = await db.selectFrom('users').select(['id', 'username']).where('username', '=', 'admin').executeTakeFirstOrThrow();
  const p = plugin(pluginId);
  const departmentId = await deptId(code);
  await pluginsRepo.enable(db, { kind: 'all' }, { departmentId, pluginId, version: p.manifest.version },
    (s) => enablePlan(p.server, diffPlugin(p.server, s.items as HeldItem[], s.forms)),
    { actor: { userId: admin.id, username: admin.username, role: 'platform_admin', departmentId: null, inspectorId: null } });
  return departmentId;
}

async function start() {
  const r = await startPluginJobs(db, plugins, connection, prefix);
  running.push(r);
  return r;
}

async function finished(queue: Queue<PluginJobData>, id: string) {
  for (const end = Date.now() + 30_000; Date.now() < end; await sleep(100)) {
    const job = await queue.getJob(id);
    const state = await job?.getState();
    if (state === 'completed') return job!.returnvalue;
    if (state === 'failed') throw new Error(job!.failedReason);
  }
  throw new Error(`plugin job ${id} did not finish`);
}

describe('plugin jobs', () => {
  it('schedules every declared job by id and cron, removes schedulers of plugins no longer installed, and is idempotent', async () => {
    const stale = new Queue(PLUGIN_JOBS_QUEUE, { connection, prefix });
    await stale.upsertJobScheduler('gone:old-job', { pattern: '0 3 * * *' }, { name: 'old-job', data: { pluginId: 'gone', job: 'old-job' } });
    await stale.close();

    const r = await start();
    await start(); // a second worker replica starting at the same time
    const schedulers = await r.queue.getJobSchedulers(0, -1);
    const byId = Object.fromEntries(schedulers.map((s) => [s.id ?? s.key, s]));
    expect(Object.keys(byId).sort()).toEqual(['fgw:online-platform-reconcile', 'scjg:annual-report-reminder', 'zrzy:mining-disclosure-reminder']);
    expect(byId['scjg:annual-report-reminder']).toMatchObject({ pattern: '0 9 1 1-6 *', tz: PLUGIN_JOBS_TZ, template: { data: { pluginId: 'scjg', job: 'annual-report-reminder' } } });
    expect(byId['zrzy:mining-disclosure-reminder']).toMatchObject({ pattern: '0 9 1 6 *' });
    expect(byId['fgw:online-platform-reconcile']).toMatchObject({ pattern: '0 2 1 1,4,7,10 *' });
    // one pending run per scheduler, however many replicas upserted it
    expect(await r.queue.getDelayedCount()).toBe(3);
  });

  it('runs a job for the departments that enabled the plugin; the summary is the job’s return value', async () => {
    const r = running[0]!;
    // not enabled anywhere yet: the handler is not called
    expect(await runPluginJob(db, plugins, { pluginId: 'scjg', job: 'annual-report-reminder' })).toEqual({ skipped: true, reason: '没有部门启用插件 scjg' });

    const scjg = await enable('scjg', 'scjg');
    const job = await r.queue.add('annual-report-reminder', { pluginId: 'scjg', job: 'annual-report-reminder' });
    const summary = await finished(r.queue, job.id!);

    const active = await db.selectFrom('directoryEntries as d').innerJoin('entities as e', 'e.id', 'd.entityId').select('e.uscc')
      .where('d.departmentId', '=', scjg).where('e.kind', '=', 'enterprise').where('e.status', '=', 'active').orderBy('e.uscc').execute();
    expect(active.length).toBeGreaterThan(0);
    expect(summary).toEqual({
      reportYear: expect.any(Number), total: active.length,
      departments: [{ departmentId: scjg, code: 'scjg', count: active.length, sample: active.slice(0, 20).map((a) => a.uscc) }],
    });
    // an enterprise that stops trading leaves the reminder list
    await db.updateTable('entities').set({ status: 'deregistered' }).where('uscc', '=', active[0]!.uscc).execute();
    expect(await runPluginJob(db, plugins, { pluginId: 'scjg', job: 'annual-report-reminder' })).toMatchObject({ total: active.length - 1 });
  });

  it('zrzy lists the active mining entities of the enabled department’s directory', async () => {
    const zrzy = await enable('zrzy', 'zrzy');
    const mining = () => db.selectFrom('directoryEntries as d').innerJoin('entities as e', 'e.id', 'd.entityId').select(['e.uscc', 'e.name'])
      .where('d.departmentId', '=', zrzy).where('e.status', '=', 'active').where((eb) => eb(eb.val('采矿业'), '=', eb.fn.any('e.industryTags'))).orderBy('e.uscc').execute();
    if (!(await mining()).length) {
      // the 50-entity demo city may hold no mine: make one of the department's entities a miner
      const one = await db.selectFrom('directoryEntries').select('entityId').where('departmentId', '=', zrzy).limit(1).executeTakeFirstOrThrow();
      await db.updateTable('entities').set({ industryTags: ['采矿业'], status: 'active' }).where('id', '=', one.entityId).execute();
    }
    const expected = await mining();
    const summary = await runPluginJob(db, plugins, { pluginId: 'zrzy', job: 'mining-disclosure-reminder' });
    expect(summary).toMatchObject({ total: expected.length, departments: [{ code: 'zrzy', count: expected.length, sample: expected.slice(0, 20) }] });
  });

  it('fgw reports published plugin items without legal basis or without a form', async () => {
    const fgw = await enable('fgw', 'fgw');
    const items = await db.selectFrom('items as i').innerJoin('pluginItemKeys as k', 'k.itemId', 'i.id').select(['i.id', 'k.itemKey'])
      .where('k.pluginId', '=', 'fgw').where('i.departmentId', '=', fgw).orderBy('i.id').execute();
    expect(items.length).toBeGreaterThan(2);
    await db.updateTable('items').set({ status: 'published', publishedAt: new Date() }).where('id', 'in', items.map((i) => i.id)).execute();
    const withForm = new Set((await db.selectFrom('itemForms').select('itemId').where('itemId', 'in', items.map((i) => i.id)).execute()).map((r) => r.itemId));
    const [a, b] = items.filter((i) => withForm.has(i.id));
    await db.updateTable('items').set({ legalBasis: ' ' }).where('id', '=', a!.id).execute();
    await db.deleteFrom('itemForms').where('itemId', 'in', [a!.id, b!.id]).execute();
    withForm.delete(a!.id);
    withForm.delete(b!.id);

    const summary = await runPluginJob(db, plugins, { pluginId: 'fgw', job: 'online-platform-reconcile' }) as { checked: number; consistent: number; problems: { itemId: number }[] };
    expect(summary).toMatchObject({ checked: items.length, consistent: withForm.size });
    expect(summary.problems.map((p) => p.itemId)).toEqual(items.filter((i) => !withForm.has(i.id)).map((i) => i.id));
    expect(summary.problems).toContainEqual({ itemId: a!.id, department: 'fgw', itemKey: a!.itemKey, name: expect.any(String), issues: ['检查依据为空', '未关联检查表'] });
    expect(summary.problems).toContainEqual({ itemId: b!.id, department: 'fgw', itemKey: b!.itemKey, name: expect.any(String), issues: ['未关联检查表'] });
  });

  it('refuses a job for a plugin that is not installed', async () => {
    await expect(runPluginJob(db, plugins, { pluginId: 'gone', job: 'old-job' })).rejects.toThrow('插件 gone 没有定时任务 old-job');
  });

  it('refuses at load a plugin whose job has no handler, naming plugin and job', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sxgk-plugin-jobs-'));
    try {
      mkdirSync(join(root, 'node_modules', '@sxgk'), { recursive: true });
      symlinkSync(fileURLToPath(new URL('../../../packages/plugin-sdk', import.meta.url)), join(root, 'node_modules', '@sxgk', 'plugin-sdk'), 'dir');
      const dir = join(root, 'plugins', 'nightly');
      scaffoldPlugin(dir, { name: 'nightly', departmentKind: 'scjg', sdkDependency: '^1.0.0' });
      const server = join(dir, 'src', 'server.ts');
      writeFileSync(server, readFileSync(server, 'utf8').replace('  forms: [siteCheck],\n', "  forms: [siteCheck],\n  jobs: [{ name: 'nightly-sync', cron: '@daily' }] as any,\n"));
      await expect(loadPlugins(root)).rejects.toThrow('插件 nightly 定时任务 nightly-sync：缺少处理函数 run(ctx)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
