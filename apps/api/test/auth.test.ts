import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_LOGINS } from '@sxgk/core/lockout';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

describe('authentication', () => {
  it('logs in with a cookie and a bearer token, and knows who is asking', async () => {
    const res = await fetch(`${api.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'scjg-admin', password: 'Demo@2026' }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/sxgk_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await fetch(`${api.base}/api/auth/me`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(await me.json()).toMatchObject({ username: 'scjg-admin', role: 'dept_admin' });
    const { token } = await res.json() as { token: string };
    expect((await api.call(token, '/api/auth/me')).data).toMatchObject({ username: 'scjg-admin', displayName: '市场监督管理局管理员' });
  });

  it('answers 401 in Chinese without a session', async () => {
    const r = await api.call(null, '/api/items');
    expect(r.status).toBe(401);
    expect(r.data.error).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('locks an account after repeated failures and audits every attempt', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      expect((await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'zjj-insp', password: 'wrong-password' } })).status).toBe(401);
    }
    const locked = await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'zjj-insp', password: 'wrong-password' } });
    expect(locked.status).toBe(423);
    expect(locked.data.error.message).toMatch(/锁定/);
    const stillLocked = await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'zjj-insp', password: 'Demo@2026' } });
    expect(stillLocked.status).toBe(423);
    const failures = await api.db.selectFrom('auditLog').select('action').where('action', '=', 'login_failed').where('recordId', '=', 'zjj-insp').execute();
    expect(failures).toHaveLength(MAX_FAILED_LOGINS + 1);
  });

  it('logout ends the session', async () => {
    const token = await api.login('fgw-admin');
    expect((await api.call(token, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await api.call(token, '/api/auth/me')).status).toBe(401);
  });

  it('audits refused authorization', async () => {
    const token = await api.login('leader');
    const r = await api.call(token, '/api/items', { method: 'POST', json: { name: '试图新建' } });
    expect(r.status).toBe(403);
    const entry = await api.db.selectFrom('auditLog').selectAll().where('action', '=', 'forbidden').where('actorUsername', '=', 'leader').executeTakeFirst();
    expect(entry?.resource).toBe('items');
  });
});
