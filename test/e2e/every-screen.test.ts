import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, signIn, startPlatform } from './platform.ts';

// Every list screen a role's menu offers opens without an error, in Chinese, for every role:
// a smoke test over the whole console, beside the flows that click through the details.
const ROLES = ['admin', 'office', 'leader', 'scjg-admin', 'scjg-insp'] as const;

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform({ entities: 60, plugins: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

describe.each(ROLES)('the console for %s', (username) => {
  it('opens every screen of its menu without an error', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    await signIn(page, platform.base, username);
    const me = await (await page.request.get(`${platform.base}/api/auth/me`)).json() as { resources: string[] };
    await page.locator('.RaMenuItemLink-root').nth(2).waitFor();
    const menu = await page.locator('.RaMenuItemLink-root').evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '').filter((h) => h.startsWith('#/') && h.length > 2));
    expect(menu.length).toBeGreaterThan(2);
    for (const href of [...new Set(menu)]) {
      const resource = href.slice(2).split(/[/?]/)[0]!;
      if (me.resources.length && !['dashboard'].includes(resource) && !me.resources.includes(resource)) {
        failures.push(`${href}: in the menu but not readable by ${username}`);
      }
      await page.goto(`${platform.base}/${href}`);
      await page.waitForLoadState('networkidle');
      const error = page.locator('.MuiAlert-standardError, .MuiSnackbarContent-root, [data-testid="error"]');
      if (await error.count()) failures.push(`${href}: ${(await error.first().innerText()).slice(0, 120)}`);
      const text = await page.locator('main, #main-content').first().innerText();
      if (!/[\u4e00-\u9fa5]/.test(text)) failures.push(`${href}: no Chinese text on the page`);
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  it('shows the year’s compliance figures on the dashboard to those who may read them, per department to the city-wide roles', async () => {
    const page = await browser.newPage();
    await signIn(page, platform.base, username);
    const me = await (await page.request.get(`${platform.base}/api/auth/me`)).json() as { resources: string[]; departmentId: number | null };
    await page.locator('.RaMenuItemLink-root').nth(2).waitFor();
    const sampling = page.getByTestId('metric-sampling_ratio');
    if (!me.resources.includes('metrics')) {
      await page.getByText('快捷入口').waitFor();
      expect(await sampling.count()).toBe(0);
      return page.close();
    }
    await sampling.waitFor();
    const api = await (await page.request.get(`${platform.base}/api/metrics`)).json() as { total: { metrics: { text: string; numerator: number }[] }; departments: unknown[] };
    expect(await sampling.innerText()).toContain('抽查比例');
    expect(await sampling.innerText()).toContain(api.total.metrics[0]!.text);
    expect(await sampling.innerText()).toContain(`已抽取 ${api.total.metrics[0]!.numerator.toLocaleString('zh-CN')} 户`);
    for (const key of ['publication_rate', 'timeliness', 'followup_closure', 'referral_closure']) await page.getByTestId(`metric-${key}`).waitFor();
    const rows = page.locator('[data-testid^="metrics-department-"]');
    expect(await rows.count()).toBe(me.departmentId ? 0 : api.departments.length);
    await page.close();
  });
});
