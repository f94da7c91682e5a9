import { sql, type RawBuilder } from 'kysely';
import type { Task } from '../schema.ts';
import { targetOfDraw } from './ids.ts';

// Who may be drawn, as SQL, so a million candidates never leave Postgres one row at a time.
//
// Strata: an entity's credit-risk tier A..D, except that entities on the abnormal-operation list
// or the serious-violation list form their own stratum `D+`, sampled at the highest of the
// task's four ratios (so at least D's). A separate stratum rather than folding them into D keeps
// D's ratio exact, shows the listed entities as such in the public record, and guarantees (by
// rounding up per stratum) that at least one of them is drawn whenever any is eligible.
export const LISTED_STRATUM = 'D+';
export const STRATUM_KEYS = ['A', 'B', 'C', 'D', LISTED_STRATUM] as const;

export function stratumRatios(ratios: Task['ratios']): { key: string; ratioBp: number }[] {
  const listed = Math.max(ratios.A, ratios.B, ratios.C, ratios.D);
  return STRATUM_KEYS.map((key) => ({ key, ratioBp: key === LISTED_STRATUM ? listed : ratios[key] }));
}

// risk_input_tier: the tier the published credit record raises the entity to (migration 0004, core/risk.ts)
export const STRATUM_OF = sql`CASE WHEN e.abnormal_list OR e.serious_violation_list THEN ${LISTED_STRATUM} ELSE GREATEST(e.risk_tier::text, e.risk_input_tier::text) END`;

/**
 * Rows (stratum, id, uscc) of the task's population. Only 存续 (active) entities, in the directory
 * of a participating department (or of the chosen ones when directed), matching a directed task's
 * filters, and not already targeted this calendar year by a participating department (any executed,
 * not superseded draw of a task of the same year sharing a department) — except entities added by
 * hand, which join whatever the filters and the year say.
 */
export function populationRows(task: Pick<Task, 'departmentIds' | 'directed' | 'filters' | 'year'>, added: readonly number[]): RawBuilder<unknown> {
  const f = task.directed ? task.filters : {};
  const directories = f.directoryDepartmentIds?.length ? f.directoryDepartmentIds : task.departmentIds;
  const conditions = [
    sql`e.status = 'active'`,
    sql`EXISTS (SELECT 1 FROM directory_entries de WHERE de.entity_id = e.id AND de.department_id = ANY (${directories}::int[]))`,
    sql`NOT EXISTS (SELECT 1 FROM draws d JOIN tasks k ON k.id = d.task_id
      JOIN targets t ON ${targetOfDraw('t.id', sql.ref('d.id'))}
      WHERE t.entity_id = e.id AND d.status = 'executed' AND k.year = ${task.year} AND k.department_ids && ${task.departmentIds}::int[])`,
  ];
  if (f.kinds?.length) conditions.push(sql`e.kind = ANY (${f.kinds}::text[])`);
  if (f.regionCodes?.length) conditions.push(sql`e.region_code = ANY (${f.regionCodes}::text[])`);
  if (f.industryTags?.length) conditions.push(sql`e.industry_tags && ${f.industryTags}::text[]`);
  if (added.length) conditions.push(sql`e.id <> ALL (${added}::int[])`);
  // UNION ALL, not OR: an OR across the subqueries would cost Postgres its hash joins
  return sql`
    SELECT ${STRATUM_OF} AS stratum, e.id, e.uscc FROM entities e WHERE ${sql.join(conditions, sql` AND `)}
    UNION ALL
    SELECT ${STRATUM_OF}, e.id, e.uscc FROM entities e WHERE e.id = ANY (${[...added]}::int[]) AND e.status = 'active'`;
}
