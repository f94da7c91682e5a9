import { TableError } from './table-error.ts';

// Streaming RFC 4180 tokenizer over decoded text, lenient like Excel: ragged rows, stray
// quotes inside unquoted fields, text after a closing quote. Written instead of csv-parse
// because csv-parse peaks near 230 000 rows/s on 15-column rows; here a line without any
// quote is a single native split(), which keeps a million-row directory to a few seconds.
// Records are returned raw (untrimmed); quoted line breaks come out as \n.
const MAX_RECORD_CHARS = 4_000_000; // Excel allows 32 767 characters per cell

export class CsvTokenizer {
  private pending = '';
  private recordNo = 0; // records completed so far, for error messages

  constructor(private readonly delimiter: string) {}

  /** Appends every record completed by `text` to `out`; `final` flushes the last one. */
  push(text: string, final: boolean, out: string[][]): void {
    const s = this.pending + text;
    const d = this.delimiter;
    let pos = 0;
    let nextQuote = s.indexOf('"');
    while (pos < s.length) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf('"', pos);
      const nl = s.indexOf('\n', pos);
      const lineEnd = nl === -1 ? s.length : nl;
      if (nextQuote === -1 || nextQuote >= lineEnd) {
        if (nl === -1 && !final) break;
        const cut = lineEnd > pos && s.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
        out.push(s.slice(pos, cut).split(d));
        this.recordNo++;
        pos = lineEnd + 1;
        continue;
      }
      const next = this.quotedRecord(s, pos, final, out);
      if (next === -1) break;
      pos = next;
    }
    this.pending = pos < s.length ? s.slice(pos) : '';
    // A record this long means an unclosed quote or a file without line breaks; refusing it
    // early also keeps re-scanning the pending text from going quadratic.
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw new TableError('BAD_CSV', `第${this.recordNo + 1}行过长，可能有未闭合的引号，或文件不是 CSV 表格`);
    }
  }

  // Character-level parse of one record that contains a quote; -1 when it needs more text.
  private quotedRecord(s: string, start: number, final: boolean, out: string[][]): number {
    const d = this.delimiter;
    const fields: string[] = [];
    let i = start;
    let nl = s.indexOf('\n', i); // next line break, refreshed once passed
    for (;;) {
      let field = '';
      if (s[i] === '"') {
        i++;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q === -1) {
            if (!final) return -1;
            throw new TableError('BAD_CSV', `第${this.recordNo + 1}行的引号没有闭合，请检查该行内容`);
          }
          field += s.slice(i, q);
          if (q + 1 === s.length && !final) return -1; // cannot tell "" from a closing quote yet
          if (s[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (field.includes('\r')) field = field.replace(/\r\n?/g, '\n');
      }
      // Unquoted field, or text after a closing quote: up to the delimiter or line end.
      if (nl !== -1 && nl < i) nl = s.indexOf('\n', i);
      let j = s.indexOf(d, i);
      if (j === -1 || (nl !== -1 && nl < j)) j = nl === -1 ? s.length : nl;
      if (j === s.length && !final) return -1;
      const tailEnd = s[j] === '\n' && j > i && s.charCodeAt(j - 1) === 13 ? j - 1 : j;
      field += s.slice(i, tailEnd);
      fields.push(field);
      if (s[j] === d) {
        i = j + 1;
        continue;
      }
      out.push(fields);
      this.recordNo++;
      return j + 1;
    }
  }
}
