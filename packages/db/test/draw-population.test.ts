import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { compareUtf8 } from '@sxgk/core/draw/index';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { populationRows, STRATUM_KEYS, type PopulationTask } from '../src/draws/eligibility.ts';
import { loadPopulation, type PopulationOptions } from '../src/draws/population.ts';
import { HeldWalk, medianCode } from '../src/draws/registry-walk.ts';
import { CodeRowReader } from '../src/draws/code-rows.ts';

// Every way of assembling a population (walking the code index whole or in two halves on two
// connections, or sorting in SQL) gives exactly the rows of the one-statement reference
// populationRows(), in the spec's order (UTF-8 bytes),
// each code with its own entity id, for undirected and directed tasks, this year's exclusions
// and additions by hand.
let t: TestDatabase;
let scjg: number;
let zjj: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, 400);
  const depts = await t.db.selectFrom('departments').select(['id', 'code']).execute();
  scjg = depts.find((d) => d.code === 'scjg')!.id;
  zjj = depts.find((d) => d.code === 'zjj')!.id;
  // a code outside ASCII: byte order and UTF-16 order must still agree with compareUtf8
  await t.db.updateTable('entities').set({ uscc: '91410100测试代码00X' }).where('id', '=', 7).execute();
  await t.db.updateTable('entities').set({ status: 'revoked' }).where(sql<boolean>`id % 11 = 0`).execute();
  await t.db.updateTable('entities').set({ abnormalList: true }).where(sql<boolean>`id % 13 = 0`).execute();
  await sql`UPDATE entities SET risk_input_tier = 'D' WHERE id % 17 = 0`.execute(t.db);
  // an executed draw of this year that targeted every fifth entity of scjg's directory
  await sql`
    WITH k AS (INSERT INTO tasks (department_id, department_ids, ad_hoc, name, item_ids, ratios, groups, inspectors_per_entity, start_date, year)
               VALUES (${scjg}, ARRAY[${scjg}]::int[], true, '已完成', ARRAY[1], '{"A":100,"B":200,"C":1000,"D":3000}', '[]', 2, '2026-02-01', 2026) RETURNING id),
    d AS (INSERT INTO draws (task_id, status, secret, commitment, beacon_source, executed_at)
          SELECT id, 'executed', repeat('0', 64), repeat('0', 64), '测试', now() FROM k RETURNING id, task_id)
    INSERT INTO targets (draw_id, task_id, entity_id, uscc, stratum, position)
    SELECT d.id, d.task_id, e.id, e.uscc, e.risk_tier, row_number() OVER (ORDER BY e.id) - 1
    FROM d, entities e JOIN directory_entries de ON de.entity_id = e.id AND de.department_id = ${scjg} WHERE e.id % 5 = 0`.execute(t.db);
  await sql`VACUUM ANALYZE entities`.execute(t.db);
});
afterAll(async () => { await t.drop(); });

async function reference(task: PopulationTask, added: number[]) {
  const { rows } = await sql<{ stratum: string; id: number; uscc: string }>`SELECT * FROM (${populationRows(task, added)}) p`.execute(t.db);
  return new Map(STRATUM_KEYS.map((key) => {
    const mine = rows.filter((r) => r.stratum === key).sort((a, b) => compareUtf8(a.uscc, b.uscc));
    return [key, { population: mine.map((r) => r.uscc), ids: mine.map((r) => r.id) }];
  }));
}

// departments are known only once seeded, hence functions
const undirected = (departmentIds: number[], year = 2026): PopulationTask => ({ departmentIds, directed: false, filters: {}, year });
const cases: [string, () => PopulationTask, number[]][] = [
  ['undirected, this year excluded', () => undirected([scjg]), []],
  ['next year: nothing excluded', () => undirected([scjg], 2027), []],
  ['joint, two directories', () => undirected([scjg, zjj]), []],
  ['directed by kind and region', () => ({ departmentIds: [scjg], directed: true, filters: { kinds: ['enterprise'], regionCodes: ['411002', '410505'] }, year: 2026 }), []],
  ['directed to another directory', () => ({ departmentIds: [scjg], directed: true, filters: { directoryDepartmentIds: [zjj] }, year: 2026 }), []],
  ['additions: one targeted this year, one revoked, one outside the directory', () => undirected([scjg]), [5, 10, 11, 3]],
];

