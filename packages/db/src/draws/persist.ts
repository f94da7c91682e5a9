import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { teamSize, type DrawOutcome } from '@sxgk/core/draw/index';
import type { Db } from '../client.ts';
import { appendAudit } from '../audit.ts';
import { entityIdAt, type DrawSnapshot } from './snapshot.ts';
import { ASSIGNMENT_SLOTS, TARGET_SLOTS, targetOfDraw } from './ids.ts';
import { COPY_NULL, copyArrayElement, copyIn, copyText } from '../repositories/copy-in.ts';
import { ByteBuilder } from '../repositories/copy-bytes.ts';

// Saves an executed draw in ONE transaction: targets with their teams, the per-inspector index,
// the revealed seed and the status. The draw row is locked and must still be `executing`: a
// second worker running the same job waits for the first one's commit, then finds `executed` and
// saves nothing (and the primary keys, derived from (draw, position), would refuse a second set
// of targets anyway). The rows go in by COPY: a 100 000-target draw writes in a fraction of what
// multi-row INSERTs cost.
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
  /** step 2 of a draw under way (DrawInProgress.advanceTo): run on as far as the rows written need */
  advance?: (targets: number) => void;
}

const CHUNK_ROWS = 8192;
const CHUNK_BYTES = 1 << 20;
const [TAB, NL, COMMA, OPEN, CLOSE] = [0x09, 0x0a, 0x2c, 0x7b, 0x7d];
const NULL_BYTES = Buffer.from(COPY_NULL);
const FIELDS = ['id', 'certificate', 'group'] as const; // a team's three arrays, in column order

/**
 * The result rows as COPY text bytes: targets with their teams (inspector ids, certificates and groups
 * in pick order), in the draw's target order and in chunks, yielding between them so Postgres
 * ingests one while the next is built; `inspectorRows` is complete once they all were taken.
 */
export function resultRows(snapshot: DrawSnapshot, outcome: DrawOutcome, taskId: number, added: ReadonlyMap<number, string>, advance?: (targets: number) => void) {
  const drawId = snapshot.draw.id;
  const size = teamSize(snapshot.groups);
  // every pool member's COPY bytes by group and pool position; the group of each of a team's slots
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  const text = snapshot.groups.map((g) => {
    const group = bytes(copyArrayElement(g.key));
    return g.pool.map((cert, i) => ({ id: bytes(String(g.inspectorIds[i]!)), certificate: bytes(copyArrayElement(cert)), group }));
  });
  const slotGroup = snapshot.groups.flatMap((g, gi) => Array.from({ length: g.perTarget }, () => gi));
  const positions = snapshot.groups.map((g) => g.pool.map(() => [] as number[]));
  const put = (b: ByteBuilder, x: Buffer) => b.bytes(x, 0, x.length);
  const targets = async function* (): AsyncGenerator<Buffer> {
    let position = 0;
    let out = new ByteBuilder(CHUNK_BYTES);
    const drawTab = bytes(`${drawId}\t`);
    const taskTab = bytes(`\t${taskId}\t`);
    // the core's target order: strata by ascending key, as the snapshot keeps them
    for (const [si, stratum] of snapshot.strata.entries()) {
      const key = bytes(`\t${copyText(stratum.key)}\t`);
      const codes = stratum.population;
      for (const p of outcome.selected[si]!) {
        // the teams of this chunk are drawn now, while Postgres takes the chunk before
        if (position % CHUNK_ROWS === 0) advance?.(position + CHUNK_ROWS);
        const entityId = entityIdAt(stratum, p);
        const reason = added.get(entityId);
        put(out, drawTab);
        out.int(position);
        put(out, taskTab);
        out.int(entityId);
        out.byte(TAB);
        out.escaped(codes.bytes, codes.start(p), codes.end(p)); // the code's bytes as stored, never decoded
        put(out, key);
        if (reason === undefined) put(out, NULL_BYTES);
        else out.text(copyText(reason));
        for (const field of FIELDS) {
          out.byte(TAB);
          out.byte(OPEN);
          for (let k = 0; k < size; k++) {
            const pos = outcome.picks[position * size + k]!;
            if (k) out.byte(COMMA);
            put(out, text[slotGroup[k]!]![pos]![field]);
            if (field === 'id') positions[slotGroup[k]!]![pos]!.push(position);
          }
          out.byte(CLOSE);
        }
        out.byte(NL);
        if (++position % CHUNK_ROWS === 0) {
          yield out.buf.subarray(0, out.length); // a fresh builder for the next: this one is COPY's now
          out = new ByteBuilder(CHUNK_BYTES);
          await new Promise(setImmediate);
        }
      }
    }
    if (out.length) yield out.buf.subarray(0, out.length);
  };
  const inspectorRows = () => snapshot.groups.flatMap((g, gi) => g.pool.flatMap((_, i) => {
    const mine = positions[gi]![i]!;
    return mine.length ? [`${g.inspectorIds[i]}\t${drawId}\t{${mine.join(',')}}\n`] : [];
  }));
  return { targets, inspectorRows, count: outcome.targets.length, assignments: outcome.targets.length * size };
}

