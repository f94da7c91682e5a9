import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../context.ts';

// Liveness of the two things the platform keeps state in.
export function healthRoutes(app: OpenAPIHono<AppEnv>) {
  const status = z.object({ ok: z.boolean(), postgres: z.boolean(), redis: z.boolean() });
  app.openapi(createRoute({ method: 'get', path: '/api/health', tags: ['运维'], summary: '健康检查（Postgres、Redis）', responses: { 200: { description: '正常', content: { 'application/json': { schema: status } } }, 503: { description: '异常', content: { 'application/json': { schema: status } } } } }), async (c) => {
    const postgres = await sql`SELECT 1`.execute(c.var.deps.db).then(() => true, () => false);
    const redis = await withTimeout(c.var.deps.queues.imports.getJobCounts('waiting')).then(() => true, () => false);
    const ok = postgres && redis;
    return c.json({ ok, postgres, redis }, ok ? 200 : 503);
  });
}

// A queue call waits for Redis to come back; health must answer promptly instead.
function withTimeout<T>(p: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
