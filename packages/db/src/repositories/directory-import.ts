import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { Db } from '../client.ts';
import { copyTuplesIn } from './copy-binary.ts';

// 检查对象 imports in bulk, in the caller's transaction. New entities are COPYed straight into
// the registry and the directory; a batch of rows of which some already exist goes to a
// temporary stage instead, which a few set-based statements then merge into the registry and
// the importing department's directory. The stage has no index: the worker already dropped
// duplicate codes, and every join of the merge is a hash join anyway.

/** Registry fields in stage (= COPY) order, camelCase as in the API, with their columns. */
export const ENTITY_IMPORT_FIELDS = {
  uscc: 'uscc', name: 'name', kind: 'kind', status: 'status', legalRepresentative: 'legal_representative',
  contactPhone: 'contact_phone', address: 'address', regionCode: 'region_code', businessScope: 'business_scope',
  industryTags: 'industry_tags', riskTier: 'risk_tier', abnormalList: 'abnormal_list',
  seriousViolationList: 'serious_violation_list', complaintCount: 'complaint_count',
} as const;
export type EntityImportField = keyof typeof ENTITY_IMPORT_FIELDS;
const FIELDS = Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[];
const COLUMNS = Object.values(ENTITY_IMPORT_FIELDS);

export interface EntityMergeOptions {
  departmentId: number;
  actorUserId: number;
  /** The import job: history rows say `import:<jobId>`, new entities carry it as created_by_job. */
  jobId: string;
  /** Fields whose column is in the file; the others keep the registry's value on update. */
  fields: readonly EntityImportField[];
  hasTags: boolean;
}

