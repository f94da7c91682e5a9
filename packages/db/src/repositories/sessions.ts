import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '@sxgk/core/errors';
import { afterFailure, isLocked, LOCK_MINUTES } from '@sxgk/core/lockout';
import { passwordProblem } from '@sxgk/core/password-policy';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import { appendAudit, auditAlone } from '../audit.ts';
import { hashPassword, verifyPassword } from '../password.ts';

// Login, lockout and sessions. Only the SHA-256 of a token is stored, so a database leak yields no
// usable session.
const SESSION_HOURS = 12;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const LOCKED_MESSAGE = `连续登录失败次数过多，账号已锁定，请 ${LOCK_MINUTES} 分钟后再试`;

/** A signed-in user, and whether they must replace a password someone else set before anything else. */
export interface Session { actor: Actor; mustChangePassword: boolean }

const toActor = (u: { id: number; username: string; role: Actor['role']; departmentId: number | null; inspectorId: number | null }): Actor =>
  ({ userId: u.id, username: u.username, role: u.role, departmentId: u.departmentId, inspectorId: u.inspectorId });

export const sessionsRepo = {
  async login(db: Db, username: string, password: string, ip: string | null): Promise<Session & { token: string; expiresAt: Date }> {
    const now = new Date();
    const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    const refuse = async (reason: string, message: string, code: 'UNAUTHENTICATED' | 'LOCKED' = 'UNAUTHENTICATED') => {
      await auditAlone(db, user ? toActor(user) : null, { action: 'login_failed', resource: 'auth', recordId: username, after: { username, reason }, ip });
      throw new AppError(code, message);
    };
    if (!user || !user.active) {
      // spend the same time as a real check so usernames cannot be probed by timing
      await verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000', password).catch(() => false);
      return refuse(user ? 'inactive' : 'unknown_user', '用户名或密码错误');
    }
    if (isLocked(user.lockedUntil, now)) {
      return refuse('locked', LOCKED_MESSAGE, 'LOCKED');
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const next = afterFailure(user.failedLogins, now);
      await db.updateTable('users').set(next).where('id', '=', user.id).execute();
      return next.lockedUntil
        ? refuse('locked_now', LOCKED_MESSAGE, 'LOCKED')
        : refuse('bad_password', '用户名或密码错误');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failedLogins: 0, lockedUntil: null }).where('id', '=', user.id).execute();
      await trx.insertInto('sessions').values({ tokenHash: tokenHash(token), userId: user.id, expiresAt }).execute();
    });
    const actor = toActor(user);
    await auditAlone(db, actor, { action: 'login', resource: 'auth', recordId: user.username, ip });
    return { token, actor, expiresAt, mustChangePassword: user.mustChangePassword };
  },

  async resolve(db: Db, token: string): Promise<Session | null> {
    const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.userId')
      .select(['users.id', 'users.username', 'users.role', 'users.departmentId', 'users.inspectorId', 'users.active', 'users.mustChangePassword'])
      .where('sessions.tokenHash', '=', tokenHash(token)).where('sessions.expiresAt', '>', new Date())
      .executeTakeFirst();
    return row && row.active ? { actor: toActor(row), mustChangePassword: row.mustChangePassword } : null;
  },

  /**
   * The signed-in user replaces their own password. The current one is asked again (a session left
   * open must not be enough), and a wrong one counts as a failed login, so this is no way round
   * the lockout. Every other session of the user ends: whoever knew the old password is out.
   */
  async changePassword(db: Db, token: string, actor: Actor, current: string, next: string, ip: string | null): Promise<{ sessionsEnded: number }> {
    const now = new Date();
    const user = await db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
    const refuse = async (reason: string, error: AppError): Promise<never> => {
      await auditAlone(db, actor, { action: 'password_change_failed', resource: 'auth', recordId: user.username, after: { reason }, ip });
      throw error;
    };
    if (isLocked(user.lockedUntil, now)) return refuse('locked', new AppError('LOCKED', LOCKED_MESSAGE));
    if (!(await verifyPassword(user.passwordHash, current))) {
      const failed = afterFailure(user.failedLogins, now);
      await db.updateTable('users').set(failed).where('id', '=', user.id).execute();
      return failed.lockedUntil
        ? refuse('locked_now', new AppError('LOCKED', LOCKED_MESSAGE))
        : refuse('bad_password', new AppError('VALIDATION', '当前密码不正确', { field: 'currentPassword' }));
    }
    const problem = passwordProblem(next, user.username);
    if (problem) throw new AppError('VALIDATION', problem, { field: 'newPassword' });
    if (await verifyPassword(user.passwordHash, next)) throw new AppError('VALIDATION', '新密码不能与当前密码相同', { field: 'newPassword' });
    const passwordHash = await hashPassword(next);
    return db.transaction().execute(async (trx) => {
      await trx.updateTable('users')
        .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, failedLogins: 0, lockedUntil: null, updatedAt: now })
        .where('id', '=', user.id).execute();
      const ended = await trx.deleteFrom('sessions').where('userId', '=', user.id).where('tokenHash', '!=', tokenHash(token)).executeTakeFirst();
      const sessionsEnded = Number(ended.numDeletedRows);
      await appendAudit(trx, actor, { action: 'password_change', resource: 'auth', recordId: user.username, after: { sessionsEnded }, ip });
      return { sessionsEnded };
    });
  },

  /** A user as their sessions resolve them, for work done on their behalf later (a worker's job); null once deactivated. */
  async actorOf(db: Db, userId: number): Promise<Actor | null> {
    const row = await db.selectFrom('users').select(['id', 'username', 'role', 'departmentId', 'inspectorId', 'active'])
      .where('id', '=', userId).executeTakeFirst();
    return row && row.active ? toActor(row) : null;
  },

  /** Sessions past their expiry are of no use to anyone (sign-ins and sign-outs are in the audit trail). */
  async deleteExpired(db: Db, now = new Date()): Promise<number> {
    const r = await db.deleteFrom('sessions').where('expiresAt', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async logout(db: Db, token: string, actor: Actor, ip: string | null): Promise<void> {
    await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash(token)).execute();
    await auditAlone(db, actor, { action: 'logout', resource: 'auth', recordId: actor.username, ip });
  },
};
