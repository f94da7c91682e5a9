import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { migrate } from '../src/migrate.ts';
import { seedDemo } from '../src/seed/seed.ts';

// Migration 0006 moves the teams of draws already executed from assignment rows onto their
// targets and into inspector_targets; the assignments view then reads exactly the old rows.
let t: TestDatabase;
const before: { id: number; targetId: number; position: number; drawId: number; inspectorId: number; certificateNo: string; groupKey: string }[] = [];
beforeAll(async () => {
  t = await createTestDatabase({ empty: true });
  await migrate(t.db, '0005_draw_walk');
  await seedDemo(t.db, 50);
  await sql`
    WITH k AS (INSERT INTO tasks (department_id, department_ids, ad_hoc, name, item_ids, ratios, groups, inspectors_per_entity, start_date, year)
               SELECT id, ARRAY[id], true, '迁移前的抽查', ARRAY[1], '{"A":100,"B":200,"C":1000,"D":3000}', '[]', 2, '2026-02-01', 2026
               FROM departments WHERE code = 'scjg' RETURNING id),
    d AS (INSERT INTO draws (task_id, status, secret, commitment, beacon_source, executed_at)
          SELECT id, 'executed', repeat('0', 64), repeat('0', 64), '测试', now() FROM k RETURNING id, task_id),
    tg AS (INSERT INTO targets (draw_id, task_id, entity_id, uscc, stratum, position)
           SELECT d.id, d.task_id, e.id, e.uscc, e.risk_tier, row_number() OVER (ORDER BY e.id) - 1 FROM d, entities e WHERE e.id <= 6
           RETURNING id, draw_id, position)
    INSERT INTO assignments (target_id, position, draw_id, inspector_id, certificate_no, group_key)
    SELECT tg.id, j, tg.draw_id, i.id, i.certificate_no, 'scjg'
    FROM tg, generate_series(0, 1) j, LATERAL (SELECT id, certificate_no FROM inspectors ORDER BY id OFFSET (tg.position * 2 + j) % 7 LIMIT 1) i`.execute(t.db);
  before.push(...(await sql<(typeof before)[number]>`SELECT * FROM assignments ORDER BY id`.execute(t.db)).rows);
  await migrate(t.db);
});
afterAll(async () => { await t.drop(); });

describe('migration 0006_draw_teams', () => {
  it('the assignments view reads back every old row', async () => {
    expect(before).toHaveLength(12);
    const after = await t.db.selectFrom('assignments').selectAll().orderBy('id').execute();
    expect(after.map((a) => ({ ...a, id: Number(a.id), targetId: Number(a.targetId) }))).toEqual(before.map((a) => ({ ...a, id: Number(a.id), targetId: Number(a.targetId) })));
  });

  it('teams sit on their targets and each inspector knows their targets', async () => {
    const targets = await t.db.selectFrom('targets').select(['position', 'inspectorIds']).orderBy('id').execute();
    for (const tg of targets) expect(tg.inspectorIds).toHaveLength(2);
    const index = await t.db.selectFrom('inspectorTargets').selectAll().execute();
    for (const row of index) {
      for (const p of row.positions) expect(targets[p]!.inspectorIds).toContain(row.inspectorId);
    }
    expect(index.reduce((n, r) => n + r.positions.length, 0)).toBe(12);
  });

  it('results stay read-only', async () => {
    await expect(sql`DELETE FROM assignments`.execute(t.db)).rejects.toThrow(/cannot be changed/);
    await expect(sql`DELETE FROM inspector_targets`.execute(t.db)).rejects.toThrow(/cannot be changed/);
    await expect(sql`UPDATE targets SET inspector_ids = '{}'`.execute(t.db)).rejects.toThrow(/cannot be changed/);
  });
});
