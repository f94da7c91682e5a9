import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRecord } from '@sxgk/core/draw/index';
import { startTestApi, waitJob, type TestApi } from './harness.ts';
import { BEACON, createTask, prepare, publishedItem, sampleSize, verifyDrawCli } from './draw-helpers.ts';

// The whole ceremony over HTTP: prepare → public commitment → execute → records that verify.
let api: TestApi;
let admin: string;
let drawId: number;
let conflictPairs: { inspectorId: number; entityId: number }[] = [];
beforeAll(async () => {
  api = await startTestApi({ entities: 300, drawWorkers: 1 });
  admin = await api.login('scjg-admin');
  // conflicts: the first 40 entities each with one inspector of scjg
  const inspectors = (await api.call(admin, '/api/inspectors?range=[0,99]')).data as { id: number }[];
  const entities = (await api.call(admin, '/api/entities?range=[0,39]')).data as { id: number }[];
  conflictPairs = entities.map((e, i) => ({ inspectorId: inspectors[i % inspectors.length]!.id, entityId: e.id }));
  for (const p of conflictPairs) await api.call(admin, '/api/conflicts', { method: 'POST', json: { ...p, reason: '亲属在该企业任职' } });
});
afterAll(async () => { await api.close(); });

describe('a draw end to end', () => {
  it('prepares: the public sees only the commitment side', async () => {
    const task = await createTask(api, admin, { name: '2026 年企业公示信息抽查', itemIds: [await publishedItem(api, admin)], directed: false, ratios: { A: 1000, B: 2000, C: 3000, D: 5000 } });
    const draw = await prepare(api, admin, task.id);
    drawId = draw.id;
    expect(draw).toMatchObject({ status: 'prepared', taskId: task.id, beaconSource: '福彩3D 第2026088期开奖号码', secret: null, seed: null });
    expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/);
    const pub = await api.call(null, `/api/public/draws/${drawId}`);
    expect(pub.status).toBe(200);
    expect(pub.data).toMatchObject({ spec: 'sxgk-draw-v1', commitment: draw.commitment, status: 'prepared', beaconSource: '福彩3D 第2026088期开奖号码' });
    expect(pub.data.strata.map((s: { key: string }) => s.key)).toEqual(['A', 'B', 'C', 'D', 'D+']);
    expect(pub.data.strata[0]).toEqual({ key: 'A', ratioBp: 1000, populationSize: expect.any(Number) });
    for (const hidden of ['secret', 'seed', 'beacon', 'assignments', 'inspectorGroups']) expect(pub.data).not.toHaveProperty(hidden);
    expect(JSON.stringify(pub.data)).not.toMatch(/population"/);
  });

  it('executes with beacon and witnesses; both records verify', async () => {
    const r = await api.call(admin, `/api/draws/${drawId}/execute`, { method: 'POST', json: BEACON });
    expect(r.status).toBe(202);
    const job = await waitJob(api, admin, r.data.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 100 });
    const pub = (await api.call(null, `/api/public/draws/${drawId}`)).data;
    expect(verifyRecord(pub)).toEqual({ ok: true });
    expect(pub).toMatchObject({ status: 'executed', beacon: BEACON.beacon, witnesses: BEACON.witnesses });
    expect(pub).not.toHaveProperty('assignments');
    const audit = await api.call(admin, `/api/draws/${drawId}/record`);
    expect(audit.status).toBe(200);
    expect(verifyRecord(audit.data)).toEqual({ ok: true });
    expect(audit.data.exclusions.length).toBeGreaterThan(0);
    const tampered = { ...audit.data, assignments: audit.data.assignments.slice().reverse() };
    expect(verifyRecord(tampered).ok).toBe(false);
    const cli = await verifyDrawCli(`${api.base}/api/public/draws/${drawId}`);
    expect(cli.stdout.trim()).toBe(`OK sxgk-draw-v1 ${pub.commitment}`);
    expect(cli.code).toBe(0);
  });

  it('draws ceil(N·ratio) per tier, each target with ≥ 2 distinct inspectors and no conflict', async () => {
    const draw = (await api.call(admin, `/api/draws/${drawId}`)).data;
    expect(draw.secret).toMatch(/^[0-9a-f]{64}$/);
    const pub = (await api.call(null, `/api/public/draws/${drawId}`)).data;
    let total = 0;
    for (const s of pub.strata) {
      const k = sampleSize(s.population.length, s.ratioBp);
      total += k;
      expect(s.selected).toHaveLength(k);
      expect(draw.strataSummary.find((x: { key: string }) => x.key === s.key)).toMatchObject({ size: s.population.length, selected: k });
      const listed = await api.call(admin, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId, stratum: s.key }))}&range=[0,0]`);
      expect(listed.headers.get('content-range')).toMatch(new RegExp(`/${k}$`));
    }
    expect(total).toBeGreaterThan(0);
    const assignments = (await api.call(admin, `/api/assignments?filter=${encodeURIComponent(JSON.stringify({ drawId }))}&range=[0,999]`)).data as { targetId: number; inspectorId: number; entityId: number }[];
    const byTarget = new Map<number, typeof assignments>();
    for (const a of assignments) byTarget.set(a.targetId, [...(byTarget.get(a.targetId) ?? []), a]);
    expect(byTarget.size).toBe(total);
    for (const team of byTarget.values()) {
      expect(new Set(team.map((a) => a.inspectorId)).size).toBe(team.length);
      expect(team.length).toBeGreaterThanOrEqual(2);
      for (const a of team) expect(conflictPairs.some((p) => p.entityId === a.entityId && p.inspectorId === a.inspectorId)).toBe(false);
    }
  });

  it('prints a certificate with the commitment and the seed', async () => {
    const draw = (await api.call(admin, `/api/draws/${drawId}`)).data;
    const r = await fetch(`${api.base}/api/draws/${drawId}/certificate`, { headers: { authorization: `Bearer ${admin}` } });
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const html = await r.text();
    for (const s of ['抽取证书', draw.commitment, draw.seed, BEACON.witnesses[0], `/api/public/draws/${drawId}`]) expect(html).toContain(s);
  });

  it('never edits results: no routes, and the database refuses', async () => {
    const target = (await api.call(admin, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId }))}&range=[0,0]`)).data[0];
    expect((await api.call(admin, `/api/targets/${target.id}`, { method: 'PUT', json: { uscc: 'x' } })).status).toBe(404);
    expect((await api.call(admin, `/api/targets/${target.id}`, { method: 'DELETE' })).status).toBe(404);
    await expect(api.db.updateTable('targets').set({ stratum: 'A' }).where('id', '=', target.id).execute()).rejects.toThrow(/cannot be changed/);
    await expect(api.db.deleteFrom('assignments').where('drawId', '=', drawId).execute()).rejects.toThrow(/cannot be changed/);
    await expect(api.db.updateTable('draws').set({ seed: 'x' }).where('id', '=', drawId).execute()).rejects.toThrow(/cannot change/);
    expect((await api.call(admin, `/api/draws/${drawId}/execute`, { method: 'POST', json: BEACON })).status).toBe(409);
  });

  it('shows an inspector only the targets they are on, with their whole team', async () => {
    const token = await api.login('scjg-insp');
    const me = (await api.call(token, '/api/auth/me')).data;
    const seen = await api.call(token, `/api/assignments?filter=${encodeURIComponent(JSON.stringify({ drawId }))}&range=[0,999]`);
    expect(seen.status).toBe(200);
    const own = (await api.call(admin, `/api/assignments?filter=${encodeURIComponent(JSON.stringify({ drawId, inspectorId: me.inspectorId }))}&range=[0,999]`)).data;
    expect(own.length).toBeGreaterThan(0);
    const myTargets = new Set(own.map((a: { targetId: number }) => a.targetId));
    expect(new Set(seen.data.map((a: { targetId: number }) => a.targetId))).toEqual(myTargets);
    expect(seen.data.some((a: { inspectorId: number }) => a.inspectorId !== me.inspectorId)).toBe(true);
    const teams = (await api.call(admin, `/api/assignments?filter=${encodeURIComponent(JSON.stringify({ drawId }))}&range=[0,999]`)).data
      .filter((a: { targetId: number }) => myTargets.has(a.targetId));
    expect(seen.data.length).toBe(teams.length);
    const targets = (await api.call(token, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId }))}&range=[0,999]`)).data;
    expect(new Set(targets.map((t: { id: number }) => t.id))).toEqual(myTargets);
    expect(targets.every((t: { inspectorNames: string[] }) => t.inspectorNames.length >= 2)).toBe(true);
    expect((await api.call(token, `/api/draws/${drawId}`)).status).toBe(403);
  });
});
