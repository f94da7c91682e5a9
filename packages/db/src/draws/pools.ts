import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Task } from '../schema.ts';
import { comparePairs } from '@sxgk/core/draw/utf8';

// The inspector side of a draw: per participating department the inspectors who may be sent,
// and the declared conflicts that keep an inspector away from an entity.
export interface PoolGroup {
  key: string;
  departmentId: number;
  perTarget: number;
  /** certificate numbers, ascending by UTF-8 bytes */
  pool: string[];
  /** inspector ids in the same order */
  inspectorIds: number[];
}

/**
 * Eligible: active, of the group's department, certificate valid on the task's start date, and
 * holding every enforcement field (`fields`) that the task's items of that department require.
 */
export async function inspectorPools(trx: Db, task: Pick<Task, 'groups' | 'itemIds' | 'startDate'>): Promise<PoolGroup[]> {
  const items = await trx.selectFrom('items').select(['departmentId', 'requiredField']).where('id', 'in', task.itemIds).execute();
  const pools: PoolGroup[] = [];
  for (const g of task.groups) { // one query after another: they share the draw's connection
    const required = [...new Set(items.filter((i) => i.departmentId === g.departmentId && i.requiredField).map((i) => i.requiredField!))];
    const rows = await sql<{ id: number; certificateNo: string }>`
      SELECT id, certificate_no FROM inspectors
      WHERE department_id = ${g.departmentId} AND active
        AND (certificate_valid_until IS NULL OR certificate_valid_until >= ${task.startDate}::date)
        AND fields @> ${required}::text[]
      ORDER BY certificate_no COLLATE "C"`.execute(trx);
    pools.push({
      key: g.key, departmentId: g.departmentId, perTarget: g.perTarget,
      pool: rows.rows.map((r) => r.certificateNo), inspectorIds: rows.rows.map((r) => r.id),
    });
  }
  return pools;
}

/** Declared conflicts of the pools' inspectors: entity id → their certificate numbers. */
export async function poolConflicts(trx: Db, groups: readonly PoolGroup[]): Promise<Map<number, string[]>> {
  const ids = groups.flatMap((g) => g.inspectorIds);
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const { rows } = await sql<{ entityId: number; certificateNo: string }>`
    SELECT c.entity_id, i.certificate_no FROM conflicts c JOIN inspectors i ON i.id = c.inspector_id
    WHERE c.inspector_id = ANY (${ids}::int[])`.execute(trx);
  for (const r of rows) out.set(r.entityId, [...(out.get(r.entityId) ?? []), r.certificateNo]);
  return out;
}

/**
 * The exclusions of a draw: [uscc, certificate] for every conflicted entity of the population
 * (`codes`: entity id → code, as the population walk found them), ascending by (uscc,
 * certificate) as the inspector digest hashes them.
 */
export function exclusionPairs(conflicts: ReadonlyMap<number, readonly string[]>, codes: ReadonlyMap<number, string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [entityId, code] of codes) for (const c of conflicts.get(entityId) ?? []) pairs.push([code, c]);
  return pairs.sort(comparePairs);
}
