import { sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import { AppError, notFound } from '@sxgk/core/errors';
import type { Actor } from '@sxgk/core/roles';
import type { Scope } from '@sxgk/core/permissions';

// Department scope applied inside repositories, never at call sites.
export function inDepartment(scope: Scope, column: string) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (scope.kind === 'all') return sql<SqlBool>`true`;
    if (scope.kind === 'none') return sql<SqlBool>`false`;
    return eb(column as any, '=', scope.departmentId);
  };
}

/** The department a new record belongs to: forced to the actor's own unless they act for all. */
export function departmentForCreate(scope: Scope, requested: number | null | undefined): number {
  if (scope.kind === 'department') return scope.departmentId;
  if (scope.kind === 'all' && requested != null) return requested;
  if (scope.kind === 'all') throw new AppError('VALIDATION', '请选择所属部门', { field: 'departmentId' });
  throw notFound();
}

export interface WriteMeta {
  actor: Actor;
  ip?: string | null;
}

export function mustExist<T>(row: T | undefined, what?: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}

/** Postgres unique violations become a clerk-readable conflict. */
export async function uniqueOr<T>(run: () => Promise<T>, message: string): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new AppError('CONFLICT', message);
    throw e;
  }
}
