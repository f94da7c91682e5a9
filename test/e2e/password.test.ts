import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, shot, signIn, startPlatform } from './platform.ts';

// An account the platform admin opens with an initial password: the admin's form applies core's
// password rule, and the new user can do nothing but choose their own password first.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform({ entities: 50 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

describe('passwords in the console', () => {
  it('the admin opens an account; its owner must replace the initial password before anything else', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(admin, platform.base, 'admin');
    await admin.goto(`${platform.base}/#/users/create`);
    await admin.fill('input[name="username"]', 'e2e-clerk');
    await admin.fill('input[name="displayName"]', '端到端科员');
    await admin.getByRole('combobox', { name: /角色/ }).click();
    await admin.getByRole('option', { name: '领导' }).click();
    await admin.fill('input[name="password"]', 'password2026');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByText(/至少 3 种/).first().waitFor();
    expect(await platform.db.selectFrom('users').select('id').where('username', '=', 'e2e-clerk').executeTakeFirst()).toBeUndefined();
    await admin.fill('input[name="password"]', 'Qiang@Lu2026');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/#\/users\/\d+/);
    const created = await platform.db.selectFrom('users').select('mustChangePassword').where('username', '=', 'e2e-clerk').executeTakeFirstOrThrow();
    expect(created.mustChangePassword).toBe(true);

    const clerk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(clerk, platform.base, 'e2e-clerk', 'Qiang@Lu2026');
    await clerk.getByTestId('password-forced').waitFor();
    // any other page is the same password page
    await clerk.goto(`${platform.base}/#/items`);
    await clerk.getByTestId('password-forced').waitFor();
    await shot(clerk, 'password-forced');

    await clerk.fill('input[name="currentPassword"]', 'Qiang@Lu2026');
    await clerk.fill('input[name="newPassword"]', 'Shiny-New-Pass1');
    await clerk.fill('input[name="confirmPassword"]', 'Shiny-New-Pass2');
    await clerk.getByRole('button', { name: '确认修改' }).click();
    await clerk.getByText('两次输入的新密码不一致').waitFor();
    await clerk.fill('input[name="confirmPassword"]', 'Shiny-New-Pass1');
    await clerk.fill('input[name="currentPassword"]', 'Not-The-Pass1');
    await clerk.getByRole('button', { name: '确认修改' }).click();
    await clerk.getByText('当前密码不正确').first().waitFor();
    await clerk.fill('input[name="currentPassword"]', 'Qiang@Lu2026');
    await clerk.getByRole('button', { name: '确认修改' }).click();
    await clerk.getByText('密码已修改').waitFor();
    await clerk.getByTestId('password-forced').waitFor({ state: 'detached' });
    // the page asked for is there now: the item list
    await clerk.getByRole('columnheader', { name: /抽查事项/ }).first().waitFor();

    // 修改密码 stays in the user menu
    await clerk.getByRole('button', { name: '个人中心' }).click();
    await clerk.getByTestId('menu-password').click();
    await clerk.waitForURL(/#\/password$/);
    await clerk.getByTestId('password-page').waitFor();
    expect(await clerk.getByTestId('password-forced').count()).toBe(0);
    expect((await platform.db.selectFrom('users').select('mustChangePassword').where('username', '=', 'e2e-clerk').executeTakeFirstOrThrow()).mustChangePassword).toBe(false);

    // locked out by failed sign-ins, then unlocked by the admin with the password unchanged
    await platform.db.updateTable('users').set({ lockedUntil: new Date(Date.now() + 600_000) }).where('username', '=', 'e2e-clerk').execute();
    await admin.reload();
    await admin.getByTestId('user-unlock').waitFor();
    await shot(admin, 'user-locked');
    await admin.getByTestId('user-unlock').click();
    await admin.getByText('已解除锁定').waitFor();
    await admin.getByTestId('user-unlock').waitFor({ state: 'detached' });
    expect((await platform.db.selectFrom('users').select('lockedUntil').where('username', '=', 'e2e-clerk').executeTakeFirstOrThrow()).lockedUntil).toBeNull();
  });
});
