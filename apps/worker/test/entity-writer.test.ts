import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type Db } from '@sxgk/db';
import { lockRegistry } from '@sxgk/db/repositories/directory-import';
import { createTestDatabase, type TestDatabase } from '@sxgk/db/testing';
import { ENTITY_CSV_HEADER, entityRow } from '../bench/entity-csv.ts';
import { EntityBatch } from '../src/imports/entity-batch.ts';
import { recordOf } from '@sxgk/sheets/csv-records';
import { entityRowWriter } from '../src/imports/entity-bytes.ts';
import { EntityWriter } from '../src/imports/entity-writer.ts';

// The writer puts the directory entries of new entities in on a second connection, committed
// just before the import's own transaction. An import that fails even after that leaves nothing:
// abandon() removes the entries that would point at entities that never came to exist.
let t: TestDatabase;
let db: Db;
let dept: number;
const job = '5c8a3d4e-9f1b-4c2d-8e7f-0a1b2c3d4e5f';
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedDemo(db, 20);
  dept = (await db.selectFrom('departments').select('id').where('code', '=', 'zjj').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t.drop(); });

function batchOf(rows: string[][]): EntityBatch {
  const write = entityRowWriter(ENTITY_CSV_HEADER);
  const batch = new EntityBatch(job);
  rows.forEach((cells, i) => {
    expect(write(recordOf(cells, i + 2), batch)).toEqual({ ok: true });
    batch.keep();
  });
  return batch;
}

const count = async (table: 'entities' | 'directoryEntries') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const options = { actorUserId: 1, jobId: job, fields: [], hasTags: true };

describe('EntityWriter', () => {
  it('writes new entities and their directory entries, both visible once the import commits', async () => {
    const before = [await count('entities'), await count('directoryEntries')];
    const result = await db.transaction().execute(async (trx) => {
      await lockRegistry(trx);
      const writer = new EntityWriter(db, trx, { ...options, departmentId: dept });
      await writer.add(batchOf([entityRow(61_001), entityRow(61_002)]));
      await writer.add(batchOf([entityRow(61_003)]));
      return writer.finish();
    });
    expect(result).toEqual({ inserted: 3, updated: 0 });
    expect([await count('entities'), await count('directoryEntries')]).toEqual([before[0]! + 3, before[1]! + 3]);
    const tags = await db.selectFrom('directoryEntries').innerJoin('entities', 'entities.id', 'directoryEntries.entityId')
      .select(['entities.uscc', 'directoryEntries.tags', 'directoryEntries.departmentId']).where('entities.createdByJob', '=', job).orderBy('entities.id').execute();
    expect(tags.map((r) => r.uscc)).toEqual([61_001, 61_002, 61_003].map((n) => entityRow(n)[0]));
    expect(tags.every((r) => r.departmentId === dept)).toBe(true);
  });

  it('an import that fails after its directory entries were committed leaves nothing behind', async () => {
    const before = [await count('entities'), await count('directoryEntries')];
    let writer: EntityWriter | null = null;
    await expect(db.transaction().execute(async (trx) => {
      await lockRegistry(trx);
      writer = new EntityWriter(db, trx, { ...options, departmentId: dept });
      await writer.add(batchOf([entityRow(62_001), entityRow(62_002)]));
      await writer.finish(); // the directory entries are committed here
      expect(await count('directoryEntries')).toBe(before[1]! + 2); // seen from outside: pointing at nothing yet
      throw new Error('the import fails before its own commit');
    })).rejects.toThrow(/fails before/);
    await writer!.abandon();
    expect([await count('entities'), await count('directoryEntries')]).toEqual(before);
  });

  it('an import that fails before the end rolls its directory entries back', async () => {
    const before = [await count('entities'), await count('directoryEntries')];
    let writer: EntityWriter | null = null;
    await expect(db.transaction().execute(async (trx) => {
      await lockRegistry(trx);
      writer = new EntityWriter(db, trx, { ...options, departmentId: dept });
      await writer.add(batchOf([entityRow(63_001)]));
      await writer.settle();
      throw new Error('a late problem in the file');
    })).rejects.toThrow(/late problem/);
    await writer!.abandon();
    expect([await count('entities'), await count('directoryEntries')]).toEqual(before);
  });
});
