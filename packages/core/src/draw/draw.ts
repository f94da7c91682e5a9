import { hexToBytes } from '@noble/hashes/utils.js';
import { assignInBatches, teamSize, toAssignments } from './assignment.ts';
import {
  canonicalExclusions, canonicalGroups, canonicalStrata, checkBeacon, parseSecret, type CanonicalGroup,
} from './canonical.ts';
import { commitment, digestAscendingGroups, digestAscendingStrata, seed } from './digests.ts';
import { selectPositions } from './entities.ts';
import { idAt, type IdList } from './id-lines.ts';
import { DrawError } from './errors.ts';
import { RandomStream } from './stream.ts';
import {
  DRAW_SPEC, type DrawCommitment, type DrawInput, type DrawProgress, type DrawRecord, type Exclusion, type PublicDrawRecord,
} from './types.ts';

// The draw itself: validate and order the input once, hash it, then run step 1 and step 2 on
// one stream. Synchronous and pure, so the worker, the API and the browser share it. Steps work
// on positions (in a population, in a pool); ids are looked up once at the end.

/** Inputs in the spec's canonical order: strata and groups by ascending key, ids ascending, exclusions by (target, inspector). */
export interface CanonicalDraw {
  secret: string;
  beacon: string;
  strata: readonly { key: string; ratioBp: number; population: IdList }[];
  groups: readonly CanonicalGroup[];
  exclusions: readonly Exclusion[];
}

export interface DrawOutcome {
  commitment: string;
  populationDigest: string;
  inspectorDigest: string;
  seed: string;
  /** per stratum, in canonical order: the drawn positions of its population, in draw order */
  selected: Int32Array[];
  /** the targets' ids in draw order (all strata's selections, concatenated) */
  targets: string[];
  /** per target, teamSize(groups) pool positions: group by group, in pick order */
  picks: Int32Array;
}

/** Step 1 for strata in ascending key order; answers each stratum's drawn positions, same order. */
export function selectEntities(strata: readonly { ratioBp: number; population: IdList }[], stream: RandomStream): Int32Array[] {
  return strata.map((s) => selectPositions(s.population.length, s.ratioBp, stream));
}

/** The ids at `positions` of an ascending population. */
export function idsAt(population: IdList, positions: Int32Array): string[] {
  const ids = new Array<string>(positions.length); // a plain loop: Array.from's mapping costs ~5× more per id
  for (let i = 0; i < positions.length; i++) ids[i] = idAt(population, positions[i]!);
  return ids;
}

/** A draw under way: step 1 done, step 2 (the teams in `outcome.picks`) run on as far as asked. */
export interface DrawInProgress {
  outcome: DrawOutcome;
  /** Runs step 2 until at least the first `n` targets have their teams (all of them for Infinity). */
  advanceTo(n: number): void;
}

function begin(c: CanonicalDraw, digests: { populationDigest: string; inspectorDigest: string }, onProgress?: (p: DrawProgress) => void): DrawInProgress {
  const seedHex = seed(c.secret, c.beacon);
  onProgress?.({ phase: 'digests', done: 1, total: 1 });
  const stream = new RandomStream(hexToBytes(seedHex));
  const selected = selectEntities(c.strata, stream);
  onProgress?.({ phase: 'entities', done: c.strata.length, total: c.strata.length });
  const targets = c.strata.flatMap((s, i) => idsAt(s.population, selected[i]!));
  const picks = new Int32Array(c.groups.length ? targets.length * teamSize(c.groups) : 0);
  const steps = assignInBatches(targets, c.groups, c.exclusions, stream, picks);
  let done = 0;
  let finished = false;
  const outcome = { commitment: commitment(c.secret, digests.populationDigest, digests.inspectorDigest), ...digests, seed: seedHex, selected, targets, picks };
  let failed: unknown = null; // a generator that threw is over: asking again must not look like success
  return {
    outcome,
    advanceTo(n) {
      if (failed) throw failed;
      try {
        while (done < Math.min(n, targets.length)) {
          done = steps.next().value ?? targets.length;
          if (done < targets.length) onProgress?.({ phase: 'assignments', done, total: targets.length });
        }
        if (done === targets.length && !finished) {
          finished = true;
          onProgress?.({ phase: 'assignments', done, total: targets.length });
        }
      } catch (e) {
        failed = e;
        throw e;
      }
    },
  };
}

