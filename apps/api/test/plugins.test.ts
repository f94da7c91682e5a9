import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, pluginsRepo, seedDemo } from '@sxgk/db';
import { createTestDatabase, type TestDatabase } from '@sxgk/db/testing';
import { createQueue, redisConnection } from '@sxgk/jobs/queues';
import { defineForm, definePlugin } from '@sxgk/plugin-sdk';
import type { LoadedPlugin } from '@sxgk/plugin-sdk/discover';
import { exampleAnswers } from '@sxgk/plugin-sdk/testing';
import { createApp } from '../src/app.ts';
import { loadPlugins, migratePlugins } from '../src/plugins.ts';

// The real plugins, discovered from the repository, over real HTTP on this file's own database.
let t: TestDatabase;
let plugins: LoadedPlugin[];
const prefix = `test-${randomBytes(4).toString('hex')}`;
const queues = { imports: createQueue('imports', redisConnection(), prefix), draws: createQueue('draws', redisConnection(), prefix), exports: createQueue('exports', redisConnection(), prefix) };
const servers: { close(): Promise<void> }[] = [];
let api: Awaited<ReturnType<typeof serveWith>>;
const tokens: Record<string, string> = {};
const dept: Record<string, number> = {};

async function serveWith(list: LoadedPlugin[]) {
  const server = serve({ fetch: createApp({ db: t.db, queues, plugins: list }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  servers.push({ close: () => new Promise((r) => server.close(() => r())) });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (user: string | null, path: string, init: { method?: string; json?: unknown; contentType?: string; body?: string } = {}) => {
    const contentType = init.contentType ?? (init.json !== undefined ? 'application/json' : undefined);
    const res = await fetch(base + path, {
      method: init.method ?? 'GET',
      headers: { ...(user && { authorization: `Bearer ${tokens[user]}` }), ...(contentType && { 'content-type': contentType }) },
      body: init.json === undefined ? init.body : JSON.stringify(init.json),
    });
    return { status: res.status, data: await res.json().catch(() => null) as any };
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, 20);
  plugins = await loadPlugins(fileURLToPath(new URL('../../..', import.meta.url)));
  await migratePlugins(t.db, plugins);
  api = await serveWith(plugins);
  for (const u of ['admin', 'office', 'fgw-admin', 'scjg-admin', 'zjj-admin', 'zrzy-admin', 'scjg-insp']) {
    tokens[u] = (await api(null, '/api/auth/login', { method: 'POST', json: { username: u, password: DEMO_PASSWORD } })).data.token;
  }
  for (const d of await t.db.selectFrom('departments').select(['id', 'code']).execute()) dept[d.code] = d.id;
});
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const q of Object.values(queues)) {
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
  }
  await t.drop();
});

const itemCount = async (code: string, status?: string) => Number((await t.db.selectFrom('items').select((eb) => eb.fn.countAll().as('n'))
  .where('departmentId', '=', dept[code]!).$if(!!status, (q) => q.where('status', '=', status as 'draft')).executeTakeFirstOrThrow()).n);
const pluginItem = (code: string, key: string) => t.db.selectFrom('pluginItemKeys as k').innerJoin('items as i', 'i.id', 'k.itemId')
  .selectAll('i').where('k.itemKey', '=', key).where('i.departmentId', '=', dept[code]!).orderBy('i.version', 'desc').executeTakeFirstOrThrow();

describe('plugin discovery at start', () => {
  it('loads exactly the four department plugins of the repository', () => {
    expect(plugins.map((p) => p.manifest.id).sort()).toEqual(['fgw', 'scjg', 'zjj', 'zrzy']);
  });
});

