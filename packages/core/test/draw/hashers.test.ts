import { describe, expect, it } from 'vitest';
import { createInspectorHasher, createPopulationHasher, DrawError, inspectorDigest, populationDigest } from '../../src/draw/index.ts';

// The streaming hashers prepare feeds straight from the database: same digests as the helpers,
// and a refusal for anything out of the spec's order (checked chunk by chunk, natively where the
// ids are plain, by UTF-8 bytes where they are not).
const utf8 = (s: string) => new TextEncoder().encode(s);
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `91410100${String(from + i).padStart(10, '0')}`);

function populationOf(strata: { key: string; ratioBp: number; population: string[] }[]) {
  const h = createPopulationHasher();
  for (const s of strata) {
    h.stratum(s.key, s.ratioBp);
    h.ids(s.population);
  }
  return h.digest();
}

describe('createPopulationHasher', () => {
  it('gives populationDigest for lists longer than a chunk, fed whole or in pieces', () => {
    const strata = [{ key: 'A', ratioBp: 100, population: ids(5000) }, { key: 'B', ratioBp: 200, population: ids(3, 9000) }];
    expect(populationOf(strata)).toBe(populationDigest(strata));
    const h = createPopulationHasher();
    h.stratum('A', 100);
    for (let i = 0; i < 5000; i += 777) h.ids(strata[0]!.population.slice(i, i + 777));
    h.stratum('B', 200);
    h.ids(strata[1]!.population);
    expect(h.digest()).toBe(populationDigest(strata));
  });

  it.each([
    ['within a chunk', (l: string[]) => [l[10], l[11]] = [l[11]!, l[10]!]],
    ['across a chunk boundary', (l: string[]) => [l[2047], l[2048]] = [l[2048]!, l[2047]!]],
    ['a repeated id', (l: string[]) => (l[3000] = l[2999]!)],
  ])('refuses ids out of order: %s', (_name, spoil) => {
    const population = ids(5000);
    spoil(population);
    expect(() => populationOf([{ key: 'A', ratioBp: 100, population }])).toThrow(DrawError);
  });

  it('refuses a batch that sorts before the previous batch', () => {
    const h = createPopulationHasher();
    h.stratum('A', 100);
    h.ids(ids(10, 100));
    expect(() => h.ids(ids(10, 50))).toThrow(/升序/);
  });

  it('orders ids outside the BMP by UTF-8 bytes, not UTF-16 units', () => {
    // U+E000 is one UTF-16 unit above the surrogates, yet sorts before U+10000 in UTF-8
    const population = ['a\uE000', 'a\u{10000}'];
    expect(populationOf([{ key: 'A', ratioBp: 100, population }])).toBe(populationDigest([{ key: 'A', ratioBp: 100, population }]));
    expect(() => populationOf([{ key: 'A', ratioBp: 100, population: [...population].reverse() }])).toThrow(DrawError);
  });
});

describe('createPopulationHasher().lines: a batch as its ids joined by "\\n"', () => {
  const viaLines = (strata: { key: string; ratioBp: number; population: string[] }[], cut = Infinity) => {
    const h = createPopulationHasher();
    for (const s of strata) {
      h.stratum(s.key, s.ratioBp);
      for (let i = 0; i < s.population.length; i += cut) h.lines(utf8(s.population.slice(i, i + cut).join('\n')));
      if (s.population.length === 0) h.lines(utf8(''));
    }
    return h.digest();
  };

  it('gives the same digest as ids(), whole or in batches, with empty strata', () => {
    const strata = [{ key: 'A', ratioBp: 100, population: ids(3000) }, { key: 'B', ratioBp: 5, population: [] }, { key: 'C', ratioBp: 9, population: ['a\uE000', 'a\u{10000}'] }];
    expect(viaLines(strata)).toBe(populationDigest(strata));
    expect(viaLines(strata, 999)).toBe(populationDigest(strata));
  });

  it.each([
    ['two lines swapped', (l: string[]) => [l[10], l[11]] = [l[11]!, l[10]!]],
    ['a repeated line', (l: string[]) => (l[500] = l[499]!)],
    ['a code past the UTF-16 order trap', (l: string[]) => l.splice(0, l.length, 'a\u{10000}', 'a\uE000')],
  ])('refuses lines out of order: %s', (_name, spoil) => {
    const population = ids(1000);
    spoil(population);
    expect(() => viaLines([{ key: 'A', ratioBp: 1, population }])).toThrow(DrawError);
  });

  it('refuses a batch that does not continue after the last one', () => {
    const h = createPopulationHasher();
    h.stratum('A', 1);
    h.lines(utf8(ids(10, 100).join('\n')));
    expect(() => h.lines(utf8(ids(10, 109).join('\n')))).toThrow(/升序/); // starts with the last id again
  });
});

describe('createInspectorHasher', () => {
  it('gives inspectorDigest, and refuses a pool out of order', () => {
    const pool = ids(3000);
    const exclusions: [string, string][] = [['91410100000000000A', pool[5]!], ['91410100000000000B', pool[1]!]];
    const h = createInspectorHasher();
    h.group('scjg', 2);
    h.ids(pool);
    for (const [t, i] of exclusions) h.exclusion(t, i);
    expect(h.digest()).toBe(inspectorDigest([{ key: 'scjg', perTarget: 2, pool }], exclusions));
    const bad = createInspectorHasher();
    bad.group('scjg', 2);
    expect(() => bad.ids([...pool].reverse())).toThrow(DrawError);
  });
});
