import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digestAscendingStrata } from '../../src/draw/digests.ts';
import { IdLines } from '../../src/draw/id-lines.ts';

describe('IdLines', () => {
  it('reads every line by position, like split', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\n')), { maxLength: 40 }), (ids) => {
      const lines = new IdLines(ids.join('\n'));
      expect(lines.length).toBe(ids.length);
      expect(Array.from({ length: lines.length }, (_, i) => lines.at(i))).toEqual(ids);
      expect(lines.toArray()).toEqual(ids);
    }));
  });

  it('an empty text is an empty list', () => {
    expect(new IdLines('').length).toBe(0);
    expect(new IdLines('').toArray()).toEqual([]);
  });

  it('hashes as the array it stands for, however long and whatever it holds', () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => (i % 1000 === 7 ? `码${i}\u{1F600}` : `91410100${String(i).padStart(10, '0')}`));
    const asArray = digestAscendingStrata([{ key: 'A', ratioBp: 100, population: ids }, { key: 'B', ratioBp: 1, population: [] }]);
    const asLines = digestAscendingStrata([{ key: 'A', ratioBp: 100, population: new IdLines(ids.join('\n')) }, { key: 'B', ratioBp: 1, population: new IdLines('') }]);
    expect(asLines).toBe(asArray);
  });
});