describe('listing plugins', () => {
  it('shows a department only the plugins of its kind, and the platform admin all of them', async () => {
    const own = await api('scjg-admin', '/api/plugins');
    expect(own.status).toBe(200);
    expect(own.data.map((p: any) => p.id)).toEqual(['scjg']);
    expect(own.data[0]).toMatchObject({ enabled: false, enabledVersion: null, version: '1.0.0', items: 7, displayName: { 'zh-CN': '市场监管部门随机抽查事项及检查表' } });
    expect((await api('admin', '/api/plugins')).data.map((p: any) => p.id).sort()).toEqual(['fgw', 'scjg', 'zjj', 'zrzy']);
    expect((await api('scjg-insp', '/api/plugins')).status).toBe(200);
    expect((await api('scjg-admin', '/api/plugins/fgw')).status).toBe(404);
    expect((await api(null, '/api/plugins')).status).toBe(401);
  });
});

describe('enabling a plugin for a department', () => {
  it('brings its items in as drafts, linked to their stored forms, exactly once', async () => {
    const fgwBefore = await itemCount('fgw');
    const r = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST' });
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ changed: true, departmentId: dept.scjg, version: '1.0.0' });
    expect(r.data.created).toHaveLength(7);
    const drafts = await t.db.selectFrom('items').selectAll().where('id', 'in', r.data.created).execute();
    expect(drafts.every((i) => i.status === 'draft' && i.version === 1 && i.departmentId === dept.scjg && i.lineageId === i.id)).toBe(true);
    expect(drafts.find((i) => i.name === '特种设备使用单位安全管理检查')).toMatchObject({ itemType: 'key', requiredField: '特种设备', methods: ['实地检查', '书面检查'] });
    const links = await t.db.selectFrom('itemForms').innerJoin('forms', 'forms.id', 'itemForms.formId').select(['itemForms.itemId', 'forms.formKey']).where('itemForms.itemId', 'in', r.data.created).execute();
    expect(links).toHaveLength(7);

    const again = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST', json: {} });
    expect(again.data).toMatchObject({ changed: false, created: [], updated: [], revised: [] });
    expect(await itemCount('scjg', 'draft')).toBe(7);
    expect(await itemCount('fgw')).toBe(fgwBefore);
    expect((await api('scjg-admin', '/api/plugins')).data[0]).toMatchObject({ enabled: true, enabledVersion: '1.0.0', upgradeAvailable: false });
    const audit = await t.db.selectFrom('auditLog').select(['action', 'resource']).where('resource', '=', 'plugins').where('action', '=', 'enable').execute();
    expect(audit).toHaveLength(1);
  });

  it('takes an empty body as none, and refuses a malformed or non-JSON one in Chinese', async () => {
    const empty = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST', contentType: 'application/json', body: '' });
    expect(empty).toMatchObject({ status: 200, data: { departmentId: dept.scjg, changed: false } });
    const malformed = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST', contentType: 'application/json', body: '{"departmentId":' });
    expect(malformed).toMatchObject({ status: 400, data: { error: { code: 'BAD_REQUEST', message: '请求体不是有效的 JSON' } } });
    const xml = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST', contentType: 'text/xml', body: '<department/>' });
    expect(xml).toMatchObject({ status: 415, data: { error: { message: '请求体的格式不受支持，请以 JSON 发送' } } });
    // a record sent empty is checked like any other: its required answers are named
    const form = (await t.db.selectFrom('forms').select('id').executeTakeFirstOrThrow()).id;
    const noAnswers = await api('scjg-admin', `/api/forms/${form}/validate`, { method: 'POST', contentType: 'application/json', body: '' });
    expect(noAnswers).toMatchObject({ status: 422, data: { error: { code: 'VALIDATION' } } });
  });

  it('refuses another department’s admin (404, audited) and inspectors (403)', async () => {
    expect((await api('fgw-admin', '/api/plugins/scjg/enable', { method: 'POST' })).status).toBe(404);
    expect((await api('fgw-admin', '/api/plugins/scjg/enable', { method: 'POST', json: { departmentId: dept.scjg } })).status).toBe(404);
    expect((await api('zjj-admin', '/api/plugins/scjg/disable', { method: 'POST' })).status).toBe(404);
    expect((await api('scjg-insp', '/api/plugins/scjg/enable', { method: 'POST' })).status).toBe(403);
    expect((await api('office', '/api/plugins/scjg/enable', { method: 'POST', json: { departmentId: dept.scjg } })).status).toBe(403);
    expect(await itemCount('fgw', 'draft')).toBe(0);
    const refused = await t.db.selectFrom('auditLog').select('actorUsername').where('action', '=', 'forbidden_record').where('resource', '=', 'plugins').execute();
    expect(refused.map((r) => r.actorUsername)).toContain('fgw-admin');
  });

  it('lets the platform admin enable for a named department of the plugin’s kind only', async () => {
    expect((await api('admin', '/api/plugins/fgw/enable', { method: 'POST' })).data.error.message).toBe('请选择部门');
    const wrong = await api('admin', '/api/plugins/fgw/enable', { method: 'POST', json: { departmentId: dept.scjg } });
    expect(wrong.status).toBe(422);
    expect(wrong.data.error.message).toMatch(/适用于 fgw 部门/);
    for (const code of ['fgw', 'zjj']) {
      const r = await api('admin', `/api/plugins/${code}/enable`, { method: 'POST', json: { departmentId: dept[code] } });
      expect(r.status).toBe(200);
      expect(r.data.created.length).toBeGreaterThanOrEqual(5);
    }
    // two clicks at once: the second waits for the first and then finds nothing to do
    const both = await Promise.all([1, 2].map(() => api('zrzy-admin', '/api/plugins/zrzy/enable', { method: 'POST' })));
    expect(both.map((r) => r.data.created.length).sort()).toEqual([0, 6]);
    expect(await itemCount('zrzy', 'draft')).toBe(6);
    expect(await itemCount('scjg', 'draft')).toBe(7);
  });
});

