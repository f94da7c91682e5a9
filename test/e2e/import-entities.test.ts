import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { makeUscc } from '@sxgk/core/uscc';
import { openTable } from '@sxgk/sheets/read';
import { launchChromium, startPlatform } from './platform.ts';

// A department clerk's day: log in, import an entity file, watch it finish, find what was imported,
// export what the list shows, find both jobs again in 任务中心 after a reload.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

function entitiesCsv(): { csv: string; names: string[] } {
  const rows = Array.from({ length: 300 }, (_, i) => {
    const uscc = makeUscc(`91410928MA${String(1000000 + i).padStart(7, '0')}`);
    return [uscc, `濮阳县导入测试第${i + 1}号商贸有限公司`, '企业', '存续', '王五', '13912345678', '濮阳县人民路1号', i % 4 === 0 ? 'D' : 'B'];
  });
  rows.push(['91410928MA0000000X', '校验位错误的公司', '企业', '存续', '', '', '', 'A']);
  const header = ['统一社会信用代码', '企业名称', '主体类型', '登记状态', '法定代表人', '联系电话', '住所', '信用风险分类'];
  return { csv: [header, ...rows].map((r) => r.join(',')).join('\n'), names: rows.map((r) => r[1]!) };
}

describe('import in the console', () => {
  it('scjg-admin imports entities, sees the progress finish, finds an imported entity and exports it', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.base}/#/login`);
    await page.fill('input[name="username"]', 'scjg-admin');
    await page.fill('input[name="password"]', 'Demo@2026');
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => !u.hash.includes('login'));

    await page.goto(`${platform.base}/#/entities`);
    await page.getByRole('button', { name: '导入' }).first().click();
    const { csv, names } = entitiesCsv();
    await page.setInputFiles('input[type=file]', { name: '名录.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByTestId('import-progress').first().waitFor({ state: 'attached' });
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    expect(text).toMatch(/300/);
    expect(text).toMatch(/1/);
    expect(await page.locator('a[href*="rejections.csv"]').count()).toBe(1);
    await page.keyboard.press('Escape');

    await page.goto(`${platform.base}/#/entities?filter=${encodeURIComponent(JSON.stringify({ q: names[41] }))}`);
    await page.getByText(names[41]!).first().waitFor({ timeout: 15_000 });
    const count = await platform.db.selectFrom('entities').select((eb) => eb.fn.countAll<number>().as('n')).where('name', 'like', '濮阳县导入测试%').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(300);

    // the list as filtered, exported in the background and saved by the browser when ready, even
    // after the clerk has moved on to another page
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-button').filter({ hasText: '导出中' }).or(page.getByText('导出完成')).first().waitFor();
    await page.goto(`${platform.base}/#/inspectors`);
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^检查对象-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const table = await openTable(await readFile((await download.path())!));
    const rows: string[][] = [];
    for await (const row of table.rows) rows.push(row);
    expect(rows[0]).toContain('统一社会信用代码');
    expect(rows.slice(1).map((r) => r[1])).toEqual([names[41]]);

    // a reload later, both jobs are still in 任务中心: the import with its counts, the export's file to fetch again
    await page.reload();
    await page.goto(`${platform.base}/#/jobs`);
    const importRow = page.locator('tr', { hasText: '导入检查对象' });
    await importRow.getByText('新增 300').waitFor({ timeout: 15_000 });
    expect(await importRow.innerText()).toContain('名录.csv');
    expect(await importRow.getByText('错误报告').count()).toBe(1);
    const again = page.waitForEvent('download', { timeout: 30_000 });
    await page.locator('tr', { hasText: '导出检查对象' }).getByTestId('job-download').click();
    expect((await again).suggestedFilename()).toBe(download.suggestedFilename());
    await page.close();
  });
});
