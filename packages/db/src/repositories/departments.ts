import type { Scope } from '@sxgk/core/permissions';
import type { RiskTier } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import type { Department } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { inDepartment, type WriteMeta } from '../scope.ts';
import { crudWriter } from './crud.ts';

// 部门: the tenants. Only a platform admin creates or changes them.
export interface DepartmentInput { code?: string; name?: string; defaultRatios?: Record<RiskTier, number> }

const spec: ListSpec = {
  fields: { id: 'departments.id', code: 'departments.code', name: 'departments.name', createdAt: 'departments.createdAt' },
  search: ['departments.name', 'departments.code'],
};

const find = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('departments').selectAll().where('id', '=', id).where(inDepartment(scope, 'id')).executeTakeFirst();

const writer = crudWriter({
  table: 'departments', resource: 'departments', what: '部门', unique: '部门代码已存在',
  find: (trx, scope, id) => find(trx, scope, id),
});

const values = (i: DepartmentInput) => ({
  ...(i.code !== undefined && { code: i.code }),
  ...(i.name !== undefined && { name: i.name }),
  ...(i.defaultRatios !== undefined && { defaultRatios: JSON.stringify(i.defaultRatios) }),
});

export const departmentsRepo = {
  ...lister<Department>((db, scope) => db.selectFrom('departments').selectAll().where(inDepartment(scope, 'departments.id')), spec),
  get: find,
  create: (db: Db, _scope: Scope, input: DepartmentInput, meta: WriteMeta): Promise<Department> =>
    writer.insert(db, values(input), null, meta),
  update: (db: Db, scope: Scope, id: number, input: DepartmentInput, meta: WriteMeta): Promise<Department> =>
    writer.update(db, scope, id, values(input), meta),
  remove: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<Department> =>
    writer.remove(db, scope, id, meta, async (trx) => {
      const used = await trx.selectFrom('users').select('id').where('departmentId', '=', id).executeTakeFirst()
        ?? await trx.selectFrom('items').select('id').where('departmentId', '=', id).executeTakeFirst();
      return used ? '部门下仍有用户或事项，不能删除' : null;
    }),
};
