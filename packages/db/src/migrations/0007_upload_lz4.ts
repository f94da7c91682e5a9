import { sql, type Kysely } from 'kysely';

// Uploaded files are read back whole by every import of them: lz4 decompresses several times
// faster than the default pglz (a 200 MB directory in a fraction of a second).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE upload_chunks ALTER COLUMN data SET COMPRESSION lz4`.execute(db);
}
