import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import { lister, type ListSpec } from '../list.ts';
import { ownInspector, participates } from './task-scope.ts';
import { assignmentFilters } from './result-filters.ts';
import { targetOfInspectors } from '../draws/ids.ts';

// 检查人员分配: who inspects which drawn entity — a read-only view of the teams stored with the
// targets (migration 0006). An inspector sees the teams of the targets they are assigned to.
const spec: ListSpec = {
  fields: {
    id: 'assignments.id', targetId: 'assignments.targetId', drawId: 'assignments.drawId', taskId: 'targets.taskId',
    inspectorId: 'assignments.inspectorId', inspectorName: 'inspectors.name', certificateNo: 'assignments.certificateNo',
    groupKey: 'assignments.groupKey', position: 'assignments.position', entityId: 'targets.entityId', uscc: 'targets.uscc',
    entityName: 'entities.name', stratum: 'targets.stratum', targetPosition: 'targets.position', departmentId: 'tasks.departmentId',
  },
  search: ['inspectors.name', 'entities.name', 'targets.uscc', 'assignments.certificateNo'],
  // the view's id is computed; its order is the targets' key order, then the position
  order: { id: ['targets.id', 'assignments.position'] },
  custom: assignmentFilters,
};

function base(db: Db, scope: Scope, actor?: Actor | null) {
  const own = ownInspector(actor);
  let qb = db.selectFrom('assignments')
    .innerJoin('targets', 'targets.id', 'assignments.targetId')
    .innerJoin('tasks', 'tasks.id', 'targets.taskId')
    .innerJoin('inspectors', 'inspectors.id', 'assignments.inspectorId')
    .innerJoin('entities', 'entities.id', 'targets.entityId')
    .selectAll('assignments')
    .select([
      'targets.taskId', 'targets.entityId', 'targets.uscc', 'targets.stratum', 'targets.position as targetPosition',
      'inspectors.name as inspectorName', 'entities.name as entityName', 'entities.address', 'tasks.departmentId', 'tasks.name as taskName',
    ])
    .where(participates(scope));
  // an inspector sees the whole team of each target they are on, and nothing else
  if (own !== null) qb = qb.where(targetOfInspectors('targets.id', [own]));
  return qb;
}

export const assignmentsRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: (db: Db, scope: Scope, id: number, actor?: Actor | null) => base(db, scope, actor).where((eb) => assignmentFilters.id!(eb, id)).executeTakeFirst(),
};
