import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareUtf8, DrawError, RandomStream, runDraw, type DrawInput, type DrawRecord } from '../../src/draw/index.ts';
import { pow64Mod, wordModN } from '../../src/draw/stream.ts';
import { drawInput, id } from './arbitraries.ts';
import { ReferenceFailure, referenceDraw } from './reference.ts';

const attempt = (input: DrawInput): DrawRecord | DrawError => {
  try {
    return runDraw(input);
  } catch (e) {
    if (e instanceof DrawError) return e;
    throw e;
  }
};

const small = drawInput({ maxStrata: 3, maxPopulation: 30, maxGroups: 3, maxPool: 10, maxPerTarget: 3, maxExclusions: 25 });
// one busy group: many targets against a small pool, dense exclusions -> loads spread over
// several levels and picks skip whole levels
const busy = drawInput({
  maxStrata: 1, maxPopulation: 120, minGroups: 1, maxGroups: 1, maxPool: 8, maxPerTarget: 3, maxExclusions: 200,
  size: 'max', ratioBp: fc.constantFrom(10000, 5000, 9000),
});
const noExclusions = small.map((i) => ({ ...i, exclusions: [] }));

describe('compareUtf8', () => {
  it('orders exactly as the UTF-8 bytes do', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(Math.sign(compareUtf8(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      { numRuns: 2000 },
    );
    expect(compareUtf8('\u{10000}', '\uFFFF')).toBeGreaterThan(0); // UTF-16 would say the opposite
  });
});

describe('random stream', () => {
  it('uniform(n) matches BigInt rejection sampling, rejections included', () => {
    const word = fc.tuple(fc.oneof(fc.constant(0xffffffff), fc.nat({ max: 0xffffffff })), fc.nat({ max: 0xffffffff }));
    const n = fc.oneof(fc.integer({ min: 1, max: 0xffffffff }), fc.integer({ min: 1, max: 50 }), fc.constantFrom(3, 0xffffffff, 0x80000001));
    fc.assert(
      fc.property(word, n, ([hi, lo], n) => {
        const w = (BigInt(hi) << 32n) | BigInt(lo);
        const limit = (2n ** 64n / BigInt(n)) * BigInt(n);
        expect(wordModN(hi, lo, n, pow64Mod(n))).toBe(w < limit ? Number(w % BigInt(n)) : -1);
      }),
      { numRuns: 5000 },
    );
    // the top word is rejected for n = 3 (2^64 mod 3 = 1) and accepted for n = 2^32
    expect(wordModN(0xffffffff, 0xffffffff, 3, pow64Mod(3))).toBe(-1);
    expect(wordModN(0xffffffff, 0xfffffffe, 3, pow64Mod(3))).toBe(Number((2n ** 64n - 2n) % 3n));
  });

  it('uniform(1) still consumes a word; huge n falls back to BigInt', () => {
    const s = new RandomStream(new Uint8Array(32));
    expect(s.uniform(1)).toBe(0);
    expect(s.wordsUsed).toBe(1);
    const a = new RandomStream(new Uint8Array(32).fill(7));
    const b = new RandomStream(new Uint8Array(32).fill(7));
    const big = 2 ** 40 + 3;
    for (let i = 0; i < 20; i++) expect(a.uniform(big)).toBe(Number(b.nextWord() % BigInt(big)));
  });
});

describe('runDraw agrees with the naive spec (reference implementation)', () => {
  const agree = (input: DrawInput) => {
    const fast = attempt(input);
    let ref;
    try {
      ref = referenceDraw(input);
    } catch (e) {
      if (!(e instanceof ReferenceFailure)) throw e;
      expect(fast).toBeInstanceOf(DrawError);
      expect(fast).toMatchObject({ code: 'INSUFFICIENT_INSPECTORS', target: e.target, group: e.group });
      return;
    }
    if (fast instanceof DrawError) throw fast;
    expect({
      populationDigest: fast.populationDigest, inspectorDigest: fast.inspectorDigest, commitment: fast.commitment,
      seed: fast.seed, selected: Object.fromEntries(fast.strata.map((s) => [s.key, s.selected])), assignments: fast.assignments,
    }).toEqual(ref);
  };

  it('on small mixed inputs (several groups, exclusions, Unicode ids)', () => {
    fc.assert(fc.property(small, agree), { numRuns: 400 });
  });

  it('on busy single groups (dense exclusions, spread loads)', () => {
    fc.assert(fc.property(busy, agree), { numRuns: 300 });
  });
});

describe('draw properties', () => {
  const drawn = (input: DrawInput) => {
    const r = attempt(input);
    fc.pre(!(r instanceof DrawError));
    return r as DrawRecord;
  };

  it('each stratum draws exactly min(N, ceil(N * bp / 10000)) distinct members of its population', () => {
    fc.assert(
      fc.property(small, (input) => {
        const r = drawn(input);
        r.strata.forEach((s) => {
          const n = s.population.length;
          expect(s.selected.length).toBe(Math.min(n, Math.ceil((n * s.ratioBp) / 10000)));
          expect(new Set(s.selected).size).toBe(s.selected.length);
          for (const x of s.selected) expect(s.population).toContain(x);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('assignments respect exclusions, are distinct, and each group supplies perTarget in key order', () => {
    fc.assert(
      fc.property(fc.oneof(small, busy), (input) => {
        const r = drawn(input);
        const excluded = new Set(input.exclusions.map(([t, i]) => `${t}\n${i}`));
        const groups = [...input.inspectorGroups].sort((a, b) => compareUtf8(a.key, b.key));
        const strata = [...r.strata].sort((a, b) => compareUtf8(a.key, b.key));
        expect(r.assignments.map((a) => a.target)).toEqual(groups.length ? strata.flatMap((s) => s.selected) : []);
        for (const a of r.assignments) {
          expect(new Set(a.inspectors).size).toBe(a.inspectors.length);
          for (const i of a.inspectors) expect(excluded.has(`${a.target}\n${i}`)).toBe(false);
          let at = 0;
          for (const g of groups) {
            const share = a.inspectors.slice(at, at + g.perTarget);
            at += g.perTarget;
            for (const i of share) expect(g.pool).toContain(i);
          }
          expect(at).toBe(a.inspectors.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without exclusions, loads across a group differ by at most one', () => {
    fc.assert(
      fc.property(noExclusions, (input) => {
        const r = drawn(input);
        const load = new Map<string, number>();
        for (const a of r.assignments) for (const i of a.inspectors) load.set(i, (load.get(i) ?? 0) + 1);
        for (const g of input.inspectorGroups) {
          const loads = g.pool.map((i) => load.get(i) ?? 0);
          if (loads.length) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, and blind to the order the input lists come in', () => {
    fc.assert(
      fc.property(small, (input) => {
        const a = attempt(input);
        expect(attempt(input)).toEqual(a);
        const shuffled: DrawInput = {
          ...input,
          strata: [...input.strata].reverse().map((s) => ({ ...s, population: [...s.population].reverse() })),
          inspectorGroups: [...input.inspectorGroups].reverse().map((g) => ({ ...g, pool: [...g.pool].reverse() })),
          exclusions: [...input.exclusions].reverse(),
        };
        const b = attempt(shuffled);
        if (a instanceof DrawError) {
          expect(b).toMatchObject({ code: a.code, target: a.target, group: a.group });
          return;
        }
        const key = (r: DrawRecord | DrawError) => {
          const d = r as DrawRecord;
          return [d.commitment, d.seed, Object.fromEntries(d.strata.map((s) => [s.key, s.selected])), d.assignments];
        };
        expect(key(b)).toEqual(key(a));
      }),
      { numRuns: 200 },
    );
  });
});

describe('refusals', () => {
  it('DrawError names the target and group when exclusions leave too few inspectors', () => {
    const input: DrawInput = {
      secret: '11'.repeat(32),
      beacon: 'test',
      strata: [{ key: 'A', ratioBp: 10000, population: ['E1', 'E2', 'E3'] }],
      inspectorGroups: [
        { key: 'scjg', perTarget: 1, pool: ['S1', 'S2'] },
        { key: 'zjj', perTarget: 2, pool: ['Z1', 'Z2', 'Z3'] },
      ],
      exclusions: [['E2', 'Z1'], ['E2', 'Z3'], ['E2', 'S1']],
    };
    let error: unknown;
    try {
      runDraw(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DrawError);
    expect(error).toMatchObject({
      code: 'INSUFFICIENT_INSPECTORS', target: 'E2', group: 'zjj',
      message: '对象 E2 在 zjj 组中可用检查人员不足（需要 2 人，仅有 1 人）',
    });
  });

  it('rejects malformed input with the field', () => {
    const base: DrawInput = { secret: '00'.repeat(32), beacon: '', strata: [{ key: 'A', ratioBp: 100, population: ['a'] }], inspectorGroups: [], exclusions: [] };
    const bad = (patch: Partial<DrawInput>, field: string) =>
      expect(() => runDraw({ ...base, ...patch })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field }));
    bad({ secret: 'ab' }, 'secret');
    bad({ strata: [{ key: 'A', ratioBp: 10001, population: [] }] }, 'strata[0].ratioBp');
    bad({ strata: [{ key: 'A', ratioBp: 1.5, population: [] }] }, 'strata[0].ratioBp');
    bad({ strata: [{ key: 'A', ratioBp: 1, population: ['x', 'y\n'] }] }, 'strata[0].population[1]');
    bad({ strata: [{ key: 'A', ratioBp: 1, population: ['x', '\uD800'] }] }, 'strata[0].population[1]');
    bad({ strata: [{ key: 'A', ratioBp: 1, population: ['x'] }, { key: 'A', ratioBp: 1, population: [] }] }, 'strata[1].key');
    bad({ strata: [{ key: 'A', ratioBp: 1, population: ['x', 'y', 'x'] }] }, 'strata[0].population');
    bad({ inspectorGroups: [{ key: 'g', perTarget: 1, pool: ['i'] }, { key: 'h', perTarget: 1, pool: ['i'] }] }, 'inspectorGroups[1].pool[0]');
    bad({ exclusions: [['a'] as unknown as [string, string]] }, 'exclusions[0]');
  });
});

describe('id arbitrary', () => {
  it('produces ids the draw accepts', () => {
    fc.assert(
      fc.property(id, (x) => {
        expect(() => runDraw({ secret: '00'.repeat(32), beacon: '', strata: [{ key: 'A', ratioBp: 1, population: [x] }], inspectorGroups: [], exclusions: [] })).not.toThrow();
      }),
    );
  });
});
