import { hexToBytes } from '@noble/hashes/utils.js';
import { assignPositions, toAssignments } from './assignment.ts';
import {
  canonicalExclusions, canonicalGroups, canonicalStrata, checkBeacon, parseSecret,
} from './canonical.ts';
import { idsAt, selectEntities } from './draw.ts';
import { commitment, digestAscendingGroups, digestAscendingStrata, seed } from './digests.ts';
import { DrawError } from './errors.ts';
import { RandomStream } from './stream.ts';
import { DRAW_SPEC, type Assignment, type DrawRecord, type PublicDrawRecord, type VerifyResult } from './types.ts';

// Anyone's check of a published record: recompute every field the record allows and name the
// first that disagrees. A public record lacks the inspector data, but step 2 only consumes the
// stream after step 1, so its selections verify on their own; its inspectorDigest is taken as
// given and still has to fit the commitment.

class Mismatch {
  constructor(readonly field: string, readonly expected: unknown, readonly actual: unknown) {}
}

function same(field: string, expected: unknown, actual: unknown): void {
  if (expected !== actual) throw new Mismatch(field, expected, actual);
}

function list(v: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(v)) throw new Mismatch(field, '数组', v);
  return v;
}

export function verifyRecord(record: DrawRecord | PublicDrawRecord): VerifyResult {
  try {
    check(record as unknown as Record<string, unknown>);
    return { ok: true };
  } catch (e) {
    if (e instanceof Mismatch) return { ok: false, field: e.field, expected: e.expected, actual: e.actual };
    if (e instanceof DrawError && e.code === 'INVALID_INPUT') {
      return { ok: false, field: e.field ?? 'record', expected: e.reason, actual: e.value };
    }
    throw e;
  }
}

function check(r: Record<string, unknown>): void {
  if (typeof r !== 'object' || r === null) throw new Mismatch('record', '对象', r);
  same('spec', DRAW_SPEC, r.spec);
  parseSecret(r.secret);
  const secret = r.secret as string;
  const beacon = checkBeacon(r.beacon);
  const strata = canonicalStrata(r.strata);
  const populationDigest = digestAscendingStrata(strata);
  same('populationDigest', populationDigest, r.populationDigest);

  const audit = 'inspectorGroups' in r || 'exclusions' in r || 'assignments' in r;
  let inspectorDigest: string;
  let groups: ReturnType<typeof canonicalGroups> = [];
  let exclusions: [string, string][] = [];
  if (audit) {
    groups = canonicalGroups(r.inspectorGroups);
    exclusions = canonicalExclusions(r.exclusions);
    inspectorDigest = digestAscendingGroups(groups, exclusions);
    same('inspectorDigest', inspectorDigest, r.inspectorDigest);
  } else {
    if (typeof r.inspectorDigest !== 'string' || !/^[0-9a-f]{64}$/.test(r.inspectorDigest)) {
      throw new Mismatch('inspectorDigest', '64 位小写十六进制', r.inspectorDigest);
    }
    inspectorDigest = r.inspectorDigest;
  }
  same('commitment', commitment(secret, populationDigest, inspectorDigest), r.commitment);
  const seedHex = seed(secret, beacon);
  same('seed', seedHex, r.seed);

  const stream = new RandomStream(hexToBytes(seedHex));
  const selected = selectEntities(strata, stream).map((positions, i) => idsAt(strata[i]!.population, positions));
  const byKey = new Map(strata.map((s, i) => [s.key, selected[i]!]));
  (r.strata as { key: string; selected: unknown }[]).forEach((s, i) => {
    compareLists(`strata[${i}].selected`, byKey.get(s.key)!, list(s.selected, `strata[${i}].selected`));
  });
  if (!audit) return;

  const claimed = list(r.assignments, 'assignments');
  const targets = selected.flat();
  let expected: Assignment[];
  try {
    expected = toAssignments(targets, groups, assignPositions(targets, groups, exclusions, stream));
  } catch (e) {
    if (!(e instanceof DrawError) || e.target === undefined) throw e;
    const at = targets.indexOf(e.target);
    throw new Mismatch(`assignments[${at}]`, e.message, claimed[at]);
  }
  for (let i = 0; i < Math.max(expected.length, claimed.length); i++) {
    const want = expected[i];
    const got = claimed[i] as Partial<Assignment> | undefined;
    if (!want || !got || typeof got !== 'object') throw new Mismatch(`assignments[${i}]`, want, got);
    same(`assignments[${i}].target`, want.target, got.target);
    const a = JSON.stringify(want.inspectors);
    const b = JSON.stringify(got.inspectors);
    if (a !== b) throw new Mismatch(`assignments[${i}].inspectors`, want.inspectors, got.inspectors);
  }
}

function compareLists(field: string, expected: readonly string[], actual: readonly unknown[]): void {
  for (let j = 0; j < Math.max(expected.length, actual.length); j++) same(`${field}[${j}]`, expected[j], actual[j]);
}