describe('loadPopulation', () => {
  it('has the statistics to split the walk in two halves', async () => {
    const median = await t.db.transaction().execute((trx) => medianCode(trx));
    expect(median).toMatch(/^[0-9A-Z]{18}$/);
  });

  it.each(cases)('%s: walk (in one or two halves) and sort give the reference population', async (_name, makeTask, added) => {
    const task = makeTask();
    const want = await reference(task, added);
    expect([...want.values()].reduce((n, s) => n + s.population.length, 0)).toBeGreaterThan(0);
    // the codes of every seventh entity are picked up on the way (as prepare does for conflicted ones)
    const capture = Array.from({ length: 500 }, (_, i) => i * 7);
    const load = (opts: PopulationOptions) => t.db.transaction().execute((trx) => loadPopulation(trx, task, added, [...STRATUM_KEYS], { ...opts, capture }));
    const ways = await Promise.all([load({ how: 'walk' }), load({ how: 'walk', walkers: t.db }), load({ how: 'sort' })]);
    const captured = new Map([...want.values()].flatMap((s) => s.ids.map((id, i) => [id, s.population[i]!] as const)).filter(([id]) => id % 7 === 0));
    for (const way of ways) expect(new Map([...way.codes].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...captured].sort((a, b) => a[0] - b[0])));
    for (const key of STRATUM_KEYS) {
      for (const got of ways.map((w) => w.strata.get(key)!)) {
        expect(got.lines.flatMap((batch) => batch.toString('utf8').split('\n'))).toEqual(want.get(key)!.population);
        expect(got.size).toBe(want.get(key)!.population.length);
        const ids = Buffer.concat(got.entityIds);
        expect(Array.from({ length: ids.length / 4 }, (_, j) => ids.readInt32BE(j * 4))).toEqual(want.get(key)!.ids);
      }
    }
  });

  it('a walk that holds more than it may waits, then hands everything over in code order, or drops it', async () => {
    const { rows } = await sql<{ id: number }>`SELECT id FROM entities WHERE status = 'active' ORDER BY uscc COLLATE "C"`.execute(t.db);
    const walk = new HeldWalk(t.db, null, null, 1); // waits after its first chunk
    await new Promise((r) => setTimeout(r, 200));
    const ids: number[] = [];
    const reader = new CodeRowReader((_b, _s, _e, id) => ids.push(id));
    await walk.release((chunk) => reader.push(chunk));
    reader.finish();
    expect(ids).toEqual(rows.map((r) => r.id));
    await new HeldWalk(t.db, null, null, 1).release(null); // dropped: it still ends, its connection back in the pool
  });

  it('the reference itself keeps the rules: active only, listed in D+, raised tiers, this year excluded, additions in', async () => {
    const want = await reference(undirected([scjg]), [5]);
    const all = [...want.entries()].flatMap(([key, s]) => s.ids.map((id) => ({ key, id })));
    const { rows } = await sql<{ id: number; listed: boolean; tier: string; raised: string | null }>`
      SELECT id, abnormal_list OR serious_violation_list AS listed, risk_tier AS tier, risk_input_tier AS raised FROM entities`.execute(t.db);
    const entity = new Map(rows.map((r) => [r.id, r]));
    expect(all.some(({ id }) => id % 11 === 0)).toBe(false); // revoked
    expect(all.filter(({ id }) => id % 5 === 0).map(({ id }) => id)).toEqual([5]); // targeted, except the addition
    for (const { key, id } of all) {
      const e = entity.get(id)!;
      expect(key).toBe(e.listed ? 'D+' : e.raised && e.raised > e.tier ? e.raised : e.tier);
    }
    expect(all.some(({ key }) => key === 'D+')).toBe(true);
  });
});
