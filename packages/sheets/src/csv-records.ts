import { TableError } from './table-error.ts';

// Streaming RFC 4180 tokenizer over UTF-8 bytes, lenient like Excel: ragged rows, stray quotes
// inside unquoted fields, text after a closing quote. It works on bytes, not decoded text,
// because a directory of a million rows is 200 MB: a record without a quote is found with two
// native searches and handed over as field offsets into the input, with nothing decoded or
// copied; only quoted fields are unescaped, into a scratch buffer. Records come raw (untrimmed);
// quoted line breaks come out as \n.

const QUOTE = 0x22;
const NL = 0x0a;
const CR = 0x0d;
const MAX_RECORD_BYTES = 4_000_000; // Excel allows 32 767 characters per cell

/** One record: field i is buf[starts[i], ends[i]). Valid only during the visit. */
export interface CsvRecord {
  buf: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** 1-based, counting every record so far (a spreadsheet's row number) */
  rowNo: number;
}

/** Cell texts in record form, each encoded after the other: how a workbook row joins a CSV's path. */
export function recordOf(cells: readonly string[], rowNo: number): CsvRecord {
  const parts = cells.map((c) => Buffer.from(c, 'utf8'));
  const starts = new Int32Array(cells.length);
  const ends = new Int32Array(cells.length);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = at;
    ends[i] = at += p.length;
  });
  return { buf: Buffer.concat(parts), starts, ends, count: cells.length, rowNo };
}

export class CsvRecordReader {
  private pending: Buffer = Buffer.alloc(0);
  private readonly record: CsvRecord;
  private scratch = Buffer.alloc(1 << 16);

  constructor(private readonly delimiter: Buffer) {
    this.record = { buf: this.pending, starts: new Int32Array(64), ends: new Int32Array(64), count: 0, rowNo: 0 };
  }

  /** Visits every record completed by `chunk`; `final` flushes the last one. */
  push(chunk: Buffer, final: boolean, visit: (r: CsvRecord) => void): void {
    const s = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let pos = 0;
    let nextQuote = s.indexOf(QUOTE);
    while (pos < s.length) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf(QUOTE, pos);
      const nl = s.indexOf(NL, pos);
      const lineEnd = nl === -1 ? s.length : nl;
      if (nextQuote === -1 || nextQuote >= lineEnd) {
        if (nl === -1 && !final) break;
        const cut = lineEnd > pos && s[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
        this.plainRecord(s, pos, cut, visit);
        pos = lineEnd + 1;
        continue;
      }
      const next = this.quotedRecord(s, pos, final, visit);
      if (next === -1) break;
      pos = next;
    }
    this.pending = pos < s.length ? Buffer.from(s.subarray(pos)) : Buffer.alloc(0);
    // A record this long means an unclosed quote or a file without line breaks; refusing it
    // early also keeps re-scanning the pending bytes from going quadratic.
    if (this.pending.length > MAX_RECORD_BYTES) {
      throw new TableError('BAD_CSV', `第${this.record.rowNo + 1}行过长，可能有未闭合的引号，或文件不是 CSV 表格`);
    }
  }

  private plainRecord(s: Buffer, from: number, to: number, visit: (r: CsvRecord) => void): void {
    const r = this.record;
    r.buf = s;
    r.count = 0;
    const d = this.delimiter;
    if (d.length === 1) {
      // one pass of plain reads: fields are a dozen bytes, and a native search per field costs more
      const c = d[0]!;
      let at = from;
      for (let i = from; i < to; i++) {
        if (s[i] === c) {
          this.field(at, i);
          at = i + 1;
        }
      }
      this.field(at, to);
    } else {
      for (let at = from; ;) {
        const j = s.indexOf(d, at);
        const end = j === -1 || j >= to ? to : j;
        this.field(at, end);
        if (end === to) break;
        at = end + d.length;
      }
    }
    r.rowNo++;
    visit(r);
  }

  // A record with a quote: fields are unescaped into the scratch buffer; -1 when it needs more bytes.
  private quotedRecord(s: Buffer, start: number, final: boolean, visit: (r: CsvRecord) => void): number {
    const d = this.delimiter;
    const r = this.record;
    r.count = 0;
    let out = 0;
    const put = (from: number, to: number) => {
      this.reserve(out + (to - from));
      out += s.copy(this.scratch, out, from, to);
    };
    let i = start;
    let nl = s.indexOf(NL, i); // next line break, refreshed once passed
    for (;;) {
      const fieldStart = out;
      if (s[i] === QUOTE) {
        i++;
        for (;;) {
          const q = s.indexOf(QUOTE, i);
          if (q === -1) {
            if (!final) return -1;
            throw new TableError('BAD_CSV', `第${r.rowNo + 1}行的引号没有闭合，请检查该行内容`);
          }
          put(i, q);
          if (q + 1 === s.length && !final) return -1; // cannot tell "" from a closing quote yet
          if (s[q + 1] === QUOTE) {
            put(q, q + 1);
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        out = fieldStart + this.foldLineBreaks(fieldStart, out);
      }
      // Unquoted field, or text after a closing quote: up to the delimiter or line end.
      if (nl !== -1 && nl < i) nl = s.indexOf(NL, i);
      let j = s.indexOf(d, i);
      if (j === -1 || (nl !== -1 && nl < j)) j = nl === -1 ? s.length : nl;
      if (j === s.length && !final) return -1;
      const tailEnd = s[j] === NL && j > i && s[j - 1] === CR ? j - 1 : j;
      put(i, tailEnd);
      this.field(fieldStart, out);
      if (j < s.length && s[j] !== NL) {
        i = j + d.length;
        continue;
      }
      r.buf = this.scratch;
      r.rowNo++;
      visit(r);
      return j + 1;
    }
  }

  /** Quoted line breaks as \n: \r\n and lone \r in scratch[from, to) folded; answers the new length. */
  private foldLineBreaks(from: number, to: number): number {
    const b = this.scratch;
    let w = from;
    for (let k = from; k < to; k++) {
      if (b[k] === CR) {
        b[w++] = NL;
        if (b[k + 1] === NL && k + 1 < to) k++;
      } else {
        b[w++] = b[k]!;
      }
    }
    return w - from;
  }

  private field(start: number, end: number): void {
    const r = this.record;
    if (r.count === r.starts.length) {
      const grow = (a: Int32Array) => Int32Array.from({ length: a.length * 2 }, (_, i) => a[i] ?? 0);
      r.starts = grow(r.starts);
      r.ends = grow(r.ends);
    }
    r.starts[r.count] = start;
    r.ends[r.count++] = end;
  }

  private reserve(bytes: number): void {
    if (bytes <= this.scratch.length) return;
    const bigger = Buffer.alloc(Math.max(bytes, this.scratch.length * 2));
    this.scratch.copy(bigger);
    this.scratch = bigger;
  }
}
