import { sql, type SqlBool } from 'kysely';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import { lister, whether, type ListSpec } from '../list.ts';
import { ownInspector, participates } from './task-scope.ts';
import { targetFilters } from './result-filters.ts';
import { targetOfInspectors } from '../draws/ids.ts';

// 抽中的检查对象: read-only (the table refuses UPDATE and DELETE). Visible to the task's
// departments; an inspector sees only the targets they are assigned to.
const spec: ListSpec = {
  fields: {
    id: 'targets.id', drawId: 'targets.drawId', taskId: 'targets.taskId', entityId: 'targets.entityId',
    uscc: 'targets.uscc', entityName: 'entities.name', stratum: 'targets.stratum', position: 'targets.position',
    addedReason: 'targets.addedReason', departmentId: 'tasks.departmentId', drawStatus: 'draws.status',
  },
  search: ['entities.name', 'targets.uscc'],
  custom: {
    ...targetFilters,
    // whether the target's inspection record has been opened (a draft counts): an inspector's 待检查
    recorded: whether(sql<SqlBool>`EXISTS (SELECT 1 FROM inspections WHERE inspections.target_id = targets.id)`),
  },
};

function base(db: Db, scope: Scope, actor?: Actor | null) {
  const own = ownInspector(actor);
  let qb = db.selectFrom('targets')
    .innerJoin('draws', 'draws.id', 'targets.drawId')
    .innerJoin('tasks', 'tasks.id', 'targets.taskId')
    .innerJoin('entities', 'entities.id', 'targets.entityId')
    .selectAll('targets')
    .select([
      'entities.name as entityName', 'entities.address', 'entities.riskTier', 'tasks.departmentId', 'tasks.name as taskName', 'draws.status as drawStatus',
      sql<string[]>`coalesce((SELECT array_agg(i.name ORDER BY o.n) FROM unnest(targets.inspector_ids) WITH ORDINALITY AS o(id, n)
        JOIN inspectors i ON i.id = o.id), '{}')`.as('inspectorNames'),
    ])
    .where(participates(scope));
  if (own !== null) qb = qb.where(targetOfInspectors('targets.id', [own]));
  return qb;
}

export const targetsRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: (db: Db, scope: Scope, id: number, actor?: Actor | null) => base(db, scope, actor).where('targets.id', '=', id).executeTakeFirst(),
};
