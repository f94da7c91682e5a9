import { describe, expect, it } from 'vitest';
import {
  DRAW_SPEC, inspectorDigest, populationDigest, prepareCommitment, runDraw, toPublicRecord, verifyRecord,
  type DrawRecord, type PublicDrawRecord,
} from '../../src/draw/index.ts';
import { inputOf, loadVector, vectorFiles, type Vector } from './vectors.ts';

const clone = <T>(v: T): T => structuredClone(v);
const withoutName = ({ name: _n, ...rest }: Vector) => rest;
const hasInspectors = (v: Vector) => 'assignments' in v;

describe('sxgk-draw-v1 vectors', () => {
  it('finds all four vectors', () => {
    expect(vectorFiles).toEqual(['four-tiers.json', 'joint-unicode-beacon.json', 'objects-only.json', 'tiny.json']);
  });

  describe.each(vectorFiles)('%s', (file) => {
    const v = loadVector(file);

    it('runDraw reproduces every field byte for byte', () => {
      const record = runDraw(inputOf(v));
      for (const field of Object.keys(v).filter((k) => k !== 'name')) {
        expect(JSON.stringify(record[field as keyof DrawRecord]), field).toBe(JSON.stringify(v[field as keyof Vector]));
      }
      // the whole record too, field order included
      const published = hasInspectors(v) ? record : toPublicRecord(record);
      expect(JSON.stringify(published)).toBe(JSON.stringify(withoutName(v)));
    });

    it('reports progress phase by phase', () => {
      const phases: string[] = [];
      runDraw(inputOf(v), (p) => phases.push(`${p.phase} ${p.done}/${p.total}`));
      const targets = hasInspectors(v) ? v.assignments.length : v.strata.reduce((n, s) => n + s.selected.length, 0);
      expect(phases).toEqual(['digests 1/1', `entities ${v.strata.length}/${v.strata.length}`, `assignments ${targets}/${targets}`]);
    });

    it('prepareCommitment publishes the same commitment before the beacon exists', () => {
      const { beacon: _b, ...input } = inputOf(v);
      const c = prepareCommitment(input);
      expect(c).toEqual({
        spec: DRAW_SPEC,
        commitment: v.commitment,
        populationDigest: v.populationDigest,
        inspectorDigest: v.inspectorDigest,
        strata: v.strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, populationSize: s.population.length })),
      });
    });

    it('the digest helpers agree, whatever order the input comes in', () => {
      const rev = [...v.strata].reverse().map((s) => ({ ...s, population: [...s.population].reverse() }));
      expect(populationDigest(rev)).toBe(v.populationDigest);
      expect(inspectorDigest(v.inspectorGroups ?? [], [...(v.exclusions ?? [])].reverse())).toBe(v.inspectorDigest);
    });

    it('verifyRecord accepts the vector and its public form', () => {
      expect(verifyRecord(v)).toEqual({ ok: true });
      expect(verifyRecord(toPublicRecord(v))).toEqual({ ok: true });
    });

    it('verifyRecord accepts populations listed in any order', () => {
      const t = clone(v);
      for (const s of t.strata) s.population.reverse();
      expect(verifyRecord(t)).toEqual({ ok: true });
    });
  });
});

describe('verifyRecord names the first mismatch', () => {
  const v = loadVector('four-tiers.json');
  const tamper = (f: (r: Vector) => void): Vector => {
    const t = clone(v);
    f(t);
    return t;
  };

  it('a selected id', () => {
    const t = tamper((r) => (r.strata[1]!.selected[3] = r.strata[1]!.population.find((id) => !r.strata[1]!.selected.includes(id))!));
    expect(verifyRecord(t)).toEqual({
      ok: false, field: 'strata[1].selected[3]', expected: v.strata[1]!.selected[3], actual: t.strata[1]!.selected[3],
    });
    expect(verifyRecord(toPublicRecord(t))).toMatchObject({ ok: false, field: 'strata[1].selected[3]' });
  });

  it('a selected id missing or added', () => {
    expect(verifyRecord(tamper((r) => r.strata[2]!.selected.pop()))).toMatchObject({
      ok: false, field: `strata[2].selected[${v.strata[2]!.selected.length - 1}]`, actual: undefined,
    });
    expect(verifyRecord(tamper((r) => r.strata[0]!.selected.push('X')))).toMatchObject({
      ok: false, field: `strata[0].selected[${v.strata[0]!.selected.length}]`, expected: undefined, actual: 'X',
    });
  });

  it('the beacon (the seed no longer follows)', () => {
    expect(verifyRecord(tamper((r) => (r.beacon = '福彩3D 第2026301期 5 8 3')))).toMatchObject({ ok: false, field: 'seed', actual: v.seed });
  });

  it('a population id', () => {
    expect(verifyRecord(tamper((r) => (r.strata[0]!.population[5] = '91410100ZZZZZZZZZZ')))).toMatchObject({
      ok: false, field: 'populationDigest', actual: v.populationDigest,
    });
  });

  it('an assignment', () => {
    const t = tamper((r) => r.assignments[4]!.inspectors.reverse());
    expect(verifyRecord(t)).toEqual({
      ok: false, field: 'assignments[4].inspectors', expected: v.assignments[4]!.inspectors, actual: t.assignments[4]!.inspectors,
    });
    expect(verifyRecord(tamper((r) => (r.assignments[7]!.target = 'X')))).toMatchObject({ field: 'assignments[7].target' });
    expect(verifyRecord(tamper((r) => r.assignments.pop()))).toMatchObject({ field: `assignments[${v.assignments.length - 1}]` });
  });

  it('the inspector pool, the exclusions, the secret, the commitment', () => {
    expect(verifyRecord(tamper((r) => r.inspectorGroups[0]!.pool.pop()))).toMatchObject({ field: 'inspectorDigest' });
    expect(verifyRecord(tamper((r) => r.exclusions.pop()))).toMatchObject({ field: 'inspectorDigest' });
    expect(verifyRecord(tamper((r) => (r.secret = 'f' + r.secret.slice(1))))).toMatchObject({ field: 'commitment' });
    expect(verifyRecord(tamper((r) => (r.commitment = '0'.repeat(64))))).toMatchObject({ field: 'commitment', expected: v.commitment });
    const pub = { ...toPublicRecord(v), inspectorDigest: '1'.repeat(64) } as PublicDrawRecord;
    expect(verifyRecord(pub)).toMatchObject({ field: 'commitment' });
  });

  it('a malformed record', () => {
    expect(verifyRecord(tamper((r) => (r.secret = r.secret.toUpperCase())))).toMatchObject({ ok: false, field: 'secret' });
    expect(verifyRecord(tamper((r) => ((r as { spec: string }).spec = 'v0')))).toMatchObject({ ok: false, field: 'spec' });
    expect(verifyRecord(tamper((r) => (r.strata[0]!.population[2] = r.strata[1]!.population[0]!)))).toMatchObject({
      ok: false, field: 'strata[1].population',
    });
    expect(verifyRecord(tamper((r) => (r.strata[0]!.population[2] = 'a\tb')))).toMatchObject({ field: 'strata[0].population[2]' });
    expect(verifyRecord(tamper((r) => delete (r as Partial<Vector>).assignments))).toMatchObject({ field: 'assignments' });
    expect(verifyRecord(null as unknown as DrawRecord)).toMatchObject({ ok: false, field: 'record' });
  });
});
