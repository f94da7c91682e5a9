import { sql } from 'kysely';
import { createDb } from '@sxgk/db';
import { populationRows } from '@sxgk/db/draws/eligibility';
import { createPopulationHasher } from '@sxgk/core/draw/index';
const { db } = createDb('postgres://postgres@127.0.0.1:5432/sxgk_bench_draw_1000000', 2);
const task = await db.selectFrom('tasks').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
const T = () => performance.now();
await db.transaction().execute(async (trx) => {
  await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
  let t = T();
  const r = await sql<any>`SELECT stratum, count(*)::int AS size, string_agg(uscc, E'\\n') AS population, string_agg(int4send(id), ''::bytea) AS ids
      FROM (SELECT * FROM (${populationRows(task, [])}) c ORDER BY stratum, uscc COLLATE "C") o GROUP BY stratum`.execute(trx);
  console.log('select agg', T() - t); t = T();
  const r2 = await sql<any>`SELECT stratum, count(*)::int AS size FROM (SELECT * FROM (${populationRows(task, [])}) c ORDER BY stratum, uscc COLLATE "C") o GROUP BY stratum`.execute(trx);
  console.log('select count only', T() - t); t = T();
  await sql`CREATE TEMP TABLE x (k text, population text COMPRESSION lz4, ids bytea) ON COMMIT DROP`.execute(trx);
  await sql`INSERT INTO x SELECT stratum, string_agg(uscc, E'\\n'), string_agg(int4send(id), ''::bytea) FROM (SELECT * FROM (${populationRows(task, [])}) c ORDER BY stratum, uscc COLLATE "C") o GROUP BY stratum`.execute(trx);
  console.log('insert select', T() - t); t = T();
  const back = await sql<any>`SELECT k, population FROM x`.execute(trx);
  console.log('read back', T() - t); t = T();
  const h = createPopulationHasher();
  for (const s of r.rows.sort((a: any, b: any) => (a.stratum < b.stratum ? -1 : 1))) { const ids = s.population.split('\n'); h.stratum(s.stratum, 100); h.ids(ids); }
  console.log('split+hash', T() - t); t = T();
});
await db.destroy();
