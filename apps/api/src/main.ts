import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDb, migrate } from '@sxgk/db';
import { createQueue } from '@sxgk/jobs/queues';
import { createApp } from './app.ts';
import { loadPlugins, migratePlugins } from './plugins.ts';
import { config } from './config.ts';
import { logger } from './logger.ts';

// The API process: stateless, so any number of replicas can run behind a balancer.
export async function startApi() {
  const { db } = createDb();
  // two walks per draw being prepared; apart from `db`, so a walk never waits behind a prepare
  const { db: walkers } = createDb(undefined, 4);
  await migrate(db);
  const plugins = await loadPlugins();
  await migratePlugins(db, plugins);
  const consoleDir = process.env.CONSOLE_DIR ?? fileURLToPath(new URL('../../console/dist', import.meta.url));
  const app = createApp({ db, walkers, queues: { imports: createQueue('imports'), draws: createQueue('draws'), exports: createQueue('exports'), pluginJobs: createQueue('plugin-jobs') }, consoleDir, plugins });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  logger.info({ port: config.port }, 'api listening');
  return { server, db };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await startApi();
