import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyRecord } from '@sxgk/core/draw/index';
import { executeDraw } from '../../worker/src/draws/execute.ts';
import { startTestApi, waitJob, type TestApi } from './harness.ts';
import { BEACON, createTask, prepare, publishedItem } from './draw-helpers.ts';

// One result per draw whatever happens: parallel executions, two workers, a crash before commit,
// a worker killed mid-job; a refused draw saves nothing; a re-draw needs a reason.
let api: TestApi;
let admin: string;
let item: number;
beforeAll(async () => {
  api = await startTestApi({ entities: 200 });
  admin = await api.login('scjg-admin');
  item = await publishedItem(api, admin);
});
afterAll(async () => { await api.close(); });

let year = 2022;
// every worker of this file checks for stalled jobs often: BullMQ runs one check per interval per
// queue, timed by whichever worker checked last, so one default (30 s) worker would slow them all
const FAST = { stalledInterval: 500 };
// a year per draw keeps populations apart; seeded certificates are valid until 2027 at least
const newDraw = async (y = year++) => (await prepare(api, admin, (await createTask(api, admin, { name: `任务 ${y}`, itemIds: [item], startDate: `${y}-04-01` })).id)).id;
const count = async (table: 'targets' | 'assignments', drawId: number) =>
  (await api.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).where('drawId', '=', drawId).executeTakeFirstOrThrow()).n;
const audits = async (drawId: number, action: string) =>
  (await api.db.selectFrom('auditLog').select('id').where('resource', '=', 'draws').where('recordId', '=', String(drawId)).where('action', '=', action).execute()).length;
const expected = async (drawId: number) => ((await api.call(admin, `/api/draws/${drawId}`)).data.strataSummary as { selected: number }[]).reduce((n, s) => n + s.selected, 0);

describe('exactly one result', () => {
  it('two parallel executes and two workers: one job, one result', async () => {
    const workers = api.startDrawWorkers(2, FAST);
    const id = await newDraw();
    const [a, b] = await Promise.all([1, 2].map(() => api.call(admin, `/api/draws/${id}/execute`, { method: 'POST', json: BEACON })));
    expect([a!.status, b!.status].sort()).toEqual([202, 409]);
    const accepted = a!.status === 202 ? a! : b!;
    const refused = a!.status === 202 ? b! : a!;
    expect(refused.data.error.details.jobId).toBe(accepted.data.jobId);
    expect((await waitJob(api, admin, accepted.data.jobId)).state).toBe('completed');
    expect(await count('targets', id)).toBe(await expected(id));
    expect(await audits(id, 'execute')).toBe(1);
    // the same job run by two workers at once (a stalled job picked up twice): one saves, one finds it saved
    await Promise.all(workers.map((w) => w.close()));
    const other = await newDraw();
    const { jobId } = (await api.call(admin, `/api/draws/${other}/execute`, { method: 'POST', json: BEACON })).data;
    const runs = await Promise.all([1, 2].map(() => executeDraw(api.db, { jobId, drawId: other })));
    expect(runs.map((r) => r.already).sort()).toEqual([false, true]);
    expect(await count('targets', other)).toBe(await expected(other));
  });

  it('a crash after the draw but before commit: the retry saves the one result', async () => {
    let attempts = 0;
    const [w] = api.startDrawWorkers(1, { ...FAST, hooks: { beforeCommit: () => { if (++attempts === 1) throw new Error('模拟进程崩溃'); } } });
    const id = await newDraw();
    const { jobId } = (await api.call(admin, `/api/draws/${id}/execute`, { method: 'POST', json: BEACON })).data;
    expect((await waitJob(api, admin, jobId)).state).toBe('completed');
    expect(attempts).toBe(2);
    expect(await count('targets', id)).toBe(await expected(id));
    expect(await audits(id, 'execute')).toBe(1);
    await w!.close();
  });

  it('a worker killed mid-job: another worker takes the stalled job over', async () => {
    let reached!: () => void;
    const inCommit = new Promise<void>((r) => (reached = r));
    let release!: () => void;
    const killed = new Promise<void>((r) => (release = r));
    const [doomed] = api.startDrawWorkers(1, { ...FAST, lockDuration: 1000, hooks: { beforeCommit: async () => { reached(); await killed; throw new Error('连接已断开'); } } });
    const id = await newDraw();
    const { jobId } = (await api.call(admin, `/api/draws/${id}/execute`, { method: 'POST', json: BEACON })).data;
    await inCommit;
    await doomed!.close(true); // force: the job is abandoned while active
    release(); // its transaction dies with it
    api.startDrawWorkers(1, { stalledInterval: 500, lockDuration: 1000 });
    expect((await waitJob(api, admin, jobId, 20_000)).state).toBe('completed');
    expect(await count('targets', id)).toBe(await expected(id));
    expect(await audits(id, 'execute')).toBe(1);
  });
});

