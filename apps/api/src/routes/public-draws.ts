import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { notFound } from '@sxgk/core/errors';
import { planWorkflow, publicDrawRecord } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { idParam } from '../rest.ts';
import { errorSchema } from '../schemas.ts';

// 一公开: what anyone may read without signing in. Before a draw is executed only its commitment
// side; afterwards the full public record of docs/draw-spec.md, verifiable with `pnpm verify-draw <url>`.
export function publicRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/public/draws/{id}', tags: ['公开'],
    summary: '公开的抽取记录：抽取前仅承诺值、摘要、各层级比例与候选数和信标来源；抽取后为 sxgk-draw-v1 公开记录',
    request: { params: idParam },
    responses: {
      200: { description: '抽取记录', content: { 'application/json': { schema: z.object({}).catchall(z.unknown()).openapi('PublicDrawRecord') } } },
      404: { description: '不存在', content: { 'application/json': { schema: errorSchema } } },
    },
  }), async (c) => {
    const record = await publicDrawRecord(c.var.deps.db, c.req.valid('param').id);
    if (!record) throw notFound('抽取记录');
    return c.json(record, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/public/plans', tags: ['公开'], summary: '已发布（及已被调整替代）的年度抽查计划',
    request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
    responses: { 200: { description: '计划', content: { 'application/json': { schema: z.array(z.object({}).catchall(z.unknown())) } } } },
  }), async (c) => c.json(await planWorkflow.publicList(c.var.deps.db, c.req.valid('query').year) as object[], 200));
}
