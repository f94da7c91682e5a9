import { sql } from 'kysely';
import type { Db } from '@sxgk/db';

// The draw benchmark's city: one department with n entities in its directory over the four
// tiers (0.5 % on the abnormal list, so D+ exists), 2 000 inspectors, conflicts for 1 % of the
// entities, and an executed draw this year that already targeted n/10 of them. All generated in
// SQL (not timed). Codes are scrambled so Postgres really has to sort them.
export const BENCH_YEAR = 2026;

export interface BenchCity { departmentId: number; itemId: number; userId: number }

export async function benchCity(db: Db): Promise<BenchCity | undefined> {
  const d = await db.selectFrom('departments').select('id').where('code', '=', 'bench').executeTakeFirst();
  if (!d) return undefined;
  const item = await db.selectFrom('items').select('id').where('departmentId', '=', d.id).executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').where('username', '=', 'bench-admin').executeTakeFirstOrThrow();
  return { departmentId: d.id, itemId: item.id, userId: user.id };
}

export async function seedBenchCity(db: Db, n: number, log: (s: string) => void): Promise<BenchCity> {
  // one transaction: an interrupted seed leaves nothing half-made behind
  await db.transaction().execute((trx) => seed(trx, n, log));
  // as autovacuum would by the time of a real draw: statistics, and an all-visible map for index-only scans
  await sql`VACUUM ANALYZE`.execute(db);
  return (await benchCity(db))!;
}

async function seed(db: Db, n: number, log: (s: string) => void): Promise<void> {
  const step = async (label: string, q: ReturnType<typeof sql>) => {
    const t = performance.now();
    await q.execute(db);
    log(`  seed ${label.padEnd(28)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await step('department, user, item', sql`
    WITH d AS (INSERT INTO departments (code, name) VALUES ('bench', '基准测试局') RETURNING id),
    u AS (INSERT INTO users (username, display_name, password_hash, role, department_id)
          SELECT 'bench-admin', '基准测试管理员', 'x', 'dept_admin', id FROM d)
    INSERT INTO items (department_id, lineage_id, status, name, legal_basis, published_at)
    SELECT id, NULL, 'published', '基准抽查事项', '基准依据', now() FROM d`);
  await step('2 000 inspectors', sql`
    INSERT INTO inspectors (department_id, name, certificate_no, certificate_valid_until)
    SELECT d.id, '检查员' || i, '41' || lpad(((i * 7919) % 1000003)::text, 9, '0'), '2030-12-31'
    FROM departments d, generate_series(1, 2000) i WHERE d.code = 'bench'`);
  await step(`${n} entities`, sql`
    INSERT INTO entities (uscc, name, risk_tier, abnormal_list)
    SELECT '91410' || lpad(((i::bigint * 2654435761) % 10000000000)::text, 10, '0') || 'MA1',
           'E' || i, (ARRAY['A','B','C','D'])[i % 4 + 1], i % 200 = 3
    FROM generate_series(1, ${n}::int) i`);
  await step('directory entries', sql`
    INSERT INTO directory_entries (department_id, entity_id) SELECT d.id, e.id FROM departments d, entities e WHERE d.code = 'bench'`);
  await step('conflicts (1 %)', sql`
    INSERT INTO conflicts (inspector_id, entity_id, reason)
    SELECT (SELECT min(id) FROM inspectors) + (e.id::bigint * 7919) % 2000, e.id, '亲属任职' FROM entities e WHERE e.id % 100 = 7`);
  await step(`prior draw (${n / 10} targeted)`, sql`
    WITH t AS (INSERT INTO tasks (department_id, department_ids, ad_hoc, name, item_ids, ratios, groups, inspectors_per_entity, start_date, year)
               SELECT d.id, ARRAY[d.id], true, '本年度已完成的抽查', ARRAY[i.id], '{"A":100,"B":200,"C":1000,"D":3000}', '[]', 2, ${`${BENCH_YEAR}-02-01`}::date, ${BENCH_YEAR}
               FROM departments d JOIN items i ON i.department_id = d.id WHERE d.code = 'bench' RETURNING id),
    dr AS (INSERT INTO draws (task_id, status, secret, commitment, population_digest, inspector_digest, beacon_source, beacon, seed, executed_at)
           SELECT id, 'executed', repeat('0', 64), repeat('0', 64), repeat('0', 64), repeat('0', 64), '基准', '0', repeat('0', 64), now() FROM t RETURNING id, task_id)
    INSERT INTO targets (draw_id, task_id, entity_id, uscc, stratum, position)
    SELECT dr.id, dr.task_id, e.id, e.uscc, e.risk_tier, row_number() OVER () - 1 FROM dr, entities e WHERE e.id % 10 = 0`);
}
