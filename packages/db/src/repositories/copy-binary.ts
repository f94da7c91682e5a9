import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { copyIn } from './copy-in.ts';
import { CopyOut } from './copy-out.ts';

// COPY in Postgres' binary format, for a few very large values (a draw's population of a
// million codes, an uploaded file): the bytes travel as they are, where bind parameters and
// text COPY would turn a bytea into hex and make Postgres parse it back.

/** A field: an int4, a text, or raw bytes (a bytea, or a text already in UTF-8), whole or in pieces. */
export type BinaryValue = { int4: number } | { text: string } | { bytes: Uint8Array } | { pieces: readonly Uint8Array[] } | null;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]); // flags 0, no header extension
const TRAILER = Buffer.from([0xff, 0xff]);
const PIECE = 1 << 20;

/** Rows encoded as one binary COPY stream, header and trailer included. */
function binaryCopyData(rows: readonly (readonly BinaryValue[])[]): Buffer[] {
  const parts: Buffer[] = [HEADER];
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const v of row) {
      const pieces = v === null ? null : 'pieces' in v ? v.pieces.map(view) : [view('int4' in v ? int4(v.int4) : 'text' in v ? Buffer.from(v.text, 'utf8') : v.bytes)];
      const length = Buffer.alloc(4);
      length.writeInt32BE(pieces === null ? -1 : pieces.reduce((n, b) => n + b.length, 0));
      parts.push(length);
      // a large value goes out in 1 MB pieces (views, not copies): Postgres takes many moderate
      // messages faster than one of hundreds of megabytes
      for (const bytes of pieces ?? []) for (let at = 0; at < bytes.length; at += PIECE) parts.push(bytes.subarray(at, at + PIECE));
    }
  }
  parts.push(TRAILER);
  return parts;
}

const view = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const int4 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

/** COPY … FROM STDIN (FORMAT binary) of `rows` in the caller's transaction; answers the rows copied. */
export function copyBinaryIn(trx: Transaction<Database>, copySql: string, rows: readonly (readonly BinaryValue[])[]): Promise<number> {
  return copyIn(trx, `${copySql} (FORMAT binary)`, binaryCopyData(rows));
}

/**
 * The bytes of COPY (query) TO STDOUT (FORMAT binary) as they arrive, in the caller's transaction;
 * read them to the end, so the connection finishes the COPY before its next query.
 */
export async function copyOutChunks(trx: Transaction<Database>, query: string): Promise<AsyncIterable<Buffer>> {
  const stream = new CopyOut(`COPY (${query}) TO STDOUT (FORMAT binary)`);
  await trx.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  return stream;
}

/** Bytes the binary COPY header takes before its extension area. */
export const COPY_HEADER_BYTES = HEADER.length;
/** Where the first tuple starts in a stream's first bytes (at least COPY_HEADER_BYTES of them). */
export const tuplesStart = (buf: Buffer): number => HEADER.length + buf.readInt32BE(SIGNATURE.length + 4);

/**
 * The rows of COPY (query) TO STDOUT (FORMAT binary), each field's raw bytes (null for NULL).
 * Runs in the caller's transaction, which keeps the connection while the rows stream in; read it
 * to the end, so the connection finishes the COPY before its next query.
 */
export async function* copyBinaryOut(trx: Transaction<Database>, query: string): AsyncGenerator<(Buffer | null)[]> {
  const stream = await copyOutChunks(trx, query);
  // chunks are joined only once they hold what the next tuple needs: a 20 MB field arrives in
  // hundreds of chunks, and joining at each one would copy it hundreds of times
  let held: Buffer[] = [];
  let heldBytes = 0;
  let need = HEADER.length;
  let at = -1; // read position in the joined buffer; -1 = header not read yet
  for await (const chunk of stream) {
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes < need) continue;
    const buf = held.length === 1 ? held[0]! : Buffer.concat(held);
    if (at < 0) at = tuplesStart(buf);
    for (;;) {
      const row = readTuple(buf, at);
      if (row === 'end') {
        need = Infinity; // the trailer: drain whatever the stream still brings
        break;
      }
      if ('need' in row) {
        need = row.need - at;
        break;
      }
      at = row.next;
      yield row.fields;
    }
    const rest = buf.subarray(at);
    held = rest.length ? [rest] : [];
    heldBytes = rest.length;
    at = 0;
  }
}

/** The tuple at `at`, or how many bytes of `buf` it needs at least, or the trailer. */
function readTuple(buf: Buffer, at: number): { fields: (Buffer | null)[]; next: number } | { need: number } | 'end' {
  if (at + 2 > buf.length) return { need: at + 2 };
  const count = buf.readInt16BE(at);
  if (count === -1) return 'end';
  const fields: (Buffer | null)[] = [];
  let p = at + 2;
  for (let i = 0; i < count; i++) {
    if (p + 4 > buf.length) return { need: p + 4 };
    const length = buf.readInt32BE(p);
    p += 4;
    if (length === -1) {
      fields.push(null);
      continue;
    }
    if (p + length > buf.length) return { need: p + length };
    fields.push(buf.subarray(p, p + length));
    p += length;
  }
  return { fields, next: p };
}
