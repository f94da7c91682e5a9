import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Inspector } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { departmentForCreate, inDepartment, type WriteMeta } from '../scope.ts';
import { crudWriter } from './crud.ts';

// 执法检查人员名录库.
export const INSPECTOR_EDITABLE = ['name', 'position', 'certificateNo', 'certificateValidUntil', 'expertise', 'fields', 'active'] as const;
export type InspectorInput = Partial<Pick<Inspector, (typeof INSPECTOR_EDITABLE)[number]>> & { departmentId?: number | null };

const spec: ListSpec = {
  fields: Object.fromEntries(['id', 'departmentId', ...INSPECTOR_EDITABLE, 'createdAt', 'updatedAt'].map((f) => [f, `inspectors.${f}`])),
  search: ['inspectors.name', 'inspectors.certificateNo', 'inspectors.position'],
  arrays: ['expertise', 'fields'],
};

const find = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('inspectors').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).executeTakeFirst();

const writer = crudWriter({
  table: 'inspectors', resource: 'inspectors', what: '检查人员',
  unique: '执法证号已被其他检查人员使用',
  find: (trx, scope, id) => trx.selectFrom('inspectors').selectAll().where('id', '=', id)
    .where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst(),
});

const pick = (input: InspectorInput) =>
  Object.fromEntries(INSPECTOR_EDITABLE.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));

export const inspectorsRepo = {
  ...lister<Inspector>((db, scope) => db.selectFrom('inspectors').selectAll().where(inDepartment(scope, 'inspectors.departmentId')), spec),
  get: find,
  create(db: Db, scope: Scope, input: InspectorInput, meta: WriteMeta): Promise<Inspector> {
    const departmentId = departmentForCreate(scope, input.departmentId);
    return writer.insert(db, { ...pick(input), departmentId }, departmentId, meta);
  },
  update: (db: Db, scope: Scope, id: number, input: InspectorInput, meta: WriteMeta): Promise<Inspector> =>
    writer.update(db, scope, id, pick(input), meta),
  remove: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Inspector> =>
    writer.remove(db, scope, id, meta, async (trx) => {
      const used = await trx.selectFrom('users').select('id').where('inspectorId', '=', id).executeTakeFirst();
      return used ? '该检查人员已关联登录账号，请改为“停用”' : null;
    }),
};
