import { COPY_ESCAPE } from './copy-in.ts';

// COPY rows written as bytes, for the large writers (an import's entity rows in binary, a draw's
// targets in text): no string per field, no UTF-8 encoding of whole chunks, escapes by table.

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

  /** A non-negative integer's ASCII digits. */
  int(n: number): void {
    let width = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) width++;
    this.ensure(width);
    const b = this.buf;
    for (let i = this.length + width - 1; i >= this.length; i--, n = Math.floor(n / 10)) b[i] = 0x30 + (n % 10);
    this.length += width;
  }

  /** A 16-bit big-endian integer (binary COPY: a tuple's field count). */
  int16(n: number): void {
    this.ensure(2);
    this.buf.writeInt16BE(n, this.length);
    this.length += 2;
  }

  /** A 32-bit big-endian integer (binary COPY: a field's length, an int4). */
  int32(n: number): void {
    this.ensure(4);
    this.buf.writeInt32BE(n, this.length);
    this.length += 4;
  }

  byte(c: number): void {
    this.ensure(1);
    this.buf[this.length++] = c;
  }
}
