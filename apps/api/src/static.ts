import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.ts';

// The built console is served from the same port as the API; unknown paths fall back to the SPA.
export function consoleRoutes(app: Hono<AppEnv>, dir: string | undefined) {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  app.use('/assets/*', serveStatic({ root: dir, onFound: (_p, c) => { c.header('Cache-Control', 'public, max-age=31536000, immutable'); } }));
  app.use('/*', serveStatic({ root: dir }));
  app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : c.html(index)));
}
