import type { Answers, Form } from './form.ts';
import { CHECKPOINT_VALUES, isProblem, isRequired, type FormField } from './form-fields.ts';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { PluginActor, PluginEnv, PluginServer } from './plugin.ts';

// Helpers for plugin tests: a complete, problem-free record for any form, and a broken one.
export function exampleAnswers(form: Form): Answers {
  return Object.fromEntries(form.fields.map((f) => [f.key, exampleValue(f)]));
}

function exampleValue(f: FormField): unknown {
  const fine = (choices: readonly string[]) => choices.find((c) => !isProblem(f, c)) ?? choices[0]!;
  switch (f.kind) {
    case 'checkpoint': return fine(CHECKPOINT_VALUES);
    case 'select': return fine(f.options!);
    case 'multiselect': return [fine(f.options!)];
    case 'number': return 1;
    case 'date': return '2026-03-16';
    default: return `${f.label}（示例）`;
  }
}

/** The first required field left out and every checkpoint answered with a value that is not allowed. */
export function brokenAnswers(form: Form): { answers: Answers; missing: FormField; wrong: FormField[] } {
  const answers = exampleAnswers(form);
  const missing = form.fields.find(isRequired)!;
  delete answers[missing.key];
  const wrong = form.fields.filter((f) => f.kind === 'checkpoint' && f !== missing);
  for (const f of wrong) answers[f.key] = '大概';
  return { answers, missing, wrong };
}

/**
 * What every department plugin promises, as a list of broken promises (empty when kept): a real item
 * list (law and article for each), forms that accept a filled record and reject a broken one field by field.
 */
export function contractProblems(plugin: PluginServer, min = { items: 5, forms: 3 }): string[] {
  const out: string[] = [];
  if (plugin.items.length < min.items) out.push(`事项少于 ${min.items} 项`);
  if (plugin.forms.length < min.forms) out.push(`表单少于 ${min.forms} 张`);
  for (const i of plugin.items) {
    if (!/《[^》]+》(（[^）]*）)?第[一二三四五六七八九十百零]+条/.test(i.legalBasis)) out.push(`事项 ${i.key}：检查依据应写明法规名称和条款`);
  }
  for (const form of plugin.forms) {
    const ok = form.validate({ answers: exampleAnswers(form) });
    if (!ok.ok) out.push(`表单 ${form.key} 拒绝了填写完整的记录：${ok.errors.map((e) => e.message).join('；')}`);
    const { answers, missing, wrong } = brokenAnswers(form);
    const bad = form.validate({ answers });
    const expected = [{ field: missing.key, message: `请填写“${missing.label}”` }, ...wrong.map((f) => ({ field: f.key, message: `“${f.label}”应选择 是、否 或 不涉及` }))];
    if (bad.ok) out.push(`表单 ${form.key} 接受了错误的记录`);
    else for (const e of expected) if (!bad.errors.some((x) => x.field === e.field && x.message === e.message)) out.push(`表单 ${form.key} 缺少错误提示：${e.message}`);
    if (!form.fields.some((f) => f.problemWhen !== undefined)) out.push(`表单 ${form.key} 没有任何问题判定（problemWhen）`);
  }
  return out;
}

/** The plugin's own routes on a bare app, signed in as `actor`, for testing them without the platform. */
export function pluginApp(plugin: PluginServer, opts: { db?: Kysely<any>; actor?: PluginActor } = {}) {
  const app = new Hono<PluginEnv>();
  app.use('*', async (c, next) => { c.set('actor', opts.actor ?? { userId: 1, username: 'test', role: 'dept_admin', departmentId: 1 }); await next(); });
  plugin.routes?.(app, { db: opts.db as Kysely<any>, manifest: plugin.manifest });
  return app;
}
