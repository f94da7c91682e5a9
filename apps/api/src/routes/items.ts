import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { itemsRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { errorSchema, itemCreate, itemRecord, itemUpdate } from '../schemas.ts';

// 事项清单 and its life cycle: publish, withdraw, revise (a new version of a frozen item).
export function itemRoutes(app: OpenAPIHono<AppEnv>) {
  const spec = { name: 'items', permission: 'items' as const, tag: '抽查事项', repo: itemsRepo, record: itemRecord, create: itemCreate, update: itemUpdate };
  registerResource(app, spec);
  const actions = [
    { action: 'publish', summary: '发布事项（发布后冻结，可公开）', run: itemsRepo.publish, permission: 'publish' as const },
    { action: 'withdraw', summary: '撤回已发布事项', run: itemsRepo.withdraw, permission: 'publish' as const },
    { action: 'revise', summary: '修订已发布事项：生成新版本草稿', run: itemsRepo.revise, permission: 'update' as const },
  ];
  for (const a of actions) {
    app.openapi(createRoute({
      method: 'post', path: `/api/items/{id}/${a.action}`, tags: ['抽查事项'], summary: a.summary, request: { params: idParam },
      responses: { 200: { description: '事项', content: { 'application/json': { schema: itemRecord } } }, 404: { description: '不存在', content: { 'application/json': { schema: errorSchema } } }, 409: { description: '状态不允许', content: { 'application/json': { schema: errorSchema } } } },
    }), async (c) => {
      const { scope, actor } = await authorize(c, 'items', a.permission);
      const { id } = c.req.valid('param');
      await loadInScope(c, spec, scope, id);
      return c.json(await a.run(c.var.deps.db, scope, id, meta(c, actor)), 200);
    });
  }
}
