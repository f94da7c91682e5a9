import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareUtf8 } from '@sxgk/core/draw/index';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { orderPopulation } from '../src/draws/ordering.ts';

// Both ways of ordering a population (walking the COLLATE "C" index, or sorting in SQL) give the
// spec's order (UTF-8 bytes) and keep each code with its entity id.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, 400);
  // a code outside ASCII: byte order and UTF-16 order must still agree with compareUtf8
  await t.db.updateTable('entities').set({ uscc: '91410100测试代码00X' }).where('id', '=', 7).execute();
});
afterAll(async () => { await t.drop(); });

describe('orderPopulation', () => {
  it('orders by UTF-8 bytes with matching ids, whichever way', async () => {
    const all = await t.db.selectFrom('entities').select(['id', 'uscc']).execute();
    const byId = new Map(all.map((e) => [e.id, e.uscc]));
    const ids = all.map((e) => e.id).filter((id) => id % 3 !== 0);
    const eligible = new Map([['A', Int32Array.from(ids.filter((id) => id % 2 === 0))], ['B', Int32Array.from(ids.filter((id) => id % 2 === 1))], ['C', new Int32Array(0)]]);
    const [viaIndex, viaSort] = await Promise.all([orderPopulation(t.db, eligible, 'index'), orderPopulation(t.db, eligible, 'sort')]);
    for (const key of ['A', 'B', 'C']) {
      const a = viaIndex.get(key)!;
      const b = viaSort.get(key)!;
      expect(a.population).toEqual(b.population);
      expect(Buffer.compare(a.entityIds, b.entityIds)).toBe(0);
      expect(a.population).toEqual(a.population.slice().sort(compareUtf8));
      expect(a.population).toHaveLength(eligible.get(key)!.length);
      a.population.forEach((code, i) => expect(byId.get(a.entityIds.readInt32BE(i * 4))).toBe(code));
    }
  });
});
