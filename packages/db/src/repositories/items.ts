import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Item, NewItem } from '../schema.ts';
import { runList, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, inDepartment, mustExist, type WriteMeta } from '../scope.ts';

// 随机抽查事项清单: drafts are edited freely; a published item is frozen and changes by new version.
const FIELDS = [
  'id', 'departmentId', 'lineageId', 'version', 'status', 'category', 'name', 'entityKind', 'itemType',
  'methods', 'inspectingBody', 'legalBasis', 'ratio', 'frequency', 'content', 'requiredField',
  'compilingUnit', 'seq', 'isJoint', 'jointField', 'initiatingDepartment', 'cooperatingDepartments',
  'publishedAt', 'withdrawnAt', 'createdAt', 'updatedAt',
] as const;
export const ITEM_EDITABLE = [
  'category', 'name', 'entityKind', 'itemType', 'methods', 'inspectingBody', 'legalBasis', 'ratio',
  'frequency', 'content', 'requiredField', 'compilingUnit', 'seq', 'isJoint', 'jointField',
  'initiatingDepartment', 'cooperatingDepartments',
] as const;
export type ItemInput = Partial<Pick<NewItem, (typeof ITEM_EDITABLE)[number]>> & { departmentId?: number | null };

const spec: ListSpec = {
  fields: Object.fromEntries(FIELDS.map((f) => [f, `items.${f}`])),
  search: ['items.name', 'items.category', 'items.legalBasis'],
  arrays: ['methods', 'cooperatingDepartments'],
};

export const itemsRepo = {
  list: (db: Db, scope: Scope, q: ListQuery) =>
    runList<Item>(db.selectFrom('items').selectAll().where(inDepartment(scope, 'items.departmentId')), spec, q),

  get: (db: Db, scope: Scope, id: number) =>
    db.selectFrom('items').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).executeTakeFirst(),

  async create(db: Db, scope: Scope, input: ItemInput, meta: WriteMeta): Promise<Item> {
    const departmentId = departmentForCreate(scope, input.departmentId);
    return db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('items').values({ ...pickEditable(input), name: input.name ?? '', departmentId })
        .returningAll().executeTakeFirstOrThrow();
      const item = await trx.updateTable('items').set({ lineageId: row.id }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'items', recordId: item.id, after: item, departmentId, ip: meta.ip });
      return item;
    });
  },

  async update(db: Db, scope: Scope, id: number, input: ItemInput, meta: WriteMeta): Promise<Item> {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await lockItem(trx, scope, id), '事项');
      if (before.status !== 'draft') {
        throw new AppError('INVALID_STATE', '已发布或已撤回的事项不可修改；如需变更，请“修订”生成新版本');
      }
      const { departmentId: _ignored, ...patch } = pickEditable(input);
      const after = await trx.updateTable('items').set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'update', resource: 'items', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
      return after;
    });
  },

  async remove(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await lockItem(trx, scope, id), '事项');
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只能删除草稿事项；已发布的事项请撤回');
      await trx.deleteFrom('items').where('id', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'delete', resource: 'items', recordId: id, before, departmentId: before.departmentId, ip: meta.ip });
      return before;
    });
  },

  /** draft → published; an earlier published version of the same item is withdrawn by it. */
  async publish(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await lockItem(trx, scope, id), '事项');
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿事项可以发布');
      if (!before.legalBasis.trim()) throw new AppError('VALIDATION', '发布前请填写检查依据', { field: 'legalBasis' });
      const now = new Date();
      await trx.updateTable('items').set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
        .where('lineageId', '=', before.lineageId).where('status', '=', 'published').execute();
      const after = await trx.updateTable('items').set({ status: 'published', publishedAt: now, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'publish', resource: 'items', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
      return after;
    });
  },

  async withdraw(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await lockItem(trx, scope, id), '事项');
      if (before.status !== 'published') throw new AppError('INVALID_STATE', '只有已发布的事项可以撤回');
      const now = new Date();
      const after = await trx.updateTable('items').set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'withdraw', resource: 'items', recordId: id, before, after, departmentId: before.departmentId, ip: meta.ip });
      return after;
    });
  },

  /** A new draft version of a published (or withdrawn) item; at most one open draft per item. */
  async revise(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> {
    return db.transaction().execute(async (trx) => {
      const source = mustExist(await lockItem(trx, scope, id), '事项');
      if (source.status === 'draft') throw new AppError('INVALID_STATE', '草稿可直接修改，无需修订');
      const open = await trx.selectFrom('items').select('id').where('lineageId', '=', source.lineageId)
        .where('status', '=', 'draft').executeTakeFirst();
      if (open) throw new AppError('CONFLICT', `该事项已有待发布的新版本（#${open.id}）`);
      const latest = await trx.selectFrom('items').select(sql<number>`max(version)`.as('v'))
        .where('lineageId', '=', source.lineageId).executeTakeFirstOrThrow();
      const draft = await trx.insertInto('items').values({
        ...pickEditable(source), name: source.name, departmentId: source.departmentId,
        lineageId: source.lineageId, version: latest.v + 1,
      }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, meta.actor, { action: 'revise', resource: 'items', recordId: draft.id, before: source, after: draft, departmentId: source.departmentId, ip: meta.ip });
      return draft;
    });
  },
};

function lockItem(trx: Db, scope: Scope, id: number) {
  return trx.selectFrom('items').selectAll().where('id', '=', id)
    .where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst();
}

function pickEditable(input: Record<string, unknown>): ItemInput {
  return Object.fromEntries(ITEM_EDITABLE.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as ItemInput;
}
