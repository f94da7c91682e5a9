import { sql } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import { sampleSize } from '@sxgk/core/draw/index';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, type WriteMeta } from '../scope.ts';
import { lockDraw } from '../draws/execution.ts';
import { prepareInTrx } from '../draws/prepare.ts';
import { participates } from './task-scope.ts';

// 抽取 as a read-only resource. The secret is only ever shown once the draw has been executed
// (it is the commitment's reveal); populations stay in draw_strata and appear in the records.
const COLUMNS = [
  'id', 'taskId', 'status', 'commitment', 'populationDigest', 'inspectorDigest', 'beaconSource', 'beacon', 'witnesses',
  'seed', 'exclusionCount', 'jobId', 'redrawOfId', 'supersededById', 'redrawReason', 'error', 'preparedBy', 'preparedAt',
  'executedBy', 'executedAt', 'supersededAt',
] as const;
const spec: ListSpec = {
  fields: { ...Object.fromEntries(COLUMNS.map((f) => [f, `draws.${f}`])), departmentId: 'tasks.departmentId', taskName: 'tasks.name' },
  search: ['tasks.name', 'draws.commitment'],
};

export interface StratumSummary { key: string; ratioBp: number; size: number; selected: number | null }
type Row = Record<string, unknown> & { executedAt: Date | null; strataSummary: StratumSummary[] | null };

function base(db: Db, scope: Scope) {
  return db.selectFrom('draws').innerJoin('tasks', 'tasks.id', 'draws.taskId')
    .select(COLUMNS.map((c) => `draws.${c}` as const))
    .select([
      'tasks.departmentId', 'tasks.departmentIds', 'tasks.name as taskName',
      sql<string[]>`(SELECT array_agg(dp.name ORDER BY dp.id) FROM departments dp WHERE dp.id = ANY (tasks.department_ids))`.as('departmentNames'),
      sql<string | null>`CASE WHEN draws.executed_at IS NOT NULL THEN draws.secret END`.as('secret'),
      sql<StratumSummary[]>`(SELECT json_agg(json_build_object('key', s.key, 'ratioBp', s.ratio_bp, 'size', s.size) ORDER BY s.key COLLATE "C") FROM draw_strata s WHERE s.draw_id = draws.id)`.as('strataSummary'),
      sql<unknown[]>`(SELECT json_agg(json_build_object('key', g.key, 'departmentId', g.department_id, 'perTarget', g.per_target, 'poolSize', cardinality(g.inspector_ids)) ORDER BY g.key COLLATE "C") FROM draw_groups g WHERE g.draw_id = draws.id)`.as('groupsSummary'),
    ])
    .where(participates(scope));
}

/** selected per stratum is k = min(N, ceil(N·ratio/10000)) once executed: the spec fixes it. */
function present<T extends Row>(row: T): T {
  const executed = row.executedAt !== null;
  return { ...row, strataSummary: (row.strataSummary ?? []).map((s) => ({ ...s, selected: executed ? sampleSize(s.size, s.ratioBp) : null })) };
}

const listed = lister<Row>(base, spec);

export const drawsRepo = {
  async list(db: Db, scope: Scope, q: ListQuery) {
    const { rows, total } = await listed.list(db, scope, q);
    return { rows: rows.map(present), total };
  },
  ordered: listed.ordered,

  async get(db: Db, scope: Scope, id: number) {
    const row = (await base(db, scope).where('draws.id', '=', id).executeTakeFirst()) as Row | undefined;
    return row && present(row);
  },

  /**
   * Re-draw: the draw (prepared or executed) is superseded, with the reason, and a new draw with a
   * new secret is prepared for the same task from the current directory (the superseded draw's
   * targets no longer count as inspected this year). The old one stays public.
   */
  async redraw(db: Db, scope: Scope, id: number, reason: string, meta: WriteMeta, opts: { beaconSource?: string; walkers?: Db } = {}): Promise<number> {
    if (!reason.trim()) throw new AppError('VALIDATION', '重新抽取须说明原因', { field: 'reason' });
    return db.transaction().execute(async (trx) => {
      const old = mustExist(await lockDraw(trx, scope, id), '抽取');
      if (old.status !== 'prepared' && old.status !== 'executed') {
        throw new AppError('INVALID_STATE', old.status === 'executing' ? '抽取正在执行，不能重新抽取' : '该抽取已结束，请直接为任务准备新的抽取');
      }
      const task = await trx.selectFrom('tasks').selectAll().where('id', '=', old.taskId).forUpdate().executeTakeFirstOrThrow();
      const now = new Date();
      await trx.updateTable('draws').set({ status: 'superseded', redrawReason: reason.trim(), supersededAt: now }).where('id', '=', id).execute();
      const next = await prepareInTrx(trx, task, opts.beaconSource?.trim() || old.beaconSource, meta, { redrawOfId: id, walkers: opts.walkers });
      await trx.updateTable('draws').set({ supersededById: next }).where('id', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'redraw', resource: 'draws', recordId: id, departmentId: task.departmentId, ip: meta.ip, after: { reason: reason.trim(), supersededById: next } });
      return next;
    });
  },
};
