import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { DrawRecord } from '@sxgk/core/draw/index';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { entityIdAt, type DrawSnapshot } from './snapshot.ts';
import { indexOfSorted } from './sorted.ts';
import { ASSIGNMENT_SLOTS, TARGET_SLOTS, targetOfDraw } from './ids.ts';
import { COPY_NULL, copyIn, copyText } from '../repositories/copy-in.ts';

// Saves an executed draw in ONE transaction: targets, assignments, the revealed seed and the
// status. The draw row is locked and must still be `executing`: a second worker running the same
// job waits for the first one's commit, then finds `executed` and saves nothing (and the primary
// keys, derived from (draw, position), would refuse a second set of targets anyway). The rows go
// in by COPY: a 100 000-target draw writes in a fraction of what multi-row INSERTs cost.
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

/** The result rows as COPY text, in the draw's target order: targets, then assignments. */
export function resultRows(snapshot: DrawSnapshot, record: DrawRecord, taskId: number, added: ReadonlyMap<number, string>) {
  const drawId = snapshot.draw.id;
  const targets: string[] = [];
  const byKey = new Map(snapshot.strata.map((s) => [s.key, s]));
  // the core's target order: strata by ascending key (as the snapshot and record keep them)
  for (const s of record.strata) {
    const stratum = byKey.get(s.key)!;
    const key = copyText(s.key);
    for (const uscc of s.selected) {
      const entityId = entityIdAt(stratum, indexOfSorted(stratum.population, uscc));
      const reason = added.get(entityId);
      targets.push(`${drawId}\t${targets.length}\t${taskId}\t${entityId}\t${copyText(uscc)}\t${key}\t${reason === undefined ? COPY_NULL : copyText(reason)}\n`);
    }
  }
  const inspector = new Map<string, string>(); // certificate → "inspector_id TAB certificate TAB group"
  for (const g of snapshot.groups) g.pool.forEach((cert, i) => inspector.set(cert, `${g.inspectorIds[i]}\t${copyText(cert)}\t${copyText(g.key)}`));
  const assignments: string[] = [];
  const base = drawId * TARGET_SLOTS;
  record.assignments.forEach((x, ti) => x.inspectors.forEach((cert, j) => {
    assignments.push(`${base + ti}\t${j}\t${drawId}\t${inspector.get(cert)!}\n`);
  }));
  return { targets, assignments };
}

/** Lines joined into ~1 MB chunks for COPY. */
function* chunks(lines: readonly string[], size = 16_384): Generator<string> {
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size).join('');
}

export async function saveDrawResult(db: Db, snapshot: DrawSnapshot, record: DrawRecord, opts: SaveOptions): Promise<SavedDraw> {
  const drawId = snapshot.draw.id;
  const mark = opts.mark ?? (() => {});
  const targetCount = record.strata.reduce((n, s) => n + s.selected.length, 0);
  if (targetCount > TARGET_SLOTS || record.assignments.some((x) => x.inspectors.length > ASSIGNMENT_SLOTS)) {
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

    // ids follow from (draw, position): two COPYs, no id round trip
    const added = await trx.selectFrom('taskAdditions').select(['entityId', 'reason']).where('taskId', '=', row.taskId).execute();
    const rows = resultRows(snapshot, record, row.taskId, new Map(added.map((r) => [r.entityId, r.reason])));
    mark('rows');
    await copyIn(trx, 'COPY targets (draw_id, position, task_id, entity_id, uscc, stratum, added_reason) FROM STDIN', chunks(rows.targets));
    mark('targets');
    await copyIn(trx, 'COPY assignments (target_id, position, draw_id, inspector_id, certificate_no, group_key) FROM STDIN', chunks(rows.assignments));
    mark('assignments');

    const now = new Date();
    await trx.updateTable('draws').set({ status: 'executed', seed: record.seed, executedAt: now, error: null }).where('id', '=', drawId).execute();
    const result = { drawId, targets: rows.targets.length, assignments: rows.assignments.length, already: false };
    if (opts.jobId) {
      await trx.updateTable('jobs').set({ state: 'completed', progress: 100, result: JSON.stringify(result), error: null, finishedAt: now })
        .where('id', '=', opts.jobId).execute();
    }
    await appendAudit(trx, opts.actorUserId === null ? null : await actorOf(trx, opts.actorUserId), {
      action: 'execute', resource: 'draws', recordId: drawId, departmentId: snapshot.taskDepartmentId,
      after: {
        beacon: record.beacon, witnesses: snapshot.draw.witnesses, seed: record.seed, commitment: record.commitment,
        selected: record.strata.map((s) => ({ key: s.key, count: s.selected.length })), assignments: rows.assignments.length,
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
