import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../context.ts';

// Liveness of the two things the platform keeps state in.
export function healthRoutes(app: OpenAPIHono<AppEnv>) {
  const status = z.object({ ok: z.boolean(), postgres: z.boolean(), redis: z.boolean() });
  app.openapi(createRoute({ method: 'get', path: '/api/health', tags: ['运维'], summary: '健康检查（Postgres、Redis）', responses: { 200: { description: '正常', content: { 'application/json': { schema: status } } }, 503: { description: '异常', content: { 'application/json': { schema: status } } } } }), async (c) => {
    const postgres = await sql`SELECT 1`.execute(c.var.deps.db).then(() => true, () => false);
    const redis = await c.var.deps.queues.imports.client.then((r) => r.ping()).then((p) => p === 'PONG', () => false);
    const ok = postgres && redis;
    return c.json({ ok, postgres, redis }, ok ? 200 : 503);
  });
}
