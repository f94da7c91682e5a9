import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { createTask, drawTask, prepare, publishedItem } from './draw-helpers.ts';

// Tasks: refusals with clear messages, joint tasks, and who is eligible (the year rule, additions, D+).
let api: TestApi;
let scjg: string;
let fgw: string;
let office: string;
let item: number;
beforeAll(async () => {
  api = await startTestApi({ entities: 300, drawWorkers: 1 });
  [scjg, fgw, office] = await Promise.all([api.login('scjg-admin'), api.login('fgw-admin'), api.login('office')]);
  item = await publishedItem(api, scjg);
});
afterAll(async () => { await api.close(); });

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
/** the prepared population of a draw, straight from its snapshot */
async function population(drawId: number): Promise<Map<string, string[]>> {
  const rows = await api.db.selectFrom('drawStrata').select(['key', 'population']).where('drawId', '=', drawId).execute();
  return new Map(rows.map((r) => [r.key, r.population ? r.population.split('\n') : []]));
}
const all = (p: Map<string, string[]>) => [...p.values()].flat();
const HALF = { A: 5000, B: 5000, C: 5000, D: 5000 };

describe('task refusals', () => {
  it('refuses unpublished items, naming them', async () => {
    const draft = (await api.call(scjg, '/api/items', { method: 'POST', json: { name: '待发布的广告检查事项' } })).data;
    const r = await api.call(scjg, '/api/tasks', { method: 'POST', json: { name: '任务', adHoc: true, itemIds: [item, draft.id], startDate: '2026-05-01' } });
    expect(r.status).toBe(422);
    expect(r.data.error.message).toBe(`抽查事项“待发布的广告检查事项”（#${draft.id}）未发布，不能列入任务`);
  });

  it('refuses fewer than two inspectors per entity', async () => {
    const r = await api.call(scjg, '/api/tasks', { method: 'POST', json: { name: '任务', adHoc: true, itemIds: [item], startDate: '2026-05-01', inspectorsPerEntity: 1 } });
    expect(r.status).toBe(422);
    expect(r.data.error.message).toBe('每个检查对象至少需要 2 名执法检查人员（当前为 1 名）');
    // a domain rule's 422 lists its field as a schema failure does: [{field, message}]
    expect(r.data.error.details).toEqual([{ field: 'inspectorsPerEntity', message: r.data.error.message }]);
    const typed = await api.call(scjg, '/api/tasks', { method: 'POST', json: { name: 7, adHoc: true, itemIds: [item], startDate: '2026-05-01' } });
    expect(typed.status).toBe(422);
    expect(typed.data.error.details).toMatchObject([{ field: 'name', message: expect.stringMatching(/string/) }]);
  });

  it('requires a plan or the ad-hoc flag; the joint office creates joint tasks only', async () => {
    const r = await api.call(scjg, '/api/tasks', { method: 'POST', json: { name: '任务', adHoc: false, itemIds: [item], startDate: '2026-05-01' } });
    expect(r.data.error.message).toMatch(/年度计划/);
    const depts = (await api.call(office, '/api/departments')).data as { id: number; code: string }[];
    const id = (code: string) => depts.find((d) => d.code === code)!.id;
    const fgwItem = await publishedItem(api, fgw);
    const single = await api.call(office, '/api/tasks', { method: 'POST', json: { name: '任务', departmentId: id('scjg'), adHoc: true, itemIds: [item], startDate: '2026-05-01' } });
    expect(single.status).toBe(403);
    const joint = await api.call(office, '/api/tasks', { method: 'POST', json: { name: '联合抽查', departmentId: id('scjg'), departmentIds: [id('fgw')], adHoc: true, itemIds: [item, fgwItem], startDate: '2026-05-01', groups: [{ departmentId: id('scjg'), perTarget: 2 }, { departmentId: id('fgw'), perTarget: 1 }] } });
    expect(joint.status).toBe(201);
    expect(joint.data).toMatchObject({ inspectorsPerEntity: 3, groups: [{ key: 'fgw', perTarget: 1 }, { key: 'scjg', perTarget: 2 }] });
    expect(ids((await api.call(fgw, '/api/tasks')).data)).toContain(joint.data.id);
    expect((await api.call(fgw, `/api/tasks/${joint.data.id}`, { method: 'PUT', json: { name: 'x' } })).status).toBe(404);
  });
});

