import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvTokenizer } from '../src/csv-tokenizer.ts';

// Seeded so a failure reproduces.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'b', '中', '𠮷', ' ', ',', '"', '\n', '\r\n', '\r', 'x;y', '\t'];

function randomRecords(rand: () => number): string[][] {
  const records: string[][] = [];
  const n = 1 + Math.floor(rand() * 20);
  for (let r = 0; r < n; r++) {
    const fields: string[] = [];
    const width = 1 + Math.floor(rand() * 5);
    for (let f = 0; f < width; f++) {
      let s = '';
      const len = Math.floor(rand() * 6);
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
      fields.push(s);
    }
    records.push(fields);
  }
  return records;
}

const serialise = (records: string[][], eol: string) =>
  records.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join(eol) + eol;

function tokenize(text: string, rand: () => number, delimiter = ','): string[][] {
  const t = new CsvTokenizer(delimiter);
  const out: string[][] = [];
  for (let i = 0; i < text.length; ) {
    const size = 1 + Math.floor(rand() * 12);
    t.push(text.slice(i, i + size), false, out);
    i += size;
  }
  t.push('', true, out);
  return out;
}

describe('CsvTokenizer', () => {
  it('round-trips random RFC 4180 text under random chunking, agreeing with csv-parse', () => {
    const rand = prng(20240601);
    for (let run = 0; run < 2000; run++) {
      const records = randomRecords(rand);
      const text = serialise(records, rand() < 0.5 ? '\r\n' : '\n');
      const expected = records.map((r) => r.map((f) => f.replace(/\r\n?/g, '\n')));
      expect(tokenize(text, rand), JSON.stringify(text)).toEqual(expected);
      const reference = (parse(text, { relax_column_count: true }) as string[][]).map((r) => r.map((f) => f.replace(/\r\n?/g, '\n')));
      expect(reference).toEqual(expected);
    }
  });

  it('is lenient where Excel is', () => {
    const rand = prng(1);
    expect(tokenize('a"b,"c"d,"e""f"\n', rand)).toEqual([['a"b', 'cd', 'e"f']]);
    expect(tokenize('1;"2;3";4\n', rand, ';')).toEqual([['1', '2;3', '4']]);
    expect(tokenize('x\n\ny', rand)).toEqual([['x'], [''], ['y']]);
  });
});
