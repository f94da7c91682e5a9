import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { contentRange, parseListQuery } from '@sxgk/core/simple-rest';
import { itemsRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { itemRecord } from '../schemas.ts';

// A published item is public: anyone may read every department's published item list.
export function publicItemRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/public/items', tags: ['公开'], summary: '各部门已发布的随机抽查事项清单（无需登录）',
    request: { query: z.object({ sort: z.string().optional(), range: z.string().optional(), filter: z.string().optional() }) },
    responses: { 200: { description: '已发布事项；Content-Range 头给出总数', content: { 'application/json': { schema: z.array(itemRecord) } } } },
  }), async (c) => {
    const q = parseListQuery(c.req.valid('query'));
    const { departmentId, q: text, itemType, category } = q.filter;
    const query = { ...q, filter: { departmentId, q: text, itemType, category, status: 'published' } };
    const { rows, total } = await itemsRepo.list(c.var.deps.db, { kind: 'all' }, query);
    c.header('Content-Range', contentRange('items', q.range.start, rows.length, total));
    return c.json(rows, 200);
  });
}
