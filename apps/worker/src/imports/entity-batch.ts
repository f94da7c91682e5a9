import { ByteBuilder } from '@sxgk/db/repositories/copy-bytes';
import { binaryField, textArrayValue } from '@sxgk/db/repositories/copy-binary';
import { REGISTRY_FIELDS } from './entity-copy.ts';

// Parsed 检查对象 rows as binary COPY tuples, ready to be written in one go: per row its registry
// tuple and its tags field, kept apart so the same rows can go to the registry with fresh ids or,
// when some already exist, to the merge stage. A row is written, then kept or dropped.

const COUNT_BYTES = 2; // a tuple's field count
const LENGTH_BYTES = 4; // a field's length
const NULL_FIELD = binaryField(null);
const NO_TAGS = binaryField({ bytes: textArrayValue([]) });

export class EntityBatch {
  readonly registry: ByteBuilder;
  readonly tags: ByteBuilder;
  /** end offsets of each kept row, in registry (after its tail) and in tags */
  readonly registryEnds: number[] = [];
  readonly tagEnds: number[] = [];
  // every registry tuple ends with the created-by job and its id, filled in once known
  private readonly tail: Buffer;

  /** `bytes`: about how much registry data the batch will hold before it is written */
  constructor(jobId: string, bytes = 1 << 20) {
    this.tail = Buffer.concat([binaryField({ bytes: Buffer.from(jobId.replace(/-/g, ''), 'hex') }), binaryField({ int4: 0 })]);
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

  /** Where the row being written starts in `registry`. */
  get rowStart(): number {
    return this.registryEnds.at(-1) ?? 0;
  }

  /** Where the code of the row being written is in `registry` (its first field). */
  get codeAt(): number {
    return this.rowStart + COUNT_BYTES + LENGTH_BYTES;
  }

  /** Starts the row: its registry tuple's field count, then its fields follow (REGISTRY_FIELDS). */
  begin(): void {
    this.registry.int16(REGISTRY_FIELDS.length + 2);
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

  /** Registry tuples (fields, created-by job, id) with ids from `first` on, written in place. */
  registryRows(first: number): Buffer {
    const b = this.registry.buf;
    this.registryEnds.forEach((end, i) => b.writeInt32BE(first + i, end - 4));
    return b.subarray(0, this.registry.length);
  }

  /** Merge stage tuples: the fields, then the tags. */
  stageRows(): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0, tagFrom = 0; i < this.size; from = this.registryEnds[i]!, tagFrom = this.tagEnds[i++]!) {
      out.int16(REGISTRY_FIELDS.length + 1);
      out.bytes(this.registry.buf, from + COUNT_BYTES, this.registryEnds[i]! - this.tail.length);
      out.bytes(this.tags.buf, tagFrom, this.tagEnds[i]!);
    }
    return out.buf.subarray(0, out.length);
  }

  /** Directory tuples: the department, the ids from `first` on, the tags ({} for NULL). */
  directoryRows(departmentId: number, first: number): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0; i < this.size; from = this.tagEnds[i++]!) {
      out.int16(3);
      out.int32(4);
      out.int32(departmentId);
      out.int32(4);
      out.int32(first + i);
      const to = this.tagEnds[i]!;
      const tags = to - from === NULL_FIELD.length && this.tags.buf.readInt32BE(from) === -1 ? NO_TAGS : this.tags.buf.subarray(from, to);
      out.bytes(tags, 0, tags.length);
    }
    return out.buf.subarray(0, out.length);
  }
}
