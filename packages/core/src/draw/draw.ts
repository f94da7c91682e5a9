import { hexToBytes } from '@noble/hashes/utils.js';
import { assignInspectors } from './assignment.ts';
import {
  canonicalExclusions, canonicalGroups, canonicalStrata, checkBeacon, parseSecret, type CanonicalStratum,
} from './canonical.ts';
import { commitment, digestAscendingGroups, digestAscendingStrata, seed } from './digests.ts';
import { selectStratum } from './entities.ts';
import { RandomStream } from './stream.ts';
import {
  DRAW_SPEC, type Assignment, type DrawCommitment, type DrawInput, type DrawProgress, type DrawRecord,
  type PublicDrawRecord,
} from './types.ts';

// The draw itself: validate and order the input once, hash it, then run step 1 and step 2 on
// one stream. Synchronous and pure, so the worker, the API and the browser share it.

/** Step 1 for strata in ascending key order; answers each stratum's selection, same order. */
export function selectEntities(strata: readonly CanonicalStratum[], stream: RandomStream): string[][] {
  return strata.map((s) => selectStratum(s.population, s.ratioBp, stream));
}

/** The pre-draw public side. Throws DrawError INVALID_INPUT on malformed input. */
export function prepareCommitment(input: Omit<DrawInput, 'beacon'>): DrawCommitment {
  parseSecret(input.secret);
  const strata = canonicalStrata(input.strata);
  const populationDigest = digestAscendingStrata(strata);
  const inspectorDigest = digestAscendingGroups(canonicalGroups(input.inspectorGroups), canonicalExclusions(input.exclusions));
  return {
    spec: DRAW_SPEC,
    commitment: commitment(input.secret, populationDigest, inspectorDigest),
    populationDigest,
    inspectorDigest,
    strata: input.strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, populationSize: s.population.length })),
  };
}

/**
 * The whole draw, as the audit-level record. Strata and groups keep the caller's order; id lists
 * are published ascending (the order the digests hash), exclusions by (target, inspector).
 * Throws DrawError: INVALID_INPUT, or INSUFFICIENT_INSPECTORS naming the target and group.
 */
export function runDraw(input: DrawInput, onProgress?: (p: DrawProgress) => void): DrawRecord {
  parseSecret(input.secret);
  const beacon = checkBeacon(input.beacon);
  const strata = canonicalStrata(input.strata);
  const groups = canonicalGroups(input.inspectorGroups);
  const exclusions = canonicalExclusions(input.exclusions);
  const populationDigest = digestAscendingStrata(strata);
  const inspectorDigest = digestAscendingGroups(groups, exclusions);
  const seedHex = seed(input.secret, beacon);
  onProgress?.({ phase: 'digests', done: 1, total: 1 });

  const stream = new RandomStream(hexToBytes(seedHex));
  const selected = selectEntities(strata, stream);
  onProgress?.({ phase: 'entities', done: strata.length, total: strata.length });
  const targets = selected.flat();
  const assignments: Assignment[] = assignInspectors(targets, groups, exclusions, stream, onProgress);
  onProgress?.({ phase: 'assignments', done: targets.length, total: targets.length });

  const stratumByKey = new Map(strata.map((s, i) => [s.key, { population: s.population, selected: selected[i]! }]));
  const groupByKey = new Map(groups.map((g) => [g.key, g.pool]));
  return {
    spec: DRAW_SPEC,
    commitment: commitment(input.secret, populationDigest, inspectorDigest),
    populationDigest,
    inspectorDigest,
    beacon,
    secret: input.secret,
    seed: seedHex,
    strata: input.strata.map((s) => {
      const c = stratumByKey.get(s.key)!;
      return { key: s.key, ratioBp: s.ratioBp, population: [...c.population], selected: c.selected };
    }),
    inspectorGroups: input.inspectorGroups.map((g) => ({ key: g.key, perTarget: g.perTarget, pool: [...groupByKey.get(g.key)!] })),
    exclusions,
    assignments,
  };
}

/** The public level: drops inspectorGroups, exclusions and assignments, keeps everything else. */
export function toPublicRecord(record: DrawRecord): PublicDrawRecord {
  const { inspectorGroups: _g, exclusions: _x, assignments: _a, ...rest } = record;
  return rest;
}
