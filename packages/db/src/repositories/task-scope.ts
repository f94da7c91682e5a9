import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';

// Tasks, draws and their results are visible to every department taking part in the task (a
// joint task has several); only the lead department writes them (plain inDepartment).
export function participates(scope: Scope, departmentIdsColumn = 'tasks.departmentIds') {
  return (_eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (scope.kind === 'all') return sql<SqlBool>`true`;
    if (scope.kind === 'none') return sql<SqlBool>`false`;
    return sql<SqlBool>`${scope.departmentId}::int = ANY (${sql.ref(departmentIdsColumn)})`;
  };
}

/** An inspector sees only their own assignments and targets: the inspector id to filter by, or null. */
export function ownInspector(actor: Actor | null | undefined): number | null {
  if (actor?.role !== 'inspector') return null;
  return actor.inspectorId ?? -1;
}
