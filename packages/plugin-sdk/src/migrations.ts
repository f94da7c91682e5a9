import { Migrator, type Kysely } from 'kysely';
import type { PluginServer } from './plugin.ts';

// Each plugin's migrations are recorded in its own table, so plugins never see (or block) each other's
// history, nor the platform's: a plugin's 0001 is not the platform's 0001.
export const pluginMigrationTable = (id: string) => `plugin_${id.replace(/-/g, '_')}_migrations`;

/** Runs a plugin's pending migrations; returns the names that ran. */
export async function migratePlugin(db: Kysely<any>, plugin: Pick<PluginServer, 'manifest' | 'migrations'>): Promise<string[]> {
  const migrations = plugin.migrations ?? {};
  if (!Object.keys(migrations).length) return [];
  const table = pluginMigrationTable(plugin.manifest.id);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: table,
    migrationLockTableName: `${table}_lock`,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`插件 ${plugin.manifest.id} 的迁移 ${failed?.migrationName ?? ''} 失败：${String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
