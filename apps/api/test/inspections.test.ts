import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOWUP_MEASURE_LABELS, OUTCOME_LABELS } from '@sxgk/core/outcomes';
import { makeUscc } from '@sxgk/core/uscc';
import { chinaDay, DEMO_PASSWORD, loadCalendar, refreshWarnings, runPublicationCycle } from '@sxgk/db';
import { calendarYearDue } from '@sxgk/core/working-days';
import { hashPassword } from '@sxgk/db/password';
import { STRATUM_OF } from '@sxgk/db/draws/eligibility';
import { redisConnection } from '@sxgk/jobs/queues';
import { startPublicationWorker } from '../../worker/src/publications/worker.ts';
import { createApp } from '../src/app.ts';
import { exported, startTestApi, type TestApi } from './harness.ts';
import { createTask, drawTask } from './draw-helpers.ts';

// 检查记录 → 审核（双人原则）→ 公示 → 信用记录, redaction of everything public, follow-up,
// referrals and the calendar, over real HTTP, Postgres and Redis.
let api: TestApi;
let dir: string;
const tok: Record<string, string> = {};
const dept: Record<string, number> = {};
const ids = { formId: 0, pluginItem: 0, defaultItem: 0, drawId: 0 };
type Target = { id: number; entityId: number; team: number[] };
const targets: Record<'person' | 'refuser' | 'plain', Target> = {} as never;
const ent: Record<'person' | 'refuser' | 'plain', { id: number; uscc: string }> = {} as never;

// what must never reach a public page
const ID_NO = '410102199001011234';
const PHONE = '13912345678';
const HOME = '金水区幸福小区8号楼3单元501室';
const OPERATOR = '张三丰';
const SECRET_ANSWER = '商业秘密：进货渠道为某某批发市场';
const PROTECTED = [ID_NO, PHONE, HOME, OPERATOR, SECRET_ANSWER, 'supplierSecret'];

const PLUGIN_FORM = {
  key: 'food-check', version: 1, title: '食品经营检查表',
  sections: [{ title: '检查要点', fields: [
    { key: 'licenseDisplayed', label: '是否公示许可证', kind: 'checkpoint', problemWhen: '否' },
    { key: 'supplierSecret', label: '进货渠道', kind: 'text', confidential: true },
    { key: 'notes', label: '备注', kind: 'textarea' },
  ] }],
};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('fake image body for the test')]);

