import { sql, type Kysely } from 'kysely';

// Results whose deadline the calendar could not compute yet (dated in December before next
// year's arrangement is maintained). Every run of the publication job looks for them, published
// or not, so that they get their deadline once the year is there; they are few among many.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX publications_without_deadline ON publications (id) WHERE deadline IS NULL`.execute(db);
}
