import { Hono, type Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sxgk/db';
import type { PluginEnv } from '@sxgk/plugin-sdk';
import { discoverPlugins, INSTALLATION_ROOT, type LoadedPlugin } from '@sxgk/plugin-sdk/discover';
import { migratePlugin } from '@sxgk/plugin-sdk/migrations';
import { requireActor } from './auth.ts';
import type { AppEnv, Deps } from './context.ts';
import { logger } from './logger.ts';

// Plugins are loaded once per process: discovered from plugins/* and node_modules of the installation root.

/** Discovers the installed plugins; an incompatible one stops the start with a message naming it. */
export async function loadPlugins(rootDir = INSTALLATION_ROOT): Promise<LoadedPlugin[]> {
  const plugins = await discoverPlugins(rootDir);
  logger.info({ plugins: plugins.map((p) => `${p.manifest.id}@${p.manifest.version}`) }, 'plugins loaded');
  return plugins;
}

/** Each plugin's own migrations, recorded in its own plugin_<id>_migrations table. */
export async function migratePlugins(db: Db, plugins: LoadedPlugin[]): Promise<void> {
  for (const p of plugins) await migratePlugin(db, p.server);
}

/**
 * Mounts each plugin's routes under /api/plugins/<id>, after the platform's own routes there
 * (enable, disable, diff), which therefore always win. Requests reach a plugin only signed in.
 */
export function mountPlugins(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  for (const p of deps.plugins ?? []) {
    if (!p.server.routes) continue;
    const sub = new Hono<PluginEnv>();
    sub.use('*', async (c, next) => {
      // the sub-app runs inside the platform's app, whose authentication has set the session's variables
      requireActor(c as unknown as Context<AppEnv>);
      await next();
    });
    p.server.routes(sub, { db: deps.db, manifest: p.manifest });
    app.route(`/api/plugins/${p.manifest.id}`, sub as unknown as Hono<AppEnv>);
  }
}
