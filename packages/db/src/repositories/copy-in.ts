import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../schema.ts';

// COPY … FROM STDIN inside a Kysely transaction, so bulk rows commit (or vanish) with the rest of
// the transaction. Kysely does not expose its pg client, but hands the query object to
// pg's client.query() untouched, and pg runs any object with submit() as a custom query: that is
// how pg-copy-streams plugs in. The stream's 'finish' comes after ReadyForQuery, so the next
// statement on the connection sees the rows.

const COPY_BUFFER_BYTES = 16 << 20;

/** Streams text (COPY text format, one row per line) into `copySql`; returns the rows copied. */
export async function copyIn(
  trx: Transaction<Database>,
  copySql: string,
  source: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
): Promise<number> {
  // A deep buffer lets the producer (parsing in JS) run ahead while Postgres ingests, so the two
  // overlap instead of taking turns at every socket drain.
  const stream = copyFrom(copySql, { highWaterMark: COPY_BUFFER_BYTES });
  await trx.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  await pipeline(Readable.from(pieces(source), { objectMode: false }), stream);
  return stream.rowCount;
}

// Postgres reads a COPY message whole before it parses any of it: large buffers go out as
// 256 KB messages (views, not copies), so it parses one while the next arrives.
const PIECE = 256 << 10;
async function* pieces(source: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): AsyncGenerator<string | Buffer> {
  for await (const part of source) {
    if (typeof part === 'string' || part.length <= PIECE) yield part;
    else for (let at = 0; at < part.length; at += PIECE) yield part.subarray(at, at + PIECE);
  }
}

// ---- COPY text format: \N is NULL; backslash, tab, CR and LF must be escaped ----

/** For writers of COPY bytes: the letter that escapes each byte after a backslash, or 0 when it stays as is. */
export const COPY_ESCAPE = new Uint8Array(256);
COPY_ESCAPE[0x5c] = 0x5c; // backslash
COPY_ESCAPE[0x09] = 0x74; // tab → t
COPY_ESCAPE[0x0a] = 0x6e; // LF → n
COPY_ESCAPE[0x0d] = 0x72; // CR → r

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyText(v: string): string {
  return NEEDS_ESCAPE.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : v;
}

/** One element of a text[] literal, quoted and COPY-escaped, for joining with commas inside {}. */
export function copyArrayElement(item: string): string {
  return copyText(`"${/["\\]/.test(item) ? item.replace(/["\\]/g, '\\$&') : item}"`);
}

export const COPY_NULL = '\\N';
