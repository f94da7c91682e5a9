import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sxgk/db/testing';
import { migratePlugin, pluginMigrationTable } from '../src/migrations.ts';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

const table = (name: string) => ({
  up: async (db: Kysely<any>) => { await db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey()).execute(); },
});
const names = async (tbl: string) => (await sql<{ name: string }>`SELECT name FROM ${sql.table(tbl)} ORDER BY name`.execute(t.db)).rows.map((r) => r.name);
const plugin = (id: string, migrations: Record<string, ReturnType<typeof table>>) => ({ manifest: { id } as any, migrations });

describe('plugin migrations', () => {
  it('records each plugin in its own table, apart from the platform and from each other', async () => {
    expect(await migratePlugin(t.db, plugin('food-a', { '0001_init': table('plugin_food_a_notes') }))).toEqual(['0001_init']);
    expect(await migratePlugin(t.db, plugin('b', { '0001_init': table('plugin_b_notes') }))).toEqual(['0001_init']);
    expect(pluginMigrationTable('food-a')).toBe('plugin_food_a_migrations');
    expect(await names('plugin_food_a_migrations')).toEqual(['0001_init']);
    expect(await names('plugin_b_migrations')).toEqual(['0001_init']);
    expect(await names('kysely_migration')).not.toContain('0001_init');
  });

  it('runs only what is new, and only for that plugin', async () => {
    expect(await migratePlugin(t.db, plugin('b', { '0001_init': table('plugin_b_notes') }))).toEqual([]);
    expect(await migratePlugin(t.db, plugin('b', { '0001_init': table('plugin_b_notes'), '0002_more': table('plugin_b_more') }))).toEqual(['0002_more']);
    expect(await names('plugin_b_migrations')).toEqual(['0001_init', '0002_more']);
    expect(await names('plugin_food_a_migrations')).toEqual(['0001_init']);
  });

  it('names the plugin when a migration fails', async () => {
    const broken = { up: async (db: Kysely<any>) => { await sql`SELECT * FROM no_such_table`.execute(db); } };
    await expect(migratePlugin(t.db, plugin('c', { '0001_init': broken }))).rejects.toThrow(/插件 c 的迁移 0001_init 失败/);
  });

  it('does nothing for a plugin without migrations', async () => {
    expect(await migratePlugin(t.db, { manifest: { id: 'none' } as any })).toEqual([]);
  });
});
