import { sql, type Kysely } from 'kysely';

// A directory is always read by department: its primary key (department_id, entity_id) answers
// "is it in this directory" and walks a directory. The reverse index by entity served only
// "which directories hold this entity", which a probe of that key per department answers as
// well (a city has dozens of departments), and it cost every import a third index entry per
// row: about 8 % of a million-row import's time.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX directory_entries_entity`.execute(db);
}
