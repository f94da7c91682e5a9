import type { CanonicalGroup } from './canonical.ts';
import { insufficientInspectors } from './errors.ts';
import { Fenwick } from './fenwick.ts';
import type { RandomStream } from './stream.ts';
import type { Assignment, DrawProgress, Exclusion } from './types.ts';

// Step 2 without scanning the pool per pick. The spec's tier is "candidates at the least load,
// ascending"; candidates = pool minus a handful of ids (this target's exclusions and picks so
// far). So each group keeps its inspectors bucketed by load: one Fenwick tree over the pool's
// ascending positions per load level, the non-empty levels in a linked list, least first. A
// pick walks up from the least level until the level minus the handful is non-empty (each
// skipped level is wholly removed, so at most handful+1 levels), then finds the u-th remaining
// member by skipping the removed ones' ranks. Cost per pick: O(r log P) for r removed ids.

interface Level {
  load: number;
  count: number;
  members: Fenwick;
  prev: Level | null;
  next: Level | null;
}

class GroupState {
  readonly load: Int32Array;
  private head: Level;
  private readonly spare: Fenwick[] = []; // trees of emptied levels are all zeros: reuse them

  constructor(readonly group: CanonicalGroup) {
    const n = group.pool.length;
    this.load = new Int32Array(n);
    this.head = { load: 0, count: n, members: new Fenwick(n, true), prev: null, next: null };
  }

  /** Spec step 2.3 once: `removed` = distinct pool positions not in cand; answers the pick. */
  pick(removed: readonly number[], stream: RandomStream): number {
    if (removed.length === 0) {
      // the common case: nothing hidden, the tier is the whole least-load level
      const level = this.head;
      const pos = level.members.select(stream.uniform(level.count));
      this.raise(pos, level);
      return pos;
    }
    for (let level: Level | null = this.head; level; level = level.next) {
      let hiddenCount = 0;
      for (const p of removed) if (this.load[p] === level.load) hiddenCount++;
      const size = level.count - hiddenCount;
      if (size === 0) continue; // every inspector at this load is unavailable: next load up
      let idx = stream.uniform(size);
      if (hiddenCount > 0) {
        // tier[idx] = the member of this level with idx non-hidden members before it
        const load = level.load;
        const hidden = removed.filter((p) => this.load[p] === load).sort((a, b) => a - b);
        for (const p of hidden) {
          if (level.members.rank(p) <= idx) idx++;
          else break;
        }
      }
      const pos = level.members.select(idx);
      this.raise(pos, level);
      return pos;
    }
    throw new Error('unreachable: candidates were counted before picking');
  }

  /** load[pos] += 1: move pos to the next level, creating or dropping levels as needed. */
  private raise(pos: number, from: Level): void {
    const load = from.load + 1;
    let to = from.next;
    if (!to || to.load !== load) {
      // loads only ever grow by one, so a new level always sits right after `from`
      to = { load, count: 0, members: this.spare.pop() ?? new Fenwick(this.load.length), prev: from, next: from.next };
      if (from.next) from.next.prev = to;
      from.next = to;
    }
    from.members.add(pos, -1);
    from.count--;
    to.members.add(pos, 1);
    to.count++;
    this.load[pos] = load;
    if (from.count === 0) {
      if (from.prev) from.prev.next = to;
      else this.head = to;
      to.prev = from.prev;
      this.spare.push(from.members);
    }
  }
}

/** Inspectors per target: the groups' perTarget added up. */
export const teamSize = (groups: readonly CanonicalGroup[]): number => groups.reduce((n, g) => n + g.perTarget, 0);

/**
 * Step 2 for the targets in draw order. `groups` ascending by key with ascending pools. Answers
 * the picks as pool positions, `teamSize(groups)` per target: group by group, in pick order.
 * Throws DrawError INSUFFICIENT_INSPECTORS naming the first target and group that run short.
 */
export function assignPositions(
  targets: readonly string[],
  groups: readonly CanonicalGroup[],
  exclusions: readonly Exclusion[],
  stream: RandomStream,
  onProgress?: (p: DrawProgress) => void,
): Int32Array {
  const picks = new Int32Array(groups.length ? targets.length * teamSize(groups) : 0);
  for (const done of assignInBatches(targets, groups, exclusions, stream, picks)) {
    onProgress?.({ phase: 'assignments', done, total: targets.length });
  }
  return picks;
}

/** Targets per batch of assignInBatches: progress is reported, and results may be saved, batch by batch. */
export const ASSIGNMENT_BATCH = 8192;

/**
 * assignPositions step by step: fills `picks` (teamSize(groups) per target) and yields how many
 * targets have their teams after every ASSIGNMENT_BATCH of them and at the end, so a caller can
 * save a batch while the next is drawn. The same picks, in the same order, as assignPositions.
 */
export function* assignInBatches(
  targets: readonly string[],
  groups: readonly CanonicalGroup[],
  exclusions: readonly Exclusion[],
  stream: RandomStream,
  picks: Int32Array,
): Generator<number, void> {
  if (groups.length === 0) return;
  const size = teamSize(groups);
  if (picks.length !== targets.length * size) throw new RangeError(`picks must hold ${targets.length * size} positions`);
  const states = groups.map((g) => new GroupState(g));
  const where = new Map<string, { g: number; pos: number }>();
  groups.forEach((g, gi) => g.pool.forEach((id, pos) => where.set(id, { g: gi, pos })));

  // target -> per group, the distinct excluded pool positions; exclusions naming no pool member
  // change no candidate set and are left out
  const excluded = new Map<string, number[][]>();
  for (const [t, i] of exclusions) {
    const w = where.get(i);
    if (!w) continue;
    let perGroup = excluded.get(t);
    if (!perGroup) excluded.set(t, (perGroup = groups.map(() => [])));
    const list = perGroup[w.g]!;
    if (!list.includes(w.pos)) list.push(w.pos);
  }

  const removed: number[] = [];
  let at = 0;
  for (let ti = 0; ti < targets.length; ti++) {
    const perGroup = excluded.get(targets[ti]!);
    for (let gi = 0; gi < states.length; gi++) {
      const state = states[gi]!;
      const { group } = state;
      removed.length = 0;
      if (perGroup) removed.push(...perGroup[gi]!);
      const available = group.pool.length - removed.length;
      if (available < group.perTarget) throw insufficientInspectors(targets[ti]!, group.key, group.perTarget, available);
      for (let r = 0; r < group.perTarget; r++) {
        const pos = state.pick(removed, stream);
        removed.push(pos); // picked: no longer in cand for this target
        picks[at++] = pos;
      }
    }
    if ((ti + 1) % ASSIGNMENT_BATCH === 0 && ti + 1 < targets.length) yield ti + 1;
  }
  yield targets.length;
}

/** The record's assignments: each target with its inspectors' ids, from assignPositions' picks. */
export function toAssignments(targets: readonly string[], groups: readonly CanonicalGroup[], picks: Int32Array): Assignment[] {
  if (groups.length === 0) return [];
  const size = teamSize(groups);
  return targets.map((target, ti) => {
    const inspectors: string[] = [];
    let at = ti * size;
    for (const g of groups) for (let r = 0; r < g.perTarget; r++) inspectors.push(g.pool[picks[at++]!]!);
    return { target, inspectors };
  });
}