function draw(c: CanonicalDraw, digests: { populationDigest: string; inspectorDigest: string }, onProgress?: (p: DrawProgress) => void): DrawOutcome {
  const d = begin(c, digests, onProgress);
  d.advanceTo(Infinity);
  return d.outcome;
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
  const strata = canonicalStrata(input.strata);
  const c: CanonicalDraw = {
    secret: input.secret,
    beacon: checkBeacon(input.beacon),
    strata,
    groups: canonicalGroups(input.inspectorGroups),
    exclusions: canonicalExclusions(input.exclusions),
  };
  const o = draw(c, { populationDigest: digestAscendingStrata(c.strata), inspectorDigest: digestAscendingGroups(c.groups, c.exclusions) }, onProgress);

  const stratumByKey = new Map(strata.map((s, i) => [s.key, { population: s.population, selected: idsAt(s.population, o.selected[i]!) }]));
  const groupByKey = new Map(c.groups.map((g) => [g.key, g.pool]));
  return {
    spec: DRAW_SPEC,
    commitment: o.commitment,
    populationDigest: o.populationDigest,
    inspectorDigest: o.inspectorDigest,
    beacon: c.beacon,
    secret: input.secret,
    seed: o.seed,
    strata: input.strata.map((s) => {
      const x = stratumByKey.get(s.key)!;
      return { key: s.key, ratioBp: s.ratioBp, population: [...x.population], selected: x.selected };
    }),
    inspectorGroups: input.inspectorGroups.map((g) => ({ key: g.key, perTarget: g.perTarget, pool: [...groupByKey.get(g.key)!] })),
    exclusions: [...c.exclusions] as [string, string][],
    assignments: toAssignments(o.targets, c.groups, o.picks),
  };
}

/**
 * The worker's draw of a prepared snapshot, whose inputs are canonical because the hashers that
 * made its commitment refuse anything else. Instead of validating millions of ids again, the
 * digests are recomputed and must give `committed`: then these are exactly the committed inputs,
 * and the draw runs as in runDraw. Throws DrawError COMMITMENT_MISMATCH, INVALID_INPUT (secret,
 * beacon) or INSUFFICIENT_INSPECTORS.
 */
export function runCommittedDraw(c: CanonicalDraw, committed: string, onProgress?: (p: DrawProgress) => void): DrawOutcome {
  const d = startCommittedDraw(c, committed, onProgress);
  d.advanceTo(Infinity);
  return d.outcome;
}

/**
 * runCommittedDraw with step 2 left to the caller (advanceTo), so it can save the teams of one
 * batch of targets while the next is drawn. The outcome is the same, pick for pick; a shortage of
 * inspectors (INSUFFICIENT_INSPECTORS) surfaces from the advanceTo that reaches its target.
 */
export function startCommittedDraw(c: CanonicalDraw, committed: string, onProgress?: (p: DrawProgress) => void): DrawInProgress {
  parseSecret(c.secret);
  checkBeacon(c.beacon);
  const digests = { populationDigest: digestAscendingStrata(c.strata), inspectorDigest: digestAscendingGroups(c.groups, c.exclusions) };
  const made = commitment(c.secret, digests.populationDigest, digests.inspectorDigest);
  if (made !== committed) throw new DrawError('COMMITMENT_MISMATCH', `抽取输入与公开承诺不符（承诺 ${committed}，输入得出 ${made}）`);
  return begin(c, digests, onProgress);
}

/** The public level: drops inspectorGroups, exclusions and assignments, keeps everything else. */
export function toPublicRecord(record: DrawRecord): PublicDrawRecord {
  const { inspectorGroups: _g, exclusions: _x, assignments: _a, ...rest } = record;
  return rest;
}
