import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Task } from '../schema.ts';
import { comparePairs } from '@sxgk/core/draw/utf8';
import { int32s, type OrderedStratum } from './population.ts';

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
  return Promise.all(task.groups.map(async (g) => {
    const required = [...new Set(items.filter((i) => i.departmentId === g.departmentId && i.requiredField).map((i) => i.requiredField!))];
    const rows = await sql<{ id: number; certificateNo: string }>`
      SELECT id, certificate_no FROM inspectors
      WHERE department_id = ${g.departmentId} AND active
        AND (certificate_valid_until IS NULL OR certificate_valid_until >= ${task.startDate}::date)
        AND fields @> ${required}::text[]
      ORDER BY certificate_no COLLATE "C"`.execute(trx);
    return {
      key: g.key, departmentId: g.departmentId, perTarget: g.perTarget,
      pool: rows.rows.map((r) => r.certificateNo), inspectorIds: rows.rows.map((r) => r.id),
    };
  }));
}

/**
 * Declared conflicts between pool inspectors and population entities, as [uscc, certificate]
 * ascending by (uscc, certificate) as the inspector digest hashes them. The codes come from the
 * population itself (by entity id), so no entity row is read.
 */
export async function conflictExclusions(trx: Db, groups: readonly PoolGroup[], population: ReadonlyMap<string, OrderedStratum>): Promise<[string, string][]> {
  const ids = groups.flatMap((g) => g.inspectorIds);
  if (ids.length === 0) return [];
  const { rows } = await sql<{ entityId: number; certificateNo: string }>`
    SELECT c.entity_id, i.certificate_no FROM conflicts c JOIN inspectors i ON i.id = c.inspector_id
    WHERE c.inspector_id = ANY (${ids}::int[])`.execute(trx);
  const certificates = new Map<number, string[]>();
  for (const r of rows) certificates.set(r.entityId, [...(certificates.get(r.entityId) ?? []), r.certificateNo]);
  // a flag per entity id, so millions of population ids cost an array read each, not a Map lookup
  let maxId = 0;
  for (const id of certificates.keys()) maxId = Math.max(maxId, id);
  const flagged = new Uint8Array(maxId + 1);
  for (const id of certificates.keys()) flagged[id] = 1;
  const pairs: [string, string][] = [];
  for (const { bytes, entityIds } of population.values()) {
    const ids = int32s(entityIds);
    // walk the lines alongside the ids; a code is decoded only for a conflicted entity
    for (let i = 0, start = 0; i < ids.length; i++) {
      const end = i + 1 < ids.length ? bytes.indexOf(10, start) : bytes.length;
      if (flagged[ids[i]!] === 1) for (const c of certificates.get(ids[i]!)!) pairs.push([bytes.toString('utf8', start, end), c]);
      start = end + 1;
    }
  }
  return pairs.sort(comparePairs);
}
