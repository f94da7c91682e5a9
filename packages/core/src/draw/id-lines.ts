// An ascending id list kept as the UTF-8 lines it is stored and hashed as ("\n"-joined bytes),
// read by position without splitting it up: ten million ids are 190 MB, and as many separate
// strings would take several times that in memory and seconds to make. Being bytes, the lines
// are hashed as they are and compared by UTF-8 bytes — the spec's order — directly.
const NL = 10;
const SHORT_LINE = 64;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class IdLines {
  private readonly starts: Int32Array;

  /** `count`, when the caller knows how many lines there are, saves a pass counting them (and is checked). */
  constructor(readonly bytes: Uint8Array, count?: number) {
    let n = count ?? (bytes.length === 0 ? 0 : 1);
    if (count === undefined) for (let at = bytes.indexOf(NL); at >= 0; at = bytes.indexOf(NL, at + 1)) n++;
    this.starts = new Int32Array(n + 1);
    let line = 0;
    for (let start = 0; bytes.length > 0; ) {
      if (line === n) throw new RangeError(`more than ${n} lines`);
      this.starts[line++] = start;
      const nl = bytes.indexOf(NL, start);
      if (nl < 0) break;
      start = nl + 1;
    }
    if (line !== n) throw new RangeError(`${line} lines, not ${n}`);
    this.starts[n] = bytes.length + 1; // where a line after the last would start
  }

  get length(): number {
    return this.starts.length - 1;
  }

  static of(ids: readonly string[]): IdLines {
    return new IdLines(encoder.encode(ids.join('\n')));
  }

  /** Where line i starts in `bytes`. */
  start(i: number): number {
    return this.starts[i]!;
  }

  /** Where line i ends in `bytes` (its "\n", or the end). */
  end(i: number): number {
    return this.starts[i + 1]! - 1;
  }

  at(i: number): string {
    const from = this.starts[i]!;
    const to = this.starts[i + 1]! - 1;
    // a code is a few ASCII bytes: made from them directly, which is several times faster than a
    // decoder call (and a draw reads only its targets' lines, not all of them)
    if (to - from <= SHORT_LINE) {
      let ascii = true;
      for (let j = from; j < to && ascii; j++) ascii = this.bytes[j]! < 0x80;
      if (ascii) return String.fromCharCode.apply(null, this.bytes.subarray(from, to) as unknown as number[]);
    }
    return decoder.decode(this.bytes.subarray(from, to));
  }

  toArray(): string[] {
    return this.bytes.length === 0 ? [] : decoder.decode(this.bytes).split('\n');
  }
}

/** A population or pool as the core reads it: an array, or lines. */
export type IdList = readonly string[] | IdLines;

export const idAt = (list: IdList, i: number): string => (list instanceof IdLines ? list.at(i) : list[i]!);

/**
 * Index of the first of the "\n"-separated UTF-8 lines in `bytes` that does not sort strictly
 * after the line before it — or after `before`, for the first line — or -1. Lines are compared
 * in place, byte by byte, which is the spec's order.
 */
export function firstLineOutOfOrder(bytes: Uint8Array, before?: Uint8Array): number {
  if (bytes.length === 0) return -1;
  let end = bytes.indexOf(NL);
  if (end < 0) end = bytes.length;
  if (before && compareBytes(before, 0, before.length, bytes, 0, end) >= 0) return 0;
  for (let start = 0, line = 1; end < bytes.length; line++) {
    const next = end + 1;
    let nextEnd = bytes.indexOf(NL, next);
    if (nextEnd < 0) nextEnd = bytes.length;
    if (compareBytes(bytes, start, end, bytes, next, nextEnd) >= 0) return line;
    start = next;
    end = nextEnd;
  }
  return -1;
}

function compareBytes(a: Uint8Array, aFrom: number, aTo: number, b: Uint8Array, bFrom: number, bTo: number): number {
  const n = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < n; i++) {
    const d = a[aFrom + i]! - b[bFrom + i]!;
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}

/** The last line of non-empty `bytes`. */
export function lastLine(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(bytes.lastIndexOf(NL) + 1);
}