describe('refusals', () => {
  it('too few inspectors for an entity: the draw fails naming it and saves nothing', async () => {
    // 2027: no other draw of this file targets that year
    const probe = await prepare(api, admin, (await createTask(api, admin, { name: '探测', itemIds: [item], startDate: '2027-04-01' })).id);
    const pool = probe.groupsSummary as { poolSize: number }[];
    const me = (await api.call(await api.login('scjg-insp'), '/api/auth/me')).data;
    const entity = (await api.call(admin, `/api/entities?filter=${encodeURIComponent('{"status":"active","regionCode":"411003"}')}&range=[0,0]`)).data[0];
    await api.call(admin, '/api/conflicts', { method: 'POST', json: { inspectorId: me.inspectorId, entityId: entity.id, reason: '曾在该企业任职' } });
    const task = await createTask(api, admin, { name: '全员检查', itemIds: [item], startDate: '2027-05-01', inspectorsPerEntity: pool[0]!.poolSize, ratios: { A: 10000, B: 10000, C: 10000, D: 10000 }, filters: { regionCodes: ['411003'] } });
    const draw = await prepare(api, admin, task.id);
    const { jobId } = (await api.call(admin, `/api/draws/${draw.id}/execute`, { method: 'POST', json: BEACON })).data;
    const job = await waitJob(api, admin, jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toContain(entity.uscc);
    expect(job.error).toMatch(/可用检查人员不足/);
    const failed = (await api.call(admin, `/api/draws/${draw.id}`)).data;
    expect(failed).toMatchObject({ status: 'failed', secret: null });
    expect(failed.error).toContain(entity.uscc);
    expect(await count('targets', draw.id)).toBe(0);
    expect(await count('assignments', draw.id)).toBe(0);
    expect((await api.call(admin, `/api/tasks/${task.id}/draws`, { method: 'POST', json: { beaconSource: '重新约定的信标' } })).status).toBe(201);
  });

  it('a re-draw needs a reason; the superseded draw stays public and verifiable', async () => {
    const id = await newDraw(2026);
    const { jobId } = (await api.call(admin, `/api/draws/${id}/execute`, { method: 'POST', json: BEACON })).data;
    await waitJob(api, admin, jobId);
    expect((await api.call(admin, `/api/draws/${id}/redraw`, { method: 'POST', json: { reason: '' } })).status).toBe(422);
    const next = await api.call(admin, `/api/draws/${id}/redraw`, { method: 'POST', json: { reason: '抽取现场信标读数有误' } });
    expect(next.status).toBe(201);
    expect(next.data).toMatchObject({ status: 'prepared', redrawOfId: id });
    const old = (await api.call(admin, `/api/draws/${id}`)).data;
    expect(old).toMatchObject({ status: 'superseded', supersededById: next.data.id, redrawReason: '抽取现场信标读数有误' });
    expect(next.data.commitment).not.toBe(old.commitment);
    expect(next.data.strataSummary.map((s: { size: number }) => s.size)).toEqual(old.strataSummary.map((s: { size: number }) => s.size));
    const pub = (await api.call(null, `/api/public/draws/${id}`)).data;
    expect(pub).toMatchObject({ status: 'superseded', supersededBy: next.data.id, redrawReason: '抽取现场信标读数有误' });
    expect(verifyRecord(pub)).toEqual({ ok: true });
    expect((await api.call(admin, `/api/draws/${id}/redraw`, { method: 'POST', json: { reason: '再来一次' } })).status).toBe(409);
  });
});
