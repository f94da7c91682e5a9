import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { seedDemo } from '@sxgk/db';
import { createTestDatabase } from '@sxgk/db/testing';
import { createQueue, redisConnection } from '@sxgk/jobs/queues';
import { createApp } from '../../apps/api/src/app.ts';
import { startWorkers } from '../../apps/worker/src/main.ts';

// The whole platform in one process for a browser test: its own database and queue prefix,
// the API serving the built console, and the workers.
const CONSOLE_DIR = fileURLToPath(new URL('../../apps/console/dist', import.meta.url));

export async function startPlatform(opts: { entities?: number } = {}) {
  const t = await createTestDatabase();
  await seedDemo(t.db, opts.entities ?? 200);
  const prefix = `e2e-${randomBytes(4).toString('hex')}`;
  const imports = createQueue('imports', redisConnection(), prefix);
  const workers = startWorkers(t.db, redisConnection(), prefix);
  const app = createApp({ db: t.db, queues: { imports }, consoleDir: CONSOLE_DIR });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, db: t.db,
    async close() {
      await new Promise((r) => server.close(r));
      await Promise.all(workers.map((w) => w.close()));
      await imports.obliterate({ force: true }).catch(() => undefined);
      await imports.close();
      await t.drop();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
