import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, shot, signIn, startPlatform } from './platform.ts';

// A department admin enables the market-regulation plugin, opens a delivered item and fills its form.
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
beforeAll(async () => {
  platform = await startPlatform({ plugins: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

const ITEM = '食品经营者（含餐饮服务）经营行为检查';
const CHECKPOINTS = ['licenceValid', 'licenceDisplayed', 'healthCertificates', 'safetyManager', 'purchaseInspection', 'storage', 'labelling', 'tablewareDisinfected', 'additives'];
const ANSWERS: Record<string, string> = { licenceDisplayed: '否', tablewareDisinfected: '不涉及' };

async function answer(page: Page, key: string, value: string) {
  await page.getByTestId(`form-field-${key}`).getByLabel(value, { exact: true }).check();
}
async function choose(page: Page, key: string, option: string) {
  await page.getByTestId(`form-field-${key}`).getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('plugin forms in the console', () => {
  it('enables the scjg plugin, and the item form reports a missing check point, then accepts the record', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, platform.base, 'scjg-admin');

    // 插件管理: 启用 shows what the plugin brings, then enables it
    await page.goto(`${platform.base}/#/plugins`);
    await page.getByTestId('plugin-enable').click();
    await page.getByTestId('plugin-diff').waitFor();
    expect(await page.getByTestId('plugin-diff').innerText()).toContain(ITEM);
    await shot(page, 'plugin-enable');
    await page.getByTestId('plugin-enable-confirm').click();
    await expect.poll(() => page.getByTestId('plugin-state').innerText(), { timeout: 15_000 }).toBe('已启用');
    await shot(page, 'plugins');

    // the delivered item (a draft) and its 检查表单
    await page.goto(`${platform.base}/#/items?filter=${encodeURIComponent(JSON.stringify({ q: ITEM }))}`);
    await page.getByText(ITEM).first().click();
    await page.getByTestId('item-form').click();
    await page.waitForURL(/#\/forms\/\d+/);
    await page.getByTestId('form-field-healthCertificates').waitFor();

    // everything but one required check point
    for (const key of CHECKPOINTS.filter((k) => k !== 'healthCertificates')) await answer(page, key, ANSWERS[key] ?? '是');
    await choose(page, 'sampling', '未抽样');
    await choose(page, 'result', '基本符合');
    await page.getByTestId('form-submit').click();
    const error = page.getByTestId('form-error-healthCertificates');
    await error.waitFor();
    expect(await error.innerText()).toBe('请填写“从事接触直接入口食品工作的从业人员持有有效健康证明”');
    expect(await page.getByTestId('form-result').innerText()).toContain('有 1 处未填写或填写有误');
    expect(await page.locator('[data-testid^="form-error-"]').count()).toBe(1);
    expect(await page.getByTestId('form-field-onSitePerson').innerText()).toContain('保密');
    await shot(page, 'plugin-form-error');

    // answered: accepted, with the problem the 否 stands for
    await answer(page, 'healthCertificates', '是');
    expect(await page.locator('[data-testid^="form-error-"]').count()).toBe(0);
    await page.getByTestId('form-submit').click();
    await expect.poll(() => page.getByTestId('form-result').innerText(), { timeout: 15_000 }).toContain('校验通过');
    expect(await page.getByTestId('form-result').innerText()).toContain('未公示许可证');
    await shot(page, 'plugin-form-ok');

    // the delivered draft waits on the dashboard, one click from the list of drafts
    await page.goto(`${platform.base}/#/`);
    const drafts = Number(/(\d+) 项草稿事项尚未发布/.exec(await page.getByTestId('todo-draftItems').innerText())?.[1]);
    expect(drafts).toBeGreaterThan(0);
    await page.getByTestId('todo-draftItems').getByRole('link', { name: '去处理' }).click();
    await page.waitForURL(/#\/items\?filter=/);
    await page.getByText(ITEM).first().waitFor();
    await page.getByText(`共 ${drafts} 条`).waitFor();
    await page.close();
  });
});
