import { sql, type RawBuilder } from 'kysely';
import type { Task } from '../schema.ts';
import { targetOfDraw } from './ids.ts';

// Who may be drawn, defined in SQL so a million candidates never leave Postgres one row at a time.
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

// An entity's stratum as one character: its tier, raised to risk_input_tier (the tier the published
// credit record raises it to, migration 0004, core/risk.ts), or LISTED_CHAR for D+. Every column
// read is in the index entities_uscc_key (migration 0005), so the registry can be walked in code
// order without touching its rows; no casts, as it runs a million times per draw. Literals, not
// parameters, as the walk runs in COPY.
export const LISTED_CHAR = '+';
export const STRATUM_CHAR = sql`CASE WHEN e.abnormal_list OR e.serious_violation_list THEN ${sql.lit(LISTED_CHAR)}
  WHEN e.risk_input_tier > e.risk_tier THEN e.risk_input_tier ELSE e.risk_tier END`;
export const STRATUM_OF = sql`replace(${STRATUM_CHAR}::text, ${sql.lit(LISTED_CHAR)}, ${sql.lit(LISTED_STRATUM)})`;
/** Only 存续 entities are ever drawn. */
export const DRAWABLE = sql`e.status = 'active'`;

/** What of a task decides its population. */
export type PopulationTask = Pick<Task, 'departmentIds' | 'directed' | 'filters' | 'year'>;

/**
 * The entity id sets a task's population is made of, as SQL selecting `id`: the directories
 * (of the participating departments, or the chosen ones when directed), the entities already
 * targeted this calendar year by a participating department (any executed, not superseded draw
 * of a task of the same year sharing a department), and — for a directed task with filters —
 * the registry entities matching them (null when there are none). With literals, not parameters,
 * so each set can be read in binary COPY.
 */
export function populationSets(task: PopulationTask) {
  const f = task.directed ? task.filters : {};
  const directories = f.directoryDepartmentIds?.length ? f.directoryDepartmentIds : task.departmentIds;
  const filters: RawBuilder<unknown>[] = [];
  if (f.kinds?.length) filters.push(sql`e.kind = ANY (${texts(f.kinds)})`);
  if (f.regionCodes?.length) filters.push(sql`e.region_code = ANY (${texts(f.regionCodes)})`);
  if (f.industryTags?.length) filters.push(sql`e.industry_tags && ${texts(f.industryTags)}`);
  return {
    directories,
    members: sql`SELECT de.entity_id AS id FROM directory_entries de WHERE de.department_id = ANY (${ints(directories)})`,
    targeted: sql`SELECT t.entity_id AS id FROM draws d JOIN tasks k ON k.id = d.task_id JOIN targets t ON ${targetOfDraw('t.id', sql.ref('d.id'))}
      WHERE d.status = 'executed' AND k.year = ${sql.lit(Math.trunc(task.year))} AND k.department_ids && ${ints(task.departmentIds)}`,
    matching: filters.length ? sql`SELECT e.id FROM entities e WHERE ${sql.join(filters, sql` AND `)}` : null,
  };
}

const ints = (list: readonly number[]) => sql.raw(`'{${list.map((n) => Math.trunc(Number(n))).join(',')}}'::int[]`);
const texts = (list: readonly string[]) => sql`ARRAY[${sql.join(list.map((v) => sql.lit(String(v))))}]::text[]`;

/**
 * The population as one SQL statement of rows (stratum, id, uscc): drawable members, matching,
 * not targeted this year — plus the entities added by hand, which join whatever the filters and
 * the year say. population.ts assembles the same sets faster; this form is the reference its
 * tests compare against, and the naive baseline of the benchmark.
 */
export function populationRows(task: PopulationTask, added: readonly number[]): RawBuilder<unknown> {
  const sets = populationSets(task);
  const conditions = [DRAWABLE, sql`e.id IN (${sets.members})`, sql`NOT EXISTS (SELECT 1 FROM (${sets.targeted}) x WHERE x.id = e.id)`, sql`e.id <> ALL (${[...added]}::int[])`];
  if (sets.matching) conditions.push(sql`e.id IN (${sets.matching})`);
  return sql`
    SELECT ${STRATUM_OF} AS stratum, e.id, e.uscc FROM entities e WHERE ${sql.join(conditions, sql` AND `)}
    UNION ALL
    SELECT ${STRATUM_OF}, e.id, e.uscc FROM entities e WHERE e.id = ANY (${[...added]}::int[]) AND ${DRAWABLE}`;
}
