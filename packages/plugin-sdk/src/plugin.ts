import type { Hono } from 'hono';
import type { Kysely, Migration } from 'kysely';
import { isValidCron, type JobDeclaration } from './cron.ts';
import type { Form } from './form.ts';
import { pluginItemSchema, type PluginItem } from './item.ts';
import { manifestSchema, type PluginManifest } from './manifest.ts';

// The server part of a plugin. It must not import React: the console part lives in console.tsx.
export interface PluginActor {
  userId: number;
  username: string;
  role: string;
  departmentId: number | null;
}
/** The platform has authenticated the request before a plugin route runs; `actor` is never null there. */
export type PluginEnv = { Variables: { actor: PluginActor | null } };
export interface PluginRouteContext {
  /** the platform database; a plugin writes only its own `plugin_<id>_*` tables */
  db: Kysely<any>;
  manifest: PluginManifest;
}

export interface PluginServerInput {
  manifest: PluginManifest;
  items: PluginItem[];
  forms: Form[];
  /** mounted under /api/plugins/<id>; enable, disable and diff are the platform's own paths there */
  routes?: (app: Hono<PluginEnv>, ctx: PluginRouteContext) => void;
  /** run in order of name, recorded in the plugin's own table plugin_<id>_migrations */
  migrations?: Record<string, Migration>;
  /** run by the worker's plugin-jobs queue; `run(ctx)` is required */
  jobs?: JobDeclaration[];
}
export type PluginServer = Readonly<PluginServerInput>;

export function definePlugin(input: PluginServerInput): PluginServer {
  const manifest = manifestSchema.parse(input.manifest);
  const at = `插件 ${manifest.id}`;
  const errors: string[] = [];
  const formKeys = input.forms.map((f) => f.key);
  const items = input.items.map((raw) => {
    const r = pluginItemSchema.safeParse(raw);
    if (!r.success) errors.push(...r.error.issues.map((i) => `${at} 事项 ${raw.key ?? '?'} ${i.path.join('.')}：${i.message}`));
    if (raw.formKey && !formKeys.includes(raw.formKey)) errors.push(`${at} 事项 ${raw.key}：表单 ${raw.formKey} 未声明`);
    return r.success ? r.data : raw;
  });
  errors.push(...duplicates(items.map((i) => i.key)).map((k) => `${at}：事项 key 重复（${k}）`));
  errors.push(...duplicates(formKeys).map((k) => `${at}：表单 key 重复（${k}）`));
  // a form reaches a department through the items that use it
  const used = new Set(items.map((i) => i.formKey));
  errors.push(...formKeys.filter((k) => !used.has(k)).map((k) => `${at}：表单 ${k} 没有被任何事项使用`));
  errors.push(...duplicates((input.jobs ?? []).map((j) => j.name)).map((k) => `${at}：定时任务重复（${k}）`));
  for (const j of input.jobs ?? []) {
    if (!/^[a-z][a-z0-9-]{1,63}$/.test(j.name)) errors.push(`${at}：定时任务名称无效（${j.name}）`);
    if (!isValidCron(j.cron)) errors.push(`${at} 定时任务 ${j.name}：cron 表达式无效（${j.cron}）`);
    if (typeof j.run !== 'function') errors.push(`${at} 定时任务 ${j.name}：缺少处理函数 run(ctx)`);
  }
  for (const name of Object.keys(input.migrations ?? {})) {
    if (!/^\d{4}_[a-z0-9_]+$/.test(name)) errors.push(`${at}：迁移名称应形如 0001_init（${name}）`);
  }
  if (errors.length) throw new Error(errors.join('；'));
  return Object.freeze({ ...input, manifest, items });
}

function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}
