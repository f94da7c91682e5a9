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
});
