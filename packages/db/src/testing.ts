import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from './client.ts';
import { migrate, MIGRATIONS_VERSION } from './migrate.ts';
import { createHash } from 'node:crypto';

// Each test file gets its own database, cloned from a migrated template (CREATE DATABASE … TEMPLATE),
// so files run in parallel and never see each other's data.
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEMPLATE = `sxgk_tpl_${createHash('sha256').update(MIGRATIONS_VERSION).digest('hex').slice(0, 12)}`;
const TEMPLATE_LOCK = 7_414_002;

function urlFor(database: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function ensureTemplate(): Promise<void> {
  await withAdmin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount) return;
      await c.query(`CREATE DATABASE ${TEMPLATE}`);
      const { db } = createDb(urlFor(TEMPLATE), 1);
      try {
        await migrate(db);
      } catch (e) {
        await db.destroy();
        await c.query(`DROP DATABASE ${TEMPLATE}`);
        throw e;
      }
      await db.destroy();
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

export interface TestDatabase {
  url: string;
  name: string;
  db: Db;
  drop(): Promise<void>;
}

/** A database of its own, migrated to the latest version (or left empty, to migrate step by step). */
export async function createTestDatabase(opts: { empty?: boolean } = {}): Promise<TestDatabase> {
  if (!opts.empty) await ensureTemplate();
  const name = `sxgk_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(opts.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  const url = urlFor(name);
  const { db } = createDb(url, 5);
  return {
    url,
    name,
    db,
    async drop() {
      await db.destroy();
      await withAdmin(async (c) => {
        // pool.end() resolves before the backends have gone: a FORCE drop would then kill them
        // mid-goodbye and their clients raise an unhandled FATAL; wait (briefly) for them to leave
        for (let i = 0; i < 40; i++) {
          const r = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (r.rows[0].n === 0) break;
          await new Promise((res) => setTimeout(res, 50));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}
