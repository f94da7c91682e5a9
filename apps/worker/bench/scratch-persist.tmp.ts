import { sql } from 'kysely';
import { createDb } from '@sxgk/db';
const { db } = createDb('postgres://postgres@127.0.0.1:5432/sxgk_bench_draw_1000000', 2);
const T = () => performance.now();
const n = 102000;
const ents = await sql<{ id: number; uscc: string }>`SELECT id, uscc FROM entities WHERE id % 9 = 1 LIMIT ${n}`.execute(db);
const t = { entityId: ents.rows.map((r) => r.id), uscc: ents.rows.map((r) => r.uscc), stratum: ents.rows.map(() => 'A') };
const a = { target: [] as number[], inspectorId: [] as number[], cert: [] as string[], group: [] as string[], position: [] as number[] };
for (let i = 0; i < n; i++) for (let j = 0; j < 2; j++) { a.target.push(i); a.inspectorId.push(1 + ((i * 7 + j) % 2000)); a.cert.push('41' + String(i % 2000).padStart(9, '0')); a.group.push('bench'); a.position.push(j); }
for (let rep = 0; rep < 2; rep++) {
await db.transaction().execute(async (trx) => {
  let s = T();
  await sql`INSERT INTO targets (draw_id, task_id, entity_id, uscc, stratum, position)
        SELECT 99999, 1, u.entity_id, u.uscc, u.stratum, (u.n - 1)::int
        FROM unnest(${t.entityId}::int[], ${t.uscc}::text[], ${t.stratum}::text[]) WITH ORDINALITY AS u(entity_id, uscc, stratum, n)`.execute(trx);
  console.log('targets unnest', T() - s); s = T();
  await sql`INSERT INTO assignments (target_id, draw_id, inspector_id, certificate_no, group_key, position)
      SELECT x.target_position + 900000000, 99999, x.inspector_id, x.cert, x.grp, x.pos
      FROM unnest(${a.target}::int[], ${a.inspectorId}::int[], ${a.cert}::text[], ${a.group}::text[], ${a.position}::int[]) AS x(target_position, inspector_id, cert, grp, pos)`.execute(trx);
  console.log('assignments unnest', T() - s); s = T();
  throw new Error('rollback');
}).catch((e) => console.log(String(e).slice(0, 200)));
}
await db.destroy();
