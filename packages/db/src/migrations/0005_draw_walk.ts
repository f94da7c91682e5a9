import { sql, type Kysely } from 'kysely';

// The draw walks the registry in code order (draws/population.ts). Status and the columns that
// decide an entity's stratum ride along in the uscc index, so a walk of millions of entities is
// an index-only scan that never touches the table's rows.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
CREATE UNIQUE INDEX entities_uscc_walk ON entities (uscc)
  INCLUDE (id, status, risk_tier, risk_input_tier, abnormal_list, serious_violation_list);
ALTER TABLE entities DROP CONSTRAINT entities_uscc_key;
ALTER INDEX entities_uscc_walk RENAME TO entities_uscc_key;
ALTER TABLE entities ADD CONSTRAINT entities_uscc_key UNIQUE USING INDEX entities_uscc_key;
`.execute(db);
}
