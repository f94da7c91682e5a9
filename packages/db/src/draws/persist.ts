import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { DrawRecord } from '@sxgk/core/draw/index';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { entityIdAt, type DrawSnapshot } from './snapshot.ts';
import { indexOfSorted } from './sorted.ts';
import { ASSIGNMENT_SLOTS, TARGET_SLOTS, targetOfDraw } from './ids.ts';

// Saves an executed draw in ONE transaction: targets, assignments, the revealed seed and the
// status. The draw row is locked and must still be `executing`: a second worker running the same
// job waits for the first one's commit, then finds `executed` and saves nothing (and the primary
// keys, derived from (draw, position), would refuse a second set of targets anyway).
export interface SavedDraw {
  drawId: number;
  targets: number;
  assignments: number;
  /** true when another run had already saved this draw */
  already: boolean;
}

export interface SaveOptions {
  jobId: string | null;
  actorUserId: number | null;
  /** test hook: runs inside the transaction just before COMMIT (throw to simulate a crash) */
  beforeCommit?: () => void | Promise<void>;
  /** benchmarks: called after each step with its name */
  mark?: (step: string) => void;
}

/** Flat column arrays for one multi-row INSERT each (unnest), in the draw's target order. */
export function resultColumns(snapshot: DrawSnapshot, record: DrawRecord) {
  const t = { entityId: [] as number[], uscc: [] as string[], stratum: [] as string[] };
  const byKey = new Map(snapshot.strata.map((s) => [s.key, s]));
  // the core's target order: strata by ascending key (as the snapshot and record keep them)
  for (const s of record.strata) {
    const stratum = byKey.get(s.key)!;
    for (const uscc of s.selected) {
      t.entityId.push(entityIdAt(stratum, indexOfSorted(stratum.population, uscc)));
      t.uscc.push(uscc);
      t.stratum.push(s.key);
    }
  }
  const inspector = new Map<string, { id: number; group: string }>();
  for (const g of snapshot.groups) g.pool.forEach((cert, i) => inspector.set(cert, { id: g.inspectorIds[i]!, group: g.key }));
  const a = { target: [] as number[], inspectorId: [] as number[], cert: [] as string[], group: [] as string[], position: [] as number[] };
  record.assignments.forEach((x, ti) => x.inspectors.forEach((cert, j) => {
    const who = inspector.get(cert)!;
    a.target.push(ti);
    a.inspectorId.push(who.id);
    a.cert.push(cert);
    a.group.push(who.group);
    a.position.push(j);
  }));
  return { t, a };
}

export async function saveDrawResult(db: Db, snapshot: DrawSnapshot, record: DrawRecord, opts: SaveOptions): Promise<SavedDraw> {
  const drawId = snapshot.draw.id;
  const mark = opts.mark ?? (() => {});
  const { t, a } = resultColumns(snapshot, record);
  mark('columns');
  if (t.uscc.length > TARGET_SLOTS || record.assignments.some((x) => x.inspectors.length > ASSIGNMENT_SLOTS)) {
    throw new AppError('VALIDATION', `抽取 #${drawId} 的结果超出可保存的规模`);
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('draws').select(['status', 'commitment', 'taskId']).where('id', '=', drawId).forUpdate().executeTakeFirstOrThrow();
    if (row.status === 'executed') {
      const n = await trx.selectFrom('targets').select(sql<number>`count(*)`.as('n')).where(targetOfDraw('targets.id', drawId)).executeTakeFirstOrThrow();
      return { drawId, targets: n.n, assignments: -1, already: true };
    }
    if (row.status !== 'executing') throw new AppError('INVALID_STATE', `抽取 #${drawId} 当前状态为 ${row.status}，不能保存结果`);
    if (row.commitment !== record.commitment) throw new AppError('CONFLICT', `抽取 #${drawId} 的快照与公开承诺不符，拒绝保存`);

    // ids follow from (draw, position): two plain multi-row inserts, no id round trip
    await sql`
      INSERT INTO targets (draw_id, position, task_id, entity_id, uscc, stratum, added_reason)
      SELECT ${drawId}::int, (u.n - 1)::int, ${row.taskId}::int, u.entity_id, u.uscc, u.stratum, ad.reason
      FROM unnest(${t.entityId}::int[], ${t.uscc}::text[], ${t.stratum}::text[]) WITH ORDINALITY AS u(entity_id, uscc, stratum, n)
      LEFT JOIN task_additions ad ON ad.task_id = ${row.taskId}::int AND ad.entity_id = u.entity_id`.execute(trx);
    mark('targets');
    await sql`
      INSERT INTO assignments (target_id, position, draw_id, inspector_id, certificate_no, group_key)
      SELECT ${drawId}::bigint * ${TARGET_SLOTS} + x.target_position, x.pos, ${drawId}::int, x.inspector_id, x.cert, x.grp
      FROM unnest(${a.target}::int[], ${a.position}::int[], ${a.inspectorId}::int[], ${a.cert}::text[], ${a.group}::text[])
        AS x(target_position, pos, inspector_id, cert, grp)`.execute(trx);
    mark('assignments');

    const now = new Date();
    await trx.updateTable('draws').set({ status: 'executed', seed: record.seed, executedAt: now, error: null }).where('id', '=', drawId).execute();
    const result = { drawId, targets: t.uscc.length, assignments: a.cert.length, already: false };
    if (opts.jobId) {
      await trx.updateTable('jobs').set({ state: 'completed', progress: 100, result: JSON.stringify(result), error: null, finishedAt: now })
        .where('id', '=', opts.jobId).execute();
    }
    await appendAudit(trx, opts.actorUserId === null ? null : await actorOf(trx, opts.actorUserId), {
      action: 'execute', resource: 'draws', recordId: drawId, departmentId: snapshot.taskDepartmentId,
      after: {
        beacon: record.beacon, witnesses: snapshot.draw.witnesses, seed: record.seed, commitment: record.commitment,
        selected: record.strata.map((s) => ({ key: s.key, count: s.selected.length })), assignments: a.cert.length,
      },
    });
    await opts.beforeCommit?.();
    mark('status, job, audit');
    return result;
  }).then((r) => (mark('commit'), r));
}

/** The user who asked for the execution, as the audit trail records actors. */
export async function actorOf(trx: Db, userId: number) {
  const u = await trx.selectFrom('users').select(['id', 'username', 'role', 'departmentId']).where('id', '=', userId).executeTakeFirst();
  return u ? { userId: u.id, username: u.username, role: u.role, departmentId: u.departmentId } : null;
}
