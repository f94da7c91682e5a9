import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvRecordReader, type CsvRecord } from '../src/csv-records.ts';

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

// Fed in random pieces of bytes, so records, fields, quotes and characters are cut anywhere.
function tokenize(text: string, rand: () => number, delimiter = ','): string[][] {
  const t = new CsvRecordReader(Buffer.from(delimiter));
  const bytes = Buffer.from(text);
  const out: string[][] = [];
  const rows: number[] = [];
  const visit = (r: CsvRecord) => {
    out.push(Array.from({ length: r.count }, (_, i) => r.buf.toString('utf8', r.starts[i], r.ends[i])));
    rows.push(r.rowNo);
  };
  for (let i = 0; i < bytes.length; ) {
    const size = 1 + Math.floor(rand() * 12);
    t.push(bytes.subarray(i, i + size), false, visit);
    i += size;
  }
  t.push(Buffer.alloc(0), true, visit);
  expect(rows).toEqual(out.map((_, i) => i + 1));
  return out;
}

describe('CsvRecordReader', () => {
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
    expect(tokenize('a，b，"c，d"\n', rand, '，')).toEqual([['a', 'b', 'c，d']]); // a delimiter of several bytes
  });
});