/** Takes the registry for an import: other writers wait (readers do not) until it commits. */
export async function lockRegistry(trx: Transaction<Database>): Promise<void> {
  await sql`LOCK TABLE entities IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
}

/** Reserves `n` consecutive entity ids and answers the first. Under lockRegistry nobody else draws from the sequence. */
export async function reserveEntityIds(trx: Transaction<Database>, n: number): Promise<number> {
  const { rows } = await sql<{ last: string }>`SELECT setval('entities_id_seq', nextval('entities_id_seq') + ${n - 1}) AS last`.execute(trx);
  return Number(rows[0]!.last) - n + 1;
}

/**
 * New entities straight into the registry by binary COPY: tuples with their ids (see
 * EntityBatch.registryRows). Inside a savepoint: when one of the codes is already in the registry
 * nothing of it stays and the answer is false (the rows then go to the merge stage instead).
 */
export async function copyNewEntities(trx: Transaction<Database>, registryRows: Buffer): Promise<boolean> {
  await sql`SAVEPOINT new_entities`.execute(trx);
  try {
    await copyTuplesIn(trx, `COPY entities (${COLUMNS.join(', ')}, created_by_job, id) FROM STDIN`, registryRows);
  } catch (e) {
    if ((e as { constraint?: string }).constraint !== 'entities_uscc_key') throw e;
    await sql`ROLLBACK TO SAVEPOINT new_entities`.execute(trx);
    return false;
  }
  await sql`RELEASE SAVEPOINT new_entities`.execute(trx);
  return true;
}

/** Directory entries by binary COPY: tuples of department, entity id and tags (see EntityBatch.directoryRows). */
export function copyDirectoryEntries(trx: Transaction<Database>, rows: Buffer): Promise<number> {
  return copyTuplesIn(trx, 'COPY directory_entries (department_id, entity_id, tags) FROM STDIN', rows);
}

/** Removes directory entries of ids in [first, last] that no entity has (an import that wrote them did not commit). */
export async function removeOrphanEntries(db: Db, departmentId: number, ranges: readonly (readonly [number, number])[]): Promise<void> {
  for (const [first, last] of ranges) {
    await sql`DELETE FROM directory_entries d WHERE d.department_id = ${departmentId} AND d.entity_id BETWEEN ${first} AND ${last}
      AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = d.entity_id)`.execute(db);
  }
}

/**
 * COPYs stage tuples (the registry fields in ENTITY_IMPORT_FIELDS order, then tags: NULL = keep the
 * directory's) into the merge stage, created on first use and dropped at commit. Returns the rows staged.
 */
export async function stageEntities(trx: Transaction<Database>, rows: Buffer): Promise<number> {
  await sql.raw(`CREATE TEMP TABLE IF NOT EXISTS import_entities (
    uscc text, name text, kind text, status text, legal_representative text, contact_phone text,
    address text, region_code text, business_scope text, industry_tags text[], risk_tier char(1),
    abnormal_list boolean, serious_violation_list boolean, complaint_count int, tags text[]
  ) ON COMMIT DROP`).execute(trx);
  return copyTuplesIn(trx, `COPY import_entities (${COLUMNS.join(', ')}, tags) FROM STDIN`, rows);
}

/**
 * Merges the stage, under lockRegistry (so what is compared is what gets written); counts are
 * per entity: inserted = new to the directory, updated = changed.
 */
export async function mergeEntities(trx: Transaction<Database>, o: EntityMergeOptions): Promise<{ inserted: number; updated: number }> {
  await sql.raw(`CREATE TEMP TABLE import_changed (entity_id int PRIMARY KEY) ON COMMIT DROP;
  ANALYZE import_entities`).execute(trx); // a temp table has no statistics: without them the joins below spill to disk
  // Hash joins of the whole stage stay in memory; JIT compiling costs more than it saves on
  // statements that are mostly index maintenance and FK checks.
  await sql`SET LOCAL work_mem = '128MB'; SET LOCAL jit = off`.execute(trx);
  const who = sql`${o.actorUserId}::int, ${o.departmentId}::int, ${`import:${o.jobId}`}::text`;
  const present = o.fields.filter((f) => f !== 'uscc').map((f) => ENTITY_IMPORT_FIELDS[f]);

  // 1. Changed registry entities: update, keep before/after in history, remember for the counts.
  if (present.length) {
    const cols = (alias: string) => sql.raw(present.map((c) => `${alias}.${c}`).join(', '));
    await sql`
      WITH old AS (
        SELECT e.id, ${registryJson('e')} AS before FROM import_entities s JOIN entities e ON e.uscc = s.uscc
        WHERE ROW(${cols('e')}) IS DISTINCT FROM ROW(${cols('s')})
      ), upd AS (
        UPDATE entities e SET ${sql.raw(present.map((c) => `${c} = s.${c}`).join(', '))}, updated_at = now()
        FROM import_entities s, old WHERE old.id = e.id AND s.uscc = e.uscc
        RETURNING e.*
      ), hist AS (
        INSERT INTO entity_history (entity_id, actor_user_id, department_id, source, before, after)
        SELECT upd.id, ${who}, old.before, ${registryJson('upd')} FROM upd JOIN old USING (id)
      )
      INSERT INTO import_changed (entity_id) SELECT id FROM upd`.execute(trx);
  }

  // 2. Entities already in the registry: into the directory (tags from the file when it has them).
  //    Entries already as the file says are filtered out by a join, not left to ON CONFLICT.
  const differs = o.hasTags ? sql`d.entity_id IS NULL OR d.tags IS DISTINCT FROM s.tags` : sql`d.entity_id IS NULL`;
  const onConflict = o.hasTags ? sql`DO UPDATE SET tags = excluded.tags` : sql`DO NOTHING`;
  const existing = await sql<{ added: number; retagged: number; changedOnly: number }>`
    WITH dir AS (
      INSERT INTO directory_entries (department_id, entity_id, tags)
      SELECT ${o.departmentId}::int, e.id, coalesce(s.tags, '{}') FROM import_entities s JOIN entities e ON e.uscc = s.uscc
      LEFT JOIN directory_entries d ON d.department_id = ${o.departmentId} AND d.entity_id = e.id
      WHERE ${differs}
      ON CONFLICT (department_id, entity_id) ${onConflict}
      RETURNING entity_id, xmax = 0 AS added  -- xmax = 0: inserted, not updated
    )
    SELECT (SELECT count(*) FROM dir WHERE added)::int AS added,
      (SELECT count(*) FROM dir WHERE NOT added)::int AS retagged,
      (SELECT count(*) FROM import_changed c WHERE NOT EXISTS (SELECT 1 FROM dir WHERE dir.entity_id = c.entity_id))::int AS changed_only`
    .execute(trx);

  // 3. New entities: registry (in code order, so the uscc index grows at its right edge), then a
  //    directory entry each, in the same order (so its primary key grows at its right edge too).
  //    Their creation is recorded by created_by_job, not by a history row each.
  const dirSource = o.hasTags
    ? sql`SELECT ${o.departmentId}::int, ins.id, coalesce(s.tags, '{}') FROM ins JOIN import_entities s USING (uscc) ORDER BY ins.id`
    : sql`SELECT ${o.departmentId}::int, ins.id, '{}'::text[] FROM ins ORDER BY ins.id`;
  const created = await sql<{ inserted: number }>`
    WITH ins AS (
      INSERT INTO entities (${sql.raw(COLUMNS.join(', '))}, created_by_job)
      SELECT ${sql.raw(COLUMNS.map((c) => `s.${c}`).join(', '))}, ${o.jobId}::uuid FROM import_entities s
      WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.uscc = s.uscc)
      ORDER BY s.uscc COLLATE "C"
      RETURNING id, uscc
    ), dir AS (
      INSERT INTO directory_entries (department_id, entity_id, tags) ${dirSource}
    )
    SELECT count(*)::int AS inserted FROM ins`.execute(trx);
  const e = existing.rows[0]!;
  return { inserted: e.added + created.rows[0]!.inserted, updated: e.retagged + e.changedOnly };
}

// The history JSON of a registry row: the same keys the worker writes for new entities.
function registryJson(alias: string) {
  return sql.raw(`jsonb_build_object(${FIELDS.map((f) => `'${f}', ${alias}.${ENTITY_IMPORT_FIELDS[f]}`).join(', ')})`);
}