describe('disabling', () => {
  it('is audited and keeps every item', async () => {
    const before = await itemCount('scjg');
    const r = await api('scjg-admin', '/api/plugins/scjg/disable', { method: 'POST' });
    expect(r.data).toMatchObject({ changed: true, installation: { enabled: false } });
    expect(await itemCount('scjg')).toBe(before);
    expect((await api('scjg-admin', '/api/plugins')).data[0].enabled).toBe(false);
    expect((await api('scjg-admin', '/api/plugins/scjg/disable', { method: 'POST' })).data.changed).toBe(false);
    expect(await t.db.selectFrom('auditLog').select('id').where('resource', '=', 'plugins').where('action', '=', 'disable').execute()).toHaveLength(1);
    const back = await api('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST' });
    expect(back.data).toMatchObject({ changed: true, created: [] });
    expect(await itemCount('scjg')).toBe(before);
  });
});

describe('a department’s own decisions', () => {
  it('offers a deleted draft again as an added item, and nothing else', async () => {
    const pricing = await pluginItem('fgw', 'government-pricing');
    expect((await api('fgw-admin', `/api/items/${pricing.id}`, { method: 'DELETE' })).status).toBe(200);
    const diff = await api('fgw-admin', '/api/plugins/fgw/diff');
    expect(diff.data.items).toMatchObject({ added: [{ key: 'government-pricing' }], changed: [], removed: [] });
    expect((await api('fgw-admin', '/api/forms?filter=nope')).status).toBe(400);
  });
});

