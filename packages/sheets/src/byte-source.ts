import { TableError } from './table-error.ts';

// One pass over the upload: a sniffable head, then either the rest as chunks (CSV streams)
// or everything at once (zip and OLE containers need random access). The size limit is
// enforced while reading, so an oversized stream is refused without buffering it.
export class ByteSource {
  private readonly buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private total = 0;
  private readonly iterator: AsyncIterator<Uint8Array> | null;
  private done = false;

  constructor(
    source: Uint8Array | AsyncIterable<Uint8Array>,
    private readonly maxBytes: number,
  ) {
    if (source instanceof Uint8Array) {
      this.iterator = null;
      this.done = true;
      this.accept(source);
    } else {
      this.iterator = source[Symbol.asyncIterator]();
    }
  }

  /** At least `n` bytes from the start (fewer only at end of input). */
  async head(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n && (await this.pull())) {
      /* keep pulling */
    }
    return this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
  }

  /** The whole input, for formats that cannot be streamed. */
  async all(): Promise<Buffer> {
    while (await this.pull()) {
      /* keep pulling */
    }
    return this.head(Infinity);
  }

  /** Buffered bytes first, then the rest of the input; callable once. */
  async *chunks(): AsyncGenerator<Buffer> {
    const head = this.buffered.splice(0);
    this.bufferedBytes = 0;
    try {
      yield* head;
      while (!this.done) {
        const chunk = await this.next();
        if (chunk) yield chunk;
      }
    } finally {
      await this.close(); // the caller stopped early or failed: release the stream / file handle
    }
  }

  /** Stops the producer when the input is refused before being read to the end. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.iterator?.return?.();
  }

  private async pull(): Promise<boolean> {
    const chunk = await this.next();
    if (!chunk) return !this.done;
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    return true;
  }

  private async next(): Promise<Buffer | null> {
    if (this.done || !this.iterator) return null;
    const r = await this.iterator.next();
    if (r.done) {
      this.done = true;
      return null;
    }
    return this.accept(r.value);
  }

  private accept(chunk: Uint8Array): Buffer | null {
    this.total += chunk.length;
    if (this.total > this.maxBytes) {
      // Stop the producer (e.g. an upload stream) instead of draining it.
      void this.iterator?.return?.();
      this.done = true;
      throw new TableError('TOO_LARGE', `文件过大：最大允许 ${formatMb(this.maxBytes)} MB`);
    }
    if (chunk.length === 0) return null;
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.iterator === null) {
      this.buffered.push(buf);
      this.bufferedBytes += buf.length;
    }
    return buf;
  }
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
