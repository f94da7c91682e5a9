import { COPY_ESCAPE } from '@sxgk/db/repositories/copy-in';

// Parsed 检查对象 rows as COPY bytes, ready to be written in one go: per row its registry
// fragment and its tags, kept apart so the same rows can go to the registry with fresh ids or,
// when some already exist, to the merge stage. A row is written, then kept or dropped.

const ID_DIGITS = 10; // an int4 id, zero-padded: COPY reads 0000000042 as 42

/** `n` as `width` ASCII digits at b[at, at + width), zero-padded. */
function putDigits(b: Buffer, at: number, width: number, n: number): void {
  for (let i = at + width - 1; i >= at; i--, n = Math.floor(n / 10)) b[i] = 0x30 + (n % 10);
}

// Buffers of written batches serve again: a million rows would otherwise allocate hundreds of
// megabytes of them, and each allocation of that kind sets the garbage collector marking.
const spare: Buffer[] = [];
const SPARE_LIMIT = 6;

function takeBuffer(size: number): Buffer {
  const i = spare.findIndex((b) => b.length >= size);
  return i >= 0 ? spare.splice(i, 1)[0]! : Buffer.allocUnsafe(size);
}

function giveBuffer(b: Buffer): void {
  spare.push(b);
  if (spare.length > SPARE_LIMIT) spare.shift();
}

export class ByteBuilder {
  buf: Buffer;
  length = 0;

  constructor(size = 1 << 20) {
    this.buf = takeBuffer(size);
  }

  /** Hands the buffer back for another builder; this one is not to be used after. */
  release(): void {
    giveBuffer(this.buf);
    this.buf = Buffer.alloc(0);
    this.length = 0;
  }

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = takeBuffer(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    giveBuffer(this.buf);
    this.buf = bigger;
  }

  // Fields are a dozen bytes: a plain loop beats a native copy call at that size.
  bytes(src: Uint8Array, from: number, to: number): void {
    this.ensure(to - from);
    const b = this.buf;
    let w = this.length;
    if (to - from > 64) w += Buffer.from(src.buffer, src.byteOffset, src.byteLength).copy(b, w, from, to);
    else for (let i = from; i < to; i++) b[w++] = src[i]!;
    this.length = w;
  }

  /** A COPY text field from raw bytes: backslash, tab, CR and LF escaped. */
  escaped(src: Uint8Array, from: number, to: number): void {
    this.ensure(2 * (to - from));
    const b = this.buf;
    let w = this.length;
    for (let i = from; i < to; i++) {
      const c = src[i]!;
      const e = COPY_ESCAPE[c]!;
      if (e === 0) {
        b[w++] = c;
      } else {
        b[w++] = 0x5c;
        b[w++] = e;
      }
    }
    this.length = w;
  }

  text(s: string): void {
    this.ensure(s.length * 3);
    this.length += this.buf.write(s, this.length, 'utf8');
  }

  /** `n` as `width` zero-padded ASCII digits. */
  digits(n: number, width: number): void {
    this.ensure(width);
    putDigits(this.buf, this.length, width, n);
    this.length += width;
  }

  byte(c: number): void {
    this.ensure(1);
    this.buf[this.length++] = c;
  }
}

export class EntityBatch {
  readonly registry: ByteBuilder;
  readonly tags: ByteBuilder;
  /** end offsets of each kept row, in registry (after its tail) and in tags */
  readonly registryEnds: number[] = [];
  readonly tagEnds: number[] = [];
  // every registry row ends with the created-by job and a place for its id, filled in once known
  private readonly tail: Buffer;

  /** `bytes`: about how much registry text the batch will hold before it is written */
  constructor(jobId: string, bytes = 1 << 20) {
    this.tail = Buffer.from(`\t${jobId}\t${'0'.repeat(ID_DIGITS)}\n`);
    this.registry = new ByteBuilder(bytes);
    this.tags = new ByteBuilder(bytes >> 3);
  }

  /** Once written: the batch's buffers serve the batches to come. */
  release(): void {
    this.registry.release();
    this.tags.release();
  }

  get size(): number {
    return this.registryEnds.length;
  }

  /** Where the row being written starts in `registry` (its first field is the code). */
  get rowStart(): number {
    return this.registryEnds.at(-1) ?? 0;
  }

  /** Keeps the row just written. */
  keep(): void {
    this.registry.bytes(this.tail, 0, this.tail.length);
    this.registryEnds.push(this.registry.length);
    this.tagEnds.push(this.tags.length);
  }

  /** Drops the row just written. */
  drop(): void {
    this.registry.length = this.rowStart;
    this.tags.length = this.tagEnds.at(-1) ?? 0;
  }

  /** COPY rows for the registry (fields, created-by job, id) with ids from `first` on, written in place. */
  registryRows(first: number): Buffer {
    const b = this.registry.buf;
    this.registryEnds.forEach((end, i) => putDigits(b, end - 1 - ID_DIGITS, ID_DIGITS, first + i));
    return b.subarray(0, this.registry.length);
  }

  /** COPY rows for the merge stage: the fields, then the tags. */
  stageRows(): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0, tagFrom = 0; i < this.size; from = this.registryEnds[i]!, tagFrom = this.tagEnds[i++]!) {
      out.bytes(this.registry.buf, from, this.registryEnds[i]! - this.tail.length);
      out.byte(0x09);
      out.bytes(this.tags.buf, tagFrom, this.tagEnds[i]!);
      out.byte(0x0a);
    }
    return out.buf.subarray(0, out.length);
  }

  /** COPY rows for the directory: the department, the ids from `first` on, the tags ({} for \N). */
  directoryRows(departmentId: number, first: number): Buffer {
    const out = new ByteBuilder();
    const head = Buffer.from(`${departmentId}\t`);
    for (let i = 0, from = 0; i < this.size; from = this.tagEnds[i++]!) {
      out.bytes(head, 0, head.length);
      out.digits(first + i, ID_DIGITS);
      out.byte(0x09);
      const to = this.tagEnds[i]!;
      if (to - from === 2 && this.tags.buf[from] === 0x5c) out.text('{}');
      else out.bytes(this.tags.buf, from, to);
      out.byte(0x0a);
    }
    return out.buf.subarray(0, out.length);
  }
}
