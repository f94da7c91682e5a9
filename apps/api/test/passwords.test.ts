import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_LOGINS } from '@sxgk/core/lockout';
import { startTestApi, type TestApi } from './harness.ts';

// Passwords someone else set (an admin's initial password, a reset) must be replaced before the
// account does anything; a user changes their own with the current one, and other sessions end.
let api: TestApi;
let admin: string;
let scjg: number;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.login('admin');
  scjg = (await api.db.selectFrom('departments').select('id').where('code', '=', 'scjg').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await api.close(); });

const clerk = (username: string, password: string) =>
  api.call(admin, '/api/users', { method: 'POST', json: { username, displayName: '新科员', password, role: 'dept_admin', departmentId: scjg } });
const change = (token: string, currentPassword: string, newPassword: string) =>
  api.call(token, '/api/auth/password', { method: 'POST', json: { currentPassword, newPassword } });

describe('password rules where an admin sets one', () => {
  it('refuses weak passwords and those holding the username, naming the field', async () => {
    const weak = await clerk('clerk-a', 'password2026');
    expect(weak.status).toBe(422);
    expect(weak.data.error.message).toMatch(/至少 3 种/);
    expect(weak.data.error.details).toEqual([expect.objectContaining({ field: 'password' })]);
    expect((await clerk('clerk-a', 'Clerk-A@2026')).data.error.message).toBe('密码不能包含用户名');
    expect(await api.db.selectFrom('users').select('id').where('username', '=', 'clerk-a').executeTakeFirst()).toBeUndefined();
  });
});

describe('an account with an admin-set password', () => {
  it('may only change its password until it has, then works with the new one and ends its other sessions', async () => {
    expect((await clerk('clerk-b', 'Qiang@Lu2026')).status).toBe(201);
    const first = await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'clerk-b', password: 'Qiang@Lu2026' } });
    expect(first.data.user).toMatchObject({ username: 'clerk-b', mustChangePassword: true, passwordChangedAt: null });
    const token = first.data.token as string;
    const other = await api.login('clerk-b', 'Qiang@Lu2026');

    const refused = await api.call(token, '/api/items');
    expect(refused.status).toBe(403);
    expect(refused.data.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await api.call(token, '/api/auth/me')).data.mustChangePassword).toBe(true);

    const wrong = await change(token, 'Not@ThePassword1', 'Shiny-New-Pass1');
    expect(wrong.status).toBe(422);
    expect(wrong.data.error).toMatchObject({ message: '当前密码不正确', details: [expect.objectContaining({ field: 'currentPassword' })] });
    const weak = await change(token, 'Qiang@Lu2026', 'shinynewpass');
    expect(weak.status).toBe(422);
    expect(weak.data.error.details).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    expect((await change(token, 'Qiang@Lu2026', 'Qiang@Lu2026')).data.error.message).toBe('新密码不能与当前密码相同');

    const done = await change(token, 'Qiang@Lu2026', 'Shiny-New-Pass1');
    expect(done.status).toBe(200);
    expect(done.data).toEqual({ sessionsEnded: 1 });
    expect((await api.call(other, '/api/auth/me')).status).toBe(401);
    expect((await api.call(token, '/api/items')).status).toBe(200);
    const me = (await api.call(token, '/api/auth/me')).data;
    expect(me.mustChangePassword).toBe(false);
    expect(Date.parse(me.passwordChangedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'clerk-b', password: 'Qiang@Lu2026' } })).status).toBe(401);
    await api.login('clerk-b', 'Shiny-New-Pass1');

    const trail = await api.db.selectFrom('auditLog').select(['action', 'after']).where('recordId', '=', 'clerk-b')
      .where('action', 'in', ['password_change', 'password_change_failed']).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['password_change_failed', 'password_change']);
    expect(trail[1]!.after).toEqual({ sessionsEnded: 1 });
    const everything = JSON.stringify(await api.db.selectFrom('auditLog').select(['before', 'after']).execute());
    expect(everything).not.toMatch(/Shiny-New-Pass1|Qiang@Lu2026|argon2/);
  });

  it('is forced again and signed out everywhere when an admin resets the password; an admin resetting their own is not', async () => {
    expect((await clerk('clerk-c', 'Qiang@Lu2026')).status).toBe(201);
    const token = await api.login('clerk-c', 'Qiang@Lu2026');
    expect((await change(token, 'Qiang@Lu2026', 'Mine-Only-2026')).status).toBe(200);
    const id = (await api.db.selectFrom('users').select('id').where('username', '=', 'clerk-c').executeTakeFirstOrThrow()).id;

    const reset = await api.call(admin, `/api/users/${id}`, { method: 'PUT', json: { password: 'Reset@Desk2026' } });
    expect(reset.status).toBe(200);
    expect(reset.data).toMatchObject({ mustChangePassword: true });
    expect(reset.data.passwordHash).toBeUndefined();
    expect((await api.call(token, '/api/auth/me')).status).toBe(401);
    const again = await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'clerk-c', password: 'Reset@Desk2026' } });
    expect(again.data.user.mustChangePassword).toBe(true);

    const self = (await api.call(admin, '/api/auth/me')).data.id as number;
    const own = await api.call(admin, `/api/users/${self}`, { method: 'PUT', json: { password: 'Pingtai#Own2026' } });
    expect(own.data).toMatchObject({ mustChangePassword: false });
    expect((await api.call(admin, '/api/items')).status).toBe(200);
  });

  it('counts a wrong current password as a failed login, up to the lock', async () => {
    const token = await api.login('zrzy-admin');
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await change(token, 'Wrong#Guess1', 'Fresh-Pass-2026')).status).toBe(422);
    const locked = await change(token, 'Wrong#Guess1', 'Fresh-Pass-2026');
    expect(locked.status).toBe(423);
    expect((await change(token, 'Demo@2026', 'Fresh-Pass-2026')).status).toBe(423);
    expect((await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'zrzy-admin', password: 'Demo@2026' } })).status).toBe(423);
  });

  it('can be unlocked by the platform admin without touching the password; not by a department admin', async () => {
    const id = (await api.db.selectFrom('users').select('id').where('username', '=', 'zrzy-admin').executeTakeFirstOrThrow()).id;
    await api.db.updateTable('users').set({ failedLogins: 0, lockedUntil: new Date(Date.now() + 600_000) }).where('id', '=', id).execute();
    expect((await api.call(null, '/api/auth/login', { method: 'POST', json: { username: 'zrzy-admin', password: 'Demo@2026' } })).status).toBe(423);
    const dept = await api.login('scjg-admin');
    expect((await api.call(dept, `/api/users/${id}/unlock`, { method: 'POST' })).status).toBe(403);
    const unlocked = await api.call(admin, `/api/users/${id}/unlock`, { method: 'POST' });
    expect(unlocked.status).toBe(200);
    expect(unlocked.data).toMatchObject({ lockedUntil: null, failedLogins: 0, mustChangePassword: false });
    await api.login('zrzy-admin');
    const entry = await api.db.selectFrom('auditLog').select(['action', 'before', 'after']).where('resource', '=', 'users').where('recordId', '=', String(id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'update', after: { lockedUntil: null } });
    expect((entry.before as { lockedUntil: string | null }).lockedUntil).not.toBeNull();
  });
});
