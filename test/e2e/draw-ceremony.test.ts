import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, shot, signIn, startPlatform } from './platform.ts';

// The draw ceremony as a department admin runs it in the console, and the public check anyone can make.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform({ entities: 300 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

const BEACON_SOURCE = '见证人现场宣读的福彩3D第2026088期开奖号码';

describe('draw ceremony in the console', () => {
  it('prepares, executes with beacon and witnesses, shows the result and verifies it; the public page verifies too', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, platform.base, 'scjg-admin');

    // a task on a published item, through the API with the session cookie
    const items = await (await page.request.get(`${platform.base}/api/items?filter=${encodeURIComponent('{"status":"published"}')}&range=[0,99]`)).json() as { id: number; requiredField: string | null }[];
    const item = items.find((i) => i.requiredField === null)!;
    const created = await page.request.post(`${platform.base}/api/tasks`, {
      data: { name: '2026 年企业公示信息抽查（端到端）', adHoc: true, itemIds: [item.id], startDate: '2026-04-01', directed: false },
    });
    expect(created.status()).toBe(201);
    const task = await created.json() as { id: number };

    // 准备抽取 on the task page: the declared beacon source, then the ceremony screen opens
    await page.goto(`${platform.base}/#/tasks/${task.id}/show`);
    await page.getByTestId('task-prepare').click();
    await page.getByTestId('prepare-dialog-text').fill(BEACON_SOURCE);
    await page.getByTestId('prepare-dialog-confirm').click();
    await page.waitForURL(/#\/draws\/\d+\/show/);
    const drawId = Number(/draws\/(\d+)\/show/.exec(page.url())![1]);
    const commitment = (await page.getByTestId('draw-commitment-value').innerText()).trim();
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => page.getByTestId('draw-beacon-source').innerText()).toBe(BEACON_SOURCE);
    await shot(page, 'ceremony-prepared');

    // before the draw the public sees the commitment only, without signing in
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pub = await visitor.newPage();
    await pub.goto(`${platform.base}/#/public/draws/${drawId}`);
    await pub.getByTestId('public-draw').waitFor();
    expect((await pub.getByTestId('draw-commitment-value').innerText()).trim()).toBe(commitment);
    expect(await pub.getByText('本次抽取尚未执行').count()).toBe(1);

    // the ceremony: beacon, two witnesses, 执行抽取, progress to the end
    await page.getByTestId('draw-beacon').fill('5 8 2');
    await page.getByTestId('draw-witnesses').fill('张三（人大代表）\n李四（企业代表）');
    await page.getByTestId('draw-execute-button').click();
    await page.locator('[data-testid="draw-progress"][data-state="completed"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('draw-progress').innerText()).toContain('100%');

    // the result: drawn entities with name, credit code and their inspectors
    const result = page.getByTestId('draw-result');
    await result.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const firstRow = await result.locator('tbody tr').first().innerText();
    expect(firstRow).toMatch(/[0-9A-Z]{18}/);
    expect(await result.locator('tbody tr').first().locator('.MuiChip-root').count()).toBeGreaterThanOrEqual(2);
    expect(await result.innerText()).toMatch(/共抽中 \d+ 个检查对象/);
    expect((await page.getByTestId('draw-secret').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await page.getByTestId('draw-seed').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);

    // 验证 in the browser with the spec's verifier
    await page.getByTestId('draw-verify-button').click();
    await page.getByTestId('draw-verify-ok').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('draw-verify').innerText()).toContain('验证通过');
    await shot(page, 'ceremony-executed');

    // the certificate: a printable page in a new tab
    const certificate = page.getByTestId('draw-certificate');
    expect(await certificate.getAttribute('href')).toBe(`/api/draws/${drawId}/certificate`);
    expect(await certificate.getAttribute('target')).toBe('_blank');
    const html = await (await page.request.get(`${platform.base}/api/draws/${drawId}/certificate`)).text();
    expect(html).toContain('抽取证书');
    expect(html).toContain(commitment);

    // the public page after the draw, still without signing in: everything, and it verifies
    await pub.reload();
    await pub.getByTestId('public-reveal').waitFor();
    expect(pub.url()).toContain(`#/public/draws/${drawId}`);
    await pub.getByTestId('draw-verify-button').click();
    await pub.getByTestId('draw-verify-ok').waitFor({ timeout: 30_000 });
    expect(await pub.getByTestId('public-selected').innerText()).toMatch(/[0-9A-Z]{18}/);
    await shot(pub, 'public-draw');
    await visitor.close();
    await page.close();
  });
});
