import { describe, expect, it } from 'vitest';
import { usccFor } from '../bench/entity-csv.ts';
import { UsccRows } from '../src/imports/uscc-rows.ts';
import { USCC_ALPHABET } from '@sxgk/core/uscc';

const bytes = (code: string) => Buffer.from(`\t${code}`, 'latin1'); // the code at offset 1, as inside a batch

describe('UsccRows', () => {
  it('answers 0 for a new code and the first row for a repeat, across the table growing', () => {
    const seen = new UsccRows();
    const n = 150_000; // past the initial 65 536 slots more than once
    const codes = Array.from({ length: n }, (_, i) => bytes(usccFor(i * 7919)));
    expect(codes.map((c, i) => seen.firstRow(c, 1, i + 2)).filter((r) => r !== 0)).toEqual([]);
    const repeats = codes.map((c) => seen.firstRow(c, 1, n + 2));
    expect(repeats.filter((r, i) => r !== i + 2)).toEqual([]);
  });

  it('tells codes apart that differ in either half', () => {
    const seen = new UsccRows();
    const a = usccFor(1);
    const b = usccFor(1 + 31 ** 8); // the same last eight characters, other first nine
    expect(a.slice(9, 17)).toBe(b.slice(9, 17));
    expect(seen.firstRow(bytes(a), 1, 2)).toBe(0);
    expect(seen.firstRow(bytes(b), 1, 3)).toBe(0);
    expect(seen.firstRow(bytes(usccFor(2)), 1, 4)).toBe(0);
    expect(seen.firstRow(bytes(b), 1, 5)).toBe(3);
  });

  it('tells codes apart whose halves differ only above their low 32 bits', () => {
    const base31 = (n: number, width: number) => Array.from({ length: width }, (_, i) => USCC_ALPHABET[Math.floor(n / 31 ** (width - 1 - i)) % 31]).join('');
    const seen = new UsccRows();
    const a = usccFor(7, '000000');
    const loApart = usccFor(7 + 2 ** 32, '000000'); // the last eight characters' value 2^32 apart
    // the first nine characters' value 2^32 apart: 2^32 = 31 × 138 547 332 + 4
    const hiApart = usccFor(7 + 4 * 31 ** 8, base31(138_547_332, 6));
    expect([a, loApart, hiApart].map((c, i) => seen.firstRow(bytes(c), 1, i + 2))).toEqual([0, 0, 0]);
    expect([a, loApart, hiApart].map((c) => seen.firstRow(bytes(c), 1, 9))).toEqual([2, 3, 4]);
  });

  it('keeps what it holds when room is made ahead, and finds repeats after', () => {
    const seen = new UsccRows();
    const codes = Array.from({ length: 40_000 }, (_, i) => bytes(usccFor(i * 31 + 5)));
    codes.slice(0, 20_000).forEach((c, i) => expect(seen.firstRow(c, 1, i + 2)).toBe(0));
    seen.reserve(1_000_000);
    codes.slice(20_000).forEach((c, i) => expect(seen.firstRow(c, 1, i + 20_002)).toBe(0));
    expect(codes.map((c) => seen.firstRow(c, 1, 99)).filter((r, i) => r !== i + 2)).toEqual([]);
  });
});