describe('forms', () => {
  it('serves each plugin’s form definitions and validates a record server-side, field by field', async () => {
    for (const p of plugins) {
      const list = await api(`${p.manifest.id}-admin`, `/api/forms?filter=${encodeURIComponent(JSON.stringify({ pluginId: p.manifest.id }))}`);
      expect(list.data).toHaveLength(p.server.forms.length);
      const row = list.data[0];
      const form = p.server.forms.find((f) => f.key === row.formKey)!;
      const got = await api(`${p.manifest.id}-admin`, `/api/forms/${row.id}`);
      expect(got.data).toMatchObject({ formKey: form.key, version: 1, used: false, jsonSchema: { title: form.title } });
      const ok = await api(`${p.manifest.id}-admin`, `/api/forms/${row.id}/validate`, { method: 'POST', json: { answers: exampleAnswers(form) } });
      expect(ok).toEqual({ status: 200, data: { ok: true, problems: [] } });
      const first = form.fields.find((f) => f.required !== false && (f.required || f.kind === 'checkpoint'))!;
      const { [first.key]: _dropped, ...rest } = exampleAnswers(form);
      const bad = await api(`${p.manifest.id}-admin`, `/api/forms/${row.id}/validate`, { method: 'POST', json: { answers: rest } });
      expect(bad.status).toBe(422);
      expect(bad.data.error).toMatchObject({ code: 'VALIDATION', details: [{ field: first.key, message: `请填写“${first.label}”` }] });
    }
  });

  it('reports the problem categories of a filled record', async () => {
    const item = await pluginItem('scjg', 'food-business');
    const [row] = (await api('scjg-insp', `/api/forms?filter=${encodeURIComponent(JSON.stringify({ itemId: item.id }))}`)).data;
    const form = plugins.find((p) => p.manifest.id === 'scjg')!.server.forms.find((f) => f.key === 'food-business')!;
    const r = await api('scjg-insp', `/api/forms/${row.id}/validate`, { method: 'POST', json: { answers: { ...exampleAnswers(form), healthCertificates: '否' } } });
    expect(r.data).toEqual({ ok: true, problems: ['从业人员无健康证明'] });
    expect((await api('scjg-insp', '/api/forms/999999')).status).toBe(404);
  });

  it('freezes a used form version in the database', async () => {
    const row = (await t.db.selectFrom('forms').selectAll().where('pluginId', '=', 'zjj').orderBy('id').executeTakeFirstOrThrow());
    await pluginsRepo.markFormUsed(t.db, row.id);
    await expect(sql`UPDATE forms SET definition = '{}'::jsonb WHERE id = ${row.id}`.execute(t.db)).rejects.toThrow(/已被使用，不可修改/);
    await expect(sql`DELETE FROM forms WHERE id = ${row.id}`.execute(t.db)).rejects.toThrow(/已被使用，不可删除/);
  });
});

describe('plugin routes', () => {
  it('mounts a plugin’s own routes under /api/plugins/<id>, signed in only', async () => {
    const r = await api('zrzy-admin', '/api/plugins/zrzy/matching');
    expect(r.status).toBe(200);
    expect(r.data).toContainEqual(expect.objectContaining({ key: 'planning-verification', requiredField: '规划' }));
    expect((await api(null, '/api/plugins/zrzy/matching')).status).toBe(401);
    // nor to an account that must first replace the password an admin set
    await t.db.updateTable('users').set({ mustChangePassword: true }).where('username', '=', 'zrzy-admin').execute();
    const forced = await api('zrzy-admin', '/api/plugins/zrzy/matching');
    await t.db.updateTable('users').set({ mustChangePassword: false }).where('username', '=', 'zrzy-admin').execute();
    expect(forced).toMatchObject({ status: 403, data: { error: { code: 'PASSWORD_CHANGE_REQUIRED' } } });
  });
});

