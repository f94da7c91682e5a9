import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

export type CsvEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

// Excel on Chinese Windows saves CSV in GBK, WPS and web systems in UTF-8, with or without BOM.
// A BOM decides at once. Otherwise the choice waits for 2 KB of text from the first non-ASCII
// byte on: an ASCII prefix (an English header, 100 000 rows of codes) decodes the same in
// every candidate, and a decision on real Chinese text beats guessing from a few bytes.
// Strict UTF-8 validity is decisive (GBK text is practically never valid UTF-8); chardet
// only separates the legacy encodings, defaulting to GB18030 (a superset of GBK).
const SAMPLE_BYTES = 2048; // non-ASCII bytes examined before deciding

/** The CSV as UTF-8 bytes: UTF-8 input passes through untouched (BOM dropped), anything else is decoded and re-encoded. */
export class CsvDecoder {
  private decoder: ChunkDecoder | null = null;
  private chosen: CsvEncoding | undefined;
  private held: Buffer = Buffer.alloc(0); // undecided bytes, starting at the first non-ASCII one
  private bomChecked = false;

  get encoding(): CsvEncoding | undefined {
    return this.chosen;
  }

  write(chunk: Buffer): Buffer {
    if (this.decoder) return this.decoder.write(chunk);
    this.held = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    return this.settle(false);
  }

  end(): Buffer {
    const rest = this.decoder ? Buffer.alloc(0) : this.settle(true);
    return Buffer.concat([rest, this.decoder?.end() ?? Buffer.alloc(0)]);
  }

  private settle(final: boolean): Buffer {
    const held = this.held;
    if (!this.bomChecked) {
      if (held.length < 4 && !final) return Buffer.alloc(0);
      this.bomChecked = true;
      const bom = bomEncoding(held);
      if (bom) return this.choose(bom, held, true);
    }
    const firstHigh = held.findIndex((b) => b >= 0x80);
    if (firstHigh < 0) {
      this.held = Buffer.alloc(0);
      return held; // ASCII reads the same in every candidate, and is UTF-8 already
    }
    const ascii = held.subarray(0, firstHigh);
    const sample = held.subarray(firstHigh);
    this.held = sample;
    if (sample.length < SAMPLE_BYTES && !final) return ascii;
    return Buffer.concat([ascii, this.choose(detectLegacyOrUtf8(sample), sample, false)]);
  }

  private choose(encoding: CsvEncoding, bytes: Buffer, atStart: boolean): Buffer {
    this.chosen = encoding;
    this.held = Buffer.alloc(0);
    this.decoder = streamDecoder(encoding, atStart);
    return this.decoder.write(bytes);
  }
}

interface ChunkDecoder {
  write(chunk: Buffer): Buffer;
  end(): Buffer;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// UTF-8 passes through, checked (natively) to be valid, a BOM dropped once; invalid bytes become
// U+FFFD as a decoder would make them. Node's built-in (ICU) decoders run GB18030 about four
// times faster than iconv-lite, which matters for a 150 MB GBK export; iconv-lite covers
// runtimes built without full ICU.
function streamDecoder(encoding: CsvEncoding, atStart: boolean): ChunkDecoder {
  if (encoding === 'utf-8') {
    let first = atStart;
    let carry = Buffer.alloc(0); // the start of a character cut by the chunk's end
    const pass = (bytes: Buffer) => (isUtf8(bytes) ? bytes : Buffer.from(new TextDecoder().decode(bytes), 'utf8'));
    return {
      write: (chunk) => {
        let bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        if (first && bytes.length >= 3) {
          first = false;
          if (bytes.subarray(0, 3).equals(UTF8_BOM)) bytes = bytes.subarray(3);
        }
        const cut = completeLength(bytes);
        carry = Buffer.from(bytes.subarray(cut));
        return pass(bytes.subarray(0, cut));
      },
      end: () => pass(carry),
    };
  }
  const text = textDecoder(encoding);
  return { write: (chunk) => Buffer.from(text.write(chunk), 'utf8'), end: () => Buffer.from(text.end(), 'utf8') };
}

/** Length of `b` without a trailing, incomplete UTF-8 sequence. */
function completeLength(b: Buffer): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back]!;
    if (c < 0x80) return b.length; // ASCII: complete
    if (c >= 0xc0) return back < (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) ? b.length - back : b.length; // a lead byte
  }
  return b.length;
}

function textDecoder(encoding: CsvEncoding): { write(chunk: Buffer): string; end(): string } {
  try {
    const td = new TextDecoder(encoding); // strips a UTF-16 BOM itself
    return { write: (chunk) => td.decode(chunk, { stream: true }), end: () => td.decode() };
  } catch {
    const d = iconv.getDecoder(encoding, { stripBOM: true });
    return { write: (chunk) => d.write(chunk), end: () => d.end() ?? '' };
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
