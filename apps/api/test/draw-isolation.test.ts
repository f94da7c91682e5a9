import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { BEACON, createTask, drawTask, publishedItem } from './draw-helpers.ts';

// Department isolation of plans, tasks and draws: zjj's admin and inspector against scjg's records.
let api: TestApi;
let zjjAdmin: string;
let zjjInsp: string;
const foreign: Record<string, number> = {};
beforeAll(async () => {
  api = await startTestApi({ entities: 150, drawWorkers: 1 });
  const scjg = await api.login('scjg-admin');
  [zjjAdmin, zjjInsp] = await Promise.all([api.login('zjj-admin'), api.login('zjj-insp')]);
  const item = await publishedItem(api, scjg);
  foreign.plans = (await api.call(scjg, '/api/plans', { method: 'POST', json: { name: '市场监管年度计划', itemIds: [item], year: 2026 } })).data.id;
  foreign.tasks = (await createTask(api, scjg, { name: '市场监管抽查', itemIds: [item] })).id;
  foreign.draws = (await drawTask(api, scjg, foreign.tasks)).id;
  const q = encodeURIComponent(JSON.stringify({ drawId: foreign.draws }));
  foreign.targets = (await api.call(scjg, `/api/targets?filter=${q}&range=[0,0]`)).data[0].id;
  foreign.assignments = (await api.call(scjg, `/api/assignments?filter=${q}&range=[0,0]`)).data[0].id;
});
afterAll(async () => { await api.close(); });

describe.each(['plans', 'tasks', 'draws', 'targets', 'assignments'])('%s of another department', (resource) => {
  it('never appear in lists, answer 404 by id, refuse writes', async () => {
    for (const token of [zjjAdmin, zjjInsp]) {
      const all = await api.call(token, `/api/${resource}?range=[0,999]`);
      if (all.status !== 403) expect(all.data.map((r: { id: number }) => r.id)).not.toContain(foreign[resource]);
      expect([403, 404]).toContain((await api.call(token, `/api/${resource}/${foreign[resource]}`)).status);
      expect([403, 404]).toContain((await api.call(token, `/api/${resource}/${foreign[resource]}`, { method: 'PUT', json: { name: '篡改' } })).status);
      expect([403, 404]).toContain((await api.call(token, `/api/${resource}/${foreign[resource]}`, { method: 'DELETE' })).status);
    }
  });
});

describe('actions across departments', () => {
  it('are refused', async () => {
    const attempts: [string, unknown][] = [
      [`/api/plans/${foreign.plans}/submit`, {}], [`/api/tasks/${foreign.tasks}/draws`, { beaconSource: 'x' }],
      [`/api/tasks/${foreign.tasks}/additions`, { entityId: 1, reason: 'complaint' }], [`/api/draws/${foreign.draws}/execute`, BEACON],
      [`/api/draws/${foreign.draws}/redraw`, { reason: '篡改' }],
    ];
    for (const token of [zjjAdmin, zjjInsp]) {
      for (const [path, json] of attempts) expect([403, 404]).toContain((await api.call(token, path, { method: 'POST', json })).status);
      expect([403, 404]).toContain((await api.call(token, `/api/draws/${foreign.draws}/record`)).status);
      expect([403, 404]).toContain((await api.call(token, `/api/draws/${foreign.draws}/certificate`)).status);
    }
    // the public proof stays public
    expect((await api.call(null, `/api/public/draws/${foreign.draws}`)).status).toBe(200);
    expect((await api.call(null, `/api/draws/${foreign.draws}`)).status).toBe(401);
  });
});
