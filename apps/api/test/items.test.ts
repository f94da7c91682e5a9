import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ entities: 20 });
  token = await api.login('scjg-admin');
});
afterAll(async () => { await api.close(); });

const draft = { category: '广告监管', name: '广告发布行为检查', entityKind: '企业', itemType: 'general', methods: ['书面检查', '网络监测'], inspectingBody: '县级以上市场监管部门', legalBasis: '《中华人民共和国广告法》第四十九条' };

describe('item list life cycle', () => {
  it('creates a draft, edits it, publishes it and freezes it', async () => {
    const created = await api.call(token, '/api/items', { method: 'POST', json: draft });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ status: 'draft', version: 1, name: draft.name });
    const id = created.data.id;
    expect((await api.call(token, `/api/items/${id}`, { method: 'PUT', json: { frequency: '每年一次' } })).data.frequency).toBe('每年一次');
    const published = await api.call(token, `/api/items/${id}/publish`, { method: 'POST' });
    expect(published.data.status).toBe('published');
    const frozen = await api.call(token, `/api/items/${id}`, { method: 'PUT', json: { name: '改名' } });
    expect(frozen.status).toBe(409);
    expect(frozen.data.error.message).toMatch(/修订/);
    expect((await api.call(token, `/api/items/${id}`, { method: 'DELETE' })).status).toBe(409);
  });

  it('revises a published item into a new version that supersedes it when published', async () => {
    const first = (await api.call(token, '/api/items', { method: 'POST', json: { ...draft, name: '广告代言行为检查' } })).data;
    await api.call(token, `/api/items/${first.id}/publish`, { method: 'POST' });
    const revised = await api.call(token, `/api/items/${first.id}/revise`, { method: 'POST' });
    expect(revised.data).toMatchObject({ status: 'draft', version: 2, lineageId: first.id });
    expect((await api.call(token, `/api/items/${first.id}/revise`, { method: 'POST' })).status).toBe(409);
    await api.call(token, `/api/items/${revised.data.id}`, { method: 'PUT', json: { legalBasis: '《中华人民共和国广告法》第三十八条' } });
    await api.call(token, `/api/items/${revised.data.id}/publish`, { method: 'POST' });
    expect((await api.call(token, `/api/items/${first.id}`)).data.status).toBe('withdrawn');
    expect((await api.call(token, `/api/items/${revised.data.id}`)).data.status).toBe('published');
  });

  it('refuses to publish without a legal basis, in Chinese', async () => {
    const d = (await api.call(token, '/api/items', { method: 'POST', json: { name: '无依据事项' } })).data;
    const r = await api.call(token, `/api/items/${d.id}/publish`, { method: 'POST' });
    expect(r.status).toBe(422);
    expect(r.data.error.message).toBe('发布前请填写检查依据');
  });

  it('validates input with field-level Chinese messages', async () => {
    const r = await api.call(token, '/api/items', { method: 'POST', json: { name: '', itemType: 'other' } });
    expect(r.status).toBe(422);
    expect(r.data.error.code).toBe('VALIDATION');
    expect(r.data.error.message).toMatch(/name/);
    expect(r.data.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('lists with sort, range, filter and Content-Range', async () => {
    const r = await api.call(token, `/api/items?sort=${encodeURIComponent('["name","DESC"]')}&range=[0,1]&filter=${encodeURIComponent('{"status":"published"}')}`);
    expect(r.status).toBe(200);
    expect(r.data).toHaveLength(2);
    expect(r.data.every((i: { status: string }) => i.status === 'published')).toBe(true);
    expect(r.headers.get('content-range')).toMatch(/^items 0-1\/\d+$/);
    expect(r.data[0].name >= r.data[1].name).toBe(true);
    const q = await api.call(token, `/api/items?filter=${encodeURIComponent('{"q":"特种设备"}')}`);
    expect(q.data.map((i: { name: string }) => i.name)).toContain('特种设备使用单位检查');
    expect((await api.call(token, '/api/items?sort=["nope","ASC"]')).status).toBe(400);
  });

  it('audits every write with before and after', async () => {
    const entries = await api.db.selectFrom('auditLog').select(['action', 'before', 'after']).where('resource', '=', 'items').where('actorUsername', '=', 'scjg-admin').execute();
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'publish', 'revise']));
    const update = entries.find((e) => e.action === 'update')!;
    expect((update.before as { frequency: string }).frequency).toBe('');
    expect((update.after as { frequency: string }).frequency).toBe('每年一次');
  });
});

describe('cleared fields', () => {
  it('treats null from an emptied input as cleared text', async () => {
    const d = (await api.call(token, '/api/items', { method: 'POST', json: { name: '清空测试', content: '原内容', seq: '12', compilingUnit: '省市场监管局' } })).data;
    expect(d).toMatchObject({ seq: '12', compilingUnit: '省市场监管局' });
    const r = await api.call(token, `/api/items/${d.id}`, { method: 'PUT', json: { content: null } });
    expect(r.status).toBe(200);
    expect(r.data.content).toBe('');
  });
});

describe('public item list', () => {
  it('shows every department\'s published items without login, and no drafts', async () => {
    const hidden = (await api.call(token, '/api/items', { method: 'POST', json: { name: '尚未发布的草稿事项' } })).data;
    const r = await api.call(null, '/api/public/items?range=[0,999]');
    expect(r.status).toBe(200);
    expect(r.data.length).toBeGreaterThan(0);
    expect(r.data.every((i: { status: string }) => i.status === 'published')).toBe(true);
    expect(new Set(r.data.map((i: { departmentId: number }) => i.departmentId)).size).toBeGreaterThan(1);
    expect(r.data.map((i: { id: number }) => i.id)).not.toContain(hidden.id);
    const forced = await api.call(null, `/api/public/items?filter=${encodeURIComponent('{"status":"draft"}')}`);
    expect(forced.data.every((i: { status: string }) => i.status === 'published')).toBe(true);
  });
});
