import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApi, type TestApi } from './harness.ts';

// The department-isolation sweep: zjj's admin and inspector against every scjg record, every verb.
let api: TestApi;
let admin: string;
let inspector: string;
let scjg: number;
let zjj: number;
const foreign: Record<string, number> = {};
const updates: Record<string, unknown> = {
  items: { name: '篡改' }, entities: { name: '篡改' }, inspectors: { name: '篡改' },
  conflicts: { reason: '篡改' }, users: { displayName: '篡改' }, departments: { name: '篡改' },
};

beforeAll(async () => {
  api = await startTestApi();
  const ids = Object.fromEntries((await api.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
  scjg = ids.scjg!;
  zjj = ids.zjj!;
  admin = await api.login('zjj-admin');
  inspector = await api.login('zjj-insp');
  foreign.items = (await api.db.selectFrom('items').select('id').where('departmentId', '=', scjg).executeTakeFirstOrThrow()).id;
  foreign.inspectors = (await api.db.selectFrom('inspectors').select('id').where('departmentId', '=', scjg).executeTakeFirstOrThrow()).id;
  foreign.users = (await api.db.selectFrom('users').select('id').where('departmentId', '=', scjg).executeTakeFirstOrThrow()).id;
  foreign.departments = scjg;
  foreign.entities = (await sql<{ id: number }>`SELECT e.id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM directory_entries d WHERE d.entity_id = e.id AND d.department_id = ${zjj}) LIMIT 1`.execute(api.db)).rows[0]!.id;
  const scjgAdmin = await api.login('scjg-admin');
  const c = await api.call(scjgAdmin, '/api/conflicts', { method: 'POST', json: { inspectorId: foreign.inspectors, entityId: foreign.entities, reason: '亲属在该企业任职' } });
  expect(c.status).toBe(201);
  foreign.conflicts = c.data.id;
});
afterAll(async () => { await api.close(); });

describe.each(['items', 'entities', 'inspectors', 'conflicts', 'users'])('%s of another department', (resource) => {
  it('never appear in lists', async () => {
    for (const token of [admin, inspector]) {
      const all = await api.call(token, `/api/${resource}?range=[0,999]`);
      if (all.status === 403) continue;
      expect(all.status).toBe(200);
      expect(all.data.map((r: { id: number }) => r.id)).not.toContain(foreign[resource]);
      const many = await api.call(token, `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: [foreign[resource]] }))}`);
      expect(many.data).toEqual([]);
      expect(many.headers.get('content-range')).toMatch(/\/0$/);
    }
  });

  it('answer 404 by id, and refuse writes', async () => {
    for (const token of [admin, inspector]) {
      const one = await api.call(token, `/api/${resource}/${foreign[resource]}`);
      expect([403, 404]).toContain(one.status);
      const put = await api.call(token, `/api/${resource}/${foreign[resource]}`, { method: 'PUT', json: updates[resource] });
      expect([403, 404]).toContain(put.status);
      const del = await api.call(token, `/api/${resource}/${foreign[resource]}`, { method: 'DELETE' });
      expect([403, 404]).toContain(del.status);
    }
    const still = await api.call(await api.login('admin'), `/api/${resource}/${foreign[resource]}`);
    expect(still.status).toBe(200);
    expect(JSON.stringify(still.data)).not.toContain('篡改');
  });
});

describe('writes land in the actor\'s own department', () => {
  it('ignores a foreign departmentId on create', async () => {
    const r = await api.call(admin, '/api/inspectors', { method: 'POST', json: { name: '越权测试', certificateNo: 'X-ISO-1', departmentId: scjg } });
    expect(r.status).toBe(201);
    expect(r.data.departmentId).toBe(zjj);
  });
  it('refuses a conflict for a foreign inspector', async () => {
    const r = await api.call(admin, '/api/conflicts', { method: 'POST', json: { inspectorId: foreign.inspectors, entityId: foreign.entities, reason: '测试' } });
    expect(r.status).toBe(404);
  });
  it('shows every department\'s name but refuses changing another department', async () => {
    const list = await api.call(inspector, '/api/departments?range=[0,99]');
    expect(list.data.map((d: { id: number }) => d.id)).toContain(scjg);
    expect((await api.call(admin, `/api/departments/${scjg}`, { method: 'PUT', json: { name: '篡改' } })).status).toBe(403);
    expect((await api.call(admin, `/api/departments/${scjg}`, { method: 'DELETE' })).status).toBe(403);
    expect((await api.call(admin, '/api/departments', { method: 'POST', json: { code: 'evil', name: '越权' } })).status).toBe(403);
  });
  it('refuses the audit trail and the queue board to department roles', async () => {
    expect((await api.call(admin, '/api/audit')).status).toBe(403);
    expect((await api.call(admin, '/api/admin/queues')).status).toBe(403);
  });
  it('audits an attempt on another department\'s record', async () => {
    const entries = await api.db.selectFrom('auditLog').select(['resource', 'recordId']).where('action', '=', 'forbidden_record').where('actorUsername', '=', 'zjj-admin').execute();
    expect(entries.map((e) => e.resource)).toEqual(expect.arrayContaining(['items', 'entities', 'inspectors', 'conflicts', 'users']));
  });
});
