import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, Deps } from './context.ts';
import { authenticate } from './auth.ts';
import { config } from './config.ts';
import { errorBody, onError, validationBody } from './errors.ts';
import { consoleRoutes } from './static.ts';
import { portalRoutes } from './portal/index.tsx';
import { authRoutes } from './routes/auth.ts';
import { itemRoutes } from './routes/items.ts';
import { directoryRoutes } from './routes/directories.ts';
import { importRoutes } from './routes/imports.ts';
import { jobRoutes } from './routes/jobs.ts';
import { healthRoutes } from './routes/health.ts';
import { adminQueueRoutes } from './routes/admin-queues.ts';
import { pluginRoutes } from './routes/plugins.ts';
import { mountPlugins } from './plugins.ts';
import { planRoutes } from './routes/plans.ts';
import { taskRoutes } from './routes/tasks.ts';
import { drawRoutes } from './routes/draws.ts';
import { publicRoutes } from './routes/public-draws.ts';
import { publicItemRoutes } from './routes/public-items.ts';
import { inspectionRoutes } from './routes/inspections.ts';
import { metricRoutes } from './routes/metrics.ts';
import { publicApiRateLimit, publicResultRoutes } from './routes/public-results.ts';

// An empty body is no body, whatever Content-Type came with it: an optional JSON body (a
// department to act for, say) may be left out, and a required one is then named as missing
// instead of failing as malformed JSON.
const emptyBodyIsNoBody: MiddlewareHandler = async (c, next) => {
  if (c.req.header('content-length') === '0' && c.req.header('content-type')) {
    const headers = new Headers(c.req.raw.headers);
    headers.delete('content-type');
    c.req.raw = new Request(c.req.raw, { headers });
  }
  await next();
};

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(validationBody(result.error), 422);
    },
  });
  app.onError(onError);
  app.notFound((c) => c.json(errorBody('NOT_FOUND', '接口不存在'), 404));
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false }));
  app.use('/api/*', cors({ origin: config.corsOrigins, credentials: true, exposeHeaders: ['Content-Range', 'Content-Disposition'] }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', emptyBodyIsNoBody);
  app.use('/api/*', authenticate);

  healthRoutes(app);
  authRoutes(app);
  itemRoutes(app);
  importRoutes(app);
  directoryRoutes(app);
  jobRoutes(app);
  planRoutes(app);
  taskRoutes(app);
  drawRoutes(app);
  inspectionRoutes(app);
  metricRoutes(app);
  publicApiRateLimit(app, deps);
  publicRoutes(app);
  publicResultRoutes(app);
  publicItemRoutes(app);
  adminQueueRoutes(app, deps);
  pluginRoutes(app);
  mountPlugins(app, deps);

  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: '双随机、一公开监管平台 API', version: '0.1.0' } });
  app.get('/api/docs', swaggerUI({ url: '/api/openapi.json' }));
  portalRoutes(app, deps); // /public: the server-rendered portal, before the console's SPA fallback
  consoleRoutes(app, deps.consoleDir);
  return app;
}
