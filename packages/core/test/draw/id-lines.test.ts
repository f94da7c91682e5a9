import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digestAscendingStrata } from '../../src/draw/digests.ts';
import { IdLines } from '../../src/draw/id-lines.ts';

describe('IdLines', () => {
  it('reads every line by position, like split, as text and as its bytes', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\n')), { maxLength: 40 }), (ids) => {
      const lines = IdLines.of(ids);
      expect(lines.length).toBe(ids.length);
      expect(Array.from({ length: lines.length }, (_, i) => lines.at(i))).toEqual(ids);
      expect(lines.toArray()).toEqual(ids);
      const decoder = new TextDecoder();
      expect(Array.from({ length: lines.length }, (_, i) => decoder.decode(lines.bytes.subarray(lines.start(i), lines.end(i))))).toEqual(ids);
    }));
  });

  it('takes a line count it is told, and refuses a wrong one', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\n')), { maxLength: 20 }), fc.integer({ min: -2, max: 2 }), (ids, off) => {
      const bytes = IdLines.of(ids).bytes;
      if (off === 0) expect(new IdLines(bytes, ids.length).toArray()).toEqual(ids);
      else if (ids.length + off >= 0) expect(() => new IdLines(bytes, ids.length + off)).toThrow(RangeError);
    }));
  });

  it('an empty text is an empty list', () => {
    expect(IdLines.of([]).length).toBe(0);
    expect(IdLines.of([]).toArray()).toEqual([]);
  });

  it('hashes as the array it stands for, however long and whatever it holds', () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => (i % 1000 === 7 ? `码${i}\u{1F600}` : `91410100${String(i).padStart(10, '0')}`));
    const asArray = digestAscendingStrata([{ key: 'A', ratioBp: 100, population: ids }, { key: 'B', ratioBp: 1, population: [] }]);
    const asLines = digestAscendingStrata([{ key: 'A', ratioBp: 100, population: IdLines.of(ids) }, { key: 'B', ratioBp: 1, population: IdLines.of([]) }]);
    expect(asLines).toBe(asArray);
  });
});

describe('firstLineOutOfOrder', () => {
  it('agrees with compareUtf8 (UTF-8 byte order) on every list of lines', async () => {
    const { compareUtf8 } = await import('../../src/draw/utf8.ts');
    const { firstLineOutOfOrder } = await import('../../src/draw/id-lines.ts');
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const id = fc.string({ unit: fc.constantFrom('a', 'b', '\uE000', '\u{10000}', '码'), minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.array(id, { maxLength: 12 }), fc.option(id, { nil: undefined }), (lines, before) => {
      const all = before === undefined ? lines : [before, ...lines];
      const firstBad = all.findIndex((l, i) => i > 0 && compareUtf8(all[i - 1]!, l) >= 0);
      const want = firstBad < 0 ? -1 : before === undefined ? firstBad : firstBad - 1;
      expect(firstLineOutOfOrder(utf8(lines.join('\n')), before === undefined ? undefined : utf8(before))).toBe(lines.length ? want : -1);
    }));
  });
});
