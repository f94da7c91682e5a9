import { CsvDecoder } from './csv-decode.ts';
import { CsvRecordReader, type CsvRecord } from './csv-records.ts';
import { TableError } from './table-error.ts';

const SNIFF_BYTES = 8192;

/**
 * A CSV's UTF-8 bytes to records: the first bytes decide the delimiter (or Excel's `sep=` line
 * names it) and whether lines end with a lone \r (classic Mac); then every record is visited.
 */
export class CsvBytes {
  private reader: CsvRecordReader | null = null;
  private head: Buffer[] = [];
  private headBytes = 0;
  private crOnly = false;

  feed(bytes: Buffer, final: boolean, visit: (r: CsvRecord) => void): void {
    if (bytes.includes(0)) throw new TableError('BAD_CSV', '文件含有空字符（NUL），不是有效的 CSV 文本表格');
    if (!this.reader) {
      this.head.push(bytes);
      this.headBytes += bytes.length;
      if (this.headBytes < SNIFF_BYTES && !final) return;
      bytes = Buffer.concat(this.head);
      this.head = [];
      let text = bytes.toString('utf8', 0, Math.min(bytes.length, SNIFF_BYTES));
      this.crOnly = !text.includes('\n') && text.includes('\r');
      if (this.crOnly) text = text.replace(/\r/g, '\n');
      const sep = /^sep=(.)\r?\n/i.exec(text); // Excel's delimiter hint, not a data row
      if (sep) bytes = bytes.subarray(Buffer.byteLength(sep[0]));
      this.reader = new CsvRecordReader(Buffer.from(sep ? sep[1]! : guessDelimiter(text), 'utf8'));
    }
    if (this.crOnly) bytes = crToLf(bytes);
    this.reader.push(bytes, final, visit);
  }
}

const crToLf = (b: Buffer) => {
  const out = Buffer.from(b);
  for (let i = out.indexOf(0x0d); i >= 0; i = out.indexOf(0x0d, i + 1)) out[i] = 0x0a;
  return out;
};

// Fed to the reader in slices of about this size: in between, the event loop runs.
const SLICE = 256 << 10;

/**
 * Every record of a CSV, visited with field offsets into its UTF-8 bytes (see CsvRecord); after
 * each slice of input `afterChunk` is awaited, so the caller can write out what it gathered.
 */
export async function readCsvRecords(
  chunks: AsyncIterable<Buffer>, decoder: CsvDecoder, visit: (r: CsvRecord) => void, afterChunk: () => unknown = () => undefined,
): Promise<void> {
  const csv = new CsvBytes();
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    for (let at = 0, end; at < text.length; at = end) {
      // cut after a line break, so the reader keeps no partial record to join to the next slice
      end = at + SLICE >= text.length ? text.length : text.lastIndexOf(0x0a, at + SLICE - 1) + 1;
      if (end <= at) end = Math.min(at + SLICE, text.length);
      csv.feed(text.subarray(at, end), false, visit);
      await afterChunk();
      // Back to the event loop every slice: chunks read ahead arrive as resolved promises, and
      // without this a run of them would hold off the socket writes of whatever the caller is
      // streaming meanwhile (a COPY into Postgres, which then waits for data).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  csv.feed(decoder.end(), true, visit);
  await afterChunk();
}

/** Decoded CSV as batches of rows (one batch per input chunk); cells trimmed, trailing empty cells dropped. */
export async function* csvBatches(chunks: AsyncIterable<Buffer>, decoder: CsvDecoder): AsyncGenerator<string[][]> {
  const csv = new CsvBytes();
  const out: string[][] = [];
  const visit = (r: CsvRecord) => out.push(recordCells(r));
  for await (const chunk of chunks) {
    csv.feed(decoder.write(chunk), false, visit);
    if (out.length) yield out.splice(0);
  }
  csv.feed(decoder.end(), true, visit);
  if (out.length) yield out.splice(0);
}

/** A record's cells as text: trimmed, trailing empty cells dropped. */
export function recordCells(r: CsvRecord): string[] {
  const row: string[] = new Array(r.count);
  for (let i = 0; i < r.count; i++) row[i] = cellText(r.buf.toString('utf8', r.starts[i], r.ends[i]));
  while (row.length && row[row.length - 1] === '') row.pop();
  return row;
}

// trim() only where an end could be whitespace: a third of the per-row cost otherwise.
const cellText = (f: string) => (f && (maybeSpace(f.charCodeAt(0)) || maybeSpace(f.charCodeAt(f.length - 1))) ? f.trim() : f);

// Superset of what String.prototype.trim removes (ASCII space/controls, NBSP, U+1680,
// U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, BOM).
const maybeSpace = (c: number) => c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x1680 && c <= 0x205f);

// Chinese systems export comma CSV; tab and semicolon appear in “Unicode text” and European
// Excel. The most frequent of the three on the first lines (outside quotes) wins.
function guessDelimiter(text: string): string {
  const lines = text.split('\n', 6).slice(0, 5).map((l) => l.replace(/"[^"]*"/g, ''));
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    const count = lines.reduce((n, l) => n + l.split(d).length - 1, 0);
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}
