import { expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '@sxgk/db';
import { hashPassword } from '@sxgk/db/password';
import type { startPlatform } from './platform.ts';

// Setup shared by the browser tests of 检查记录 and what follows it: a task with an executed draw
// (through the API, with a department admin's session), a console account for an inspector of the
// drawn team, and a complete record — the browser then drives only the screens under test.
type Platform = Awaited<ReturnType<typeof startPlatform>>;

export const VIOLATION = '未按规定公示应当公示的信息';

export interface DrawnTarget {
  item: { id: number };
  target: { id: number; entityId: number; uscc: string; entityName: string };
  team: number[];
}

const filter = (f: unknown) => encodeURIComponent(JSON.stringify(f));

/** A one-item ad-hoc task of the signed-in department, drawn (the draw worker runs it) — its first target and team. */
export async function drawnTarget(api: APIRequestContext, base: string, name: string): Promise<DrawnTarget> {
  const items = await (await api.get(`${base}/api/items?filter=${filter({ status: 'published' })}&range=[0,99]`)).json() as { id: number; requiredField: string | null }[];
  const item = items.find((i) => i.requiredField === null)!;
  const task = await (await api.post(`${base}/api/tasks`, { data: { name, adHoc: true, itemIds: [item.id], startDate: '2026-04-01', directed: false } })).json() as { id: number };
  const draw = await (await api.post(`${base}/api/tasks/${task.id}/draws`, { data: { beaconSource: '福彩3D 第2026088期开奖号码' } })).json() as { id: number };
  const exec = await api.post(`${base}/api/draws/${draw.id}/execute`, { data: { beacon: '5 8 2', witnesses: ['张三（人大代表）', '李四（企业代表）'] } });
  expect(exec.status()).toBe(202);
  const { jobId } = await exec.json() as { jobId: string };
  await expect.poll(async () => (await (await api.get(`${base}/api/jobs/${jobId}`)).json()).state, { timeout: 60_000 }).toBe('completed');
  const targets = await (await api.get(`${base}/api/targets?filter=${filter({ drawId: draw.id })}&range=[0,0]`)).json() as DrawnTarget['target'][];
  const target = targets[0]!;
  const team = (await (await api.get(`${base}/api/assignments?filter=${filter({ targetId: target.id })}&range=[0,9]`)).json() as { inspectorId: number }[]).map((a) => a.inspectorId);
  expect(team.length).toBeGreaterThanOrEqual(2);
  return { item, target, team };
}

/** A console account for an inspector (in the inspector's department), password DEMO_PASSWORD. */
export async function inspectorAccount(platform: Platform, username: string, inspectorId: number) {
  const { departmentId } = await platform.db.selectFrom('inspectors').select('departmentId').where('id', '=', inspectorId).executeTakeFirstOrThrow();
  await platform.db.insertInto('users').values({
    username, displayName: `${username}（检查员）`, passwordHash: await hashPassword(DEMO_PASSWORD), role: 'inspector', departmentId, inspectorId,
  }).execute();
}

/** A second department admin: someone who did not record the record, to review it (two-person rule). */
export async function deptAdminAccount(platform: Platform, username: string, departmentCode: string) {
  const { id } = await platform.db.selectFrom('departments').select('id').where('code', '=', departmentCode).executeTakeFirstOrThrow();
  await platform.db.insertInto('users').values({
    username, displayName: `${username}（管理员）`, passwordHash: await hashPassword(DEMO_PASSWORD), role: 'dept_admin', departmentId: id,
  }).execute();
}

/**
 * A complete draft (problem found, so approval opens a follow-up) written by `api` — the inspector's
 * session — against the default form; submitted unless told otherwise. Answers the record id.
 */
export async function filledRecord(api: APIRequestContext, base: string, drawn: DrawnTarget, opts: { findings: string; submit?: boolean }) {
  const open = await api.post(`${base}/api/inspections`, { data: { targetId: drawn.target.id } });
  expect(open.status()).toBeLessThan(300);
  const { id } = await open.json() as { id: number };
  const put = await api.put(`${base}/api/inspections/${id}`, { data: {
    methods: ['onsite'], inspectionDate: '2026-04-20', presentInspectorIds: drawn.team.slice(0, 2), findings: opts.findings,
    sections: [{ itemId: drawn.item.id, answers: { operatesAsRequired: '否', violationFound: '是', siteDescription: '营业执照未在经营场所醒目位置悬挂。' } }],
    outcome: 'problem_pending', violations: [VIOLATION],
  } });
  expect(put.status(), await put.text()).toBe(200);
  if (opts.submit !== false) {
    const s = await api.post(`${base}/api/inspections/${id}/submit`);
    expect(s.status(), await s.text()).toBe(200);
  }
  return id;
}
