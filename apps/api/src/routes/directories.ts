import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { auditRepo, conflictsRepo, departmentsRepo, entitiesRepo, inspectorsRepo, usersRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { json } from '../openapi-parts.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import * as s from '../schemas.ts';

// 两库 and the tenants, users and audit trail, all in the simple-rest shape.
export function directoryRoutes(app: OpenAPIHono<AppEnv>) {
  registerResource(app, { name: 'departments', permission: 'departments', tag: '部门', repo: departmentsRepo, record: s.departmentRecord, create: s.departmentCreate, update: s.departmentUpdate });
  const users = { name: 'users', permission: 'users' as const, tag: '用户', repo: usersRepo, record: s.userRecord, create: s.userCreate, update: s.userUpdate };
  registerResource(app, users);
  const entities = { name: 'entities', permission: 'entities' as const, tag: '检查对象', repo: entitiesRepo, record: s.entityRecord, create: s.entityCreate, update: s.entityUpdate };
  registerResource(app, entities);
  registerResource(app, { name: 'inspectors', permission: 'inspectors', tag: '检查人员', repo: inspectorsRepo, record: s.inspectorRecord, create: s.inspectorCreate, update: s.inspectorUpdate });
  registerResource(app, { name: 'conflicts', permission: 'conflicts', tag: '回避', repo: conflictsRepo, record: s.conflictRecord, create: s.conflictCreate, update: s.conflictUpdate });
  registerResource(app, { name: 'audit', permission: 'audit', tag: '审计日志', repo: auditRepo, record: s.auditRecord });

  app.openapi(createRoute({
    method: 'post', path: '/api/users/{id}/unlock', tags: ['用户'], summary: '解除账号锁定（密码不变）', request: { params: idParam },
    responses: { 200: json(s.userRecord, '解除锁定后的用户'), 404: json(s.errorSchema, '不存在') },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'users', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, users, scope, id);
    return c.json(await usersRepo.unlock(c.var.deps.db, scope, id, meta(c, actor)), 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/entities/{id}/history', tags: ['检查对象'], summary: '检查对象变更历史（谁、何时、变更前后）', request: { params: idParam },
    responses: { 200: { description: '历史', content: { 'application/json': { schema: z.array(z.object({}).catchall(z.unknown())) } } } },
  }), async (c) => {
    const { scope } = await authorize(c, 'entities', 'read');
    return c.json(await entitiesRepo.history(c.var.deps.db, scope, c.req.valid('param').id), 200);
  });
}
