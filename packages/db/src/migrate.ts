import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './client.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_draws.ts';
import * as m0003 from './migrations/0003_plugins.ts';
import * as m0004 from './migrations/0004_inspections.ts';
import * as m0005 from './migrations/0005_draw_walk.ts';

// Migrations are listed here rather than read from disk, so they run the same from source or a bundle.
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_draws': m0002,
  '0003_plugins': m0003,
  '0004_inspections': m0004,
  '0005_draw_walk': m0005,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrate(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Changes whenever a migration is added or edited, so test templates are rebuilt exactly then. */
export const MIGRATIONS_VERSION = Object.entries(MIGRATIONS).map(([name, m]) => name + m.up.toString()).join('|');