describe('upgrading', () => {
  it('shows what changed and brings changed items in as new versions', async () => {
    const scjg = plugins.find((p) => p.manifest.id === 'scjg')!;
    const published = await pluginItem('scjg', 'food-business');
    expect((await api('scjg-admin', `/api/items/${published.id}/publish`, { method: 'POST' })).data.status).toBe('published');
    const food = scjg.server.forms.find((f) => f.key === 'food-business')!;
    const food2 = defineForm({ ...food.definition, version: 2, sections: [...food.definition.sections, { title: '追溯', fields: [{ key: 'coldChainTraced', label: '进口冷链食品追溯信息完整', kind: 'checkpoint', problemWhen: '否', problemCategory: '冷链食品追溯信息缺失' }] }] });
    const server = definePlugin({
      manifest: { ...scjg.manifest, version: '1.1.0' },
      forms: scjg.server.forms.filter((f) => f.key !== 'price-tagging').map((f) => (f.key === 'food-business' ? food2 : f)),
      items: [
        ...scjg.server.items.filter((i) => i.key !== 'price-tagging').map((i) => (i.key === 'food-business' ? { ...i, ratio: '风险等级高的抽查比例不低于30%' } : i.key === 'advertising' ? { ...i, frequency: '每半年1次' } : i)),
        { key: 'online-trading', category: '网络交易监督检查', name: '网络交易平台经营者履行主体责任检查', entityKind: '网络交易平台经营者', itemType: 'general', methods: ['网络监测', '书面检查'], inspectingBody: '县级以上市场监督管理部门', legalBasis: '《中华人民共和国电子商务法》第二十七条、第二十八条' },
      ],
    });
    const v2 = await serveWith([{ ...scjg, manifest: server.manifest, server }]);
    expect((await v2('scjg-admin', '/api/plugins')).data[0]).toMatchObject({ version: '1.1.0', enabledVersion: '1.0.0', upgradeAvailable: true });

    const diff = await v2('scjg-admin', '/api/plugins/scjg/diff');
    expect(diff.status).toBe(200);
    expect(diff.data).toMatchObject({ installedVersion: '1.0.0', availableVersion: '1.1.0' });
    expect(diff.data.items.added).toEqual([{ key: 'online-trading', name: '网络交易平台经营者履行主体责任检查' }]);
    expect(diff.data.items.removed).toEqual([expect.objectContaining({ key: 'price-tagging' })]);
    expect(diff.data.items.changed).toEqual(expect.arrayContaining([
      { key: 'food-business', name: published.name, itemId: published.id, status: 'published', fields: ['ratio', 'form'] },
      expect.objectContaining({ key: 'advertising', status: 'draft', fields: ['frequency'] }),
    ]));
    expect(diff.data.forms).toEqual({ added: [], changed: [{ key: 'food-business', title: food.title, fromVersion: 1, toVersion: 2, redefined: false }], removed: [{ key: 'price-tagging', version: 1 }] });

    const up = await v2('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST' });
    expect(up.data).toMatchObject({ changed: true, version: '1.1.0' });
    expect(up.data.created).toHaveLength(1);
    expect(up.data.revised).toHaveLength(1);
    expect(up.data.updated).toHaveLength(1);
    const next = await pluginItem('scjg', 'food-business');
    expect(next).toMatchObject({ id: up.data.revised[0], lineageId: published.lineageId, version: 2, status: 'draft', ratio: '风险等级高的抽查比例不低于30%' });
    expect((await t.db.selectFrom('items').select('status').where('id', '=', published.id).executeTakeFirstOrThrow()).status).toBe('published');
    const link = await t.db.selectFrom('itemForms').innerJoin('forms', 'forms.id', 'itemForms.formId').select(['forms.formKey', 'forms.version']).where('itemForms.itemId', '=', next.id).execute();
    expect(link).toEqual([{ formKey: 'food-business', version: 2 }]);
    expect((await pluginItem('scjg', 'price-tagging')).status).toBe('draft');

    const again = await v2('scjg-admin', '/api/plugins/scjg/diff');
    expect(again.data.items).toMatchObject({ added: [], changed: [] });
    expect((await v2('scjg-admin', '/api/plugins/scjg/enable', { method: 'POST' })).data.changed).toBe(false);
    expect(await t.db.selectFrom('auditLog').select('id').where('resource', '=', 'plugins').where('action', '=', 'upgrade').execute()).toHaveLength(1);
  });

  it('refuses to redefine a used form version without a new version number', async () => {
    const zjj = plugins.find((p) => p.manifest.id === 'zjj')!;
    const used = await t.db.selectFrom('forms').selectAll().where('pluginId', '=', 'zjj').where('used', '=', true).executeTakeFirstOrThrow();
    const server = definePlugin({
      manifest: { ...zjj.manifest, version: '1.0.1' },
      forms: zjj.server.forms.map((f) => (f.key === used.formKey ? defineForm({ ...f.definition, title: `${f.title}（修订）` }) : f)),
      items: zjj.server.items,
    });
    const v = await serveWith([{ ...zjj, manifest: server.manifest, server }]);
    const r = await v('zjj-admin', '/api/plugins/zjj/enable', { method: 'POST' });
    expect(r.status).toBe(409);
    expect(r.data.error.message).toMatch(/第 1 版已被使用，不能修改；请在插件中提高表单版本号/);
  });
});
