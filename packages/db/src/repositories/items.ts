import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Item, NewItem } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, inDepartment, type WriteMeta } from '../scope.ts';
import { auditedChange, nextVersion } from '../audited-change.ts';

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
  ...lister<Item>((db, scope) => db.selectFrom('items').selectAll().where(inDepartment(scope, 'items.departmentId')), spec),

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

  update: (db: Db, scope: Scope, id: number, input: ItemInput, meta: WriteMeta): Promise<Item> =>
    auditedChange(db, meta, step(scope, id, 'update'), async (trx, before) => {
      if (before.status !== 'draft') {
        throw new AppError('INVALID_STATE', '已发布或已撤回的事项不可修改；如需变更，请“修订”生成新版本');
      }
      const { departmentId: _fixed, ...patch } = pickEditable(input);
      return trx.updateTable('items').set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    }),

  remove: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> =>
    auditedChange(db, meta, step(scope, id, 'delete'), async (trx, before) => {
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只能删除草稿事项；已发布的事项请撤回');
      await trx.deleteFrom('items').where('id', '=', id).execute();
      return before;
    }),

  /** draft → published; an earlier published version of the same item is withdrawn by it. */
  publish: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> =>
    auditedChange(db, meta, step(scope, id, 'publish'), async (trx, before) => {
      if (before.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿事项可以发布');
      if (!before.legalBasis.trim()) throw new AppError('VALIDATION', '发布前请填写检查依据', { field: 'legalBasis' });
      const now = new Date();
      await trx.updateTable('items').set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
        .where('lineageId', '=', before.lineageId).where('status', '=', 'published').execute();
      return trx.updateTable('items').set({ status: 'published', publishedAt: now, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    }),

  withdraw: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> =>
    auditedChange(db, meta, step(scope, id, 'withdraw'), async (trx, before) => {
      if (before.status !== 'published') throw new AppError('INVALID_STATE', '只有已发布的事项可以撤回');
      const now = new Date();
      return trx.updateTable('items').set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    }),

  /** A new draft version of a published (or withdrawn) item; at most one open draft per item. */
  revise: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Item> =>
    auditedChange(db, meta, step(scope, id, 'revise'), async (trx, source) => {
      if (source.status === 'draft') throw new AppError('INVALID_STATE', '草稿可直接修改，无需修订');
      const open = await trx.selectFrom('items').select('id').where('lineageId', '=', source.lineageId)
        .where('status', '=', 'draft').executeTakeFirst();
      if (open) throw new AppError('CONFLICT', `该事项已有待发布的新版本（#${open.id}）`);
      return trx.insertInto('items').values({
        ...pickEditable(source), name: source.name, departmentId: source.departmentId,
        lineageId: source.lineageId, version: await nextVersion(trx, 'items', source.lineageId),
      }).returningAll().executeTakeFirstOrThrow();
    }),
};

const step = (scope: Scope, id: number, action: string) =>
  ({ resource: 'items', action, what: '事项', lock: (trx: Db) => lockItem(trx, scope, id) });

function lockItem(trx: Db, scope: Scope, id: number) {
  return trx.selectFrom('items').selectAll().where('id', '=', id)
    .where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst();
}

function pickEditable(input: Record<string, unknown>): ItemInput {
  return Object.fromEntries(ITEM_EDITABLE.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as ItemInput;
}
