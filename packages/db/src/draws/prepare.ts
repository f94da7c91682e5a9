import { randomBytes } from 'node:crypto';
import './hashing.ts';
import { sql, type Transaction } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { commitment, compareUtf8, createInspectorHasher, createPopulationHasher } from '@sxgk/core/draw/index';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { Database, Task } from '../schema.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, uniqueOr, type WriteMeta } from '../scope.ts';
import { lockTask } from '../repositories/tasks.ts';
import { copyBinaryIn } from '../repositories/copy-binary.ts';
import { stratumRatios } from './eligibility.ts';
import { exclusionPairs, inspectorPools, poolConflicts } from './pools.ts';
import { loadPopulation } from './population.ts';
import { dropWalking, quiet, startWalking } from './registry-walk.ts';

// Step "prepare" of docs/draw-spec.md: snapshot the population and the inspector pools, draw a
// secret, publish the commitment. Eligibility is defined in SQL (eligibility.ts) and assembled in
// the spec's order (population.ts), so the core's streaming hashers take the ids in one pass, and
// each stratum is stored as one compact row.

const NEWLINE = Buffer.from('\n');

/** Benchmarks: called after each step with its name. */
export type StepMark = (step: string) => void;

export interface PrepareOptions {
  redrawOfId?: number | null;
  /** a pool of its own for walking a large registry (population.ts) */
  walkers?: Db;
  mark?: StepMark;
}

/** Prepares a draw of `task` (locked by the caller) inside the caller's transaction; answers its id. */
export async function prepareInTrx(
  trx: Transaction<Database>, task: Task, beaconSource: string, meta: WriteMeta, opts: PrepareOptions = {},
): Promise<number> {
  const { redrawOfId = null, mark = () => {} } = opts;
  if (!beaconSource.trim()) throw new AppError('VALIDATION', '请说明随机信标的来源（例如开奖号码的期号）', { field: 'beaconSource' });
  await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
  const secret = randomBytes(32).toString('hex');
  const { id: drawId } = await uniqueOr(() => trx.insertInto('draws')
    .values({ taskId: task.id, secret, beaconSource: beaconSource.trim(), preparedBy: meta.actor.userId, redrawOfId })
    .returning('id').executeTakeFirstOrThrow(), '该任务已有待执行或已完成的抽取；如需重新抽取，请使用“重新抽取”并说明原因');

  // a large registry's walk begins now, on the walkers, while this transaction reads the rest
  const walking = opts.walkers ? quiet(startWalking(opts.walkers, task)) : undefined;
  // the inspector side first: the population walk then picks up the codes of conflicted entities
  const { groups, conflicts, added } = await inspectorSide(trx, task, drawId).catch(async (e) => {
    await dropWalking(walking);
    throw e;
  });
  mark('inspectors');

  const ratios = stratumRatios(task.ratios);
  const { strata: ordered, codes } = await loadPopulation(trx, task, added, ratios.map((r) => r.key), { walkers: opts.walkers, walking, capture: conflicts.keys() });
  mark('population');
  if ([...ordered.values()].every((s) => s.size === 0)) {
    throw new AppError('VALIDATION', '抽取范围内没有符合条件的检查对象，请调整任务的抽取范围');
  }

  // the snapshot stores exactly the bytes hashed; Postgres stores them while they are hashed
  const strata = ratios.slice().sort((a, b) => compareUtf8(a.key, b.key));
  const stored = quiet(copyBinaryIn(trx, 'COPY draw_strata (draw_id, key, ratio_bp, size, population, entity_ids) FROM STDIN', strata.map((s) => {
    const o = ordered.get(s.key)!;
    const population = o.lines.flatMap((batch, i) => (i ? [NEWLINE, batch] : [batch]));
    return [{ int4: drawId }, { text: s.key }, { int4: s.ratioBp }, { int4: o.size }, { pieces: population }, { pieces: o.entityIds }];
  })));
  // the hasher checks the order it is fed: a collation surprise fails here, not at verification
  const populationHasher = createPopulationHasher();
  for (const s of strata) {
    populationHasher.stratum(s.key, s.ratioBp);
    for (const batch of ordered.get(s.key)!.lines) {
      populationHasher.lines(batch);
      await new Promise(setImmediate); // the COPY's socket is refilled between batches
    }
  }
  const populationDigest = populationHasher.digest();
  mark('population digest');

  const exclusions = exclusionPairs(conflicts, codes);
  const inspectorHasher = createInspectorHasher();
  for (const g of groups) {
    inspectorHasher.group(g.key, g.perTarget);
    inspectorHasher.ids(g.pool);
  }
  for (const [target, inspector] of exclusions) inspectorHasher.exclusion(target, inspector);
  const inspectorDigest = inspectorHasher.digest();
  mark('inspector digest');
  await stored;
  mark('store strata');

  const committed = {
    commitment: commitment(secret, populationDigest, inspectorDigest), populationDigest, inspectorDigest,
    exclusions: exclusions.map(([t, i]) => `${t}\t${i}\n`).join(''), exclusionCount: exclusions.length,
  };
  await trx.updateTable('draws').set(committed).where('id', '=', drawId).execute();
  await appendAudit(trx, meta.actor, {
    action: redrawOfId ? 'redraw_prepare' : 'prepare', resource: 'draws', recordId: drawId, departmentId: task.departmentId, ip: meta.ip,
    after: {
      taskId: task.id, redrawOfId, beaconSource, commitment: committed.commitment, populationDigest, inspectorDigest,
      strata: strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, size: ordered.get(s.key)!.size })),
      groups: groups.map((g) => ({ key: g.key, perTarget: g.perTarget, poolSize: g.pool.length })), exclusions: exclusions.length,
    },
  });
  mark('commitment, audit');
  return drawId;
}

/** The draw's inspector pools (stored), the conflicts of their members, and the entities added to the task by hand. */
async function inspectorSide(trx: Transaction<Database>, task: Task, drawId: number) {
  const groups = (await inspectorPools(trx, task)).sort((a, b) => compareUtf8(a.key, b.key));
  if (groups.length) {
    await trx.insertInto('drawGroups').values(groups.map((g) => ({
      drawId, key: g.key, departmentId: g.departmentId, perTarget: g.perTarget, pool: g.pool.join('\n'), inspectorIds: g.inspectorIds,
    }))).execute();
  }
  const conflicts = await poolConflicts(trx, groups);
  const added = (await trx.selectFrom('taskAdditions').select('entityId').where('taskId', '=', task.id).execute()).map((r) => r.entityId);
  return { groups, conflicts, added };
}

/** `POST /api/tasks/:id/draws`: a draw of a task the actor's department leads. */
export async function prepareDraw(
  db: Db, scope: Scope, taskId: number, beaconSource: string, meta: WriteMeta, opts: Pick<PrepareOptions, 'walkers' | 'mark'> = {},
): Promise<number> {
  const id = await db.transaction().execute(async (trx) => {
    const task = mustExist(await lockTask(trx, scope, taskId), '任务');
    return prepareInTrx(trx, task, beaconSource, meta, opts);
  });
  opts.mark?.('commit');
  return id;
}
