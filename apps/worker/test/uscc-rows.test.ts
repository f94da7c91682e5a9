import { describe, expect, it } from 'vitest';
import { usccFor } from '../bench/entity-csv.ts';
import { UsccRows } from '../src/imports/uscc-rows.ts';

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
});
