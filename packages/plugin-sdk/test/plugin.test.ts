import { describe, expect, it } from 'vitest';
import { cronPattern, isValidCron } from '../src/cron.ts';
import { scheduledJobs } from '../src/jobs.ts';
import { defineForm } from '../src/form.ts';
import { defineManifest } from '../src/manifest.ts';
import { definePlugin } from '../src/plugin.ts';
import { diffPlugin, enablePlan, delivery } from '../src/diff.ts';

const manifest = defineManifest({ id: 'demo', version: '1.0.0', sdk: '^1.0.0', departmentKind: 'scjg', displayName: { 'zh-CN': '示例', en: 'Demo' } });
const form = defineForm({ key: 'site', version: 1, title: '现场检查表', sections: [{ title: '一', fields: [{ key: 'ok', label: '是否合格', kind: 'checkpoint', problemWhen: '否' }] }] });
const item = { key: 'ads', formKey: 'site', category: '广告监管', name: '广告发布行为检查', entityKind: '企业', itemType: 'general' as const, methods: ['书面检查' as const], inspectingBody: '县级以上市场监管部门', legalBasis: '《中华人民共和国广告法》第四十九条' };

describe('definePlugin', () => {
  it('accepts a well-formed plugin with jobs and migrations', () => {
    const p = definePlugin({ manifest, forms: [form], items: [item], jobs: [{ name: 'nightly-sync', cron: '30 2 * * 1-5', run: () => ({ ok: true }) }], migrations: { '0001_init': { up: async () => {} } } });
    expect(p.items[0]).toMatchObject({ key: 'ads', formKey: 'site' });
    expect(scheduledJobs([{ server: p }]).map(({ id, pattern }) => ({ id, pattern }))).toEqual([{ id: 'demo:nightly-sync', pattern: '30 2 * * 1-5' }]);
  });

  it('refuses unknown methods, undeclared or unused forms, bad cron and duplicate keys, naming the plugin', () => {
    expect(() => definePlugin({ manifest, forms: [form], items: [{ ...item, methods: ['电话询问' as any] }] })).toThrow(/插件 demo 事项 ads methods\.0：检查方式应为/);
    expect(() => definePlugin({ manifest, forms: [form], items: [item, { ...item, key: 'x', formKey: 'nope' }] })).toThrow('插件 demo 事项 x：表单 nope 未声明');
    expect(() => definePlugin({ manifest, forms: [form], items: [{ ...item, formKey: undefined }] })).toThrow('表单 site 没有被任何事项使用');
    expect(() => definePlugin({ manifest, forms: [form], items: [item, item] })).toThrow('事项 key 重复（ads）');
    expect(() => definePlugin({ manifest, forms: [form], items: [item], jobs: [{ name: 'sync', cron: '61 * * * *', run: () => ({}) }] })).toThrow('定时任务 sync：cron 表达式无效');
    expect(() => definePlugin({ manifest, forms: [form], items: [item], jobs: [{ name: 'sync', cron: '@daily' } as any] })).toThrow('插件 demo 定时任务 sync：缺少处理函数 run(ctx)');
    expect(() => definePlugin({ manifest, forms: [form], items: [{ ...item, legalBasis: '' }] })).toThrow('请填写检查依据');
  });

  it('validates cron expressions', () => {
    for (const ok of ['0 3 * * *', '*/15 8-18 * * 1-5', '0 0 1 1,4,7,10 *', '@daily']) expect(isValidCron(ok)).toBe(true);
    for (const bad of ['', '* * * *', '60 * * * *', '0 24 * * *', '5-1 * * * *', '*/0 * * * *', 'every day']) expect(isValidCron(bad)).toBe(false);
    expect(['@daily', '@weekly', '@yearly', ' 0  3 * * * '].map(cronPattern)).toEqual(['0 0 * * *', '0 0 * * 0', '0 0 1 1 *', '0 3 * * *']);
  });
});

describe('diffPlugin', () => {
  const v1 = definePlugin({ manifest, forms: [form], items: [item, { ...item, key: 'old', name: '旧事项' }] });
  const form2 = defineForm({ ...form.definition, version: 2, sections: [{ title: '一', fields: [...form.definition.sections[0]!.fields, { key: 'note', label: '说明', kind: 'text' }] }] });
  const v2 = definePlugin({ manifest: { ...manifest, version: '1.1.0' }, forms: [form2], items: [{ ...item, ratio: '抽查比例不低于5%' }, { ...item, key: 'new', name: '新事项' }] });
  const held = v1.items.map((i, n) => ({ key: i.key, itemId: n + 1, status: 'published' as const, delivered: delivery(v1, i) }));

  it('is empty against what the same version delivered', () => {
    const d = diffPlugin(v1, held, [{ id: 1, formKey: 'site', version: 1, definition: JSON.parse(JSON.stringify(form.definition)), used: false }]);
    expect(d).toEqual({ items: { added: [], changed: [], removed: [], unchanged: 2 }, forms: { added: [], changed: [], removed: [] } });
    expect(enablePlan(v1, d)).toMatchObject({ create: [], update: [] });
  });

  it('shows added, changed and removed items and forms of an upgrade', () => {
    const d = diffPlugin(v2, held, []);
    expect(d.items.added).toEqual([{ key: 'new', name: '新事项' }]);
    expect(d.items.changed).toEqual([{ key: 'ads', name: item.name, itemId: 1, status: 'published', fields: ['ratio', 'form'] }]);
    expect(d.items.removed).toEqual([{ key: 'old', name: '旧事项', itemId: 2 }]);
    expect(d.forms.changed).toEqual([{ key: 'site', title: '现场检查表', fromVersion: 1, toVersion: 2, redefined: false }]);
    const plan = enablePlan(v2, d);
    expect(plan.create.map((c) => c.key)).toEqual(['new']);
    expect(plan.update[0]!.delivered).toMatchObject({ form: { key: 'site', version: 2 }, fields: { ratio: '抽查比例不低于5%' } });
  });
});
