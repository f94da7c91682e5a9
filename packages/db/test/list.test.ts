import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListQuery } from '@sxgk/core/simple-rest';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { readAll } from '../src/list.ts';
import { entitiesRepo } from '../src/repositories/entities.ts';

// A list read whole through a cursor (exports) is the list its pages show, in the same order.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, 60);
});
afterAll(async () => { await t.drop(); });

describe('readAll', () => {
  it('yields, batch by batch, exactly the rows of the pages, in their order, with the filters and scope applied', async () => {
    const dept = await t.db.selectFrom('departments').select('id').where('code', '=', 'zjj').executeTakeFirstOrThrow();
    const scope = { kind: 'department' as const, departmentId: dept.id };
    const q = parseListQuery({ sort: '["riskTier","DESC"]', filter: '{"status":"active"}', range: '[0,9]' });
    const pages: unknown[] = [];
    for (let start = 0; ; start += 10) {
      const { rows, total } = await entitiesRepo.list(t.db, scope, { ...q, range: { start, end: start + 9 } });
      pages.push(...rows);
      if (start + 10 >= total) break;
    }
    expect(pages.length).toBeGreaterThan(10);
    const batches: number[] = [];
    const read: unknown[] = [];
    for await (const rows of readAll(t.db, (trx) => entitiesRepo.ordered(trx, scope, q), 7)) {
      batches.push(rows.length);
      read.push(...rows);
    }
    expect(read).toEqual(pages);
    expect(batches.slice(0, -1).every((n) => n === 7)).toBe(true);
  });
});
