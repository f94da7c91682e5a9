import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPersonName } from '@sxgk/core/redaction';
import { makeUscc } from '@sxgk/core/uscc';
import { createApp } from '../src/app.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { BEACON, execute, prepare, publishedItem } from './draw-helpers.ts';

// The public portal (/public) over real HTTP: published data only, individual businesses' personal
// data never, the commitment before a draw and the full record after it, and the rate limit.
let api: TestApi;
let admin: string;
let office: string;
let taskId: number;
let drawId: number;
const DRAFT_ITEM = '草稿中的事项（不应公开）甲乙丙';
const PLAN_NAME = '2026 年度门户测试随机抽查计划';
// two 个体工商户: one registered under its operator's own name, one with a trade name
const SOLO = { name: '赵铁柱', legalRepresentative: '赵铁柱', contactPhone: '13912345678', address: '幸福路8号3单元502室' };
const SHOP = { name: '钱多多水果店', legalRepresentative: '孙悟饭', contactPhone: '0371-87654321', address: '和平街12号院内东侧' };
const PROTECTED = ['赵铁柱', '孙悟饭', '13912345678', '0371-87654321', '87654321', '幸福路8号3单元502室', '和平街12号院内东侧'];
const usccs = [makeUscc('92410100MA9PTRT01'), makeUscc('92410100MA9PTRT02')];

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(api.base + path, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
};
const visited: string[] = [];
async function page(path: string) {
  const r = await get(path);
  visited.push(path);
  expect(r.status, path).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/text\/html/);
  expect(r.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
  expect(r.html).toContain('<meta name="viewport"');
  return r.html;
}
const scripts = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];

beforeAll(async () => {
  api = await startTestApi({ entities: 60, drawWorkers: 1 });
  [admin, office] = await Promise.all([api.login('scjg-admin'), api.login('office')]);
  const dept = (await api.db.selectFrom('departments').select('id').where('code', '=', 'scjg').executeTakeFirstOrThrow()).id;
  await api.db.insertInto('items').values({ departmentId: dept, name: DRAFT_ITEM, legalBasis: '测试依据' }).execute();
  for (const [i, e] of [SOLO, SHOP].entries()) {
    const { id } = await api.db.insertInto('entities').values({ uscc: usccs[i]!, kind: 'individual', riskTier: 'B', ...e }).returning('id').executeTakeFirstOrThrow();
    await api.db.insertInto('directoryEntries').values({ departmentId: dept, entityId: id }).execute();
  }
  // a published plan
  const post = (token: string, path: string, json: unknown = {}) => api.call(token, path, { method: 'POST', json });
  const plan = await post(admin, '/api/plans', { name: PLAN_NAME, content: '个体工商户登记事项', itemIds: [await publishedItem(api, admin)], periodStart: '2026-03-01', periodEnd: '2026-11-30', ratio: '不低于 5%', frequency: '每年一次', quantity: 100 });
  expect(plan.status).toBe(201);
  await post(admin, `/api/plans/${plan.data.id}/submit`);
  await post(office, `/api/plans/${plan.data.id}/approve`);
  expect((await post(admin, `/api/plans/${plan.data.id}/publish`)).data.status).toBe('published');
  // adjusted: version 2 replaces it, version 1 stays public as 已调整
  const v2 = await post(admin, `/api/plans/${plan.data.id}/adjust`, { reason: '门户测试：增加抽查数量' });
  expect(v2.status).toBe(201);
  await post(admin, `/api/plans/${v2.data.id}/submit`);
  await post(office, `/api/plans/${v2.data.id}/approve`);
  expect((await post(admin, `/api/plans/${v2.data.id}/publish`)).data.status).toBe('published');
  // a task drawing every individual business of the directory: both of ours become targets
  const task = await api.call(admin, '/api/tasks', { method: 'POST', json: {
    name: '2026 年个体工商户门户测试抽查', adHoc: true, startDate: '2026-04-01', itemIds: [await publishedItem(api, admin)],
    directed: true, filters: { kinds: ['individual'] }, ratios: { A: 10000, B: 10000, C: 10000, D: 10000 },
  } });
  expect(task.status, JSON.stringify(task.data)).toBe(201);
  taskId = task.data.id;
});
afterAll(async () => { await api?.close(); });

