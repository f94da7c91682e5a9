// `npx tsx packages/core/bench/draw-core.bench.ts`: timings of sxgk-draw-v1 at platform scale
// (1 000 000 candidates in 4 tiers, a pool of 2 000 inspectors, 2 per target, 1 % of entities
// with an exclusion). Not a test: prints milliseconds per phase, for ids both shuffled and
// already ascending (as a database query with ORDER BY ... COLLATE "C" delivers them).
// Pass `sorted` to run only the already-ascending case.
import { canonicalExclusions, canonicalGroups, canonicalStrata } from '../src/draw/canonical.ts';
import { idsAt, selectEntities } from '../src/draw/draw.ts';
import { digestAscendingGroups, digestAscendingStrata } from '../src/draw/digests.ts';
import { assignPositions } from '../src/draw/assignment.ts';
import { seed } from '../src/draw/digests.ts';
import { RandomStream } from '../src/draw/stream.ts';
import { runDraw, type DrawInput, type DrawProgress } from '../src/draw/index.ts';
import { hexToBytes } from '@noble/hashes/utils.js';

const N = 1_000_000;
const POOL = 2_000;
const RATIOS = [100, 200, 1000, 3000];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

let state = 0x9e3779b9;
const rand = (n: number) => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
};
const shuffle = <T>(a: T[]) => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
const base31 = (v: number, width: number) => {
  let s = '';
  for (let i = 0; i < width; i++, v = Math.floor(v / 31)) s = ALPHABET[v % 31] + s;
  return s;
};

function makeInput(sorted: boolean): DrawInput {
  // unified-social-credit-code-like ids, unique by construction; JSON round trip makes them flat
  // strings, as ids read from a database or a file are
  const ids: string[] = JSON.parse(
    JSON.stringify(Array.from({ length: N }, (_, i) => `${['91', '92', '52', '12'][i % 4]}41${base31(i * 7919 % 1_000_003, 6)}MA${base31(rand(31 ** 6), 6)}`)),
  );
  const shuffled = shuffle(ids);
  const strata = RATIOS.map((ratioBp, t) => {
    const population = shuffled.filter((_, i) => i % 4 === t);
    return { key: 'ABCD'[t]!, ratioBp, population: sorted ? population.sort() : population };
  });
  const pool = Array.from({ length: POOL }, (_, i) => `41${String(100000000 + i * 37).padStart(9, '0')}`);
  const exclusions = Array.from({ length: N / 100 }, (): [string, string] => [shuffled[rand(N)]!, pool[rand(POOL)]!]);
  return { secret: 'ab'.repeat(32), beacon: '福彩3D 第2026301期 5 8 2', strata, inspectorGroups: [{ key: 'scjg', perTarget: 2, pool }], exclusions };
}

function time<T>(label: string, f: () => T): T {
  const t = performance.now();
  const r = f();
  console.log(`  ${label.padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
  return r;
}

for (const sorted of (process.argv[2] === "sorted" ? [true] : [false, true])) {
  const input = makeInput(sorted);
  console.log(`\n${N.toLocaleString('en')} ids, ${sorted ? 'already ascending' : 'shuffled'}, pool ${POOL}, ${input.exclusions.length} exclusions`);
  const strata = time('validate + sort strata', () => canonicalStrata(input.strata));
  const groups = canonicalGroups(input.inspectorGroups);
  const exclusions = canonicalExclusions(input.exclusions);
  time('digests (population + inspectors)', () => [digestAscendingStrata(strata), digestAscendingGroups(groups, exclusions)]);
  const stream = new RandomStream(hexToBytes(seed(input.secret, input.beacon)));
  const selected = time('step 1: entities', () => selectEntities(strata, stream));
  const targets = strata.flatMap((s, i) => idsAt(s.population, selected[i]!));
  time(`step 2: ${targets.length} targets x 2 inspectors`, () => assignPositions(targets, groups, exclusions, stream));

  const marks: [string, number][] = [];
  const t0 = performance.now();
  const record = runDraw(input, (p: DrawProgress) => {
    if (p.done === p.total) marks.push([p.phase, performance.now() - t0]);
  });
  const total = performance.now() - t0;
  console.log(`  runDraw total                      ${total.toFixed(0).padStart(6)} ms  (${marks.map(([p, t]) => `${p} done at ${t.toFixed(0)}`).join(', ')})`);
  const loads = new Map<string, number>();
  for (const a of record.assignments) for (const i of a.inspectors) loads.set(i, (loads.get(i) ?? 0) + 1);
  console.log(`  inspector loads: min ${Math.min(...loads.values())}, max ${Math.max(...loads.values())}`);
}
