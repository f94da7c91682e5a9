import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { notFound } from '@sxgk/core/errors';
import { contentRange } from '@sxgk/core/simple-rest';
import { publicResultsRepo } from '@sxgk/db';
import type { AppEnv, Deps } from '../context.ts';
import { errorBody } from '../errors.ts';
import { publicRateLimit } from '../rate-limit.ts';
import { publicResult } from '../inspections/schemas.ts';

// 一公开: published results for anyone, redacted in the repository (core/redaction.ts).

/** Must be registered before the public routes. */
export function publicApiRateLimit(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.use('/api/public/*', publicRateLimit(deps, 'public', (c) => c.json(errorBody('RATE_LIMITED', '访问过于频繁，请稍后再试'), 429)));
}

const tags = ['公开'];
const too = { 429: { description: '访问过于频繁' } };

export function publicResultRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/public/results', tags,
    summary: '已公示的抽查结果（无需登录），按名称或统一社会信用代码查询；个人信息已脱敏，保密字段不公开',
    request: { query: z.object({ q: z.string().max(100).optional(), range: z.string().optional().openapi({ example: '[0,19]' }) }) },
    responses: { 200: { description: '结果；Content-Range 头给出总数', content: { 'application/json': { schema: z.array(publicResult) } } }, ...too },
  }), async (c) => {
    const { q, range } = c.req.valid('query');
    let [start, end] = [0, 19];
    try {
      const r = range ? (JSON.parse(range) as number[]) : [];
      if (Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0]! >= 0 && r[1]! >= r[0]!) [start, end] = [r[0]!, Math.min(r[1]!, r[0]! + 49)];
    } catch { /* default page */ }
    const { rows, total } = await publicResultsRepo.search(c.var.deps.db, q, start, end - start + 1);
    c.header('Content-Range', contentRange('results', start, rows.length, total));
    return c.json(rows, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/public/entities/{uscc}', tags, summary: '检查对象的公示记录（已公示的抽查结果历史）',
    request: { params: z.object({ uscc: z.string().regex(/^[0-9A-Za-z]{18}$/, '统一社会信用代码应为 18 位').openapi({ param: { name: 'uscc', in: 'path' } }) }) },
    responses: {
      200: { description: '检查对象及其公示记录', content: { 'application/json': { schema: z.object({ entity: publicResult.shape.entity, results: z.array(publicResult) }) } } },
      404: { description: '没有已公示的结果', content: { 'application/json': { schema: z.object({ error: z.object({ code: z.string(), message: z.string() }) }) } } }, ...too,
    },
  }), async (c) => {
    const found = await publicResultsRepo.entity(c.var.deps.db, c.req.valid('param').uscc);
    if (!found) throw notFound('公示记录');
    return c.json(found, 200);
  });
}
