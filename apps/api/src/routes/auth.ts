import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { PASSWORD_RULE } from '@sxgk/core/password-policy';
import { grantsFor, readableResources } from '@sxgk/core/permissions';
import { sessionsRepo, usersRepo, type Db, type Session } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { clientIp, requireSession, SESSION_COOKIE } from '../auth.ts';
import { config } from '../config.ts';
import { errorSchema } from '../schemas.ts';

const tags = ['认证'];
const me = z.object({
  id: z.number(), username: z.string(), displayName: z.string().openapi({ description: '姓名或称呼，界面上问候与署名用' }),
  role: z.string(), departmentId: z.number().nullable(),
  inspectorId: z.number().nullable(), resources: z.array(z.string()),
  grants: z.record(z.string(), z.array(z.string())).openapi({ description: '每种资源允许的操作' }),
  mustChangePassword: z.boolean().openapi({ description: '密码由管理员设置，须先修改密码；此前其他接口均答 403 PASSWORD_CHANGE_REQUIRED' }),
  passwordChangedAt: z.string().nullable().openapi({ description: '本人上次修改密码的时间' }),
  passwordRule: z.string().openapi({ description: '密码规则，供修改密码页面提示' }),
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
    const { token, expiresAt, ...session } = await sessionsRepo.login(c.var.deps.db, username, password, clientIp(c));
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: config.secureCookies, expires: expiresAt });
    return c.json({ token, expiresAt: expiresAt.toISOString(), user: await toMe(c.var.deps.db, session) }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/auth/logout', tags, summary: '退出登录', responses: { 200: { description: '已退出', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } }, 401: err('未登录') } }), async (c) => {
    const actor = requireSession(c);
    await sessionsRepo.logout(c.var.deps.db, c.var.token!, actor, clientIp(c));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/auth/me', tags, summary: '当前用户', responses: { 200: { description: '当前用户与可见资源', content: { 'application/json': { schema: me } } }, 401: err('未登录') } }), async (c) => {
    return c.json(await toMe(c.var.deps.db, { actor: requireSession(c), mustChangePassword: c.var.mustChangePassword }), 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/auth/password', tags, summary: '修改本人密码',
    description: `须提供当前密码；当前密码错误计入登录失败次数。新密码${PASSWORD_RULE}。修改后本人其他会话全部失效，本会话保留。`,
    request: { body: { required: true, content: { 'application/json': { schema: z.object({ currentPassword: z.string().min(1, '请输入当前密码'), newPassword: z.string().min(1, '请输入新密码') }) } } } },
    responses: {
      200: { description: '已修改', content: { 'application/json': { schema: z.object({ sessionsEnded: z.number().openapi({ description: '因此退出登录的其他会话数' }) }) } } },
      401: err('未登录'), 422: err('当前密码不正确，或新密码不符合规则'), 423: err('账号已锁定'),
    },
  }), async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const done = await sessionsRepo.changePassword(c.var.deps.db, c.var.token!, requireSession(c), currentPassword, newPassword, clientIp(c));
    return c.json(done, 200);
  });
}

async function toMe(db: Db, { actor: a, mustChangePassword }: Session) {
  const user = await usersRepo.get(db, { kind: 'all' }, a.userId);
  return {
    id: a.userId, username: a.username, displayName: user?.displayName || a.username, role: a.role, departmentId: a.departmentId,
    inspectorId: a.inspectorId, resources: readableResources(a.role), grants: grantsFor(a.role),
    mustChangePassword, passwordChangedAt: user?.passwordChangedAt?.toISOString() ?? null, passwordRule: PASSWORD_RULE,
  };
}
