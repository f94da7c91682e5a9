import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { Readable } from 'node:stream';

// Just enough of the zip format to look inside an xlsx before exceljs streams it: which
// entries exist, small XML parts in full, and a large part as a decompressed stream.

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  localOffset: number;
}

/** Central directory by entry name, or null when the bytes are not a readable zip. */
export function readZipIndex(buf: Buffer): Map<string, ZipEntry> | null {
  const eocd = findEocd(buf);
  if (eocd < 0) return null;
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // zip64: the locator sits right before the classic end record.
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50) return null;
    const rec = Number(buf.readBigUInt64LE(loc + 8));
    if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== 0x06064b50) return null;
    count = Number(buf.readBigUInt64LE(rec + 32));
    offset = Number(buf.readBigUInt64LE(rec + 48));
  }
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    let compressedSize = buf.readUInt32LE(p + 20);
    let localOffset = buf.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(buf, p + 46 + nameLen, extraLen, buf.readUInt32LE(p + 24) === 0xffffffff);
      if (compressedSize === 0xffffffff) compressedSize = z.shift() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = z.shift() ?? localOffset;
    }
    entries.set(name, { name, method: buf.readUInt16LE(p + 10), compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

// The zip64 extra field lists only the 64-bit values whose 32-bit slot is 0xFFFFFFFF, in
// the order uncompressed size, compressed size, local offset.
function zip64Extra(buf: Buffer, start: number, len: number, hasUncompressed: boolean): number[] {
  for (let q = start; q + 4 <= start + len; ) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = q + 4; v + 8 <= q + 4 + size; v += 8) values.push(Number(buf.readBigUInt64LE(v)));
      return hasUncompressed ? values.slice(1) : values;
    }
    q += 4 + size;
  }
  return [];
}

function rawData(buf: Buffer, e: ZipEntry): Buffer {
  const h = e.localOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw new Error(`zip entry ${e.name}: bad local header`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  return buf.subarray(start, start + e.compressedSize);
}

/** A small entry (workbook.xml, rels) in full. */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const data = rawData(buf, e);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`zip entry ${e.name}: unsupported compression method ${e.method}`);
}

/** A large entry decompressed chunk by chunk. */
export function streamEntry(buf: Buffer, e: ZipEntry): AsyncIterable<Buffer> {
  const data = rawData(buf, e);
  if (e.method === 0) return Readable.from([data]);
  if (e.method === 8) return Readable.from([data]).pipe(createInflateRaw());
  throw new Error(`zip entry ${e.name}: unsupported compression method ${e.method}`);
}