export async function saveDrawResult(db: Db, snapshot: DrawSnapshot, outcome: DrawOutcome, opts: SaveOptions): Promise<SavedDraw> {
  const drawId = snapshot.draw.id;
  const mark = opts.mark ?? (() => {});
  if (outcome.targets.length > TARGET_SLOTS || teamSize(snapshot.groups) > ASSIGNMENT_SLOTS) {
    throw new AppError('VALIDATION', `抽取 #${drawId} 的结果超出可保存的规模`);
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('draws').select(['status', 'commitment', 'taskId']).where('id', '=', drawId).forUpdate().executeTakeFirstOrThrow();
    if (row.status === 'executed') {
      const n = await trx.selectFrom('targets').select(sql<number>`count(*)`.as('n')).where(targetOfDraw('targets.id', drawId)).executeTakeFirstOrThrow();
      return { drawId, targets: n.n, assignments: -1, already: true };
    }
    if (row.status !== 'executing') throw new AppError('INVALID_STATE', `抽取 #${drawId} 当前状态为 ${row.status}，不能保存结果`);
    if (row.commitment !== outcome.commitment) throw new AppError('CONFLICT', `抽取 #${drawId} 的快照与公开承诺不符，拒绝保存`);

    // ids follow from (draw, position): two COPYs, no id round trip
    const added = await trx.selectFrom('taskAdditions').select(['entityId', 'reason']).where('taskId', '=', row.taskId).execute();
    const rows = resultRows(snapshot, outcome, row.taskId, new Map(added.map((r) => [r.entityId, r.reason])), opts.advance);
    await copyIn(trx, `COPY targets (draw_id, position, task_id, entity_id, uscc, stratum, added_reason, inspector_ids, certificate_nos, group_keys)
      FROM STDIN`, rows.targets());
    mark('targets');
    await copyIn(trx, 'COPY inspector_targets (inspector_id, draw_id, positions) FROM STDIN', [rows.inspectorRows().join('')]);
    mark('inspector index');

    const now = new Date();
    await trx.updateTable('draws').set({ status: 'executed', seed: outcome.seed, executedAt: now, error: null }).where('id', '=', drawId).execute();
    const result = { drawId, targets: rows.count, assignments: rows.assignments, already: false };
    if (opts.jobId) {
      await trx.updateTable('jobs').set({ state: 'completed', progress: 100, result: JSON.stringify(result), error: null, finishedAt: now })
        .where('id', '=', opts.jobId).execute();
    }
    await appendAudit(trx, opts.actorUserId === null ? null : await actorOf(trx, opts.actorUserId), {
      action: 'execute', resource: 'draws', recordId: drawId, departmentId: snapshot.taskDepartmentId,
      after: {
        beacon: snapshot.draw.beacon, witnesses: snapshot.draw.witnesses, seed: outcome.seed, commitment: outcome.commitment,
        selected: snapshot.strata.map((s, i) => ({ key: s.key, count: outcome.selected[i]!.length })), assignments: rows.assignments,
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
