// Parsed 检查对象 rows as COPY bytes, ready to be written in one go: per row its registry
// fragment and its tags, kept apart so the same rows can go to the registry with fresh ids or,
// when some already exist, to the merge stage. A row is written, then kept or dropped.

export class ByteBuilder {
  buf = Buffer.allocUnsafe(1 << 20);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  bytes(src: Buffer, from: number, to: number): void {
    this.ensure(to - from);
    this.length += src.copy(this.buf, this.length, from, to);
  }

  /** A COPY text field from raw bytes: backslash, tab, CR and LF escaped. */
  escaped(src: Buffer, from: number, to: number): void {
    let clean = true;
    for (let i = from; i < to && clean; i++) {
      const c = src[i]!;
      clean = c !== 0x5c && c !== 0x09 && c !== 0x0a && c !== 0x0d;
    }
    if (clean) return this.bytes(src, from, to);
    this.ensure(2 * (to - from));
    for (let i = from; i < to; i++) {
      const c = src[i]!;
      const e = c === 0x5c ? 0x5c : c === 0x09 ? 0x74 : c === 0x0a ? 0x6e : c === 0x0d ? 0x72 : -1;
      if (e < 0) this.buf[this.length++] = c;
      else {
        this.buf[this.length++] = 0x5c;
        this.buf[this.length++] = e;
      }
    }
  }

  text(s: string): void {
    this.ensure(s.length * 3);
    this.length += this.buf.write(s, this.length, 'utf8');
  }

  byte(c: number): void {
    this.ensure(1);
    this.buf[this.length++] = c;
  }
}

export class EntityBatch {
  readonly registry = new ByteBuilder();
  readonly tags = new ByteBuilder();
  /** end offsets of each kept row, in registry and in tags */
  readonly registryEnds: number[] = [];
  readonly tagEnds: number[] = [];
  readonly codes: string[] = [];

  get size(): number {
    return this.codes.length;
  }

  /** Keeps the row just written. */
  keep(uscc: string): void {
    this.registryEnds.push(this.registry.length);
    this.tagEnds.push(this.tags.length);
    this.codes.push(uscc);
  }

  /** Drops the row just written. */
  drop(): void {
    this.registry.length = this.registryEnds.at(-1) ?? 0;
    this.tags.length = this.tagEnds.at(-1) ?? 0;
  }

  /** COPY rows for the registry: the fields, then `tail(i)` (the created-by job and the id). */
  registryRows(tail: (i: number) => string): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0; i < this.size; from = this.registryEnds[i++]!) {
      out.bytes(this.registry.buf, from, this.registryEnds[i]!);
      out.text(tail(i));
    }
    return out.buf.subarray(0, out.length);
  }

  /** COPY rows for the merge stage: the fields, then the tags. */
  stageRows(): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0, tagFrom = 0; i < this.size; from = this.registryEnds[i]!, tagFrom = this.tagEnds[i++]!) {
      out.bytes(this.registry.buf, from, this.registryEnds[i]!);
      out.byte(0x09);
      out.bytes(this.tags.buf, tagFrom, this.tagEnds[i]!);
      out.byte(0x0a);
    }
    return out.buf.subarray(0, out.length);
  }

  /** COPY rows for the directory: `head(i)` (department and id), then the tags ({} for \N). */
  directoryRows(head: (i: number) => string): Buffer {
    const out = new ByteBuilder();
    for (let i = 0, from = 0; i < this.size; from = this.tagEnds[i++]!) {
      out.text(head(i));
      const to = this.tagEnds[i]!;
      if (to - from === 2 && this.tags.buf[from] === 0x5c) out.text('{}');
      else out.bytes(this.tags.buf, from, to);
      out.byte(0x0a);
    }
    return out.buf.subarray(0, out.length);
  }
}
