import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@sxgk/db';
import { hashPassword } from '@sxgk/db/password';
import { launchChromium, shot, signIn, startPlatform } from './platform.ts';

// 检查记录 → 审核 → 公示 → 信用记录 in the console: an inspector fills the record on a phone with a
// photo and submits it; a department admin who did not record it approves; the publication job runs;
// the result is on the public portal and in the entity's credit record.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sxgk-e2e-att-'));
  process.env.ATTACHMENTS_DIR = dir;
  platform = await startPlatform({ entities: 200 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
  await rm(dir, { recursive: true, force: true });
});

// a PNG by its magic bytes: the server recognises evidence by content, not by name
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('site photo taken during the inspection')]);
const FINDINGS = '现场检查发现经营场所未公示营业执照，已当场指出。';
const VIOLATION = '未按规定公示应当公示的信息';

async function confirmDialog(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: /确认|确定/ }).click();
}

describe('inspection record to publication', () => {
  it('is filled on a phone, approved by an admin who did not record it, published and on the credit record', async () => {
    const base = platform.base;
    const admin = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(admin, base, 'scjg-admin');

    // a task and an executed draw, through the API with the admin's session
    const api = admin.request;
    const items = await (await api.get(`${base}/api/items?filter=${encodeURIComponent('{"status":"published"}')}&range=[0,99]`)).json() as { id: number; requiredField: string | null }[];
    const item = items.find((i) => i.requiredField === null)!;
    const task = await (await api.post(`${base}/api/tasks`, { data: { name: '2026 年企业公示信息抽查（检查记录端到端）', adHoc: true, itemIds: [item.id], startDate: '2026-04-01', directed: false } })).json() as { id: number };
    const draw = await (await api.post(`${base}/api/tasks/${task.id}/draws`, { data: { beaconSource: '福彩3D 第2026088期开奖号码' } })).json() as { id: number };
    const exec = await api.post(`${base}/api/draws/${draw.id}/execute`, { data: { beacon: '5 8 2', witnesses: ['张三（人大代表）', '李四（企业代表）'] } });
    expect(exec.status()).toBe(202);
    const { jobId } = await exec.json() as { jobId: string };
    await expect.poll(async () => (await (await api.get(`${base}/api/jobs/${jobId}`)).json()).state, { timeout: 60_000 }).toBe('completed');
    const targets = await (await api.get(`${base}/api/targets?filter=${encodeURIComponent(JSON.stringify({ drawId: draw.id }))}&range=[0,0]`)).json() as { id: number; entityId: number; uscc: string; entityName: string }[];
    const target = targets[0]!;
    const team = await (await api.get(`${base}/api/assignments?filter=${encodeURIComponent(JSON.stringify({ targetId: target.id }))}&range=[0,9]`)).json() as { inspectorId: number }[];
    expect(team.length).toBeGreaterThanOrEqual(2);

    // the first inspector of the team gets a console account
    await platform.db.insertInto('users').values({
      username: 'e2e-insp', displayName: '端到端检查员', passwordHash: await hashPassword(DEMO_PASSWORD), role: 'inspector',
      departmentId: (await platform.db.selectFrom('inspectors').select('departmentId').where('id', '=', team[0]!.inspectorId).executeTakeFirstOrThrow()).departmentId,
      inspectorId: team[0]!.inspectorId,
    }).execute();

    // ---- the inspector, on a phone: 我的检查任务 → 填写检查记录
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const insp = await phone.newPage();
    await signIn(insp, base, 'e2e-insp', DEMO_PASSWORD);
    // the 工作台's 待办事项: the drawn entities still without a record, one tap from the list of them
    const todo = insp.getByTestId('todo-targetsToInspect');
    const waiting = async () => Number(/(\d+) 户抽中检查对象待检查/.exec(await todo.innerText())?.[1]);
    const before = await waiting();
    expect(before).toBeGreaterThan(0);
    await todo.getByRole('link', { name: '去处理' }).click();
    await insp.waitForURL(/#\/targets\?filter=/);
    await insp.getByTestId(`fill-record-${target.id}`).click();
    await insp.waitForURL(/#\/inspections\/\d+$/);
    const recordId = Number(/inspections\/(\d+)$/.exec(insp.url())![1]);
    await insp.getByTestId('inspection-edit').waitFor();
    expect(await insp.getByTestId('inspection-entity').innerText()).toBe(target.entityName);

    await insp.getByTestId('inspection-methods').getByLabel('实地检查').check();
    await insp.getByTestId('inspection-date').fill('2026-04-20');
    // one inspector only: the server's 422 appears next to the field and as a notification
    await insp.getByTestId(`present-${team[0]!.inspectorId}`).check();
    await insp.getByTestId('inspection-findings').fill(FINDINGS);
    await insp.getByTestId('inspection-save').click();
    const presentError = insp.getByTestId('error-presentInspectorIds');
    await presentError.waitFor();
    expect(await presentError.innerText()).toContain('至少需要 2 名');
    await insp.getByTestId(`present-${team[1]!.inspectorId}`).check();

    // the item's section, rendered from its form definition (the platform's default form)
    const section = insp.getByTestId(`section-${item.id}`);
    await section.getByTestId('form-field-operatesAsRequired').getByLabel('否', { exact: true }).check();
    await section.getByTestId('form-field-violationFound').getByLabel('是', { exact: true }).check();
    await section.getByTestId('form-field-siteDescription').locator('textarea').first().fill('营业执照未在经营场所醒目位置悬挂。');

    // evidence: a photo, stored by its SHA-256
    await insp.getByTestId('evidence-input').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => insp.getByTestId('evidence-sha256').first().innerText().catch(() => ''), { timeout: 15_000 })
      .toBe(createHash('sha256').update(PNG).digest('hex'));
    expect(await insp.getByTestId('evidence-size').first().innerText()).toBe(`${PNG.length} B`);

    // outcome: a problem needs a violated provision
    await insp.getByTestId('inspection-outcome').click();
    await insp.getByRole('option', { name: '发现问题待后续处理' }).click();
    await insp.getByTestId('inspection-violations').getByText(VIOLATION).click();
    await insp.getByTestId('inspection-save').click();
    await insp.getByText('检查记录已保存').waitFor();
    expect(await insp.getByTestId('inspection-error').count()).toBe(0);
    await shot(insp, 'inspection-phone-form');

    await insp.getByTestId('inspection-submit').click();
    await insp.waitForURL(new RegExp(`#/inspections/${recordId}/show`));
    await insp.getByTestId('inspection-status-submitted').waitFor();
    // an inspector reviews nothing
    expect(await insp.getByTestId('inspection-approve').count()).toBe(0);
    await shot(insp, 'inspection-phone-submitted');
    await insp.goto(`${base}/#/`);
    if (before > 1) await expect.poll(waiting).toBe(before - 1);
    else await expect.poll(() => todo.count()).toBe(0);
    await phone.close();

    // ---- the department admin (who did not record it): the review queue, then 审核通过
    await admin.reload(); // the 工作台 it signed in on, read afresh
    const review = admin.getByTestId('todo-recordsToReview');
    expect(await review.innerText()).toContain('1 条检查记录待审核');
    await review.getByRole('link', { name: '去处理' }).click();
    await admin.waitForURL(/#\/inspections\?filter=/);
    await admin.getByText(target.entityName).first().click();
    await admin.waitForURL(new RegExp(`#/inspections/${recordId}/show`));
    await admin.getByTestId('inspection-sections').getByTestId('form-field-siteDescription').waitFor();
    expect(await admin.getByTestId('inspection-show').innerText()).toContain(FINDINGS);
    expect(await admin.getByTestId('evidence-sha256').first().innerText()).toBe(createHash('sha256').update(PNG).digest('hex'));
    await shot(admin, 'inspection-review');
    await admin.getByTestId('inspection-approve').click();
    await confirmDialog(admin);
    await admin.getByTestId('inspection-status-approved').waitFor();
    await admin.getByTestId('inspection-correct').waitFor();

    // the deadline board: pending, with its deadline and no warning yet
    await admin.goto(`${base}/#/publications`);
    await admin.getByTestId('publication-board').waitFor();
    await admin.getByTestId('warning-none').first().waitFor();
    expect(await admin.getByTestId('publication-board').innerText()).toContain('待公示 1');
    await shot(admin, 'publication-board-pending');

    // ---- the platform admin: 立即公示
    const platformAdmin = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(platformAdmin, base, 'admin');
    await platformAdmin.goto(`${base}/#/publications`);
    await platformAdmin.getByTestId('publications-run').click();
    await confirmDialog(platformAdmin);
    await platformAdmin.getByText(/公示任务已运行/).waitFor();
    await expect.poll(async () => (await platformAdmin.getByTestId('publication-board').innerText()).includes('按时公示 1'), { timeout: 15_000 }).toBe(true);
    await shot(platformAdmin, 'publication-board');

    // ---- the public portal, without signing in
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${base}/public/results?q=${target.uscc}`);
    const results = await visitor.locator('body').innerText();
    expect(results).toContain('发现问题待后续处理');
    expect(results).toContain(VIOLATION);
    await shot(visitor, 'public-results');
    await visitor.goto(`${base}/public/entities/${target.uscc}`);
    expect(await visitor.locator('body').innerText()).toContain('发现问题待后续处理');
    await shot(visitor, 'public-entity');

    // ---- the entity's credit record in the console, with its CSV
    await admin.goto(`${base}/#/entities/${target.entityId}/show`);
    await admin.getByTestId('entity-tab-credit').click();
    await admin.getByTestId('credit-row').first().waitFor();
    expect(await admin.getByTestId('credit-row').count()).toBe(1);
    expect(await admin.getByTestId('credit-row').first().innerText()).toContain('发现问题待后续处理');
    expect(await admin.getByTestId('credit-csv').getAttribute('href')).toBe(`/api/entities/${target.entityId}/credit.csv`);
    const csv = await admin.request.get(`${base}/api/entities/${target.entityId}/credit.csv`);
    expect(await csv.text()).toContain(target.uscc);
    await shot(admin, 'entity-credit');

    // the problem opened a follow-up in the department's inbox
    await admin.goto(`${base}/#/followups`);
    await admin.getByText(target.entityName).first().waitFor();
    await shot(admin, 'followups');
  });
});