async function user(username: string, role: 'dept_admin' | 'inspector', departmentId: number, inspectorId: number | null = null) {
  await api.db.insertInto('users').values({ username, displayName: username, passwordHash: await hashPassword(DEMO_PASSWORD), role, departmentId, inspectorId }).execute();
  tok[username] = await api.login(username);
}
const put = (who: string, id: number, json: unknown) => api.call(tok[who]!, `/api/inspections/${id}`, { method: 'PUT', json });
const post = (who: string, path: string, json?: unknown) => api.call(tok[who]!, path, { method: 'POST', ...(json !== undefined && { json }) });
const upload = (who: string, id: number, data: Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return api.call(tok[who]!, `/api/inspections/${id}/attachments`, { method: 'POST', body: form });
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sxgk-att-'));
  process.env.ATTACHMENTS_DIR = dir;
  api = await startTestApi({ entities: 20, drawWorkers: 1 });
  for (const d of await api.db.selectFrom('departments').select(['id', 'code']).execute()) dept[d.code] = d.id;
  for (const u of ['admin', 'scjg-admin', 'zjj-admin', 'fgw-admin']) tok[u] = await api.login(u);
  // three entities in a region of their own, so the draw (all ratios 100 %) takes exactly them
  const make = async (key: keyof typeof ent, kind: 'individual' | 'enterprise', fields: Record<string, string>) => {
    const uscc = makeUscc(`${kind === 'individual' ? '92' : '91'}419999MA${String(Object.keys(ent).length).padStart(7, '0')}`);
    const row = await api.db.insertInto('entities').values({ uscc, kind, regionCode: '419999', riskTier: 'A', ...fields } as never).returning('id').executeTakeFirstOrThrow();
    await api.db.insertInto('directoryEntries').values({ departmentId: dept.scjg!, entityId: row.id }).execute();
    ent[key] = { id: row.id, uscc };
  };
  await make('person', 'individual', { name: OPERATOR, legalRepresentative: OPERATOR, contactPhone: PHONE, address: `郑州市${HOME}` });
  await make('refuser', 'enterprise', { name: '河南拒检商贸有限公司', legalRepresentative: '李四' });
  await make('plain', 'enterprise', { name: '河南守法食品有限公司', legalRepresentative: '王五' });

  const items = (await api.call(tok['scjg-admin']!, `/api/items?filter=${encodeURIComponent('{"status":"published"}')}&range=[0,9]`)).data as { id: number }[];
  ids.pluginItem = items[0]!.id;
  ids.defaultItem = items[1]!.id;
  const form = await api.db.insertInto('forms').values({ pluginId: 'test', formKey: PLUGIN_FORM.key, version: 1, title: PLUGIN_FORM.title, definition: JSON.stringify(PLUGIN_FORM) }).returning('id').executeTakeFirstOrThrow();
  ids.formId = form.id;
  await api.db.insertInto('itemForms').values({ itemId: ids.pluginItem, formId: form.id }).execute();

  const task = await createTask(api, tok['scjg-admin']!, {
    name: '2026 年食品经营抽查', itemIds: [ids.pluginItem, ids.defaultItem], directed: true, filters: { regionCodes: ['419999'] },
    ratios: { A: 10000, B: 10000, C: 10000, D: 10000 }, startDate: '2026-06-01',
  });
  const draw = await drawTask(api, tok['scjg-admin']!, task.id);
  ids.drawId = draw.id;
  const ts = (await api.call(tok['scjg-admin']!, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId: draw.id }))}&range=[0,9]`)).data as { id: number; entityId: number }[];
  expect(ts).toHaveLength(3);
  const as = (await api.call(tok['scjg-admin']!, `/api/assignments?filter=${encodeURIComponent(JSON.stringify({ drawId: draw.id }))}&range=[0,99]`)).data as { targetId: number; inspectorId: number }[];
  for (const key of Object.keys(ent) as (keyof typeof ent)[]) {
    const t = ts.find((x) => x.entityId === ent[key].id)!;
    targets[key] = { id: t.id, entityId: t.entityId, team: as.filter((a) => a.targetId === t.id).map((a) => a.inspectorId) };
  }
  await user('insp-a', 'inspector', dept.scjg!, targets.person.team[0]!);
  const outsider = (await api.db.selectFrom('inspectors').select('id').where('departmentId', '=', dept.scjg!).where('active', '=', true)
    .where('id', 'not in', targets.person.team).orderBy('id').executeTakeFirstOrThrow()).id;
  await user('insp-out', 'inspector', dept.scjg!, outsider);
  await user('scjg-admin2', 'dept_admin', dept.scjg!);
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const personRecord = () => api.db.selectFrom('inspections').selectAll().where('targetId', '=', targets.person.id).orderBy('version', 'desc').executeTakeFirstOrThrow();

describe('calendar maintenance', () => {
  it('a year the package lacks cannot be computed until the platform admin maintains it', async () => {
    const before = await api.call(tok['scjg-admin']!, '/api/calendar/deadline?resultDate=2027-03-01');
    expect(before.status).toBe(409);
    expect(before.data.error.message).toContain('2027 年的节假日安排尚未维护');
    expect((await post('scjg-admin', '/api/calendar', { day: '2027-01-01', kind: 'holiday', name: '元旦' })).status).toBe(403);
    expect((await post('admin', '/api/calendar', { day: '2027-01-04', kind: 'makeup_workday', name: '元旦' })).status).toBe(422);
    const created = await post('admin', '/api/calendar', { day: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(created.status).toBe(201);
    const list = await api.call(tok.admin!, `/api/calendar?filter=${encodeURIComponent('{"year":2027}')}`);
    expect(list.data).toEqual([expect.objectContaining({ day: '2027-01-01', kind: 'holiday', name: '元旦' })]);
    const after = await api.call(tok['scjg-admin']!, '/api/calendar/deadline?resultDate=2027-03-01');
    expect(after.data).toEqual({ resultDate: '2027-03-01', yellowFrom: '2027-03-22', deadline: '2027-03-29' });
    // the seeded years come from chinese-days through the database: 2026 National Day
    expect((await api.call(tok.admin!, `/api/calendar?filter=${encodeURIComponent('{"year":2026,"kind":"holiday"}')}&range=[0,99]`)).data.some((d: { day: string }) => d.day === '2026-10-01')).toBe(true);
    const audit = await api.db.selectFrom('auditLog').select('action').where('resource', '=', 'calendar').execute();
    expect(audit.map((a) => a.action).filter((a) => a !== 'forbidden')).toEqual(['create']);
  });

  it('tells everyone which year the calendar still needs, as core reckons it from the database’s calendar today', async () => {
    expect((await api.call(null, '/api/calendar/status')).status).toBe(401);
    const status = await api.call(tok['scjg-admin']!, '/api/calendar/status');
    expect(status.status).toBe(200);
    const today = chinaDay();
    expect(status.data).toEqual({ today, yearDue: calendarYearDue(await loadCalendar(api.db), today) });
  });
});

describe('an inspection record from draft to publication', () => {
  let id: number;
  it('only an assigned inspector opens the record; opening again answers the same record', async () => {
    expect((await post('insp-out', '/api/inspections', { targetId: targets.person.id })).status).toBe(403);
    // 待检查: the inspector's targets without a record; opening one takes it off that list
    const toInspect = async (recorded: boolean) => ((await api.call(tok['insp-a']!, `/api/targets?filter=${encodeURIComponent(JSON.stringify({ recorded }))}&range=[0,99]`)).data as { id: number }[]).map((t) => t.id);
    const before = await toInspect(false);
    expect(before).toContain(targets.person.id);
    expect(await toInspect(true)).not.toContain(targets.person.id);
    const r = await post('insp-a', '/api/inspections', { targetId: targets.person.id });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ status: 'draft', version: 1, entityId: ent.person.id, departmentId: dept.scjg });
    id = r.data.id;
    expect((await post('insp-a', '/api/inspections', { targetId: targets.person.id })).data.id).toBe(id);
    expect((await api.call(tok['insp-out']!, `/api/inspections/${id}`)).status).toBe(404);
    expect((await api.call(tok['insp-a']!, '/api/inspections')).data.map((x: { id: number }) => x.id)).toEqual([id]);
    expect(await toInspect(false)).toEqual(before.filter((t) => t !== targets.person.id));
    expect(await toInspect(true)).toEqual([targets.person.id]);
  });

  it('needs two present inspectors, and a reason for a substitute (audited)', async () => {
    const [a, b] = targets.person.team as [number, number];
    const one = await put('insp-a', id, { presentInspectorIds: [a] });
    expect(one.status).toBe(422);
    expect(one.data.error.message).toContain('至少需要 2 名');
    const substitute = (await api.db.selectFrom('inspectors').select('id').where('departmentId', '=', dept.scjg!).where('active', '=', true)
      .where('id', 'not in', targets.person.team).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    const noReason = await put('insp-a', id, { presentInspectorIds: [a, substitute] });
    expect(noReason.status).toBe(422);
    expect(noReason.data.error.message).toContain('替换须说明原因');
    const ok = await put('insp-a', id, { presentInspectorIds: [a, substitute], substitutionReason: `${b} 号检查员病假` });
    expect(ok.status).toBe(200);
    const audit = await api.db.selectFrom('auditLog').select(['action', 'after']).where('resource', '=', 'inspections').where('action', '=', 'substitute').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ substitutes: [substitute] });
    expect((await put('insp-a', id, { presentInspectorIds: [a, b], substitutionReason: null })).data).toMatchObject({ presentInspectorIds: [a, b], substitutionReason: null });
  });

  it('validates each section with its item’s form: the plugin form and the default form', async () => {
    const bad = await put('insp-a', id, { sections: [{ itemId: ids.pluginItem, answers: { licenseDisplayed: '也许' } }] });
    expect(bad.status).toBe(422);
    expect(bad.data.error.message).toContain('是否公示许可证');
    // a draft may be saved half-filled in the field; submission needs it complete (see below)
    const half = await put('insp-a', id, { sections: [{ itemId: ids.defaultItem, answers: { operatesAsRequired: '是' } }] });
    expect(half.status).toBe(200);
    expect(half.data.sections[0].answers).toEqual({ operatesAsRequired: '是' });
    const r = await put('insp-a', id, {
      methods: ['onsite', 'third_party'], inspectionDate: '2026-11-20',
      findings: `经营者${OPERATOR}（身份证 ${ID_NO}，电话 ${PHONE}）住址郑州市${HOME}，现场未公示食品经营许可证。`,
      entrustment: { institution: '河南某检测有限公司', scope: '食品抽样检测' },
      sections: [
        { itemId: ids.pluginItem, answers: { licenseDisplayed: '否', supplierSecret: SECRET_ANSWER, notes: `联系电话 ${PHONE}` } },
        { itemId: ids.defaultItem, answers: { operatesAsRequired: '否', violationFound: '是', siteDescription: `店面即经营者住所（郑州市${HOME}），身份证号 ${ID_NO}` } },
      ],
      outcome: 'problem_pending',
    });
    expect(r.status).toBe(422);
    expect(r.data.error.message).toContain('须写明违反的规定');
  });

  it('stores the whole record with the outcome, entrustment and the form versions', async () => {
    const r = await put('insp-a', id, {
      methods: ['onsite', 'third_party'], inspectionDate: '2026-11-20',
      findings: `经营者${OPERATOR}（身份证 ${ID_NO}，电话 ${PHONE}）住址郑州市${HOME}，现场未公示食品经营许可证。`,
      entrustment: { institution: '河南某检测有限公司', scope: '食品抽样检测' },
      sections: [
        { itemId: ids.pluginItem, answers: { licenseDisplayed: '否', supplierSecret: SECRET_ANSWER, notes: `联系电话 ${PHONE}` } },
        { itemId: ids.defaultItem, answers: { operatesAsRequired: '否', violationFound: '是', siteDescription: `店面即经营者住所（郑州市${HOME}），身份证号 ${ID_NO}` } },
      ],
      outcome: 'problem_pending', violations: ['未按规定公示应当公示的信息'],
    });
    expect(r.status).toBe(200);
    const defaultForm = await api.db.selectFrom('forms').select(['id']).where('pluginId', '=', 'platform').executeTakeFirstOrThrow();
    expect(r.data.sections).toEqual([
      expect.objectContaining({ itemId: ids.pluginItem, formId: ids.formId, formVersion: 1 }),
      expect.objectContaining({ itemId: ids.defaultItem, formId: defaultForm.id, formVersion: 1 }),
    ]);
    expect(r.data).toMatchObject({ entrustment: { institution: '河南某检测有限公司', scope: '食品抽样检测' }, entrustingDepartmentId: dept.scjg, outcome: 'problem_pending' });
  });

  it('stores evidence by SHA-256 (images and PDF only, size-limited) and serves it to those who see the record', async () => {
    const r = await upload('insp-a', id, PNG, '现场照片.png');
    expect(r.status).toBe(201);
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(r.data).toMatchObject({ sha256: sha, mime: 'image/png', size: PNG.length, filename: '现场照片.png' });
    expect(await readFile(join(dir, sha))).toEqual(PNG);
    const pdf = await upload('insp-a', id, Buffer.from('%PDF-1.4\n% evidence'), 'notice.pdf');
    expect(pdf.data.mime).toBe('application/pdf');
    const text = await upload('insp-a', id, Buffer.from('just text, named like an image'), 'fake.jpg');
    expect(text.status).toBe(422);
    process.env.ATTACHMENT_MAX_MB = '1';
    try {
      // just over the file limit (far larger bodies are cut off by the request limit before they are read)
      const big = await upload('insp-a', id, Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]), 'big.png');
      expect(big.status).toBe(413);
    } finally {
      delete process.env.ATTACHMENT_MAX_MB;
    }
    const got = await fetch(`${api.base}/api/attachments/${r.data.id}`, { headers: { authorization: `Bearer ${tok['insp-a']}` } });
    expect(got.status).toBe(200);
    expect(got.headers.get('x-content-sha256')).toBe(sha);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
    expect((await api.call(tok['fgw-admin']!, `/api/attachments/${r.data.id}`)).status).toBe(404);
    expect((await api.call(tok['insp-out']!, `/api/attachments/${r.data.id}`)).status).toBe(404);
    expect((await api.call(tok['scjg-admin']!, `/api/inspections/${id}/attachments`)).data).toHaveLength(2);
  });

  it('submits (freezing the form versions); the admin who recorded it may not approve (two-person rule)', async () => {
    // the department admin adds to the record: from now on a recorder
    expect((await put('scjg-admin', id, { findings: `经营者${OPERATOR}（身份证 ${ID_NO}，电话 ${PHONE}）住址郑州市${HOME}，现场未公示食品经营许可证，已责令限期改正。` })).status).toBe(200);
    const before = (await api.call(tok['insp-a']!, `/api/inspections/${id}`)).data;
    const complete = before.sections.find((x: { itemId: number }) => x.itemId === ids.defaultItem).answers;
    await put('insp-a', id, { sections: [{ itemId: ids.defaultItem, answers: { operatesAsRequired: '否' } }] });
    const incomplete = await post('insp-a', `/api/inspections/${id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.data.error.message).toContain('现场情况说明');
    // each problem names its section's item, so the console puts it under that section's field
    const sectionItem = (await api.db.selectFrom('items').select('name').where('id', '=', ids.defaultItem).executeTakeFirstOrThrow()).name;
    expect(incomplete.data.error.details).toContainEqual(expect.objectContaining({ itemName: sectionItem, field: expect.any(String), message: expect.stringContaining('现场情况说明') }));
    expect((await put('insp-a', id, { sections: [{ itemId: ids.defaultItem, answers: complete }] })).status).toBe(200);
    const s = await post('insp-a', `/api/inspections/${id}/submit`);
    expect(s.status).toBe(200);
    expect(s.data.status).toBe('submitted');
    const used = await api.db.selectFrom('forms').select(['pluginId', 'used']).execute();
    expect(used.every((f) => f.used)).toBe(true);
    expect((await put('insp-a', id, { findings: 'x' })).status).toBe(409);
    expect((await post('insp-a', `/api/inspections/${id}/approve`)).status).toBe(403);
    const refused = await post('scjg-admin', `/api/inspections/${id}/approve`);
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toContain('双人原则');
    expect((await post('zjj-admin', `/api/inspections/${id}/approve`)).status).toBe(404);
  });

  it('another admin returns it with a note, then approves: frozen, publication pending with its deadline, follow-up opened', async () => {
    expect((await post('scjg-admin2', `/api/inspections/${id}/return`, {})).status).toBe(422);
    const back = await post('scjg-admin2', `/api/inspections/${id}/return`, { note: '请补充整改期限' });
    expect(back.data).toMatchObject({ status: 'draft', reviewNote: '请补充整改期限' });
    expect((await post('insp-a', `/api/inspections/${id}/submit`)).status).toBe(200);
    const ok = await post('scjg-admin2', `/api/inspections/${id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ status: 'approved', approvedBy: expect.any(Number), resultDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const pub = (await api.call(tok['scjg-admin']!, `/api/publications?filter=${encodeURIComponent(JSON.stringify({ inspectionId: id }))}`)).data;
    expect(pub).toEqual([expect.objectContaining({ status: 'pending', resultDate: ok.data.resultDate, deadline: expect.any(String), outcome: 'problem_pending' })]);
    expect((await put('insp-a', id, { findings: '改一下' })).status).toBe(409);
    await expect(sql`UPDATE inspections SET findings = 'x' WHERE id = ${id}`.execute(api.db)).rejects.toThrow(/已审核通过，不可修改/);
    expect((await upload('insp-a', id, PNG, 'late.png')).status).toBe(409);
    const f = (await api.call(tok['scjg-admin']!, '/api/followups')).data;
    expect(f).toEqual([expect.objectContaining({ inspectionId: id, entityId: ent.person.id, status: 'open', overdue: false })]);
  });

  it('the publication job publishes it: credit record appended, public page shows it redacted', async () => {
    const run = await runPublicationCycle(api.db);
    expect(run.published).toBe(1);
    expect((await runPublicationCycle(api.db)).published).toBe(0);
    const pub = (await api.call(tok['scjg-admin']!, `/api/publications?filter=${encodeURIComponent(JSON.stringify({ inspectionId: id }))}`)).data[0];
    expect(pub).toMatchObject({ status: 'published', onTime: true, warning: 'none' });
    const credit = await api.call(tok['scjg-admin']!, `/api/entities/${ent.person.id}/credit`);
    expect(credit.data.records).toEqual([expect.objectContaining({ outcome: 'problem_pending', outcomeLabel: '发现问题待后续处理', violations: ['未按规定公示应当公示的信息'], publicationId: pub.id })]);
    // an unresolved problem raises the tier input one step (A → B)
    expect(credit.data.entity).toMatchObject({ riskTier: 'A', riskInputTier: 'B', abnormalList: false });
    const results = await api.call(null, `/api/public/results?q=${encodeURIComponent(ent.person.uscc)}`);
    expect(results.status).toBe(200);
    expect(results.data).toHaveLength(1);
    const r = results.data[0];
    expect(r).toMatchObject({ outcome: 'problem_pending', outcomeLabel: '发现问题待后续处理', methods: ['实地检查', '委托专业机构辅助'], entity: { uscc: ent.person.uscc, name: '张**', legalRepresentative: '张**', address: null } });
    expect(r.sections[0].answers).toEqual({ licenseDisplayed: '否', notes: '联系电话 ＊＊＊' });
    expect(r.findings).toContain('现场未公示食品经营许可证');
    const one = await api.call(null, `/api/public/entities/${ent.person.uscc}`);
    expect(one.data.results).toHaveLength(1);
  });
});

describe('a refusal, a correction and the scheduler', () => {
  it('a refusal is recorded, approved and published; it raises the flags later draws read', async () => {
    const open = await post('scjg-admin', '/api/inspections', { targetId: targets.refuser.id });
    expect(open.status).toBe(201);
    const id = open.data.id;
    expect((await put('scjg-admin', id, { methods: ['onsite'], inspectionDate: '2026-11-21', presentInspectorIds: targets.refuser.team, findings: '当事人拒绝开门接受检查',
      outcome: 'refused_inspection', violations: ['不配合检查情节严重'] })).status).toBe(200);
    // nothing could be inspected: the sections may stay empty
    expect((await post('scjg-admin', `/api/inspections/${id}/submit`)).status).toBe(200);
    expect((await post('scjg-admin', `/api/inspections/${id}/approve`)).status).toBe(403);
    expect((await post('scjg-admin2', `/api/inspections/${id}/approve`)).status).toBe(200);
    await runPublicationCycle(api.db);
    const credit = (await api.call(tok['scjg-admin']!, `/api/entities/${ent.refuser.id}/credit`)).data;
    expect(credit.records).toEqual([expect.objectContaining({ outcome: 'refused_inspection' })]);
    expect(credit.entity).toMatchObject({ abnormalList: true, riskInputTier: 'C' });
    expect(credit.entity.riskInputReasons.length).toBeGreaterThan(0);
    const stratum = await sql<{ s: string }>`SELECT ${STRATUM_OF} AS s FROM entities e WHERE e.id = ${ent.refuser.id}`.execute(api.db);
    expect(stratum.rows[0]!.s).toBe('D+');
    const pub = (await api.call(null, `/api/public/entities/${ent.refuser.uscc}`)).data;
    expect(pub.results[0]).toMatchObject({ outcome: 'refused_inspection', outcomeLabel: '不配合检查情节严重', findings: '当事人拒绝开门接受检查' });
    expect((await api.call(tok['scjg-admin']!, '/api/followups')).data).toHaveLength(2);
  });

  it('a correction of an approved record is a new, audited version; approving it supersedes the old one', async () => {
    const old = await personRecord();
    expect((await post('insp-a', `/api/inspections/${old.id}/correct`, {})).status).toBe(422);
    const c = await post('insp-a', `/api/inspections/${old.id}/correct`, { reason: '检查日期笔误' });
    expect(c.status).toBe(200);
    expect(c.data).toMatchObject({ status: 'draft', version: 2, lineageId: old.lineageId, correctionReason: '检查日期笔误' });
    expect((await post('insp-a', `/api/inspections/${old.id}/correct`, { reason: '再来一次' })).status).toBe(409);
    expect((await put('insp-a', c.data.id, { inspectionDate: '2026-11-19' })).status).toBe(200);
    expect((await post('insp-a', `/api/inspections/${c.data.id}/submit`)).status).toBe(200);
    expect((await post('scjg-admin2', `/api/inspections/${c.data.id}/approve`)).status).toBe(200);
    expect((await api.db.selectFrom('inspections').select('status').where('id', '=', old.id).executeTakeFirstOrThrow()).status).toBe('superseded');
    const audit = await api.db.selectFrom('auditLog').select('action').where('resource', '=', 'inspections').where('recordId', '=', String(c.data.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['correct', 'update', 'submit', 'approve']);
  });

  it('the scheduled BullMQ job publishes what is pending', async () => {
    const pending = await api.db.selectFrom('publications').select('id').where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(1);
    const w = startPublicationWorker(api.db, redisConnection(), api.prefix, { every: 60_000 });
    try {
      const until = Date.now() + 15_000;
      for (;;) {
        const row = await api.db.selectFrom('publications').select('status').where('id', '=', pending[0]!.id).executeTakeFirstOrThrow();
        if (row.status === 'published') break;
        if (Date.now() > until) throw new Error('the scheduler did not publish');
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await w.queue.obliterate({ force: true }).catch(() => undefined);
      await w.close();
    }
    const pub = await api.call(null, `/api/public/entities/${ent.person.uscc}`);
    expect(pub.data.results.map((r: { version: number; corrected: boolean }) => [r.version, r.corrected])).toEqual([[2, false], [1, true]]);
  });

  it('warns yellow from the 15th working day and red when overdue; fills deadlines once the year is maintained', async () => {
    const open = await post('scjg-admin', '/api/inspections', { targetId: targets.plain.id });
    const id = open.data.id;
    await put('scjg-admin', id, { methods: ['documentary'], inspectionDate: '2026-11-02', presentInspectorIds: targets.plain.team, outcome: 'no_problem',
      sections: [{ itemId: ids.pluginItem, answers: { licenseDisplayed: '是' } }, { itemId: ids.defaultItem, answers: { operatesAsRequired: '是', violationFound: '否', siteDescription: '经营正常' } }] });
    expect((await post('scjg-admin', `/api/inspections/${id}/submit`)).status).toBe(200);
    expect((await post('scjg-admin2', `/api/inspections/${id}/approve`)).status).toBe(200);
    const pub = await api.db.selectFrom('publications').select('id').where('inspectionId', '=', id).executeTakeFirstOrThrow();
    const set = (resultDate: string) => api.db.updateTable('publications').set({ resultDate, deadline: null }).where('id', '=', pub.id).execute();
    const warning = async () => (await api.db.selectFrom('publications').select(['warning', 'deadline']).where('id', '=', pub.id).executeTakeFirstOrThrow());
    await set('2026-11-02');
    await refreshWarnings(api.db, new Date('2026-11-20T04:00:00Z'));
    expect(await warning()).toEqual({ warning: 'none', deadline: '2026-11-30' });
    await refreshWarnings(api.db, new Date('2026-11-23T04:00:00Z'));
    expect((await warning()).warning).toBe('yellow');
    await refreshWarnings(api.db, new Date('2026-12-01T04:00:00Z'));
    expect((await warning()).warning).toBe('red');
    const board = (await api.call(tok['scjg-admin']!, '/api/publications/board')).data;
    expect(board).toEqual([expect.objectContaining({ departmentId: dept.scjg, pending: 1, red: 1, yellow: 0, publishedOnTime: 3, publishedLate: 0 })]);
    expect((await api.call(tok['scjg-admin']!, `/api/publications?filter=${encodeURIComponent('{"warning":"red"}')}`)).data).toHaveLength(1);
    // 2027 was maintained above: a result dated there gets its deadline on the next run
    await set('2027-03-01');
    const run = await runPublicationCycle(api.db, new Date('2026-12-01T04:00:00Z'));
    expect(run.deadlinesFilled).toBe(1);
    expect(await api.db.selectFrom('publications').select(['deadline', 'status', 'onTime']).where('id', '=', pub.id).executeTakeFirstOrThrow())
      .toEqual({ deadline: '2027-03-29', status: 'published', onTime: true });
  });

  it('a result published before its year was maintained gets its deadline and timeliness once it is, audited', async () => {
    const pub = await api.db.selectFrom('publications').select('id').where('status', '=', 'published').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await api.db.updateTable('publications').set({ resultDate: '2029-03-01', publishedOn: '2029-04-20', deadline: null, onTime: null }).where('id', '=', pub.id).execute();
    const row = () => api.db.selectFrom('publications').select(['deadline', 'onTime']).where('id', '=', pub.id).executeTakeFirstOrThrow();
    expect((await runPublicationCycle(api.db)).deadlinesFilled).toBe(0);
    expect(await row()).toEqual({ deadline: null, onTime: null });
    expect((await post('admin', '/api/calendar', { day: '2029-01-01', kind: 'holiday', name: '元旦' })).status).toBe(201);
    expect((await runPublicationCycle(api.db)).deadlinesFilled).toBe(1);
    // 2029-03-01 is a Thursday: the 20th working day after it is 2029-03-29, long before 04-20
    expect(await row()).toEqual({ deadline: '2029-03-29', onTime: false });
    const audit = await api.db.selectFrom('auditLog').select(['action', 'before', 'after']).where('resource', '=', 'publications')
      .where('recordId', '=', String(pub.id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', before: { onTime: null, deadline: null }, after: { onTime: false, deadline: '2029-03-29' } });
    expect((await runPublicationCycle(api.db)).deadlinesFilled).toBe(0);
  });
});

describe('follow-up and referrals', () => {
  it('closes a follow-up once its measures are recorded', async () => {
    const [f] = (await api.call(tok['scjg-admin']!, `/api/followups?filter=${encodeURIComponent(JSON.stringify({ entityId: ent.person.id }))}`)).data;
    const early = await post('scjg-admin', `/api/followups/${f.id}/close`, { result: '已整改' });
    expect(early.status).toBe(422);
    const upd = await api.call(tok['scjg-admin']!, `/api/followups/${f.id}`, { method: 'PUT', json: { measures: ['order_rectification'], deadline: '2026-01-10', recheckDate: '2026-01-12', recheckResult: '已公示许可证' } });
    expect(upd.data).toMatchObject({ measures: ['order_rectification'], overdue: true });
    const closed = await post('scjg-admin', `/api/followups/${f.id}/close`, { closedOn: '2026-01-12', result: '已整改到位' });
    expect(closed.data).toMatchObject({ status: 'closed', closedOn: '2026-01-12', result: '已整改到位', overdue: false });
    expect((await post('scjg-admin', `/api/followups/${f.id}/close`, { result: 'again' })).status).toBe(409);
    expect((await api.call(tok['fgw-admin']!, `/api/followups/${f.id}`)).status).toBe(404);
  });

  it('a referral to another department: both see it; the receiver accepts and reports closure', async () => {
    const inspection = await personRecord();
    const r = await post('scjg-admin', '/api/referrals', { kind: 'department', toDepartmentId: dept.zjj, matter: '涉嫌违法建设，移送处理', inspectionId: inspection.id, documentNo: '市监移〔2026〕1号' });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ status: 'sent', fromDepartmentId: dept.scjg, toDepartmentId: dept.zjj, entityId: ent.person.id });
    expect((await api.call(tok['zjj-admin']!, '/api/referrals')).data.map((x: { id: number }) => x.id)).toContain(r.data.id);
    expect((await api.call(tok['fgw-admin']!, `/api/referrals/${r.data.id}`)).status).toBe(404);
    expect((await post('scjg-admin', `/api/referrals/${r.data.id}/accept`)).status).toBe(403);
    expect((await post('zjj-admin', `/api/referrals/${r.data.id}/close`, { result: '太早' })).status).toBe(409);
    expect((await post('zjj-admin', `/api/referrals/${r.data.id}/accept`)).data.status).toBe('accepted');
    expect((await post('zjj-admin', `/api/referrals/${r.data.id}/close`, { closedOn: '2026-11-21', result: '已立案查处' })).data).toMatchObject({ status: 'closed', result: '已立案查处' });
    expect((await api.call(tok['scjg-admin']!, `/api/referrals/${r.data.id}`)).data).toMatchObject({ status: 'closed', closedOn: '2026-11-21' });
  });

  it('the receiver may return a referral, saying why; an outside organ’s closure is recorded by the sender', async () => {
    const r = await post('scjg-admin', '/api/referrals', { kind: 'department', toDepartmentId: dept.zjj, matter: '请核查' });
    expect((await post('zjj-admin', `/api/referrals/${r.data.id}/return`, {})).status).toBe(422);
    expect((await post('zjj-admin', `/api/referrals/${r.data.id}/return`, { reason: '不属于本部门职责' })).data).toMatchObject({ status: 'returned', returnReason: '不属于本部门职责' });
    expect((await post('scjg-admin', '/api/referrals', { kind: 'judicial', matter: '涉嫌犯罪' })).status).toBe(422);
    const j = await post('scjg-admin', '/api/referrals', { kind: 'judicial', receivingOrgan: '某市公安局', matter: '涉嫌生产销售伪劣产品罪', documentNo: '市监移〔2026〕2号' });
    expect(j.status).toBe(201);
    expect((await post('scjg-admin', `/api/referrals/${j.data.id}/close`, { result: '已立案侦查' })).data.status).toBe('closed');
  });

  it('exports the records lists with their codes in words', async () => {
    const token = tok['scjg-admin']!;
    const followups = await exported(api, token, 'followups', `?filter=${encodeURIComponent(JSON.stringify({ status: 'closed' }))}`);
    expect(followups.rows).toBe(1);
    expect(followups.column('状态')).toEqual(['已完结']);
    expect(followups.column('处置措施')).toEqual([FOLLOWUP_MEASURE_LABELS.order_rectification]);
    expect(Object.values(OUTCOME_LABELS)).toContain(followups.column('检查结果')[0]);

    const referrals = await exported(api, token, 'referrals', `?sort=${encodeURIComponent('["id","ASC"]')}`);
    expect(referrals.column('移送类型')).toEqual(['移送平台内部门', '移送平台内部门', '移送司法机关']);
    expect(referrals.column('状态')).toEqual(['已办结', '已退回', '已办结']);

    const inspections = await exported(api, token, 'inspections');
    expect(inspections.rows).toBeGreaterThan(0);
    expect(inspections.column('状态').every((v) => ['草稿', '待审核', '已审核通过', '已更正（被替代）'].includes(String(v)))).toBe(true);
  });
});

describe('the credit record and exports', () => {
  it('exports an entity’s record as CSV and the whole record for the credit system', async () => {
    const csv = await api.call(tok['scjg-admin']!, `/api/entities/${ent.person.id}/credit.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.data).toContain('统一社会信用代码');
    expect(csv.data.split('\r\n').filter((l: string) => l.includes(ent.person.uscc))).toHaveLength(2);
    const all = await api.call(tok.admin!, '/api/credit/export?format=json&since=2026-01-01');
    expect(all.data.map((r: { uscc: string }) => r.uscc).sort()).toEqual([ent.person.uscc, ent.person.uscc, ent.refuser.uscc, ent.plain.uscc].sort());
    expect((await api.call(tok.admin!, '/api/credit/export?format=json&since=2099-01-01')).data).toEqual([]);
    expect((await api.call(tok.admin!, '/api/credit/export?format=csv')).data).toContain(ent.refuser.uscc);
    expect((await api.call(tok['zjj-admin']!, '/api/credit/export')).data).toEqual([]);
    expect((await api.call(tok['insp-a']!, '/api/credit/export')).status).toBe(403);
  });
});

