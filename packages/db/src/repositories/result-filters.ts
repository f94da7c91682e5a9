import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { ASSIGNMENT_SLOTS, targetOfDraw, targetOfDraws, targetOfInspectors } from '../draws/ids.ts';

// List filters of targets and assignments as primary-key ranges of targets (see draws/ids.ts):
// the result tables carry no other index on draw or task, and the assignments view is made of
// the targets, so these keep a filtered page a range scan.
type Filter = (eb: ExpressionBuilder<any, any>, value: unknown) => Expression<SqlBool>;
const ids = (v: unknown) => (Array.isArray(v) ? v : [v]).map(Number).filter(Number.isSafeInteger);
const anyOf = (parts: Expression<SqlBool>[]) => (parts.length ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`);

/** Draw ids of a task, smallest and largest: its results lie between their key ranges. */
const taskDraws = (taskId: number, edge: 'min' | 'max') => sql`(SELECT ${sql.raw(edge)}(id) FROM draws WHERE task_id = ${taskId})`;

export const targetFilters: Record<string, Filter> = {
  drawId: (_eb, v) => anyOf(ids(v).map((d) => sql<SqlBool>`(${targetOfDraw('targets.id', d)} AND targets.draw_id = ${d})`)),
  taskId: (_eb, v) => anyOf(ids(v).map((t) => sql<SqlBool>`(${targetOfDraws('targets.id', taskDraws(t, 'min'), taskDraws(t, 'max'))}
    AND targets.task_id = ${t})`)),
  inspectorId: (_eb, v) => targetOfInspectors('targets.id', ids(v)),
};

export const assignmentFilters: Record<string, Filter> = {
  ...targetFilters,
  // assignments.id = targets.id * 64 + position
  id: (_eb, v) => anyOf(ids(v).map((id) => sql<SqlBool>`(targets.id = ${Math.floor(id / ASSIGNMENT_SLOTS)}::bigint
    AND assignments.position = ${id % ASSIGNMENT_SLOTS})`)),
  targetId: (_eb, v) => sql<SqlBool>`targets.id = ANY (${ids(v)}::bigint[])`,
  inspectorId: (_eb, v) => sql<SqlBool>`(${targetOfInspectors('targets.id', ids(v))} AND assignments.inspector_id = ANY (${ids(v)}::int[]))`,
};
