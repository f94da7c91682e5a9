import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let scjg: string;
let office: string;
let fgw: string;
let publishedItemId: number;
beforeAll(async () => {
  api = await startTestApi({ entities: 20 });
  [scjg, office, fgw] = await Promise.all([api.login('scjg-admin'), api.login('office'), api.login('fgw-admin')]);
  const items = await api.call(scjg, `/api/items?filter=${encodeURIComponent('{"status":"published"}')}`);
  publishedItemId = items.data[0].id;
});
afterAll(async () => { await api.close(); });

const post = (token: string, path: string, json?: unknown) => api.call(token, path, { method: 'POST', json: json ?? {} });
const plan = (itemIds: number[]) => ({ name: '2026 年度市场监管随机抽查计划', content: '企业公示信息、食品经营行为', itemIds, periodStart: '2026-03-01', periodEnd: '2026-11-30', ratio: '不低于 5%', frequency: '每年一次', quantity: 300 });

describe('annual plans', () => {
  it('refuses an unpublished item, naming it in Chinese', async () => {
    const draft = await post(scjg, '/api/items', { name: '尚未发布的事项' });
    const r = await post(scjg, '/api/plans', plan([publishedItemId, draft.data.id]));
    expect(r.status).toBe(422);
    expect(r.data.error.message).toContain('尚未发布的事项');
    expect(r.data.error.message).toContain('未发布');
  });

  it('goes draft → submitted → approved → published; only the joint office approves', async () => {
    const created = await post(scjg, '/api/plans', plan([publishedItemId]));
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ status: 'draft', version: 1, year: 2026, itemIds: [publishedItemId] });
    const id = created.data.id;
    expect((await post(scjg, `/api/plans/${id}/approve`)).status).toBe(403);
    expect((await post(scjg, `/api/plans/${id}/publish`)).status).toBe(409);
    expect((await post(scjg, `/api/plans/${id}/submit`)).data.status).toBe('submitted');
    expect((await post(scjg, `/api/plans/${id}/approve`)).status).toBe(403);
    expect((await post(fgw, `/api/plans/${id}/submit`)).status).toBe(404);
    expect((await post(office, `/api/plans/${id}/submit`)).status).toBe(403);
    const approved = await post(office, `/api/plans/${id}/approve`);
    expect(approved.data).toMatchObject({ status: 'approved' });
    expect(approved.data.approvedBy).toBeTypeOf('number');
    expect((await api.call(scjg, `/api/plans/${id}`, { method: 'PUT', json: { name: '改名' } })).status).toBe(409);
    expect((await post(scjg, `/api/plans/${id}/publish`)).data.status).toBe('published');
    const all = await api.call(office, '/api/plans');
    expect(all.data.map((p: { id: number }) => p.id)).toContain(id);
    expect((await api.call(fgw, `/api/plans/${id}`)).status).toBe(404);
  });

  it('lets the joint office send a plan back with a note', async () => {
    const id = (await post(scjg, '/api/plans', plan([publishedItemId]))).data.id;
    await post(scjg, `/api/plans/${id}/submit`);
    expect((await post(office, `/api/plans/${id}/reject`, {})).status).toBe(422);
    const back = await post(office, `/api/plans/${id}/reject`, { note: '抽查比例偏低' });
    expect(back.data).toMatchObject({ status: 'draft', reviewNote: '抽查比例偏低' });
    expect((await api.call(scjg, `/api/plans/${id}`, { method: 'DELETE' })).status).toBe(200);
  });

  it('adjusts a published plan by a new version with a reason; the old one stays visible as superseded', async () => {
    const first = (await post(scjg, '/api/plans', plan([publishedItemId]))).data;
    await post(scjg, `/api/plans/${first.id}/submit`);
    await post(office, `/api/plans/${first.id}/approve`);
    await post(scjg, `/api/plans/${first.id}/publish`);
    const noReason = await post(scjg, `/api/plans/${first.id}/adjust`, { reason: '' });
    expect(noReason.status).toBe(422);
    const adjusted = await post(scjg, `/api/plans/${first.id}/adjust`, { reason: '上级部署专项整治，增加抽查数量' });
    expect(adjusted.status).toBe(201);
    expect(adjusted.data).toMatchObject({ status: 'draft', version: 2, lineageId: first.id, adjustmentReason: '上级部署专项整治，增加抽查数量' });
    expect((await post(scjg, `/api/plans/${first.id}/adjust`, { reason: '再调' })).status).toBe(409);
    await api.call(scjg, `/api/plans/${adjusted.data.id}`, { method: 'PUT', json: { quantity: 500 } });
    await post(scjg, `/api/plans/${adjusted.data.id}/submit`);
    await post(office, `/api/plans/${adjusted.data.id}/approve`);
    await post(scjg, `/api/plans/${adjusted.data.id}/publish`);
    expect((await api.call(scjg, `/api/plans/${first.id}`)).data.status).toBe('superseded');
    expect((await api.call(scjg, `/api/plans/${adjusted.data.id}`)).data).toMatchObject({ status: 'published', quantity: 500 });
    const pub = await api.call(null, '/api/public/plans?year=2026');
    const lineage = pub.data.filter((p: { lineageId: number }) => p.lineageId === first.id);
    expect(lineage.map((p: { status: string }) => p.status)).toEqual(['superseded', 'published']);
    const audit = await api.db.selectFrom('auditLog').select('action').where('resource', '=', 'plans').where('recordId', '=', String(adjusted.data.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['adjust', 'update', 'submit', 'approve', 'publish']));
  });
});