describe('public data', () => {
  it('no public route shows an ID number, phone, home address, the operator’s name or a confidential answer', async () => {
    const spec = (await api.call(null, '/api/openapi.json')).data as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/public/') && spec.paths[p]!.get);
    expect(paths).toEqual(expect.arrayContaining(['/api/public/results', '/api/public/entities/{uscc}']));
    const urls: string[] = [];
    for (const p of paths) {
      if (p.includes('{uscc}')) for (const e of Object.values(ent)) urls.push(p.replace('{uscc}', e.uscc));
      else if (p.includes('{id}')) urls.push(p.replace('{id}', String(ids.drawId)));
      else urls.push(p);
    }
    urls.push(`/api/public/results?q=${encodeURIComponent('张')}`, `/api/public/results?q=${encodeURIComponent(OPERATOR)}`, '/api/public/results?range=[0,49]');
    let seen = 0;
    for (const u of urls) {
      const r = await api.call(null, u);
      expect(r.status, u).toBeLessThan(500);
      const text = typeof r.data === 'string' ? r.data : JSON.stringify(r.data);
      for (const secret of PROTECTED) expect(text, `${u} shows ${secret}`).not.toContain(secret);
      if (text.includes(ent.person.uscc)) seen++;
    }
    expect(seen).toBeGreaterThan(2);
  });

  it('limits requests per client through Redis with a Chinese message', async () => {
    const app = createApp({ db: api.db, queues: { imports: api.imports, draws: api.draws, exports: api.exports }, publicRateLimit: 3 });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const codes: number[] = [];
      let last: any;
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${base}/api/public/results`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
        codes.push(res.status);
        last = await res.json();
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      expect(last.error.message).toBe('访问过于频繁，请稍后再试');
      expect((await fetch(`${base}/api/public/results`, { headers: { 'x-forwarded-for': '203.0.113.10' } })).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('rates the year per department from the records themselves; each role sees its own scope', async () => {
    type Row = Record<string, unknown>;
    const rows = async (who: string, path: string, filter: Row = {}) =>
      (await api.call(tok[who]!, `/api/${path}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`)).data as Row[];
    const in2026 = (day: unknown) => typeof day === 'string' && day.startsWith('2026-');
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const pubs = (await rows('scjg-admin', 'publications')).filter((p) => in2026(p.resultDate));
    const followups = (await rows('scjg-admin', 'followups')).filter((f) => f.departmentId === dept.scjg);
    const referrals = (await rows('scjg-admin', 'referrals')).filter((r) => r.fromDepartmentId === dept.scjg && in2026(r.referredOn));
    const directory = await rows('scjg-admin', 'entities', { status: 'active' });
    const drawn = await rows('scjg-admin', 'targets', { drawId: ids.drawId });
    const published = pubs.filter((p) => p.status === 'published');
    const expected = {
      inScope: directory.length, drawn: drawn.length,
      due: pubs.filter((p) => p.status === 'published' || (typeof p.deadline === 'string' && p.deadline < today)).length,
      published: published.length, onTime: published.filter((p) => p.onTime).length,
      followups: followups.length, followupsClosed: followups.filter((f) => f.status === 'closed').length,
      referrals: referrals.length, referralsClosed: referrals.filter((r) => r.status === 'closed').length,
    };
    expect(expected).toMatchObject({ drawn: 3, followupsClosed: 1, referralsClosed: 2 }); // what the tests above recorded

    const own = await api.call(tok['scjg-admin']!, '/api/metrics?year=2026');
    expect(own.status).toBe(200);
    expect(own.data.departments).toHaveLength(1);
    const [scjg] = own.data.departments;
    expect(scjg).toMatchObject({ departmentId: dept.scjg, counts: expected });
    expect(own.data.total.counts).toEqual(expected);
    expect(own.data.total.tiers).toEqual(scjg.tiers);
    expect(scjg.tiers.A).toEqual({ inScope: directory.filter((e) => e.riskTier === 'A').length, drawn: 3 });
    expect(scjg.metrics.map((m: Row) => m.key)).toEqual(['sampling_ratio', 'publication_rate', 'timeliness', 'followup_closure', 'referral_closure']);
    expect(scjg.metrics[0]).toMatchObject({ numerator: 3, denominator: directory.length, compliance: 3 * 10 >= directory.length ? 'ok' : 'bad' });
    expect(scjg.metrics[4]).toMatchObject({ numerator: 2, denominator: expected.referrals });

    const leader = await api.call(await api.login('leader'), '/api/metrics?year=2026');
    expect(leader.data.departments.map((d: Row) => d.departmentId)).toEqual(Object.values(dept).sort((a, b) => a - b));
    expect(leader.data.departments.find((d: Row) => d.departmentId === dept.scjg).counts).toEqual(expected);
    const fgw = leader.data.departments.find((d: Row) => d.departmentId === dept.fgw);
    expect(fgw.metrics[1]).toMatchObject({ denominator: 0, bp: null, text: '—' });
    expect(leader.data.total.counts.inScope).toBe(leader.data.departments.reduce((s: number, d: { counts: { inScope: number } }) => s + d.counts.inScope, 0));
    expect((await api.call(tok['scjg-admin']!, '/api/metrics?year=2025')).data.total.counts).toMatchObject({ drawn: 0, due: 0, followups: 0, referrals: 0 });

    expect((await api.call(tok['insp-a']!, '/api/metrics')).status).toBe(403);
    const bad = await api.call(tok['scjg-admin']!, '/api/metrics?year=明年');
    expect(bad.status).toBe(422);
    expect(bad.data.error.message).toMatch(/年度应为数字/);
  });

  it('documents the new API in OpenAPI', async () => {
    const spec = (await api.call(null, '/api/openapi.json')).data as { paths: Record<string, unknown> };
    for (const p of ['/api/inspections', '/api/inspections/{id}/submit', '/api/inspections/{id}/approve', '/api/inspections/{id}/return', '/api/inspections/{id}/correct',
      '/api/inspections/{id}/attachments', '/api/attachments/{id}', '/api/publications', '/api/publications/board', '/api/followups/{id}/close',
      '/api/referrals/{id}/accept', '/api/referrals/{id}/return', '/api/referrals/{id}/close', '/api/calendar', '/api/entities/{id}/credit',
      '/api/entities/{id}/credit.csv', '/api/credit/export', '/api/metrics', '/api/public/results', '/api/public/entities/{uscc}']) {
      expect(spec.paths, p).toHaveProperty([p]);
    }
    expect(existsSync(dir)).toBe(true);
  });
});
