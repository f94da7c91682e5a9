import type { OpenAPIHono } from '@hono/zod-openapi';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv, Deps } from '../context.ts';
import { authorize } from '../auth.ts';

// Bull-board for platform admins only: the permission check runs before every board request.
export function adminQueueRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const basePath = '/api/admin/queues';
  const adapter = new HonoAdapter(serveStatic);
  createBullBoard({ queues: Object.values(deps.queues).map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  adapter.setBasePath(basePath);
  app.use(`${basePath}/*`, async (c, next) => {
    await authorize(c, 'queues', 'read');
    await next();
  });
  app.use(basePath, async (c, next) => {
    await authorize(c, 'queues', 'read');
    await next();
  });
  app.route(basePath, adapter.registerPlugin());
}
