import { beforeAll, describe, expect, it } from 'vitest';
import { runDraw } from '../../src/draw/index.ts';

// Every candidate must be equally likely: a draw whose rule can never reach some ids (e.g. the
// last of the list) is exactly what a public verifier would call rigged.
describe('selection is uniform', () => {
  const population = Array.from({ length: 20 }, (_, i) => `91410100MA${String(i).padStart(8, '0')}`);
  const draws = 4000;
  const k = 5; // ceil(20 * 2500 / 10000)
  const counts = new Map(population.map((id) => [id, 0]));
  beforeAll(() => {
    for (let i = 0; i < draws; i++) {
      const record = runDraw({
        secret: i.toString(16).padStart(64, '0'), // fixed seeds: the test never flakes
        beacon: `chi2-${i}`,
        strata: [{ key: 'A', ratioBp: 2500, population }],
        inspectorGroups: [],
        exclusions: [],
      });
      for (const id of record.strata[0]!.selected) counts.set(id, counts.get(id)! + 1);
    }
  });

  it('draws k per run', () => {
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(draws * k);
  });

  it('χ² over the 20 ids stays below the 0.999 critical value for 19 degrees of freedom', () => {
    const expected = (draws * k) / population.length;
    const chi2 = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.82);
  });

  it('reaches the last id of the list', () => {
    expect(counts.get(population.at(-1)!)).toBeGreaterThan(0);
  });
});
