import { CsvDecoder } from './csv-decode.ts';
import { CsvTokenizer } from './csv-tokenizer.ts';
import { TableError } from './table-error.ts';

const SNIFF_CHARS = 8192;

/** Decoded, tokenized CSV as batches of rows (one batch per input chunk); cells trimmed. */
export async function* csvBatches(chunks: AsyncIterable<Buffer>, decoder: CsvDecoder): AsyncGenerator<string[][]> {
  let tokenizer: CsvTokenizer | null = null;
  let crOnly = false;
  let sniffed = '';
  const out: string[][] = [];

  const feed = (text: string, final: boolean): void => {
    if (text.includes('\0')) throw new TableError('BAD_CSV', '文件含有空字符（NUL），不是有效的 CSV 文本表格');
    if (!tokenizer) {
      sniffed += text;
      if (sniffed.length < SNIFF_CHARS && !final) return;
      text = sniffed;
      sniffed = '';
      // Classic-Mac files end lines with a lone \r; Excel for Mac still writes them.
      crOnly = !text.includes('\n') && text.includes('\r');
      if (crOnly) text = text.replace(/\r/g, '\n');
      const sep = /^sep=(.)\r?\n/i.exec(text); // Excel's delimiter hint line, not a data row
      if (sep) text = text.slice(sep[0].length);
      tokenizer = new CsvTokenizer(sep ? sep[1]! : guessDelimiter(text));
    } else if (crOnly) {
      text = text.replace(/\r/g, '\n');
    }
    tokenizer.push(text, final, out);
  };

  for await (const chunk of chunks) {
    feed(decoder.write(chunk), false);
    if (out.length) yield cleanBatch(out.splice(0));
  }
  feed(decoder.end(), true);
  if (out.length) yield cleanBatch(out.splice(0));
}

function cleanBatch(rows: string[][]): string[][] {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const f = row[i]!;
      // trim() only where an end could be whitespace: a third of the per-row cost otherwise.
      if (f && (maybeSpace(f.charCodeAt(0)) || maybeSpace(f.charCodeAt(f.length - 1)))) row[i] = f.trim();
    }
    while (row.length && row[row.length - 1] === '') row.pop();
  }
  return rows;
}

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
