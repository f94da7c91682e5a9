import { sql, type Kysely } from 'kysely';

// A password someone else set (an admin creating an account or resetting it) is known to two
// people, so its owner must replace it before doing anything else; existing accounts are not
// forced (their owners chose or were given theirs before this rule).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at timestamptz`.execute(db);
}
