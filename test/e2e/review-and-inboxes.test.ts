import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@sxgk/db';
import { launchChromium, shot, signIn, startPlatform } from './platform.ts';
import { drawnTarget, filledRecord, inspectorAccount, type DrawnTarget } from './records.ts';

// What follows a submitted record, in the console on a desktop: the review (退回 with a note, then
// 审核通过, then 更正 into a new draft version), the follow-up inbox (处置措施, 完结), the referral
// inbox between two departments (接收, 办结, 退回) and the working-day calendar. Each step builds on
// the one before; what the user sees is checked, then what the API holds.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let dir: string;
let base: string;
let admin: Page; // scjg-admin: reviews (did not record), handles follow-ups, sends referrals
let insp: Page; // the inspector who records
let drawn: DrawnTarget;
let recordId: number;
const FINDINGS = '现场检查发现经营场所未公示营业执照，已当场指出。';
const NOTE = '请补充整改期限和现场照片说明';
const REASON = '检查日期笔误，应为 4 月 21 日';
const DESKTOP = { width: 1440, height: 1000 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sxgk-e2e-att-'));
  process.env.ATTACHMENTS_DIR = dir;
  platform = await startPlatform({ entities: 200 });
  base = platform.base;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
  await rm(dir, { recursive: true, force: true });
});

const json = async <T = Record<string, unknown>>(page: Page, path: string) => {
  const res = await page.request.get(`${base}${path}`);
  expect(res.status(), path).toBe(200);
  return await res.json() as T;
};
const row = (page: Page, text: string) => page.locator('tr', { hasText: text });
async function confirmDialog(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: /确认|确定/ }).click();
}

