import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { DrawError, IdLines, prepareCommitment, runCommittedDraw, runDraw, startCommittedDraw, teamSize, type CanonicalDraw, type CanonicalStratum } from '../../src/draw/index.ts';
import { ASSIGNMENT_BATCH } from '../../src/draw/assignment.ts';
import { canonicalExclusions, canonicalGroups, canonicalStrata } from '../../src/draw/canonical.ts';
import { idsAt } from '../../src/draw/draw.ts';
import { useSha256 } from '../../src/draw/sha256.ts';
import { nodeSha256 } from '../../src/draw/sha256-node.ts';
import { inputOf, loadVector, vectorFiles } from './vectors.ts';

// The worker's path: a snapshot already in canonical order, checked against its commitment by
// recomputing the digests (natively in Node) instead of validating every id again.
function canonical(file: string): Omit<CanonicalDraw, 'strata'> & { strata: CanonicalStratum[] } {
  const input = inputOf(loadVector(file));
  return {
    secret: input.secret, beacon: input.beacon, strata: canonicalStrata(input.strata),
    groups: canonicalGroups(input.inspectorGroups), exclusions: canonicalExclusions(input.exclusions),
  };
}

describe.each([['noble', () => sha256.create()], ['node', nodeSha256]] as const)('runCommittedDraw with %s SHA-256', (_name, hasher) => {
  beforeAll(() => useSha256(hasher));
  afterAll(() => useSha256(() => sha256.create()));

  it.each(vectorFiles.flatMap((f) => [[f, 'arrays'], [f, 'lines']]))('%s, populations as %s: same digests, selections and teams as runDraw', (file, as) => {
    const v = loadVector(file);
    const arrays = canonical(file);
    const c = as === 'arrays' ? arrays : { ...arrays, strata: arrays.strata.map((s) => ({ ...s, population: IdLines.of(s.population) })) };
    const o = runCommittedDraw(c, v.commitment);
    expect([o.commitment, o.populationDigest, o.inspectorDigest, o.seed]).toEqual([v.commitment, v.populationDigest, v.inspectorDigest, v.seed]);
    const record = runDraw(inputOf(v));
    const byKey = new Map(record.strata.map((s) => [s.key, s.selected]));
    c.strata.forEach((s, i) => expect(idsAt(s.population, o.selected[i]!)).toEqual(byKey.get(s.key)));
    expect(o.targets).toEqual(c.strata.flatMap((s) => byKey.get(s.key)!));
    const size = teamSize(c.groups);
    if (size === 0) return expect(o.picks.length).toBe(0); // an entities-only draw
    const teams = o.targets.map((target, t) => ({
      target,
      inspectors: c.groups.flatMap((g, gi) => {
        const offset = c.groups.slice(0, gi).reduce((n, x) => n + x.perTarget, 0);
        return Array.from({ length: g.perTarget }, (_, r) => g.pool[o.picks[t * size + offset + r]!]!);
      }),
    }));
    expect(teams).toEqual(v.assignments);
  });
});

describe('runCommittedDraw refuses inputs that are not the committed ones', () => {
  const file = 'four-tiers.json';
  const v = loadVector(file);

  it('a population that changed after the commitment', () => {
    const c = canonical(file);
    const strata = c.strata.map((s, i) => (i === 0 ? { ...s, population: s.population.slice(1) } : s));
    expect(() => runCommittedDraw({ ...c, strata }, v.commitment)).toThrow(DrawError);
    try {
      runCommittedDraw({ ...c, strata }, v.commitment);
    } catch (e) {
      expect((e as DrawError).code).toBe('COMMITMENT_MISMATCH');
    }
  });

  it('another secret, or one exclusion less', () => {
    const c = canonical(file);
    expect(() => runCommittedDraw({ ...c, secret: 'cd'.repeat(32) }, v.commitment)).toThrow(/公开承诺/);
    expect(() => runCommittedDraw({ ...c, exclusions: c.exclusions.slice(1) }, v.commitment)).toThrow(/公开承诺/);
  });

  it('a malformed secret or beacon, as runDraw does', () => {
    const c = canonical(file);
    expect(() => runCommittedDraw({ ...c, secret: 'xyz' }, v.commitment)).toThrow(/secret/);
    expect(() => runCommittedDraw({ ...c, beacon: '\uD800' }, v.commitment)).toThrow(/beacon/);
  });
});

describe('startCommittedDraw: step 2 batch by batch', () => {
  // large enough for several batches of ASSIGNMENT_BATCH targets
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(8, '0')}`);
  const population = ids('9141', 60_000);
  const input = {
    secret: 'ab'.repeat(32), beacon: '3 1 4',
    strata: [{ key: 'A', ratioBp: 4000, population }],
    inspectorGroups: [{ key: 'g', perTarget: 2, pool: ids('C', 40) }],
    exclusions: population.filter((_, i) => i % 97 === 0).map((t, i) => [t, `C${String(i % 40).padStart(8, '0')}`] as [string, string]),
  };
  const canonicalOf = (i: typeof input): CanonicalDraw => ({
    secret: i.secret, beacon: i.beacon, strata: canonicalStrata(i.strata), groups: canonicalGroups(i.inspectorGroups), exclusions: canonicalExclusions(i.exclusions),
  });

  it('gives the same teams, pick for pick, however far each call advances', () => {
    const { commitment } = prepareCommitment(input);
    const whole = runCommittedDraw(canonicalOf(input), commitment);
    expect(whole.targets.length).toBeGreaterThan(2 * ASSIGNMENT_BATCH);
    const d = startCommittedDraw(canonicalOf(input), commitment);
    for (const n of [1, 5000, ASSIGNMENT_BATCH, ASSIGNMENT_BATCH + 1, 20_000, Infinity]) {
      d.advanceTo(n);
      const upTo = Math.min(n, whole.targets.length) * 2;
      expect(Array.from(d.outcome.picks.subarray(0, upTo))).toEqual(Array.from(whole.picks.subarray(0, upTo)));
    }
    expect(d.outcome.picks).toEqual(whole.picks);
  });

  it('a shortage of inspectors surfaces from advanceTo, and again from any later call', () => {
    const short = { ...input, inspectorGroups: [{ key: 'g', perTarget: 2, pool: ['C00000001'] }], exclusions: [] };
    const d = startCommittedDraw(canonicalOf(short), prepareCommitment(short).commitment);
    expect(() => d.advanceTo(1)).toThrow(DrawError);
    expect(() => d.advanceTo(Infinity)).toThrow(DrawError);
  });
});
