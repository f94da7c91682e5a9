import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { DATABASE_URL } from './config.ts';

// DATE columns stay 'YYYY-MM-DD' strings: a certificate's validity is a calendar day, not an instant.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts (count(*)) fit in a JS number for any realistic directory.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

export function createDb(url = DATABASE_URL, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  // A connection that dies (server restart, network cut) emits 'error' on the pool when idle and on
  // its client while in use; unheard, either would crash the process. The query in flight still
  // fails on its own, and the pool replaces the connection; here it is only logged.
  const logError = (err: Error) => console.error(`[db] connection error: ${err.message}`);
  pool.on('error', logError);
  pool.on('connect', (client) => client.on('error', logError));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, pool };
}
