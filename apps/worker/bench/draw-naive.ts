import { sql } from 'kysely';
import type { Db, Task } from '@sxgk/db';
import { populationRows, stratumRatios } from '@sxgk/db/draws/eligibility';
import { sampleSize } from '@sxgk/core/draw/index';

// The obvious implementation, for comparison: per tier `ORDER BY random() LIMIT k` over the same
// eligibility SQL, then one SQL query per drawn entity picking its inspectors (active, valid,
// not in conflict, random order). The per-entity picking is timed on a sample and extrapolated.
export interface NaiveTimes { entitiesMs: number; perEntityMs: number; sample: number; targets: number; inspectorsMs: number; totalMs: number }

export async function naiveBaseline(db: Db, task: Task, sizes: Map<string, number>, sample = 1000): Promise<NaiveTimes> {
  let t = performance.now();
  const drawn: number[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
    for (const { key, ratioBp } of stratumRatios(task.ratios)) {
      const k = sampleSize(sizes.get(key) ?? 0, ratioBp);
      const rows = await sql<{ id: number }>`SELECT id FROM (${populationRows(task, [])}) p WHERE stratum = ${key} ORDER BY random() LIMIT ${k}`.execute(trx);
      for (const r of rows.rows) drawn.push(r.id); // not push(...rows): a 10M run's tier overflows the stack
    }
  });
  const entitiesMs = performance.now() - t;

  const department = task.departmentId;
  t = performance.now();
  const n = Math.min(sample, drawn.length);
  for (let i = 0; i < n; i++) {
    await sql`SELECT i.id FROM inspectors i
      WHERE i.department_id = ${department} AND i.active AND (i.certificate_valid_until IS NULL OR i.certificate_valid_until >= ${task.startDate}::date)
        AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.inspector_id = i.id AND c.entity_id = ${drawn[i]!})
      ORDER BY random() LIMIT 2`.execute(db);
  }
  const perEntityMs = (performance.now() - t) / Math.max(1, n);
  const inspectorsMs = perEntityMs * drawn.length;
  return { entitiesMs, perEntityMs, sample: n, targets: drawn.length, inspectorsMs, totalMs: entitiesMs + inspectorsMs };
}
