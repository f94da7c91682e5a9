import fc from 'fast-check';
import type { DrawInput } from '../../src/draw/index.ts';

// Random draw inputs for the property tests: ids mixing ASCII with any Unicode (surrogate pairs
// and U+E000..U+FFFF included, where UTF-16 and UTF-8 order disagree), disjoint strata and
// pools, and exclusions mostly hitting real target/inspector pairs.

const unicodeId = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 6 })
  .filter((s) => !/[\t\n]/.test(s));
const tricky = fc.constantFrom('\uE000', '\uFFFD', '\u{1F600}', '\u{10000}', '\uFF21', 'é', 'a', 'A', '9');
const chars = (alphabet: string, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: max }).map((a) => a.join(''));
const asciiId = chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 4);
export const id = fc.oneof(
  { weight: 3, arbitrary: asciiId },
  { weight: 2, arbitrary: unicodeId },
  { weight: 1, arbitrary: fc.array(tricky, { minLength: 1, maxLength: 3 }).map((a) => a.join('')) },
);
const key = fc.oneof(chars('ABCD', 1), chars('abcdefgz', 4), unicodeId);
const secret = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const ratioBp = fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(0, 1, 9999, 10000, 3333));

/** Splits distinct ids into `parts` disjoint lists. */
function split(ids: string[], picks: number[], parts: number): string[][] {
  const out: string[][] = Array.from({ length: parts }, () => []);
  ids.forEach((x, i) => out[(picks[i] ?? 0) % parts]!.push(x));
  return out;
}

export interface Shape {
  maxStrata: number;
  maxPopulation: number;
  minGroups?: number;
  maxGroups: number;
  maxPool: number;
  maxPerTarget: number;
  maxExclusions: number;
  /** fast-check's default size keeps arrays near 10 elements; 'max' lets them grow */
  size?: fc.SizeForArbitrary;
  ratioBp?: fc.Arbitrary<number>;
}

export function drawInput(shape: Shape): fc.Arbitrary<DrawInput> {
  return fc
    .record({
      secret,
      beacon: fc.string({ unit: 'binary', maxLength: 8 }),
      strataKeys: fc.uniqueArray(key, { minLength: 1, maxLength: shape.maxStrata }),
      ratios: fc.array(shape.ratioBp ?? ratioBp, { minLength: shape.maxStrata, maxLength: shape.maxStrata }),
      entities: fc.uniqueArray(id, { maxLength: shape.maxPopulation, size: shape.size }),
      entityPicks: fc.array(fc.nat(), { maxLength: shape.maxPopulation, size: shape.size }),
      groupKeys: fc.uniqueArray(key, { minLength: shape.minGroups ?? 0, maxLength: shape.maxGroups }),
      perTarget: fc.array(fc.integer({ min: 0, max: shape.maxPerTarget }), { minLength: shape.maxGroups, maxLength: shape.maxGroups }),
      inspectors: fc.uniqueArray(id, { maxLength: shape.maxPool }),
      inspectorPicks: fc.array(fc.nat(), { maxLength: shape.maxPool }),
      // inspector 0 is excluded far more often than the rest: its load lags, loads spread over
      // several levels, and picks must skip whole levels
      exclusions: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant(0), fc.nat()), fc.boolean()), { maxLength: shape.maxExclusions, size: shape.size }),
    })
    .map((r) => {
      const populations = split(r.entities, r.entityPicks, r.strataKeys.length);
      const pools = split(r.inspectors, r.inspectorPicks, Math.max(1, r.groupKeys.length));
      const everyone = r.entities.length > 0 ? r.entities : ['T'];
      const staff = r.inspectors.length > 0 ? r.inspectors : ['I'];
      return {
        secret: r.secret,
        beacon: r.beacon,
        strata: r.strataKeys.map((k, i) => ({ key: k, ratioBp: r.ratios[i]!, population: populations[i]! })),
        inspectorGroups: r.groupKeys.map((k, i) => ({ key: k, perTarget: r.perTarget[i]!, pool: pools[i]! })),
        // now and then an exclusion naming nobody in the pool, which must change nothing
        exclusions: r.exclusions.map(([t, i, stray]): [string, string] => [
          everyone[t % everyone.length]!,
          stray && i % 7 === 0 ? `x${i}` : staff[i % staff.length]!,
        ]),
      };
    });
}
