import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError, notFound } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import { contentRange, parseListQuery } from '@sxgk/core/simple-rest';
import { auditAlone, pluginsRepo } from '@sxgk/db';
import { defineForm, diffPlugin, enablePlan, fitsDepartment, type FormDefinition, type HeldItem } from '@sxgk/plugin-sdk';
import type { PluginState } from '@sxgk/db';
import type { LoadedPlugin } from '@sxgk/plugin-sdk/discover';
import type { AppEnv } from '../context.ts';
import { authorize, clientIp, meta } from '../auth.ts';
import { errorBody } from '../errors.ts';
import { idParam } from '../rest.ts';
import { errorSchema } from '../schemas.ts';

// 部门插件: which installed plugins fit a department, enabling (items arrive as drafts), disabling,
// the upgrade diff, and the plugins' inspection forms for the console renderer and server-side checks.
type Department = { id: number; code: string; name: string };
const tags = ['部门插件'];
const pluginParam = z.object({ id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/).openapi({ param: { name: 'id', in: 'path' } }) });
const target = z.object({ departmentId: z.number().int().positive().optional() });
const anyJson = (d: string) => ({ description: d, content: { 'application/json': { schema: z.any() } } });
const errors = { 404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } } };
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: false } });

export function pluginRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/plugins', tags, summary: '适用于本部门的插件及其启用状态', responses: { 200: anyJson('插件数组') } }), async (c) => {
    const { scope } = await authorize(c, 'plugins', 'read');
    const rows = await listRows(c, scope);
    c.header('Content-Range', contentRange('plugins', 0, rows.length, rows.length));
    return c.json(rows, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/plugins/{id}', tags, summary: '插件详情', request: { params: pluginParam }, responses: { 200: anyJson('插件'), ...errors } }), async (c) => {
    const { scope } = await authorize(c, 'plugins', 'read');
    const row = (await listRows(c, scope)).find((r) => r.id === c.req.valid('param').id);
    if (!row) throw notFound('插件');
    return c.json(row, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/plugins/{id}/diff', tags, summary: '升级差异：与本部门已收到的事项和表单相比', request: { params: pluginParam, query: z.object({ departmentId: z.coerce.number().int().positive().optional() }) }, responses: { 200: anyJson('差异'), ...errors } }), async (c) => {
    const { scope } = await authorize(c, 'plugins', 'read');
    const { plugin, department } = await resolveTarget(c, scope, c.req.valid('param').id, c.req.valid('query').departmentId);
    const state = await pluginsRepo.state(c.var.deps.db, department.id, plugin.manifest.id);
    const diff = diffFor(plugin, state);
    return c.json({ pluginId: plugin.manifest.id, departmentId: department.id, installedVersion: state.installation?.version ?? null, enabled: state.installation?.enabled ?? false, availableVersion: plugin.manifest.version, ...diff }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/plugins/{id}/enable', tags, summary: '为部门启用（或升级）插件：事项以草稿进入本部门清单', request: { params: pluginParam, ...body(target) }, responses: { 200: anyJson('启用结果'), ...errors } }), async (c) => {
    const { scope, actor } = await authorize(c, 'plugins', 'update');
    const { plugin, department } = await resolveTarget(c, scope, c.req.valid('param').id, c.req.valid('json').departmentId);
    const t = { departmentId: department.id, pluginId: plugin.manifest.id, version: plugin.manifest.version };
    const result = await pluginsRepo.enable(c.var.deps.db, scope, t, (s) => enablePlan(plugin.server, diffFor(plugin, s)), meta(c, actor));
    return c.json({ ...t, ...result }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/plugins/{id}/disable', tags, summary: '为部门停用插件（事项和记录均保留）', request: { params: pluginParam, ...body(target) }, responses: { 200: anyJson('停用结果'), ...errors } }), async (c) => {
    const { scope, actor } = await authorize(c, 'plugins', 'update');
    const { plugin, department } = await resolveTarget(c, scope, c.req.valid('param').id, c.req.valid('json').departmentId);
    return c.json(await pluginsRepo.disable(c.var.deps.db, scope, department.id, plugin.manifest.id, meta(c, actor)), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/forms', tags, summary: '检查表单（可按 pluginId、itemId 筛选）', request: { query: z.object({ filter: z.string().optional() }) }, responses: { 200: anyJson('表单数组') } }), async (c) => {
    await authorize(c, 'plugins', 'read');
    const f = z.object({ pluginId: z.string().optional(), itemId: z.coerce.number().int().optional() }).parse(parseListQuery(c.req.valid('query')).filter);
    const rows = await pluginsRepo.listForms(c.var.deps.db, f);
    c.header('Content-Range', contentRange('forms', 0, rows.length, rows.length));
    return c.json(rows, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/forms/{id}', tags, summary: '检查表单定义（含 JSON Schema，供控制台渲染）', request: { params: idParam }, responses: { 200: anyJson('表单'), ...errors } }), async (c) => {
    await authorize(c, 'plugins', 'read');
    const row = await pluginsRepo.getForm(c.var.deps.db, c.req.valid('param').id);
    if (!row) throw notFound('表单');
    return c.json({ ...row, jsonSchema: defineForm(row.definition as FormDefinition).jsonSchema }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/forms/{id}/validate', tags, summary: '服务端校验一份检查记录 {answers}', request: { params: idParam, ...body(z.object({ answers: z.unknown() }).partial()) }, responses: { 200: anyJson('{ok:true, problems}'), 422: { description: '逐字段的错误', content: { 'application/json': { schema: errorSchema } } }, ...errors } }), async (c) => {
    await authorize(c, 'plugins', 'read');
    const row = await pluginsRepo.getForm(c.var.deps.db, c.req.valid('param').id);
    if (!row) throw notFound('表单');
    const r = defineForm(row.definition as FormDefinition).validate(c.req.valid('json'));
    if (!r.ok) return c.json(errorBody('VALIDATION', r.errors.map((e) => e.message).join('；'), r.errors), 422);
    return c.json({ ok: true, problems: r.problems }, 200);
  });
}

const plugins = (c: Context<AppEnv>) => c.var.deps.plugins ?? [];
// the delivered JSON in the database was written from the SDK's own `delivery()`
const diffFor = (p: LoadedPlugin, s: PluginState) => diffPlugin(p.server, s.items as HeldItem[], s.forms);

/** One row per plugin the caller may see: department roles see the plugins of their department's kind. */
async function listRows(c: Context<AppEnv>, scope: Scope) {
  const db = c.var.deps.db;
  const [departments, installations] = await Promise.all([pluginsRepo.departments(db, scope), pluginsRepo.installations(db, scope)]);
  return plugins(c).flatMap((p) => {
    const fitting = departments.filter((d) => fitsDepartment(p.manifest, d.code));
    if (scope.kind !== 'all' && !fitting.length) return [];
    const inst = fitting.map((d) => {
      const i = installations.find((x) => x.departmentId === d.id && x.pluginId === p.manifest.id);
      return { departmentId: d.id, departmentName: d.name, enabled: i?.enabled ?? false, version: i?.version ?? null, enabledAt: i?.enabledAt ?? null, disabledAt: i?.disabledAt ?? null };
    });
    const own = scope.kind === 'department' ? inst[0] : undefined;
    return [{
      id: p.manifest.id, packageName: p.packageName, displayName: p.manifest.displayName, departmentKind: p.manifest.departmentKind,
      version: p.manifest.version, sdk: p.manifest.sdk, enabled: own ? own.enabled : inst.some((i) => i.enabled),
      enabledVersion: own?.version ?? null, upgradeAvailable: inst.some((i) => i.version !== null && i.version !== p.manifest.version),
      installations: inst, items: p.server.items.length, forms: p.server.forms.map((f) => ({ key: f.key, version: f.version, title: f.title })),
      jobs: p.server.jobs ?? [],
    }];
  });
}

/** The plugin and the department it is acted on for; another department's plugin is "not found" (and audited). */
async function resolveTarget(c: Context<AppEnv>, scope: Exclude<Scope, { kind: 'none' }>, id: string, departmentId?: number): Promise<{ plugin: LoadedPlugin; department: Department }> {
  const plugin = plugins(c).find((p) => p.manifest.id === id);
  if (!plugin) throw notFound('插件');
  const departments = await pluginsRepo.departments(c.var.deps.db, scope);
  const department = scope.kind === 'department' ? departments[0] : departments.find((d) => d.id === departmentId);
  if (scope.kind === 'all' && departmentId === undefined) throw new AppError('VALIDATION', '请选择部门', { field: 'departmentId' });
  if (!department) throw notFound('部门');
  if (!fitsDepartment(plugin.manifest, department.code)) {
    if (scope.kind === 'all') throw new AppError('VALIDATION', `插件“${plugin.manifest.displayName['zh-CN']}”适用于 ${plugin.manifest.departmentKind} 部门，不能在“${department.name}”启用`, { field: 'departmentId' });
    await auditAlone(c.var.deps.db, c.var.actor, { action: 'forbidden_record', resource: 'plugins', recordId: id, after: { method: c.req.method, path: c.req.path }, ip: clientIp(c) });
    throw notFound('插件');
  }
  return { plugin, department };
}
