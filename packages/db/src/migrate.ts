import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './client.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_draws.ts';
import * as m0003 from './migrations/0003_plugins.ts';
import * as m0004 from './migrations/0004_inspections.ts';
import * as m0005 from './migrations/0005_draw_walk.ts';
import * as m0006 from './migrations/0006_draw_teams.ts';
import * as m0007 from './migrations/0007_upload_lz4.ts';
import * as m0008 from './migrations/0008_directory_by_department.ts';
import * as m0009 from './migrations/0009_publications_without_deadline.ts';
import * as m0010 from './migrations/0010_password_change.ts';

// Migrations are listed here rather than read from disk, so they run the same from source or a bundle.
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_draws': m0002,
  '0003_plugins': m0003,
  '0004_inspections': m0004,
  '0005_draw_walk': m0005,
  '0006_draw_teams': m0006,
  '0007_upload_lz4': m0007,
  '0008_directory_by_department': m0008,
  '0009_publications_without_deadline': m0009,
  '0010_password_change': m0010,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Migrates to the latest version, or up to and including `upTo` (tests of a migration's data moves). */
export async function migrate(db: Db, upTo?: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Changes whenever a migration is added or edited, so test templates are rebuilt exactly then. */
export const MIGRATIONS_VERSION = Object.entries(MIGRATIONS).map(([name, m]) => name + m.up.toString()).join('|');
