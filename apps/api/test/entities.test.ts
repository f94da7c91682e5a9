import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeUscc } from '@sxgk/core/uscc';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ entities: 30 });
  token = await api.login('zjj-admin');
});
afterAll(async () => { await api.close(); });

const uscc = makeUscc('91411002MA9XYW123');

describe('entity directory', () => {
  it('rejects an invalid USCC with the reason', async () => {
    const r = await api.call(token, '/api/entities', { method: 'POST', json: { uscc: uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0'), name: '测试公司' } });
    expect(r.status).toBe(422);
    expect(r.data.error.message).toMatch(/统一社会信用代码无效：校验位/);
  });

  it('creates into the department directory and keeps the history of every change', async () => {
    const created = await api.call(token, '/api/entities', { method: 'POST', json: { uscc, name: '河南宏达建筑工程有限公司', riskTier: 'C', tags: ['重点工地'] } });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ uscc, riskTier: 'C', tags: ['重点工地'] });
    const id = created.data.id;
    const updated = await api.call(token, `/api/entities/${id}`, { method: 'PUT', json: { contactPhone: '13800000000', riskTier: 'D' } });
    expect(updated.data).toMatchObject({ contactPhone: '13800000000', riskTier: 'D' });
    const history = await api.call(token, `/api/entities/${id}/history`);
    expect(history.data).toHaveLength(2);
    expect(history.data[0]).toMatchObject({ actorUsername: 'zjj-admin', before: { riskTier: 'C', contactPhone: '' }, after: { riskTier: 'D', contactPhone: '13800000000' } });
    expect((await api.call(token, '/api/entities', { method: 'POST', json: { uscc, name: '重复' } })).status).toBe(409);
  });

  it('exports to Excel with formula injection escaped', async () => {
    const evil = makeUscc('91411002MA9XYW124');
    await api.call(token, '/api/entities', { method: 'POST', json: { uscc: evil, name: '=HYPERLINK("http://x","点我")', address: '+1+1', businessScope: '@SUM(A1)', legalRepresentative: '-2' } });
    const res = await fetch(`${api.base}/api/entities/export?filter=${encodeURIComponent(JSON.stringify({ q: evil }))}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    const cells = (sheet.getRow(2).values as unknown[]).filter((v) => typeof v === 'string') as string[];
    expect(cells).toContain(evil);
    for (const bad of ['=HYPERLINK("http://x","点我")', '+1+1', '@SUM(A1)', '-2']) {
      expect(cells).not.toContain(bad);
      expect(cells).toContain(`'${bad}`);
    }
    expect(sheet.getRow(2).getCell(2).formula).toBeUndefined();
  });
});

describe('platform surface', () => {
  it('publishes the OpenAPI document of the routes', async () => {
    const r = await api.call(null, '/api/openapi.json');
    expect(r.status).toBe(200);
    for (const p of ['/api/items', '/api/items/{id}/publish', '/api/entities/import', '/api/jobs/{id}', '/api/auth/login', '/api/conflicts', '/api/audit']) {
      expect(Object.keys(r.data.paths)).toContain(p);
    }
    expect((await fetch(`${api.base}/api/docs`)).status).toBe(200);
  });
  it('reports health of Postgres and Redis', async () => {
    expect((await api.call(null, '/api/health')).data).toEqual({ ok: true, postgres: true, redis: true });
  });
  it('opens the queue board to platform admins only', async () => {
    expect((await api.call(null, '/api/admin/queues')).status).toBe(401);
    const admin = await api.login('admin');
    const r = await api.call(admin, '/api/admin/queues');
    expect(r.status).toBe(200);
    expect(String(r.data)).toMatch(/<html/i);
  });
  it('exposes Content-Range through CORS', async () => {
    const res = await fetch(`${api.base}/api/items`, { headers: { origin: 'http://localhost:5173', authorization: `Bearer ${token}` } });
    expect(res.headers.get('access-control-expose-headers') ?? '').toMatch(/Content-Range/);
  });
});
