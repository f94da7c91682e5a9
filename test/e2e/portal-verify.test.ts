import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, shot, startPlatform } from './platform.ts';

// The public portal in a browser: the 验证 button recomputes an executed draw with the spec's
// verifier; and without JavaScript every page is reachable through plain links.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform({ entities: 200 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function executedDraw(base: string): Promise<{ taskId: number; drawId: number }> {
  const call = async (token: string | null, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, data: await res.json() as any };
  };
  const { data: { token } } = await call(null, '/api/auth/login', { username: 'scjg-admin', password: 'Demo@2026' });
  const items = (await call(token, `/api/items?filter=${encodeURIComponent('{"status":"published"}')}&range=[0,99]`)).data as { id: number; requiredField: string | null }[];
  const task = await call(token, '/api/tasks', { name: '2026 年企业公示信息抽查（公示门户）', adHoc: true, itemIds: [items.find((i) => i.requiredField === null)!.id], startDate: '2026-04-01', directed: false });
  expect(task.status).toBe(201);
  const draw = await call(token, `/api/tasks/${task.data.id}/draws`, { beaconSource: '福彩3D 第2026088期开奖号码' });
  expect(draw.status).toBe(201);
  const exec = await call(token, `/api/draws/${draw.data.id}/execute`, { beacon: '5 8 2', witnesses: ['张三（人大代表）', '李四（企业代表）'] });
  expect(exec.status).toBe(202);
  for (let i = 0; ; i++) {
    const job = (await call(token, `/api/jobs/${exec.data.jobId}`)).data;
    if (job.state === 'completed') break;
    if (job.state === 'failed' || i > 300) throw new Error(`draw job ${job.state}: ${job.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { taskId: task.data.id, drawId: draw.data.id };
}

describe('public portal in a browser', () => {
  it('验证 on an executed draw recomputes it in the browser: 验证通过', async () => {
    const { taskId, drawId } = await executedDraw(platform.base);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${platform.base}/public/tasks/${taskId}`);
    const button = page.locator(`button[data-verify-draw="${drawId}"]`);
    await button.waitFor({ state: 'visible' });
    await button.click();
    const out = page.locator(`#verify-result-${drawId}`);
    await page.locator(`#verify-result-${drawId}[data-state]`).waitFor({ timeout: 30_000 });
    expect(await out.getAttribute('data-state')).toBe('ok');
    expect(await out.innerText()).toContain('验证通过');
    await shot(page, 'portal-verify');
    await page.close();
  });

  it('without JavaScript: items → plans → tasks → a task through links; the verify button stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${platform.base}/public`);
    expect(await page.locator('h1').innerText()).toContain('双随机、一公开');
    await page.locator('nav a', { hasText: '抽查事项清单' }).click();
    await page.waitForURL(/\/public\/items$/);
    expect(await page.locator('h1').innerText()).toBe('随机抽查事项清单');
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    // the GET search form works without script
    await page.fill('input[name="q"]', '不存在的事项名称');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/\/public\/items\?.*q=/);
    expect(await page.locator('main').innerText()).toContain('没有符合条件的已发布事项');
    await page.locator('nav a', { hasText: '抽查计划' }).click();
    await page.waitForURL(/\/public\/plans$/);
    expect(await page.locator('h1').innerText()).toBe('年度抽查计划');
    await page.locator('nav a', { hasText: '抽查任务与抽取' }).click();
    await page.waitForURL(/\/public\/tasks$/);
    expect(await page.locator('h1').innerText()).toBe('抽查任务与抽取记录');
    await page.locator('tbody a').first().click();
    await page.waitForURL(/\/public\/tasks\/\d+$/);
    expect(await page.locator('main').innerText()).toContain('承诺值');
    expect(await page.locator('main').innerText()).toContain('种子');
    expect(await page.locator('button[data-verify-draw]').first().isHidden()).toBe(true);
    await shot(page, 'portal-nojs-task');
    await context.close();
  });
});
