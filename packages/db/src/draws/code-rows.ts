import { COPY_HEADER_BYTES, tuplesStart } from '../repositories/copy-binary.ts';

// The registry walk's rows — (uscc text, id int4, stratum char) — read straight off the chunks
// of a binary COPY: a million rows without a Buffer, string or array per row. Postgres sends
// rows this way at about half the cost of aggregating them into a few large values.

/** One row: its code is buf[start, end) (UTF-8), its stratum one byte. */
export type OnCodeRow = (buf: Buffer, start: number, end: number, id: number, stratum: number) => void;

const FIELDS = 3;
// after the code: id length (4) and id (4), stratum length (4) and the character (1)
const AFTER_CODE = 13;
// bytes of the next chunk that finish a row cut at a chunk's end (a code is 18 bytes, far fewer)
const BRIDGE = 256;

export class CodeRowReader {
  #carry: Buffer | null = null;
  #started = false;
  #ended = false;

  constructor(private readonly onRow: OnCodeRow) {}

  /** Reads the complete rows in `chunk`; a row cut at its end waits for the next chunk. */
  push(chunk: Buffer): void {
    let buf = chunk;
    let at = 0;
    if (this.#carry) {
      const carry = this.#carry;
      this.#carry = null;
      // the row cut at the last chunk's end is finished with a few of this chunk's bytes,
      // rather than joining whole chunks
      const bridge = this.#started && chunk.length > BRIDGE ? Buffer.concat([carry, chunk.subarray(0, BRIDGE)]) : null;
      const done = bridge ? this.#read(bridge, 0, carry.length) : 0;
      if (done >= carry.length) at = done - carry.length;
      else buf = Buffer.concat([carry, chunk]); // the header, or a row longer than the bridge
    }
    if (!this.#started) {
      if (buf.length < COPY_HEADER_BYTES || buf.length < tuplesStart(buf)) {
        this.#carry = buf;
        return;
      }
      at = tuplesStart(buf);
      this.#started = true;
    }
    at = this.#read(buf, at, buf.length);
    if (at < buf.length && !this.#ended) this.#carry = buf.subarray(at);
  }

  /** Reads the complete rows of `buf` that start at `at` or later, before `stop`; answers where it stopped. */
  #read(buf: Buffer, at: number, stop: number): number {
    const n = buf.length;
    while (at < stop && at + 2 <= n && !this.#ended) {
      const fields = (buf[at]! << 8) | buf[at + 1]!;
      if (fields === 0xffff) {
        this.#ended = true; // the trailer
        return at + 2;
      }
      if (fields !== FIELDS) throw new Error(`a code row has ${FIELDS} fields, not ${fields}`);
      if (at + 6 > n) break;
      const start = at + 6;
      const end = start + ((buf[at + 2]! << 24) | (buf[at + 3]! << 16) | (buf[at + 4]! << 8) | buf[at + 5]!);
      const next = end + AFTER_CODE;
      if (next > n) break;
      if (buf[end + 3] !== 4 || buf[end + 11] !== 1) throw new Error('a code row is (text, int4, one character)');
      const id = (buf[end + 4]! << 24) | (buf[end + 5]! << 16) | (buf[end + 6]! << 8) | buf[end + 7]!;
      this.onRow(buf, start, end, id, buf[next - 1]!);
      at = next;
    }
    return at;
  }

  /** The stream is over: it must have ended with the trailer, not inside a row. */
  finish(): void {
    if (!this.#ended) throw new Error('the binary COPY of code rows ended before its trailer');
  }
}

const NL = 10;

/** Bytes appended in blocks that double up to `max` bytes: a full block is kept as it is, never copied. */
class Blocks {
  readonly #full: Buffer[] = [];
  block: Buffer;
  used = 0;

  constructor(first: number, private readonly max: number) {
    this.block = Buffer.allocUnsafe(Math.min(first, max));
  }

  /** Makes room for `n` more bytes: answers the block to write them to, from `used` on. */
  room(n: number): Buffer {
    if (this.used + n > this.block.length) {
      this.#full.push(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(Math.min(this.block.length * 2, this.max), n));
      this.used = 0;
    }
    return this.block;
  }

  all(): Buffer[] {
    return [...this.#full, this.block.subarray(0, this.used)];
  }
}

/**
 * A stratum's codes, each followed by "\n", and its ids (int4 big-endian), as rows come: in
 * blocks that double up to `maxBlock` bytes, so nothing is copied until the strata are joined.
 */
export class StratumLines {
  size = 0;
  readonly #codes: Blocks;
  readonly #ids: Blocks;

  constructor(maxBlock = 1 << 20) {
    this.#codes = new Blocks(1 << 14, maxBlock);
    this.#ids = new Blocks(1 << 12, maxBlock);
  }

  add(buf: Buffer, start: number, end: number, id: number): void {
    // a byte loop rather than Buffer.copy: for 18-byte codes a native call costs more than the copy
    const codes = this.#codes.room(end - start + 1);
    let a = this.#codes.used;
    for (let j = start; j < end; j++) codes[a++] = buf[j]!;
    codes[a++] = NL;
    this.#codes.used = a;
    const ids = this.#ids.room(4);
    const b = this.#ids.used;
    ids[b] = id >>> 24;
    ids[b + 1] = id >>> 16;
    ids[b + 2] = id >>> 8;
    ids[b + 3] = id;
    this.#ids.used = b + 4;
    this.size++;
  }

  /** The blocks so far: codes (each line ending in "\n") and ids. */
  blocks(): { codes: Buffer[]; ids: Buffer[] } {
    return { codes: this.#codes.all(), ids: this.#ids.all() };
  }
}

/**
 * A stratum in the spec's order, as prepare hashes and stores it: its codes as batches of whole
 * lines ("\n" between lines, none after a batch's last), which joined by "\n" make the stored
 * population; its entity ids (int4 big-endian) in the same order, in pieces.
 */
export interface OrderedStratum {
  lines: Buffer[];
  size: number;
  entityIds: Buffer[];
}

/** The pieces of one stratum in code order (the lower half's, then the upper half's), without copying them. */
export function orderedStratum(pieces: readonly StratumLines[]): OrderedStratum {
  const blocks = pieces.map((p) => p.blocks());
  return {
    lines: blocks.flatMap((b) => b.codes).filter((c) => c.length > 0).map((c) => c.subarray(0, c.length - 1)),
    size: pieces.reduce((n, p) => n + p.size, 0),
    entityIds: blocks.flatMap((b) => b.ids).filter((c) => c.length > 0),
  };
}
