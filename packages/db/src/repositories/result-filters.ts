import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { assignmentOfDraw, assignmentOfTarget, targetOfDraw } from '../draws/ids.ts';

// List filters of targets and assignments as primary-key ranges (see draws/ids.ts): the result
// tables carry no other index on draw or task, so these keep a filtered page a range scan.
type Filter = (eb: ExpressionBuilder<any, any>, value: unknown) => Expression<SqlBool>;
const ids = (v: unknown) => (Array.isArray(v) ? v : [v]).map(Number).filter(Number.isInteger);
const anyOf = (parts: Expression<SqlBool>[]) => (parts.length ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`);

/** Draw ids of a task, smallest and largest: its results lie between their key ranges. */
const taskDraws = (taskId: number, edge: 'min' | 'max') => sql`(SELECT ${sql.raw(edge)}(id) FROM draws WHERE task_id = ${taskId})`;

export const targetFilters: Record<string, Filter> = {
  drawId: (_eb, v) => anyOf(ids(v).map((d) => sql<SqlBool>`(${targetOfDraw('targets.id', d)} AND targets.draw_id = ${d})`)),
  taskId: (_eb, v) => anyOf(ids(v).map((t) => sql<SqlBool>`(targets.id BETWEEN ${taskDraws(t, 'min')}::bigint * 16777216
    AND ${taskDraws(t, 'max')}::bigint * 16777216 + 16777215 AND targets.task_id = ${t})`)),
  inspectorId: (_eb, v) => sql<SqlBool>`EXISTS (SELECT 1 FROM assignments f WHERE ${assignmentOfTarget('f.id', sql.ref('targets.id'))}
    AND f.inspector_id = ANY (${ids(v)}::int[]))`,
};

export const assignmentFilters: Record<string, Filter> = {
  drawId: (_eb, v) => anyOf(ids(v).map((d) => sql<SqlBool>`(${assignmentOfDraw('assignments.id', d)} AND assignments.draw_id = ${d})`)),
  targetId: (_eb, v) => anyOf(ids(v).map((t) => sql<SqlBool>`(${assignmentOfTarget('assignments.id', t)} AND assignments.target_id = ${t})`)),
  taskId: (_eb, v) => anyOf(ids(v).map((t) => sql<SqlBool>`(assignments.id BETWEEN ${taskDraws(t, 'min')}::bigint * 1073741824
    AND ${taskDraws(t, 'max')}::bigint * 1073741824 + 1073741823 AND targets.task_id = ${t})`)),
};
