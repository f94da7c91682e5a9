import { AppError } from '@sxgk/core/errors';
import { passwordProblem } from '@sxgk/core/password-policy';
import type { Scope } from '@sxgk/core/permissions';
import type { Role } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import type { User } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { hashPassword } from '../password.ts';
import { inDepartment, type WriteMeta } from '../scope.ts';
import { crudWriter } from './crud.ts';

// Accounts. The password hash never leaves this module.
export type PublicUser = Omit<User, 'passwordHash'>;
export interface UserInput {
  username?: string; displayName?: string; password?: string; role?: Role;
  departmentId?: number | null; inspectorId?: number | null; active?: boolean;
}

const COLUMNS = ['id', 'username', 'displayName', 'role', 'departmentId', 'inspectorId', 'active', 'failedLogins', 'lockedUntil', 'mustChangePassword', 'passwordChangedAt', 'createdAt', 'updatedAt'] as const;
const spec: ListSpec = {
  fields: Object.fromEntries(COLUMNS.map((f) => [f, `users.${f}`])),
  search: ['users.username', 'users.displayName'],
};
const present = ({ passwordHash, ...rest }: User): PublicUser => rest;

const find = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('users').select(COLUMNS).where('id', '=', id).where(inDepartment(scope, 'departmentId')).executeTakeFirst();

const writer = crudWriter({
  table: 'users', resource: 'users', what: '用户', unique: '用户名已存在', present,
  find: (trx, scope, id) => trx.selectFrom('users').selectAll().where('id', '=', id).where(inDepartment(scope, 'departmentId')).forUpdate().executeTakeFirst(),
});

/** The row's new values. A password set here is an admin's (initial or reset): unless admins set
 *  their own, its owner must replace it at the next sign-in, and their open sessions end. */
async function values(i: UserInput, username: string, own: boolean) {
  const { password, ...rest } = i;
  const problem = password === undefined ? null : passwordProblem(password, username);
  if (problem) throw new AppError('VALIDATION', problem, { field: 'password' });
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(password !== undefined && {
      passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: null,
      mustChangePassword: !own, ...(own && { passwordChangedAt: new Date() }),
    }),
  };
}

export const usersRepo = {
  ...lister<PublicUser & { departmentName: string | null }>((db, scope) => db.selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select(COLUMNS.map((c) => `users.${c}` as const)).select('departments.name as departmentName')
    .where(inDepartment(scope, 'users.departmentId')), spec),
  get: find,
  async create(db: Db, _scope: Scope, input: UserInput, meta: WriteMeta): Promise<PublicUser> {
    if (!input.password) throw new AppError('VALIDATION', '请设置初始密码', { field: 'password' });
    return writer.insert(db, await values(input, input.username ?? '', false), input.departmentId ?? null, meta);
  },
  async update(db: Db, scope: Scope, id: number, input: UserInput, meta: WriteMeta): Promise<PublicUser> {
    const reset = input.password !== undefined;
    const username = input.username ?? (reset ? (await find(db, scope, id))?.username ?? '' : '');
    const own = id === meta.actor.userId;
    return writer.update(db, scope, id, await values(input, username, own), meta, async (trx) => {
      if (reset && !own) await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    });
  },
  /** 解除锁定: the owner remembered the password; nothing else changes. */
  unlock: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<PublicUser> =>
    writer.update(db, scope, id, { failedLogins: 0, lockedUntil: null }, meta),
  remove: (db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<PublicUser> => {
    if (id === meta.actor.userId) throw new AppError('INVALID_STATE', '不能删除自己的账号');
    return writer.remove(db, scope, id, meta, async (trx) => {
      await trx.deleteFrom('sessions').where('userId', '=', id).execute();
      return null;
    });
  },
};
