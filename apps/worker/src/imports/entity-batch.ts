import { ByteBuilder, putDigits } from '@sxgk/db/repositories/copy-bytes';

// Parsed 检查对象 rows as COPY bytes, ready to be written in one go: per row its registry
// fragment and its tags, kept apart so the same rows can go to the registry with fresh ids or,
// when some already exist, to the merge stage. A row is written, then kept or dropped.

const ID_DIGITS = 10; // an int4 id, zero-padded: COPY reads 0000000042 as 42

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
