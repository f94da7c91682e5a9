import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { copyIn } from './copy-in.ts';
import { CopyOut } from './copy-out.ts';

// COPY in Postgres' binary format, for a few very large values (a draw's population of a
// million codes, an uploaded file): the bytes travel as they are, where bind parameters and
// text COPY would turn a bytea into hex and make Postgres parse it back; and for an import's
// million rows, whose fields Postgres then takes by their length, integers, booleans and arrays
// without parsing them (a tenth less work per registry row than text, a fifth per directory row).

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
    for (const v of row) parts.push(...fieldParts(v));
  }
  parts.push(TRAILER);
  return parts;
}

/** A field as a tuple holds it: its length (-1 for NULL), then its bytes. */
function fieldParts(v: BinaryValue): Buffer[] {
  const pieces = v === null ? null : 'pieces' in v ? v.pieces.map(view) : [view('int4' in v ? int4(v.int4) : 'text' in v ? Buffer.from(v.text, 'utf8') : v.bytes)];
  const length = Buffer.alloc(4);
  length.writeInt32BE(pieces === null ? -1 : pieces.reduce((n, b) => n + b.length, 0));
  const parts: Buffer[] = [length];
  // a large value goes out in 1 MB pieces (views, not copies): Postgres takes many moderate
  // messages faster than one of hundreds of megabytes
  for (const bytes of pieces ?? []) for (let at = 0; at < bytes.length; at += PIECE) parts.push(bytes.subarray(at, at + PIECE));
  return parts;
}

const view = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const int4 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

/** One field's bytes in a tuple, for writers that put tuples together themselves. */
export const binaryField = (v: BinaryValue): Buffer => Buffer.concat(fieldParts(v));

const TEXT_OID = 25;

/** A text[] value: one dimension (none when empty), no NULLs, its elements each with their length. */
export function textArrayValue(items: readonly string[]): Buffer {
  const head = Buffer.alloc(items.length ? 20 : 12);
  head.writeInt32BE(items.length ? 1 : 0, 0);
  head.writeInt32BE(TEXT_OID, 8);
  if (items.length) {
    head.writeInt32BE(items.length, 12);
    head.writeInt32BE(1, 16); // lower bound
  }
  return Buffer.concat([head, ...items.map((t) => binaryField({ text: t }))]);
}

/** COPY … FROM STDIN (FORMAT binary) of `rows` in the caller's transaction; answers the rows copied. */
export function copyBinaryIn(trx: Transaction<Database>, copySql: string, rows: readonly (readonly BinaryValue[])[]): Promise<number> {
  return copyIn(trx, `${copySql} (FORMAT binary)`, binaryCopyData(rows));
}

/** COPY … FROM STDIN (FORMAT binary) of tuples already written one after the other (a 16-bit field count, then the fields). */
export function copyTuplesIn(trx: Transaction<Database>, copySql: string, tuples: Buffer): Promise<number> {
  return copyIn(trx, `${copySql} (FORMAT binary)`, [HEADER, tuples, TRAILER]);
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
  const reader = new TupleReader();
  for await (const chunk of await copyOutChunks(trx, query)) yield* reader.push(chunk);
  reader.finish();
}

/**
 * Tuples of a binary COPY stream, field by field as the chunks come. A field within one chunk is
 * a view of it; a longer one (a population of 20 MB arrives in hundreds of chunks) gets its own
 * buffer, each chunk's bytes copied into it once.
 */
export class TupleReader {
  #carry: Buffer | null = null; // a header, field count or field length cut at a chunk's end
  #started = false;
  #ended = false;
  #count = -1; // fields of the tuple being read; -1 = not read yet
  #fields: (Buffer | null)[] = [];
  #field: Buffer | null = null; // a field longer than what has come, being filled
  #filled = 0;

  *push(chunk: Buffer): Generator<(Buffer | null)[]> {
    let buf = chunk;
    if (this.#carry) buf = Buffer.concat([this.#carry, chunk]);
    this.#carry = null;
    let at = 0;
    while (!this.#ended) {
      if (this.#field) {
        const take = Math.min(this.#field.length - this.#filled, buf.length - at);
        this.#filled += buf.copy(this.#field, this.#filled, at, at + take);
        at += take;
        if (this.#filled < this.#field.length) return;
        this.#fields.push(this.#field);
        this.#field = null;
      }
      if (this.#fields.length === this.#count) {
        yield this.#fields;
        this.#fields = [];
        this.#count = -1;
      }
      const small = !this.#started ? HEADER.length : this.#count < 0 ? 2 : 4;
      if (at + small > buf.length || (!this.#started && at + tuplesStart(buf.subarray(at)) > buf.length)) {
        if (at < buf.length) this.#carry = buf.subarray(at);
        return;
      }
      if (!this.#started) {
        at += tuplesStart(buf.subarray(at));
        this.#started = true;
      } else if (this.#count < 0) {
        this.#count = buf.readInt16BE(at);
        at += 2;
        if (this.#count === -1) this.#ended = true; // the trailer
      } else {
        const length = buf.readInt32BE(at);
        at += 4;
        if (length === -1) this.#fields.push(null);
        else if (at + length <= buf.length) {
          this.#fields.push(buf.subarray(at, at + length));
          at += length;
        } else {
          this.#field = Buffer.allocUnsafe(length);
          this.#filled = 0;
        }
      }
    }
  }

  /** The stream is over: it must have ended with the trailer. */
  finish(): void {
    if (!this.#ended) throw new Error('a binary COPY ended before its trailer');
  }
}
