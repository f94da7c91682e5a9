import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { NO_COUNTS, type MetricCounts } from '@sxgk/core/metrics';
import type { Scope } from '@sxgk/core/permissions';
import { RISK_TIERS, type RiskTier } from '@sxgk/core/roles';
import type { Db } from '../client.ts';

// The counts behind the leadership metrics (core's metrics.ts says what each one means), per
// department for one year. Everything is counted from the records themselves at the time of
// asking, so a figure can always be traced back to the rows it counts.

export interface DepartmentCounts extends MetricCounts {
  departmentId: number;
  departmentName: string;
  /** 抽查比例 by credit-risk tier: the directory's 存续 entities of the tier, and those drawn */
  tiers: Record<RiskTier, { inScope: number; drawn: number }>;
}

const n = (v: unknown) => Number(v ?? 0);

/** Counts of `year` for every department in the scope, in department order; `today` (YYYY-MM-DD, Beijing time) decides what is due. */
export async function metricCounts(db: Db, scope: Scope, year: number, today: string): Promise<DepartmentCounts[]> {
  if (scope.kind === 'none') throw new AppError('FORBIDDEN', '无权查看监管指标');
  const departments = await db.selectFrom('departments').select(['id', 'name']).orderBy('id')
    .$if(scope.kind === 'department', (q) => q.where('id', '=', (scope as { departmentId: number }).departmentId)).execute();
  const ids = departments.map((d) => d.id);
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [sampling, publications, followups, referrals] = await Promise.all([
    // a department's entities drawn this year: targets of its executed draws (joint tasks count for every partner)
    sql<{ departmentId: number; riskTier: RiskTier; inScope: string; drawn: string }>`
      WITH drawn AS (
        SELECT DISTINCT dep AS department_id, t.entity_id
        FROM targets t JOIN draws d ON d.id = t.draw_id AND d.status = 'executed'
        JOIN tasks k ON k.id = t.task_id AND k.year = ${year}, unnest(k.department_ids) dep
        WHERE dep = ANY (${ids}::int[]))
      SELECT de.department_id AS "departmentId", e.risk_tier AS "riskTier", count(*) AS "inScope", count(dr.entity_id) AS drawn
      FROM directory_entries de JOIN entities e ON e.id = de.entity_id AND e.status = 'active'
      LEFT JOIN drawn dr ON dr.department_id = de.department_id AND dr.entity_id = de.entity_id
      WHERE de.department_id = ANY (${ids}::int[])
      GROUP BY 1, 2`.execute(db),
    sql<{ departmentId: number; due: string; published: string; onTime: string }>`
      SELECT department_id AS "departmentId",
        count(*) FILTER (WHERE status = 'published' OR deadline < ${today}::date) AS due,
        count(*) FILTER (WHERE status = 'published') AS published,
        count(*) FILTER (WHERE status = 'published' AND on_time) AS "onTime"
      FROM publications WHERE department_id = ANY (${ids}::int[]) AND result_date >= ${from}::date AND result_date < ${to}::date
      GROUP BY 1`.execute(db),
    sql<{ departmentId: number; followups: string; followupsClosed: string }>`
      SELECT department_id AS "departmentId", count(*) AS followups, count(*) FILTER (WHERE status = 'closed') AS "followupsClosed"
      FROM followups WHERE department_id = ANY (${ids}::int[])
        AND created_at >= (${from}::timestamp AT TIME ZONE 'Asia/Shanghai') AND created_at < (${to}::timestamp AT TIME ZONE 'Asia/Shanghai')
      GROUP BY 1`.execute(db),
    sql<{ departmentId: number; referrals: string; referralsClosed: string }>`
      SELECT from_department_id AS "departmentId", count(*) AS referrals, count(*) FILTER (WHERE status = 'closed') AS "referralsClosed"
      FROM referrals WHERE from_department_id = ANY (${ids}::int[]) AND referred_on >= ${from}::date AND referred_on < ${to}::date
      GROUP BY 1`.execute(db),
  ]);
  return departments.map((d) => {
    const tiers = Object.fromEntries(RISK_TIERS.map((t) => [t, { inScope: 0, drawn: 0 }])) as DepartmentCounts['tiers'];
    const counts: DepartmentCounts = { ...NO_COUNTS, departmentId: d.id, departmentName: d.name, tiers };
    for (const r of sampling.rows.filter((r) => r.departmentId === d.id)) {
      tiers[r.riskTier] = { inScope: n(r.inScope), drawn: n(r.drawn) };
      counts.inScope += n(r.inScope);
      counts.drawn += n(r.drawn);
    }
    const p = publications.rows.find((r) => r.departmentId === d.id);
    const f = followups.rows.find((r) => r.departmentId === d.id);
    const r = referrals.rows.find((x) => x.departmentId === d.id);
    Object.assign(counts, {
      due: n(p?.due), published: n(p?.published), onTime: n(p?.onTime),
      followups: n(f?.followups), followupsClosed: n(f?.followupsClosed), referrals: n(r?.referrals), referralsClosed: n(r?.referralsClosed),
    });
    return counts;
  });
}
