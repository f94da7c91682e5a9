import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDemo } from '@sxgk/db';
import { createTestDatabase } from '@sxgk/db/testing';
import { createQueue, obliterateQueues, redisConnection } from '@sxgk/jobs/queues';
import { createApp } from '../../apps/api/src/app.ts';
import { loadPlugins, migratePlugins } from '../../apps/api/src/plugins.ts';
import { startWorkers } from '../../apps/worker/src/main.ts';

// The whole platform in one process for a browser test: its own database and queue prefix (imports
// and draws, so the draw worker picks up this test's draws only), the API serving the built console,
// the workers, and — when asked — the department plugins of plugins/*.
const CONSOLE_DIR = fileURLToPath(new URL('../../apps/console/dist', import.meta.url));

export async function startPlatform(opts: { entities?: number; plugins?: boolean } = {}) {
  const t = await createTestDatabase();
  await seedDemo(t.db, opts.entities ?? 200);
  const prefix = `e2e-${randomBytes(4).toString('hex')}`;
  const imports = createQueue('imports', redisConnection(), prefix);
  const draws = createQueue('draws', redisConnection(), prefix);
  const exports = createQueue('exports', redisConnection(), prefix);
  const workers = startWorkers(t.db, redisConnection(), prefix);
  const plugins = opts.plugins ? await loadPlugins() : undefined;
  if (plugins) await migratePlugins(t.db, plugins);
  const app = createApp({ db: t.db, queues: { imports, draws, exports }, consoleDir: CONSOLE_DIR, plugins });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, db: t.db,
    async close() {
      await new Promise((r) => server.close(r));
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([imports.close(), draws.close(), exports.close()]);
      // every queue of this prefix, the publication scheduler's included
      await obliterateQueues(prefix);
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

/** Signs in through the login page; the session cookie then serves page.request too. */
export async function signIn(page: Page, base: string, username: string, password = 'Demo@2026') {
  await page.goto(`${base}/#/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => !u.hash.includes('login'));
}

/** A full-page screenshot when E2E_SHOTS names a folder: to look at the screens a test went through. */
export async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}