describe('who is eligible', () => {
  it('puts listed entities in their own stratum D+ at the highest ratio', async () => {
    const entity = (await api.call(scjg, `/api/entities?filter=${encodeURIComponent('{"riskTier":"A","status":"active"}')}&range=[0,0]`)).data[0];
    await api.call(scjg, `/api/entities/${entity.id}`, { method: 'PUT', json: { abnormalList: true } });
    const task = await createTask(api, scjg, { name: '2025 年抽查', itemIds: [item], startDate: '2025-06-01', ratios: { A: 100, B: 200, C: 1000, D: 3000 } });
    const draw = await prepare(api, scjg, task.id);
    const pop = await population(draw.id);
    expect(pop.get('D+')).toContain(entity.uscc);
    expect(pop.get('A')).not.toContain(entity.uscc);
    expect(draw.strataSummary).toContainEqual({ key: 'D+', ratioBp: 3000, size: pop.get('D+')!.length, selected: null });
    const inactive = await api.db.selectFrom('entities').select('uscc').where('status', '<>', 'active').execute();
    expect(inactive.length).toBeGreaterThan(0);
    for (const e of inactive) expect(all(pop)).not.toContain(e.uscc);
  });

  it('excludes entities already targeted this year by the department, unless added with a reason', async () => {
    const first = await createTask(api, scjg, { name: '2026 年第一批', itemIds: [item], startDate: '2026-03-01', ratios: HALF });
    const firstDraw = await drawTask(api, scjg, first.id);
    const targeted = (await api.call(scjg, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId: firstDraw.id }))}&range=[0,999]`)).data as { uscc: string; entityId: number }[];
    expect(targeted.length).toBeGreaterThan(10);

    const second = await createTask(api, scjg, { name: '2026 年第二批', itemIds: [item], startDate: '2026-09-01', ratios: HALF });
    const added = targeted[0]!;
    const r = await api.call(scjg, `/api/tasks/${second.id}/additions`, { method: 'POST', json: { entityId: added.entityId, reason: 'complaint', note: '12315 投诉：虚假宣传' } });
    expect(r.status).toBe(201);
    const additions = (await api.call(scjg, `/api/tasks/${second.id}/additions`)).data;
    expect(additions).toEqual([expect.objectContaining({ entityId: added.entityId, reason: 'complaint', note: '12315 投诉：虚假宣传', uscc: added.uscc, createdBy: expect.any(Number), createdAt: expect.any(String) })]);
    const audit = await api.db.selectFrom('auditLog').select(['action', 'after']).where('resource', '=', 'tasks').where('action', '=', 'add_entity').execute();
    expect(audit).toHaveLength(1);

    const pop = all(await population((await prepare(api, scjg, second.id)).id));
    expect(pop).toContain(added.uscc);
    for (const t of targeted.slice(1)) expect(pop).not.toContain(t.uscc);
    expect((await api.call(scjg, `/api/tasks/${second.id}/additions`, { method: 'POST', json: { entityId: targeted[1]!.entityId, reason: 'referral' } })).status).toBe(409);

    // another year, and another department, are unaffected
    const nextYear = all(await population((await prepare(api, scjg, (await createTask(api, scjg, { name: '2027 年', itemIds: [item], startDate: '2027-03-01' })).id)).id));
    for (const t of targeted) expect(nextYear).toContain(t.uscc);
    const fgwTask = await createTask(api, fgw, { name: '发改 2026', itemIds: [await publishedItem(api, fgw)], startDate: '2026-03-01' });
    const fgwPop = all(await population((await prepare(api, fgw, fgwTask.id)).id));
    const fgwDirectory = new Set(((await api.call(fgw, '/api/entities?range=[0,999]')).data as { uscc: string; status: string }[]).filter((e) => e.status === 'active').map((e) => e.uscc));
    const shared = targeted.filter((t) => fgwDirectory.has(t.uscc));
    expect(shared.length).toBeGreaterThan(0);
    for (const t of shared) expect(fgwPop).toContain(t.uscc);
  });

  it('marks targets that were added by hand', async () => {
    const task = await createTask(api, scjg, { name: '2028 年投诉专项', itemIds: [item], startDate: '2028-03-01', ratios: { A: 10000, B: 10000, C: 10000, D: 10000 }, directed: true, filters: { regionCodes: ['410105'] } });
    const outside = (await api.call(scjg, `/api/entities?filter=${encodeURIComponent('{"status":"active"}')}&range=[0,99]`)).data.find((e: { regionCode: string }) => e.regionCode !== '410105');
    await api.call(scjg, `/api/tasks/${task.id}/additions`, { method: 'POST', json: { entityId: outside.id, reason: 'risk_signal' } });
    const draw = await drawTask(api, scjg, task.id);
    const targets = (await api.call(scjg, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId: draw.id }))}&range=[0,999]`)).data as { entityId: number; addedReason: string | null }[];
    expect(targets.find((t) => t.entityId === outside.id)?.addedReason).toBe('risk_signal');
    expect(targets.filter((t) => t.addedReason !== null)).toHaveLength(1);
    expect((await api.call(scjg, `/api/tasks/${task.id}`, { method: 'PUT', json: { name: '改名' } })).status).toBe(409);
  });
});
