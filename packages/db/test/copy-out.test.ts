import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { copyBinaryOut, copyOutChunks, TupleReader } from '../src/repositories/copy-binary.ts';
import { CodeRowReader, orderedStratum, StratumLines } from '../src/draws/code-rows.ts';

// CopyOut against a real Postgres: whatever the sizes of rows and socket chunks, the bytes are
// Postgres' binary COPY exactly; an error or a reader that stops early leaves the connection
// usable. CodeRowReader: rows come out whole wherever the chunks are cut.
let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

const concat = async (chunks: AsyncIterable<Buffer>) => {
  const all: Buffer[] = [];
  for await (const c of chunks) all.push(c);
  return Buffer.concat(all);
};

describe('CopyOut', () => {
  it('brings small rows and multi-megabyte values intact, as rows and as raw bytes', async () => {
    const query = `SELECT g, repeat(md5(g::text), CASE WHEN g % 1000 = 0 THEN 100000 ELSE 1 END) FROM generate_series(1, 20000) g`;
    const rows = await t.db.transaction().execute(async (trx) => {
      const out: [number, string][] = [];
      for await (const [g, text] of copyBinaryOut(trx, query)) out.push([g!.readInt32BE(0), text!.toString('utf8')]);
      return out;
    });
    const want = (await sql<{ g: number; r: string }>`SELECT g, repeat(md5(g::text), CASE WHEN g % 1000 = 0 THEN 100000 ELSE 1 END) AS r FROM generate_series(1, 20000) g`.execute(t.db)).rows;
    expect(rows.length).toBe(20000);
    expect(rows.every(([g, text], i) => g === want[i]!.g && text === want[i]!.r)).toBe(true);
    // the trailer closes the stream's bytes
    const raw = await t.db.transaction().execute(async (trx) => concat(await copyOutChunks(trx, 'SELECT 1')));
    expect(raw.subarray(-2)).toEqual(Buffer.from([0xff, 0xff]));
  });

  it('fails on an error in mid-COPY and the connection answers the next query', async () => {
    await expect(t.db.transaction().execute(async (trx) => {
      await concat(await copyOutChunks(trx, 'SELECT 1 / (5000 - g) FROM generate_series(1, 10000) g'));
    })).rejects.toThrow(/division by zero/);
    await expect(t.db.connection().execute(async (c) => {
      await expect(concat(await copyOutChunks(c as never, 'SELECT 1 / 0'))).rejects.toThrow(/division by zero/);
      return (await sql<{ n: number }>`SELECT 42 AS n`.execute(c)).rows[0]!.n;
    })).resolves.toBe(42);
  });

  it('a reader that stops early leaves the connection usable', async () => {
    const n = await t.db.connection().execute(async (c) => {
      for await (const chunk of await copyOutChunks(c as never, 'SELECT g, md5(g::text) FROM generate_series(1, 200000) g')) {
        if (chunk.length) break;
      }
      return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM generate_series(1, 7)`.execute(c)).rows[0]!.n;
    });
    expect(n).toBe(7);
  });
});

describe('TupleReader', () => {
  it('gives every tuple, fields and NULLs intact, however the stream is cut', () => {
    const field = fc.option(fc.uint8Array({ maxLength: 300 }), { nil: null });
    fc.assert(fc.property(fc.array(fc.array(field, { maxLength: 4 }), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 30 }), (rows, cuts) => {
      const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
      for (const row of rows) {
        parts.push(Buffer.from([0, row.length]));
        for (const f of row) {
          const length = Buffer.alloc(4);
          length.writeInt32BE(f === null ? -1 : f.length);
          parts.push(length, ...(f === null ? [] : [Buffer.from(f)]));
        }
      }
      parts.push(Buffer.from([0xff, 0xff]));
      const bytes = Buffer.concat(parts);
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const reader = new TupleReader();
      const got = [0, ...at].flatMap((from, i) => [...reader.push(bytes.subarray(from, at[i] ?? bytes.length))]);
      reader.finish();
      expect(got.map((r) => r.map((f) => (f === null ? null : [...f])))).toEqual(rows.map((r) => r.map((f) => (f === null ? null : [...f]))));
    }));
  });
});

/** Postgres' binary COPY of (text, int4, char) rows, as the registry walk receives it. */
function encode(rows: { code: string; id: number; stratum: string }[]): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  for (const r of rows) {
    const code = Buffer.from(r.code, 'utf8');
    const b = Buffer.alloc(2 + 4 + code.length + 8 + 5);
    b.writeInt16BE(3, 0);
    b.writeInt32BE(code.length, 2);
    code.copy(b, 6);
    b.writeInt32BE(4, 6 + code.length);
    b.writeInt32BE(r.id, 10 + code.length);
    b.writeInt32BE(1, 14 + code.length);
    b.write(r.stratum, 18 + code.length, 'latin1');
    parts.push(b);
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

describe('CodeRowReader', () => {
  const row = fc.record({ code: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), id: fc.integer({ min: 0, max: 2 ** 31 - 1 }), stratum: fc.constantFrom('A', 'B', 'C', 'D', '+') });

  it('reads every row whole however the stream is cut, and sorts them into strata', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), fc.nat(), fc.integer({ min: 1, max: 100 }), (rows, cuts, split, maxBlock) => {
      const bytes = encode(rows);
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const got: { code: string; id: number; stratum: string }[] = [];
      // tiny blocks, and the rows in two pieces as the two halves of a walk
      const pieces = [new StratumLines(maxBlock), new StratumLines(maxBlock)];
      const reader = new CodeRowReader((buf, start, end, id, stratum) => {
        got.push({ code: buf.toString('utf8', start, end), id, stratum: String.fromCharCode(stratum) });
        pieces[got.length <= split ? 0 : 1]!.add(buf, start, end, id);
      });
      [0, ...at].forEach((from, i) => reader.push(bytes.subarray(from, at[i] ?? bytes.length)));
      reader.finish();
      expect(got).toEqual(rows);
      const stratum = orderedStratum(pieces);
      expect(stratum.size).toBe(rows.length);
      expect(stratum.lines.every((batch) => batch.length > 0 && batch.at(-1) !== 10)).toBe(true);
      expect(stratum.lines.map((batch) => batch.toString('utf8')).join('\n')).toBe(rows.map((r) => r.code).join('\n'));
      const ids = Buffer.concat(stratum.entityIds);
      expect(Array.from({ length: rows.length }, (_, i) => ids.readInt32BE(i * 4))).toEqual(rows.map((r) => r.id));
    }));
  });

  it('refuses a stream that ends inside a row', () => {
    const bytes = encode([{ code: '91410100MA00000000', id: 7, stratum: 'A' }]);
    const reader = new CodeRowReader(() => {});
    reader.push(bytes.subarray(0, bytes.length - 5));
    expect(() => reader.finish()).toThrow(/before its trailer/);
  });
});
