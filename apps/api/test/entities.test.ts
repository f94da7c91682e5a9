import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeUscc } from '@sxgk/core/uscc';
import { jobsRepo } from '@sxgk/db';
import { runExport } from '../../worker/src/exports/run-export.ts';
import { startTestApi, waitJob, type TestApi } from './harness.ts';

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

  it('answers the directories holding an entity, filters by a directory’s tags, and removes from one directory or all', async () => {
    const shared = makeUscc('91411002MA9XYW456');
    const created = await api.call(token, '/api/entities', { method: 'POST', json: { uscc: shared, name: '河南共管建材有限公司', tags: ['建材'] } });
    const id = created.data.id as number;
    const dept = async (code: string) => (await api.db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const [zjj, scjg] = [await dept('zjj'), await dept('scjg')];
    await api.db.insertInto('directoryEntries').values({ departmentId: scjg, entityId: id, tags: ['抽检'] }).execute();
    const admin = await api.login('admin');
    expect((await api.call(admin, `/api/entities/${id}`)).data.departmentIds).toEqual([zjj, scjg].sort((a, b) => a - b));
    const tagged = await api.call(admin, `/api/entities?filter=${encodeURIComponent(JSON.stringify({ tags: '抽检' }))}`);
    expect(tagged.data.map((e: { id: number }) => e.id)).toEqual([id]);
    const scjgAdmin = await api.login('scjg-admin');
    expect((await api.call(scjgAdmin, `/api/entities/${id}`)).data.tags).toEqual(['抽检']);
    // a directory's tags are its own: a clerk's filter and a chosen directory see only those
    const ids = async (who: string, filter: object) =>
      (await api.call(who, `/api/entities?filter=${encodeURIComponent(JSON.stringify(filter))}`)).data.map((e: { id: number }) => e.id);
    expect(await ids(scjgAdmin, { tags: '抽检' })).toEqual([id]);
    expect(await ids(scjgAdmin, { tags: '建材' })).toEqual([]);
    expect(await ids(admin, { tags: '建材' })).toEqual([id]);
    expect(await ids(admin, { tags: '建材', departmentId: scjg })).toEqual([]);
    expect(await ids(admin, { tags: '建材', departmentId: zjj })).toEqual([id]);
    expect((await api.call(token, `/api/entities/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api.call(token, `/api/entities/${id}`)).status).toBe(404);
    expect((await api.call(admin, `/api/entities/${id}`)).data.departmentIds).toEqual([scjg]);
    expect((await api.call(admin, `/api/entities/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api.call(scjgAdmin, `/api/entities/${id}`)).status).toBe(404);
    expect((await api.call(admin, `/api/entities/${id}`)).data).toMatchObject({ uscc: shared, departmentIds: [] });
  });

  it('exports to Excel in the background, with formula injection escaped; the file is the exporter’s department’s', async () => {
    const evil = makeUscc('91411002MA9XYW124');
    await api.call(token, '/api/entities', { method: 'POST', json: { uscc: evil, name: '=HYPERLINK("http://x","点我")', address: '+1+1', businessScope: '@SUM(A1)', legalRepresentative: '-2' } });
    const bad = await api.call(token, '/api/entities/export?filter={q:', { method: 'POST' });
    expect(bad).toMatchObject({ status: 400, data: { error: { code: 'BAD_REQUEST' } } });
    const started = await api.call(token, `/api/entities/export?filter=${encodeURIComponent(JSON.stringify({ q: evil }))}`, { method: 'POST' });
    expect(started.status).toBe(202);
    const job = await waitJob(api, token, started.data.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 100, result: { rows: 1, filename: expect.stringMatching(/^检查对象-\d{4}-\d{2}-\d{2}\.xlsx$/) } });

    const res = await fetch(`${api.base}/api/jobs/${started.data.jobId}/file`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    expect(sheet.rowCount).toBe(2);
    const cells = (sheet.getRow(2).values as unknown[]).filter((v) => typeof v === 'string') as string[];
    expect(cells).toContain(evil);
    for (const bad of ['=HYPERLINK("http://x","点我")', '+1+1', '@SUM(A1)', '-2']) {
      expect(cells).not.toContain(bad);
      expect(cells).toContain(`'${bad}`);
    }
    expect(sheet.getRow(2).getCell(2).formula).toBeUndefined();

    // another department's admin can neither follow the job nor fetch its file; the export is audited
    const other = await api.login('scjg-admin');
    expect((await api.call(other, `/api/jobs/${started.data.jobId}`)).status).toBe(404);
    expect((await api.call(other, `/api/jobs/${started.data.jobId}/file`)).status).toBe(404);
    const audit = await api.db.selectFrom('auditLog').select(['actorUsername', 'recordId']).where('action', '=', 'export').execute();
    expect(audit).toEqual([{ actorUsername: 'zjj-admin', recordId: started.data.jobId }]);

    // once its file has expired, the job says so instead of serving it
    expect(await jobsRepo.expireExportFiles(api.db, new Date(Date.now() + 1000))).toBeGreaterThan(0);
    const expired = await api.call(token, `/api/jobs/${started.data.jobId}/file`);
    expect(expired).toMatchObject({ status: 404, data: { error: { message: expect.stringMatching(/已删除，请重新导出/) } } });
  });

  it('exports only what the exporter may see, and refuses an exporter who lost the right', async () => {
    const all = await api.call(token, '/api/entities?range=[0,0]');
    const total = Number(all.headers.get('content-range')!.split('/')[1]);
    const started = await api.call(token, '/api/entities/export', { method: 'POST' });
    expect((await waitJob(api, token, started.data.jobId)).result.rows).toBe(total);

    // deactivated between the request and the run: the job fails with a reason, and writes no file
    const queued = await api.db.insertInto('jobs').values({
      kind: 'export:entities', departmentId: null, createdBy: (await api.db.selectFrom('users').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow()).id,
      params: JSON.stringify({ resource: 'entities' }),
    }).returning('id').executeTakeFirstOrThrow();
    await api.db.updateTable('users').set({ active: false }).where('username', '=', 'leader').execute();
    const files = async () => Number((await api.db.selectFrom('uploads').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await files();
    expect(await runExport(api.db, { jobId: queued.id })).toBeNull();
    expect(await api.db.selectFrom('jobs').select(['state', 'error']).where('id', '=', queued.id).executeTakeFirst()).toEqual({ state: 'failed', error: '导出人已无导出此列表的权限' });
    expect(await files()).toBe(before);
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
