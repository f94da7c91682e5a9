import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { uploadsRepo } from '../src/repositories/uploads.ts';

// Files in Postgres: stored whole (an upload) or as they come (an export), read back byte for byte.
let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

async function readBack(id: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of uploadsRepo.read(t.db, id)) parts.push(part);
  return Buffer.concat(parts);
}

describe('uploads', () => {
  const data = randomBytes((5 << 20) / 2 + 12345); // 2.5 MB and a bit: two full chunks and a rest
  const sha256 = createHash('sha256').update(data).digest('hex');

  it('stores a whole file in chunks and reads it back, with its size and digest', async () => {
    const id = await uploadsRepo.save(t.db, 'whole.csv', data, null as never);
    expect((await readBack(id)).equals(data)).toBe(true);
    const meta = await uploadsRepo.meta(t.db, id);
    expect({ filename: meta?.filename, size: Number(meta?.size), sha256: meta?.sha256 }).toEqual({ filename: 'whole.csv', size: data.length, sha256 });
    expect(await t.db.selectFrom('uploadChunks').select('seq').where('uploadId', '=', id).execute()).toHaveLength(3);
  });

  it('stores a file as it comes, in pieces of any size, and nothing of it when the transaction fails', async () => {
    const pieces = function* () {
      for (let at = 0, n = 1; at < data.length; at += n, n = (n * 7 + 13) % 300_000 + 1) yield data.subarray(at, Math.min(at + n, data.length));
    };
    const id = await t.db.transaction().execute((trx) => uploadsRepo.store(trx, 'streamed.xlsx', pieces(), null as never));
    expect((await readBack(id)).equals(data)).toBe(true);
    const meta = await uploadsRepo.meta(t.db, id);
    expect({ size: Number(meta?.size), sha256: meta?.sha256 }).toEqual({ size: data.length, sha256 });

    const before = await t.db.selectFrom('uploads').select('id').execute();
    await expect(t.db.transaction().execute(async (trx) => {
      await uploadsRepo.store(trx, 'lost.xlsx', pieces(), null as never);
      throw new Error('the export failed after its file');
    })).rejects.toThrow('the export failed');
    expect(await t.db.selectFrom('uploads').select('id').execute()).toEqual(before);
  });
});
