import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

// Excel on Chinese Windows saves CSV in GBK, WPS and web systems in UTF-8, with or without BOM.
// A BOM decides at once. Otherwise the choice waits for 2 KB of text from the first non-ASCII
// byte on: an ASCII prefix (an English header, 100 000 rows of codes) decodes the same in
// every candidate, and a decision on real Chinese text beats guessing from a few bytes.
// Strict UTF-8 validity is decisive (GBK text is practically never valid UTF-8); chardet
// only separates the legacy encodings, defaulting to GB18030 (a superset of GBK).
const SAMPLE_BYTES = 2048; // non-ASCII bytes examined before deciding

export class CsvDecoder {
  private decoder: ChunkDecoder | null = null;
  private chosen: CsvEncoding | undefined;
  private held: Buffer = Buffer.alloc(0); // undecided bytes, starting at the first non-ASCII one
  private bomChecked = false;

  get encoding(): CsvEncoding | undefined {
    return this.chosen;
  }

  write(chunk: Buffer): string {
    if (this.decoder) return this.decoder.write(chunk);
    this.held = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    return this.settle(false);
  }

  end(): string {
    const rest = this.decoder ? '' : this.settle(true);
    return rest + (this.decoder?.end() ?? '');
  }

  private settle(final: boolean): string {
    const held = this.held;
    if (!this.bomChecked) {
      if (held.length < 4 && !final) return '';
      this.bomChecked = true;
      const bom = bomEncoding(held);
      if (bom) return this.choose(bom, held);
    }
    const firstHigh = held.findIndex((b) => b >= 0x80);
    if (firstHigh < 0) {
      this.held = Buffer.alloc(0);
      return held.toString('latin1'); // ASCII reads the same in every candidate
    }
    const ascii = held.toString('latin1', 0, firstHigh);
    const sample = held.subarray(firstHigh);
    this.held = sample;
    if (sample.length < SAMPLE_BYTES && !final) return ascii;
    return ascii + this.choose(detectLegacyOrUtf8(sample), sample);
  }

  private choose(encoding: CsvEncoding, bytes: Buffer): string {
    this.chosen = encoding;
    this.held = Buffer.alloc(0);
    this.decoder = streamDecoder(encoding);
    return this.decoder.write(bytes);
  }
}

interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string | undefined;
}

// Node's built-in (ICU) decoders run GB18030 about four times faster than iconv-lite, which
// matters for a 150 MB GBK export; iconv-lite covers runtimes built without full ICU.
function streamDecoder(encoding: CsvEncoding): ChunkDecoder {
  try {
    const td = new TextDecoder(encoding); // strips a UTF-8/UTF-16 BOM itself
    return { write: (chunk) => td.decode(chunk, { stream: true }), end: () => td.decode() };
  } catch {
    return iconv.getDecoder(encoding, { stripBOM: true });
  }
}

function bomEncoding(b: Buffer): CsvEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return 'gb18030';
  return null;
}

function detectLegacyOrUtf8(sample: Buffer): CsvEncoding {
  try {
    // stream: a sequence cut at the chunk end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    /* not UTF-8 */
  }
  const [top] = chardet.analyse(sample);
  return top?.name === 'Big5' && top.confidence >= 50 ? 'big5' : 'gb18030';
}
