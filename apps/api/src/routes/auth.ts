import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { grantsFor, readableResources } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import { sessionsRepo, usersRepo, type Db } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { clientIp, requireActor, SESSION_COOKIE } from '../auth.ts';
import { config } from '../config.ts';
import { errorSchema } from '../schemas.ts';

const tags = ['认证'];
const me = z.object({
  id: z.number(), username: z.string(), displayName: z.string().openapi({ description: '姓名或称呼，界面上问候与署名用' }),
  role: z.string(), departmentId: z.number().nullable(),
  inspectorId: z.number().nullable(), resources: z.array(z.string()),
  grants: z.record(z.string(), z.array(z.string())).openapi({ description: '每种资源允许的操作' }),
}).openapi('Me');
const err = (d: string) => ({ description: d, content: { 'application/json': { schema: errorSchema } } });

export function authRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'post', path: '/api/auth/login', tags, summary: '登录',
    request: { body: { required: true, content: { 'application/json': { schema: z.object({ username: z.string().min(1), password: z.string().min(1) }) } } } },
    responses: {
      200: { description: '登录成功；同时设置 httpOnly 会话 Cookie', content: { 'application/json': { schema: z.object({ token: z.string(), expiresAt: z.string(), user: me }) } } },
      401: err('用户名或密码错误'), 423: err('账号已锁定'),
    },
  }), async (c) => {
    const { username, password } = c.req.valid('json');
    const { token, actor, expiresAt } = await sessionsRepo.login(c.var.deps.db, username, password, clientIp(c));
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: config.secureCookies, expires: expiresAt });
    return c.json({ token, expiresAt: expiresAt.toISOString(), user: await toMe(c.var.deps.db, actor) }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/auth/logout', tags, summary: '退出登录', responses: { 200: { description: '已退出', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } }, 401: err('未登录') } }), async (c) => {
    const actor = requireActor(c);
    await sessionsRepo.logout(c.var.deps.db, c.var.token!, actor, clientIp(c));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/auth/me', tags, summary: '当前用户', responses: { 200: { description: '当前用户与可见资源', content: { 'application/json': { schema: me } } }, 401: err('未登录') } }), async (c) => {
    return c.json(await toMe(c.var.deps.db, requireActor(c)), 200);
  });
}

async function toMe(db: Db, a: Actor) {
  const user = await usersRepo.get(db, { kind: 'all' }, a.userId);
  return { id: a.userId, username: a.username, displayName: user?.displayName || a.username, role: a.role, departmentId: a.departmentId, inspectorId: a.inspectorId, resources: readableResources(a.role), grants: grantsFor(a.role) };
}
