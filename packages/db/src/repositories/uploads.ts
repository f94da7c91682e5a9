import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { Db } from '../client.ts';
import { copyBinaryOut } from './copy-binary.ts';

// Files — uploaded tables and generated exports — are chunked into Postgres so that any API or
// worker replica can stream them back.
const CHUNK = 1 << 20;
const AHEAD = 8; // chunks per read

export const uploadsRepo = {
  save: (db: Db, filename: string, data: Uint8Array, createdBy: number): Promise<string> =>
    db.transaction().execute((trx) => uploadsRepo.store(trx, filename, [data], createdBy)),

  /**
   * Stores a file as it comes, in the caller's transaction (an export's file commits with its job's
   * result), in chunks of about CHUNK bytes; answers its id.
   */
  async store(trx: Transaction<Database>, filename: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, createdBy: number): Promise<string> {
    const { id } = await trx.insertInto('uploads').values({ filename, size: 0, sha256: '', createdBy }).returning('id').executeTakeFirstOrThrow();
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const put = (part: Buffer) => trx.insertInto('uploadChunks').values({ uploadId: id, seq: seq++, data: part }).execute();
    // whole chunks as soon as they are there, and at the end the rest; views, not copies, when one
    // piece holds it all (an upload arrives whole)
    const flush = async (last: boolean) => {
      if (pendingBytes < (last ? 1 : CHUNK)) return;
      const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      let at = 0;
      for (; all.length - at >= CHUNK; at += CHUNK) await put(all.subarray(at, at + CHUNK));
      if (last && at < all.length) {
        await put(all.subarray(at));
        at = all.length;
      }
      pending = at < all.length ? [all.subarray(at)] : [];
      pendingBytes = all.length - at;
    };
    for await (const piece of source) {
      hash.update(piece);
      size += piece.byteLength;
      pending.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
      pendingBytes += piece.byteLength;
      await flush(false);
    }
    await flush(true);
    await trx.updateTable('uploads').set({ size, sha256: hash.digest('hex') }).where('id', '=', id).execute();
    return id;
  },

  /**
   * The bytes in order, as stored: a few chunks at a time by binary COPY (raw bytes, where a
   * query would send them as hex or base64), the next few already being read while the caller
   * works on these. Each read is short and complete in itself, so a caller that stops early
   * leaves no connection behind.
   */
  async *read(db: Db, uploadId: string): AsyncGenerator<Uint8Array> {
    const fetch = (from: number) => db.transaction().execute(async (trx) => {
      const chunks: Buffer[] = [];
      const query = sql`SELECT data FROM upload_chunks WHERE upload_id = ${sql.lit(uploadId)}::uuid
        AND seq >= ${sql.lit(from)} AND seq < ${sql.lit(from + AHEAD)} ORDER BY seq`.compile(trx).sql;
      for await (const [data] of copyBinaryOut(trx, query)) chunks.push(data!);
      return chunks;
    });
    let next = fetch(0);
    try {
      for (let from = AHEAD; ; from += AHEAD) {
        const chunks = await next;
        if (chunks.length === 0) return;
        next = fetch(from);
        yield* chunks;
      }
    } finally {
      next.catch(() => undefined); // a reader that stops early leaves one read in flight
    }
  },

  meta: (db: Db, uploadId: string) =>
    db.selectFrom('uploads').selectAll().where('id', '=', uploadId).executeTakeFirst(),
};
