import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '@sxgk/core/errors';
import { scopeFor, type Action, type Resource, type Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import { auditAlone, sessionsRepo } from '@sxgk/db';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'sxgk_session';

/** Resolves the session from the httpOnly cookie or a bearer token; anonymous requests pass on. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  const token = bearer ?? getCookie(c, SESSION_COOKIE) ?? null;
  const session = token ? await sessionsRepo.resolve(c.var.deps.db, token) : null;
  c.set('token', token);
  c.set('actor', session?.actor ?? null);
  c.set('mustChangePassword', session?.mustChangePassword ?? false);
  await next();
};

export function clientIp(c: Context): string | null {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? (c.env as { incoming?: { socket?: { remoteAddress?: string } } })?.incoming?.socket?.remoteAddress ?? null;
}

/** Who is signed in, even one who must still replace an admin-set password: for the routes that
 *  let them (who am I, sign out, change password). */
export function requireSession(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return actor;
}

/** Who is signed in, for every other route: nothing is done on a password someone else knows. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = requireSession(c);
  if (c.var.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED', '当前密码由管理员设置，请先修改密码再使用平台');
  return actor;
}

/** The server-side permission check every route makes; refusals are audited. */
export async function authorize(c: Context<AppEnv>, resource: Resource, action: Action): Promise<{ actor: Actor; scope: Exclude<Scope, { kind: 'none' }> }> {
  const actor = requireActor(c);
  const scope = scopeFor(actor, resource, action);
  if (scope.kind === 'none') {
    await auditAlone(c.var.deps.db, actor, {
      action: 'forbidden', resource, recordId: c.req.param('id') ?? null,
      after: { attempted: action, method: c.req.method, path: c.req.path }, ip: clientIp(c),
    });
    throw new AppError('FORBIDDEN', '无权执行此操作');
  }
  return { actor, scope };
}

export const meta = (c: Context<AppEnv>, actor: Actor) => ({ actor, ip: clientIp(c) });
