import { sql } from 'kysely';
import { AppError, notFound } from '@sxgk/core/errors';
import { inScope, type Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment, type WriteMeta } from '../scope.ts';
import { ITEM_EDITABLE } from './items.ts';

// Installing a plugin for a department: its items arrive as drafts (publishing stays the department's
// decision), its forms are stored once per version, and every change is audited in the same transaction.
// What changed is computed by the caller (the plugin SDK) from the state read under the lock.
type Status = 'draft' | 'published' | 'withdrawn';
export interface Delivered { fields: Record<string, unknown> & { name: string }; entityTags: string[]; form: { key: string; version: number } | null }
export interface PluginState {
  installation?: { version: string; enabled: boolean };
  items: { key: string; itemId: number; status: Status; delivered: Delivered }[];
  forms: { id: number; formKey: string; version: number; definition: unknown; used: boolean }[];
}
export interface PluginPlan {
  forms: { key: string; version: number; title: string }[];
  create: { key: string; delivered: Delivered }[];
  update: { key: string; itemId: number; status: Status; delivered: Delivered }[];
}
export interface PluginTarget { departmentId: number; pluginId: string; version: string }

export const pluginsRepo = {
  departments: (db: Db, scope: Scope) =>
    db.selectFrom('departments').select(['id', 'code', 'name']).where(inDepartment(scope, 'id')).orderBy('id').execute(),

  installations: (db: Db, scope: Scope) =>
    db.selectFrom('pluginInstallations').selectAll().where(inDepartment(scope, 'departmentId')).execute(),

  state: (db: Db, departmentId: number, pluginId: string) => readState(db, departmentId, pluginId),

  async enable(db: Db, scope: Scope, t: PluginTarget, plan: (s: PluginState) => PluginPlan, meta: WriteMeta) {
    if (!inScope(scope, t.departmentId)) throw notFound('插件');
    return db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`plugin:${t.departmentId}:${t.pluginId}`}, 0))`.execute(trx);
      const state = await readState(trx, t.departmentId, t.pluginId);
      const p = plan(state);
      const audit = (action: string, resource: string, recordId: number | string, before: unknown, after: unknown) =>
        appendAudit(trx, meta.actor, { action, resource, recordId, before, after, departmentId: t.departmentId, ip: meta.ip });
      const formIds = new Map<string, number>();
      for (const def of p.forms) {
        const json = JSON.stringify(def);
        const row = await trx.selectFrom('forms').select(['id', 'used', sql<boolean>`definition = ${json}::jsonb`.as('same')])
          .where('pluginId', '=', t.pluginId).where('formKey', '=', def.key).where('version', '=', def.version).executeTakeFirst();
        if (row?.same) { formIds.set(`${def.key}@${def.version}`, row.id); continue; }
        if (row?.used) throw new AppError('CONFLICT', `表单“${def.title}”第 ${def.version} 版已被使用，不能修改；请在插件中提高表单版本号`);
        const saved = row
          ? await trx.updateTable('forms').set({ definition: json, title: def.title }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow()
          : await trx.insertInto('forms').values({ pluginId: t.pluginId, formKey: def.key, version: def.version, title: def.title, definition: json }).returningAll().executeTakeFirstOrThrow();
        formIds.set(`${def.key}@${def.version}`, saved.id);
        await audit(row ? 'update' : 'create', 'forms', saved.id, null, { pluginId: t.pluginId, formKey: def.key, version: def.version });
      }
      const record = async (itemId: number, itemKey: string, d: Delivered) => {
        await trx.insertInto('pluginItemKeys').values({ itemId, pluginId: t.pluginId, itemKey, pluginVersion: t.version, entityTags: d.entityTags, delivered: JSON.stringify(d) })
          .onConflict((oc) => oc.column('itemId').doUpdateSet((eb) => ({ pluginVersion: eb.ref('excluded.pluginVersion'), entityTags: eb.ref('excluded.entityTags'), delivered: eb.ref('excluded.delivered') }))).execute();
        await trx.deleteFrom('itemForms').where('itemId', '=', itemId).execute();
        const formId = d.form && formIds.get(`${d.form.key}@${d.form.version}`);
        if (formId) await trx.insertInto('itemForms').values({ itemId, formId }).execute();
      };
      const created: number[] = [];
      for (const c of p.create) {
        const row = await trx.insertInto('items').values({ ...fields(c.delivered), departmentId: t.departmentId }).returningAll().executeTakeFirstOrThrow();
        const item = await trx.updateTable('items').set({ lineageId: row.id }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
        await record(item.id, c.key, c.delivered);
        await audit('create', 'items', item.id, null, { ...item, plugin: t.pluginId, pluginVersion: t.version });
        created.push(item.id);
      }
      const updated: number[] = [];
      const revised: number[] = [];
      for (const u of p.update) {
        const before = await trx.selectFrom('items').selectAll().where('id', '=', u.itemId).where('departmentId', '=', t.departmentId).forUpdate().executeTakeFirstOrThrow();
        let after;
        if (before.status === 'draft') {
          // an open draft is brought up to date in place; its earlier content stays in the audit trail
          after = await trx.updateTable('items').set({ ...fields(u.delivered), updatedAt: new Date() }).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow();
          updated.push(after.id);
        } else {
          const latest = await trx.selectFrom('items').select(sql<number>`max(version)`.as('v')).where('lineageId', '=', before.lineageId).executeTakeFirstOrThrow();
          after = await trx.insertInto('items').values({ ...fields(u.delivered), departmentId: t.departmentId, lineageId: before.lineageId, version: latest.v + 1 }).returningAll().executeTakeFirstOrThrow();
          revised.push(after.id);
        }
        await record(after.id, u.key, u.delivered);
        await audit(before.status === 'draft' ? 'update' : 'revise', 'items', after.id, before, { ...after, plugin: t.pluginId, pluginVersion: t.version });
      }
      const was = state.installation;
      const changed = created.length + updated.length + revised.length > 0 || !was?.enabled || was.version !== t.version;
      if (changed) {
        const now = new Date();
        const after = await trx.insertInto('pluginInstallations').values({ departmentId: t.departmentId, pluginId: t.pluginId, version: t.version, enabled: true, enabledAt: now })
          .onConflict((oc) => oc.columns(['departmentId', 'pluginId']).doUpdateSet({ version: t.version, enabled: true, enabledAt: now })).returningAll().executeTakeFirstOrThrow();
        await audit(was ? (was.version !== t.version ? 'upgrade' : 'enable') : 'enable', 'plugins', t.pluginId, was ?? null, { ...after, created, updated, revised });
      }
      return { changed, created, updated, revised };
    });
  },

  /** Stops offering the plugin to the department; its items, forms and records all stay. */
  async disable(db: Db, scope: Scope, departmentId: number, pluginId: string, meta: WriteMeta) {
    if (!inScope(scope, departmentId)) throw notFound('插件');
    return db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('pluginInstallations').selectAll().where('departmentId', '=', departmentId).where('pluginId', '=', pluginId).forUpdate().executeTakeFirst();
      if (!before) throw new AppError('INVALID_STATE', '该插件尚未在本部门启用');
      if (!before.enabled) return { changed: false, installation: before };
      const after = await trx.updateTable('pluginInstallations').set({ enabled: false, disabledAt: new Date() })
        .where('departmentId', '=', departmentId).where('pluginId', '=', pluginId).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'disable', resource: 'plugins', recordId: pluginId, before, after, departmentId, ip: meta.ip });
      return { changed: true, installation: after };
    });
  },

  getForm: (db: Db, id: number) => db.selectFrom('forms').selectAll().where('id', '=', id).executeTakeFirst(),

  listForms: (db: Db, f: { pluginId?: string; itemId?: number }) => db.selectFrom('forms').selectAll('forms').orderBy('forms.id')
    .$if(!!f.pluginId, (q) => q.where('forms.pluginId', '=', f.pluginId!))
    .$if(!!f.itemId, (q) => q.where('forms.id', 'in', (eb) => eb.selectFrom('itemForms').select('formId').where('itemId', '=', f.itemId!))).execute(),

  /** Called when a record is filled against a form version: from then on that version is frozen. */
  markFormUsed: (db: Db, formId: number) => db.updateTable('forms').set({ used: true }).where('id', '=', formId).where('used', '=', false).execute(),
};

async function readState(db: Db, departmentId: number, pluginId: string): Promise<PluginState> {
  const installation = await db.selectFrom('pluginInstallations').select(['version', 'enabled'])
    .where('departmentId', '=', departmentId).where('pluginId', '=', pluginId).executeTakeFirst();
  // the latest delivery per plugin item, and the latest version of that item's lineage in the department
  const delivered = await db.selectFrom('pluginItemKeys as k').innerJoin('items as i', 'i.id', 'k.itemId')
    .select(['k.itemKey', 'k.delivered', 'i.lineageId']).distinctOn('k.itemKey')
    .where('k.pluginId', '=', pluginId).where('i.departmentId', '=', departmentId)
    .orderBy('k.itemKey').orderBy('i.version', 'desc').execute();
  const lineages = delivered.map((d) => d.lineageId!).filter(Boolean);
  const latest = lineages.length
    ? await db.selectFrom('items').select(['id', 'lineageId', 'status']).distinctOn('lineageId').where('lineageId', 'in', lineages).orderBy('lineageId').orderBy('version', 'desc').execute()
    : [];
  const forms = await db.selectFrom('forms').select(['id', 'formKey', 'version', 'definition', 'used']).where('pluginId', '=', pluginId).execute();
  return {
    installation,
    items: delivered.map((d) => {
      const l = latest.find((x) => x.lineageId === d.lineageId)!;
      return { key: d.itemKey, itemId: l.id, status: l.status, delivered: d.delivered as Delivered };
    }),
    forms,
  };
}

function fields(d: Delivered) {
  const f = d.fields as Record<string, unknown>;
  return Object.fromEntries(ITEM_EDITABLE.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])) as { name: string } & Record<string, unknown>;
}