describe('public portal', () => {
  it('home: what 双随机、一公开 is, links and departments, no script', async () => {
    const html = await page('/public');
    expect(html).toContain('双随机、一公开');
    expect(html).toContain('随机抽取检查对象、随机选派执法检查人员');
    for (const href of ['/public/items', '/public/plans', '/public/tasks', '/public/results']) expect(html).toContain(`href="${href}"`);
    expect(html).toContain('市场监督管理局');
    expect(scripts(html)).toEqual([]);
  });

  it('items: published items of every department, grouped, with legal basis and methods; drafts never', async () => {
    const published = await api.db.selectFrom('items').select(['name', 'legalBasis']).where('status', '=', 'published').orderBy('departmentId').orderBy('id').executeTakeFirstOrThrow();
    const html = await page('/public/items');
    expect(html).toContain('<h1>随机抽查事项清单</h1>');
    expect(html).toContain(published.name);
    expect(html).toContain('法律依据');
    expect(html).toContain('检查方式');
    expect(html).not.toContain(DRAFT_ITEM);
    expect(scripts(html)).toEqual([]);
    const searched = await page(`/public/items?q=${encodeURIComponent(published.name)}`);
    expect(searched).toContain(published.name);
    expect(await page(`/public/items?q=${encodeURIComponent(DRAFT_ITEM)}`)).toContain('没有符合条件的已发布事项');
    expect(await page('/public/items?department=abc&page=-3')).toContain('随机抽查事项清单');
  });

  it('plans: published plans, with the year selector', async () => {
    const html = await page('/public/plans?year=2026');
    expect(html).toContain('<h1>年度抽查计划</h1>');
    expect(html).toContain(PLAN_NAME);
    expect(html).toContain('现行');
    expect(html).toContain('已调整');
    expect(html).toContain('门户测试：增加抽查数量');
    expect(html.match(new RegExp(PLAN_NAME, 'g'))).toHaveLength(2);
    expect(scripts(html)).toEqual([]);
  });

  it('a prepared draw: the commitment, digests and tier ratios, not the seed or secret', async () => {
    const draw = await prepare(api, admin, taskId);
    drawId = draw.id;
    const list = await page('/public/tasks');
    expect(list).toContain('抽查任务与抽取记录');
    expect(list).toContain(`href="/public/tasks/${taskId}"`);
    const html = await page(`/public/tasks/${taskId}`);
    expect(html).toContain(draw.commitment);
    expect(html).toContain('福彩3D 第2026088期开奖号码');
    expect(html).toContain('本次抽取尚未执行');
    expect(html).toContain('100%');
    expect(html).toContain(`/api/public/draws/${drawId}`);
    const secret = (await api.db.selectFrom('draws').select('secret').where('id', '=', drawId).executeTakeFirstOrThrow()).secret;
    expect(html).not.toContain(secret);
    expect(html).not.toContain('data-field="seed"');
    expect(html).not.toContain('data-field="secret"');
    expect(scripts(html)).toEqual([]);
  });

  it('an executed draw: beacon, witnesses, seed, secret and the selected entities, masked; the verify script only here', async () => {
    const job = await execute(api, admin, drawId);
    expect(job.state).toBe('completed');
    const record = (await api.call(null, `/api/public/draws/${drawId}`)).data;
    const html = await page(`/public/tasks/${taskId}`);
    for (const v of [record.seed, record.secret, record.beacon, ...BEACON.witnesses]) expect(html).toContain(v);
    for (const u of usccs) expect(html).toContain(u);
    expect(html).toContain(maskPersonName(SOLO.name));
    expect(html).toContain(SHOP.name);
    expect(html).toContain('验证');
    expect(html).toContain(`pnpm verify-draw ${api.base}/api/public/draws/${drawId}`);
    expect(scripts(html)).toHaveLength(1);
    expect(scripts(html)[0]).toMatch(/^<script src="\/public\/assets\/verify\.js" defer/);
  });

  it('a re-draw: the superseded draw stays visible with its reason', async () => {
    const r = await api.call(admin, `/api/draws/${drawId}/redraw`, { method: 'POST', json: { reason: '候选名录导入有误，经批准重新抽取' } });
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    const html = await page(`/public/tasks/${taskId}`);
    expect(html).toContain('候选名录导入有误，经批准重新抽取');
    expect(html).toContain('已重新抽取（被替代）');
    expect(html).toContain(`id="draw-${drawId}"`);
  });

  it('results and entity pages: search, and an entity without published results shows its public identity', async () => {
    const html = await page(`/public/results?q=${encodeURIComponent(SHOP.name)}`);
    expect(html).toContain('<h1>抽查结果公示</h1>');
    expect(html).toContain('暂无公示结果');
    const entity = await page(`/public/entities/${usccs[0]}`);
    expect(entity).toContain(maskPersonName(SOLO.name));
    expect(entity).toContain('个体工商户');
    expect(entity).toContain('暂无公示结果');
    expect(await page(`/public/entities/${usccs[1]}`)).toContain(SHOP.name);
    expect((await get('/public/entities/000000000000000000')).status).toBe(404);
    expect((await get('/public/no-such-page')).status).toBe(404);
    expect((await get('/public/tasks/999999')).status).toBe(404);
  });

  it('never shows an individual business operator, phone or address on any page', async () => {
    // (searching for a name echoes it in the search box: the searches here are by credit code)
    const extra = [`/public/results?q=${usccs[0]}`, `/public/results?q=${usccs[1]}`, '/public/tasks?page=1'];
    for (const path of [...new Set([...visited, ...extra])]) {
      const { html } = await get(path);
      for (const secret of PROTECTED) expect(html.includes(secret), `${secret} on ${path}`).toBe(false);
    }
  });

  it('rate limits /public per client and minute in Redis, with a Chinese 429 page', async () => {
    const app = createApp({ db: api.db, queues: { imports: api.imports, draws: api.draws, exports: api.exports }, publicRateLimit: 3 });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // not across a minute boundary
      if (new Date().getSeconds() > 55) await new Promise((r) => setTimeout(r, 6000));
      const hit = () => fetch(`${base}/public`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      for (let i = 0; i < 3; i++) expect((await hit()).status).toBe(200);
      const over = await hit();
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await over.text()).toContain('访问过于频繁');
      // another client is not affected
      expect((await fetch(`${base}/public`, { headers: { 'x-forwarded-for': '203.0.113.8' } })).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