describe('review, follow-up and referral inboxes, calendar', () => {
  it('review: returned with a note the inspector sees, resubmitted, approved, then corrected into a new draft version', async () => {
    admin = await browser.newPage({ viewport: DESKTOP });
    await signIn(admin, base, 'scjg-admin');
    drawn = await drawnTarget(admin.request, base, '2026 年企业公示信息抽查（审核与收件箱端到端）');
    await inspectorAccount(platform, 'e2e-rev-insp', drawn.team[0]!);
    insp = await browser.newPage({ viewport: DESKTOP });
    await signIn(insp, base, 'e2e-rev-insp', DEMO_PASSWORD);
    recordId = await filledRecord(insp.request, base, drawn, { findings: FINDINGS });

    // ---- the admin (who did not record it) sends it back with a note typed in the dialog
    await admin.goto(`${base}/#/inspections/${recordId}/show`);
    await admin.getByTestId('inspection-status-submitted').waitFor();
    await admin.getByTestId('inspection-return').click();
    const dialog = admin.getByTestId('inspection-return-dialog');
    await expect.poll(() => dialog.getByTestId('inspection-return-dialog-confirm').isDisabled()).toBe(true);
    await dialog.getByTestId('inspection-return-dialog-text').fill(NOTE);
    await dialog.getByTestId('inspection-return-dialog-confirm').click();
    await admin.getByText('检查记录已退回').waitFor();
    await admin.getByTestId('inspection-status-draft').waitFor();
    expect(await admin.getByTestId('inspection-show').innerText()).toContain(`退回意见：${NOTE}`);
    expect(await json(admin, `/api/inspections/${recordId}`)).toMatchObject({ status: 'draft', reviewNote: NOTE });
    await shot(admin, 'review-returned');

    // ---- the inspector: the note on the record page, then 提交审核 again
    await insp.goto(`${base}/#/inspections/${recordId}`);
    await insp.getByTestId('inspection-edit').waitFor();
    expect(await insp.getByTestId('inspection-review-note').innerText()).toContain(NOTE);
    await shot(insp, 'review-note-for-inspector');
    await insp.getByTestId('inspection-submit').click();
    await insp.waitForURL(new RegExp(`#/inspections/${recordId}/show`));
    await insp.getByTestId('inspection-status-submitted').waitFor();

    // ---- the admin approves
    await admin.reload();
    await admin.getByTestId('inspection-approve').click();
    await confirmDialog(admin);
    await admin.getByTestId('inspection-status-approved').waitFor();
    expect(await json(admin, `/api/inspections/${recordId}`)).toMatchObject({ status: 'approved', version: 1 });

    // ---- …and corrects it: the reason dialog, then the console opens the new draft version
    await admin.getByTestId('inspection-correct').click();
    const correct = admin.getByTestId('inspection-correct-dialog');
    await correct.getByTestId('inspection-correct-dialog-text').fill(REASON);
    await correct.getByTestId('inspection-correct-dialog-confirm').click();
    await admin.waitForURL((u) => /#\/inspections\/\d+$/.test(u.hash) && !u.hash.endsWith(`/${recordId}`));
    const newId = Number(/inspections\/(\d+)$/.exec(admin.url())![1]);
    await admin.getByTestId('inspection-edit').waitFor();
    await admin.getByText('已生成第 2 版更正草稿').waitFor();
    expect(await admin.getByTestId('inspection-entity').innerText()).toBe(drawn.target.entityName);
    await admin.getByText(`更正原因：${REASON}`).waitFor();
    expect(await admin.getByTestId('inspection-findings').inputValue()).toBe(FINDINGS);
    await shot(admin, 'review-correction-draft');
    const old = await json(admin, `/api/inspections/${recordId}`);
    expect(await json(admin, `/api/inspections/${newId}`)).toMatchObject({ status: 'draft', version: 2, lineageId: old.lineageId, correctionReason: REASON });
  });

  it('follow-up inbox: the problem’s follow-up is listed; measures recorded, then closed with date and result', async () => {
    const [f] = await json<{ id: number; status: string }[]>(admin, `/api/followups?filter=${encodeURIComponent(JSON.stringify({ entityId: drawn.target.entityId }))}`);
    expect(f).toMatchObject({ status: 'open' });
    await admin.goto(`${base}/#/followups`);
    const r = row(admin, drawn.target.entityName);
    await r.getByTestId('status-open').waitFor();
    expect(await r.innerText()).toContain('发现问题待后续处理');

    // 处置措施 on its edit page
    await r.getByRole('link', { name: '处置措施' }).click();
    await admin.waitForURL(new RegExp(`#/followups/${f!.id}$`));
    await admin.getByLabel('责令限期改正').check();
    await admin.locator('input[name="deadline"]').fill('2026-05-10');
    await admin.locator('input[name="recheckDate"]').fill('2026-05-12');
    await admin.locator('textarea[name="recheckResult"]').fill('已在经营场所醒目位置悬挂营业执照');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/#\/followups(\?.*)?$/);
    await r.getByText('责令限期改正').waitFor();
    expect(await r.innerText()).toContain('2026-05-10');

    // past its rectification deadline: the 工作台 says so and opens the overdue ones
    await admin.goto(`${base}/#/`);
    const overdue = admin.getByTestId('todo-followupsOverdue');
    expect(await overdue.innerText()).toContain('1 件后续处置已过整改期限仍未办结');
    await overdue.getByRole('link', { name: '去处理' }).click();
    await admin.waitForURL(/#\/followups\?filter=/);
    await r.getByTestId('status-open').waitFor();
    await admin.goto(`${base}/#/followups?filter=${encodeURIComponent('{}')}`);

    // 完结 through the close dialog
    await r.getByTestId(`followup-close-${f!.id}`).click();
    const dialog = admin.getByTestId('followup-close-dialog');
    await dialog.getByTestId('followup-close-dialog-date').fill('2026-05-12');
    await dialog.getByTestId('followup-close-dialog-text').fill('复查已整改到位');
    await dialog.getByTestId('followup-close-dialog-confirm').click();
    await admin.getByText('后续处置已完结').waitFor();
    await r.getByTestId('status-closed').waitFor();
    expect(await r.getByTestId('status-closed').innerText()).toBe('已完结');
    expect(await r.innerText()).toContain('2026-05-12');
    expect(await r.getByTestId(`followup-close-${f!.id}`).count()).toBe(0);
    await shot(admin, 'followup-closed');
    expect(await json(admin, `/api/followups/${f!.id}`)).toMatchObject({
      status: 'closed', closedOn: '2026-05-12', result: '复查已整改到位', measures: ['order_rectification'], deadline: '2026-05-10', recheckDate: '2026-05-12',
    });
  });

  it('referral inbox: sent from the create form, accepted and closed by the receiving department; another returned; the sender sees both', async () => {
    const MATTER = '涉嫌违法建设，移送住建部门处理（端到端）';
    const MATTER2 = '请核查物业服务收费（端到端）';
    // ---- 市场监管局 sends one through the create form
    await admin.goto(`${base}/#/referrals/create`);
    await admin.getByRole('combobox', { name: /接收部门/ }).click();
    await admin.getByRole('option', { name: '住房和城乡建设局' }).click();
    await admin.locator('textarea[name="matter"]').fill(MATTER);
    await admin.locator('input[name="documentNo"]').fill('市监移〔2026〕9号');
    await admin.locator('input[name="inspectionId"]').fill(String(recordId));
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/#\/referrals\/\d+\/show$/);
    const r1 = Number(/referrals\/(\d+)\/show$/.exec(admin.url())![1]);
    await admin.getByTestId('status-sent').waitFor();
    expect(await json(admin, `/api/referrals/${r1}`)).toMatchObject({ kind: 'department', status: 'sent', matter: MATTER, documentNo: '市监移〔2026〕9号', inspectionId: recordId });
    // …and a second one through the API
    const second = await admin.request.post(`${base}/api/referrals`, { data: { kind: 'department', toDepartmentId: (await json<{ toDepartmentId: number }>(admin, `/api/referrals/${r1}`)).toDepartmentId, matter: MATTER2 } });
    expect(second.status()).toBe(201);
    const r2 = (await second.json() as { id: number }).id;

    // ---- 住建局: 收到的 tab, 接收 then 办结; the other 退回 with a reason
    const zjj = await browser.newPage({ viewport: DESKTOP });
    await signIn(zjj, base, 'zjj-admin');
    // the 工作台's 待办事项 counts both and opens the received ones still waiting
    const todo = zjj.getByTestId('todo-referralsReceived');
    expect(await todo.innerText()).toContain('2 件移送待接收');
    await todo.getByRole('link', { name: '去处理' }).click();
    await zjj.waitForURL(/#\/referrals\?filter=/);
    await expect.poll(() => zjj.getByTestId('referrals-received').getAttribute('aria-selected')).toBe('true');
    await row(zjj, MATTER2).getByTestId('status-sent').waitFor();
    // the whole inbox again (the list would otherwise keep the status filter it was opened with)
    await zjj.goto(`${base}/#/referrals?filter=${encodeURIComponent('{"direction":"received"}')}`);
    await zjj.getByTestId('referrals-received').click();
    await expect.poll(() => zjj.getByTestId('referrals-received').getAttribute('aria-selected')).toBe('true');
    const row1 = row(zjj, MATTER);
    const row2 = row(zjj, MATTER2);
    await row1.getByTestId('status-sent').waitFor();
    await row2.getByTestId('status-sent').waitFor();
    await shot(zjj, 'referrals-received');
    await row1.getByTestId(`referral-accept-${r1}`).click();
    // notifications queue (one at a time): the next two each wait for this one to hide
    await zjj.getByText('已接收移送').waitFor();
    await row1.getByTestId('status-accepted').waitFor();
    await row1.getByTestId(`referral-close-${r1}`).click();
    const close = zjj.getByTestId('referral-close-dialog');
    await close.getByTestId('referral-close-dialog-date').fill('2026-05-20');
    await close.getByTestId('referral-close-dialog-text').fill('已立案查处');
    await close.getByTestId('referral-close-dialog-confirm').click();
    await zjj.getByText('移送已办结').waitFor();
    await row1.getByTestId('status-closed').waitFor();

    await row2.getByTestId(`referral-return-${r2}`).click();
    const ret = zjj.getByTestId('referral-return-dialog');
    await ret.getByTestId('referral-return-dialog-text').fill('不属于本部门职责');
    await ret.getByTestId('referral-return-dialog-confirm').click();
    await zjj.getByText('移送已退回').waitFor();
    await row2.getByTestId('status-returned').waitFor();
    await shot(zjj, 'referrals-handled');
    await zjj.close();

    // ---- 市场监管局: 发出的 tab shows both states; the returned one shows why
    await admin.goto(`${base}/#/referrals`);
    await admin.getByTestId('referrals-sent').click();
    await expect.poll(() => admin.getByTestId('referrals-sent').getAttribute('aria-selected')).toBe('true');
    await row(admin, MATTER).getByTestId('status-closed').waitFor();
    await row(admin, MATTER2).getByTestId('status-returned').waitFor();
    // the sender cannot act on a department referral
    expect(await row(admin, MATTER2).getByTestId(`referral-accept-${r2}`).count()).toBe(0);
    await shot(admin, 'referrals-sent');
    await row(admin, MATTER2).getByText(MATTER2).click();
    await admin.waitForURL(new RegExp(`#/referrals/${r2}/show`));
    await admin.getByText('不属于本部门职责').waitFor();
    expect(await json(admin, `/api/referrals/${r1}`)).toMatchObject({ status: 'closed', closedOn: '2026-05-20', result: '已立案查处' });
    expect(await json(admin, `/api/referrals/${r2}`)).toMatchObject({ status: 'returned', returnReason: '不属于本部门职责' });
  });

  it('calendar: the dashboard asks for the missing year; the platform admin adds a 2027 holiday; it is listed under 2027', async () => {
    const pa = await browser.newPage({ viewport: DESKTOP });
    await signIn(pa, base, 'admin');
    type Status = { yearDue: { year: number; urgent: boolean } | null };
    // the seeded calendar ends with 2026, so from December 2026 on some year is always due
    const before = await json<Status>(pa, '/api/calendar/status');
    expect(before.yearDue).not.toBeNull();
    await pa.goto(`${base}/#/`);
    const due = pa.getByTestId('calendar-due');
    expect(await due.innerText()).toContain(`${before.yearDue!.year} 年`);
    await due.getByRole('link', { name: '维护日历' }).click();
    await pa.waitForURL(/#\/calendar\?/);
    await expect.poll(() => pa.locator('input[name="year"]').inputValue()).toBe(String(before.yearDue!.year));
    await pa.goto(`${base}/#/calendar/create`);
    await pa.locator('input[name="day"]').fill('2027-01-01');
    await pa.getByRole('combobox', { name: /类型/ }).click();
    await pa.getByRole('option', { name: '法定节假日' }).click();
    await pa.locator('input[name="name"]').fill('元旦');
    await pa.getByRole('button', { name: '保存' }).click();
    await pa.waitForURL(/#\/calendar(\?.*)?$/);
    await pa.locator('input[name="year"]').fill('2027');
    const r = row(pa, '2027-01-01');
    await r.waitFor();
    expect(await r.innerText()).toContain('2027-01-01（周五）');
    expect(await r.innerText()).toContain('元旦');
    await r.getByTestId('status-holiday').waitFor();
    await shot(pa, 'calendar-2027');
    expect(await json(pa, `/api/calendar?filter=${encodeURIComponent('{"year":2027}')}`)).toEqual([expect.objectContaining({ day: '2027-01-01', kind: 'holiday', name: '元旦' })]);
    // 2027 is maintained now, so it is no longer the year asked for
    const after = await json<Status>(pa, '/api/calendar/status');
    expect(after.yearDue?.year).not.toBe(2027);
    const statusRead = pa.waitForResponse((r) => r.url().includes('/api/calendar/status'));
    await pa.goto(`${base}/#/`);
    await statusRead;
    await pa.getByTestId('metric-sampling_ratio').waitFor();
    expect(await pa.getByTestId('calendar-due').count()).toBe(after.yearDue ? 1 : 0);
    await pa.close();
  });
});
