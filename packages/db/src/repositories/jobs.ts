import { sql, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import type { Database, Job, JobState } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { inDepartment } from '../scope.ts';
import { copyIn, copyText } from './copy-in.ts';

// Held for the whole import transaction: a duplicate run of the same job waits, then finds it done.
const JOB_LOCK_NAMESPACE = 7_414_004;
const REJECTION_COPY_THRESHOLD = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface JobRejection {
  row: number;
  column: string;
  reason: string;
}

/** A job as the 后台任务 list shows it: who started it, and the file it read or wrote. */
type JobListRow = Job & { createdByName: string | null; filename: string | null };

/**
 * Which jobs an actor sees: those of the departments in their scope, and always those they
 * started themselves (a leader's export, an inspector's): nobody else's outside the scope.
 */
const visibleTo = (scope: Scope, actor: Pick<Actor, 'userId'>) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb.or([inDepartment(scope, 'jobs.departmentId')(eb), eb('jobs.createdBy', '=', actor.userId)]);

const CATEGORIES = ['import', 'export', 'draw'];
const listSpec: ListSpec = {
  fields: {
    id: 'jobs.id', kind: 'jobs.kind', state: 'jobs.state', departmentId: 'jobs.departmentId',
    createdBy: 'jobs.createdBy', createdAt: 'jobs.createdAt', finishedAt: 'jobs.finishedAt',
  },
  search: ['users.displayName', 'users.username'], // the kind is a code (import:entities): the console filters by category
  custom: {
    // import, export or draw: a job's kind is `<category>` or `<category>:<what>`
    category: (eb, value) => (CATEGORIES.includes(String(value))
      ? eb.or([eb('jobs.kind', '=', String(value)), eb('jobs.kind', 'like', `${String(value)}:%`)])
      : sql<SqlBool>`false`),
  },
};

// Job rows: the queue only carries their id. Progress and result are committed here.
export const jobsRepo = {
  ...lister<JobListRow>((db, scope, actor) => db.selectFrom('jobs')
    .leftJoin('users', 'users.id', 'jobs.createdBy')
    .selectAll('jobs')
    .select([
      'users.displayName as createdByName',
      sql<string | null>`coalesce(jobs.params->>'filename', jobs.result->>'filename')`.as('filename'),
    ])
    .where(actor ? visibleTo(scope, actor) : inDepartment(scope, 'jobs.departmentId')), listSpec),

  /** A job the actor may follow (see visibleTo), or undefined. */
  visible: (db: Db, scope: Scope, actor: Pick<Actor, 'userId'>, id: string) => {
    if (!UUID.test(id)) return Promise.resolve(undefined);
    return db.selectFrom('jobs').selectAll().where('id', '=', id).where(visibleTo(scope, actor)).executeTakeFirst();
  },

  create: (db: Db, v: { kind: string; departmentId: number | null; createdBy: number; params: Record<string, unknown> }) =>
    db.insertInto('jobs').values({ ...v, params: JSON.stringify(v.params) }).returningAll().executeTakeFirstOrThrow(),

  setState: (db: Db, id: string, state: JobState, patch: { progress?: number; result?: unknown; error?: string | null } = {}) =>
    db.updateTable('jobs').set({
      state,
      ...(patch.progress !== undefined && { progress: patch.progress }),
      ...(patch.result !== undefined && { result: JSON.stringify(patch.result) }),
      ...(patch.error !== undefined && { error: patch.error }),
      ...((state === 'completed' || state === 'failed') && { finishedAt: new Date() }),
    }).where('id', '=', id).execute(),

  /** Fails a job that has not finished (a completed job keeps its result); false if it had. */
  async fail(db: Db, id: string, error: string): Promise<boolean> {
    const r = await db.updateTable('jobs').set({ state: 'failed', error, finishedAt: new Date() })
      .where('id', '=', id).where('state', 'in', ['queued', 'active']).executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** For the worker, which acts for the job's creator rather than in a request scope. */
  find: (db: Db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst(),

  /** queued/active → active at 0 %; false when the job already finished, so there is nothing to run. */
  async start(db: Db, id: string): Promise<boolean> {
    const r = await db.updateTable('jobs').set({ state: 'active', progress: 0, error: null })
      .where('id', '=', id).where('state', 'in', ['queued', 'active']).executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /**
   * Progress of a running job; a finished job keeps its 100 %. Committed without waiting for the
   * disk: a report lost in a crash costs nothing, while waiting would stall a bulk import that
   * is filling the write-ahead log at the same time.
   */
  progress: (db: Db, id: string, progress: number) =>
    db.transaction().execute(async (trx) => {
      await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      await trx.updateTable('jobs').set({ progress: Math.max(0, Math.min(99, Math.floor(progress))) })
        .where('id', '=', id).where('state', '=', 'active').execute();
    }),

  /** Serialises runs of one job inside its transaction and returns the job as it is now. */
  async lockForRun(trx: Transaction<Database>, id: string): Promise<Job> {
    await sql`SELECT pg_advisory_xact_lock(${JOB_LOCK_NAMESPACE}, hashtext(${id}))`.execute(trx);
    return trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  },

  /** Rejected rows of an import, in the import's transaction; COPY once there are many. */
  async addRejections(trx: Transaction<Database>, id: string, rows: readonly JobRejection[]): Promise<void> {
    if (rows.length === 0) return;
    if (rows.length < REJECTION_COPY_THRESHOLD) {
      await trx.insertInto('jobRejections').values(rows.map((r) => ({ jobId: id, rowNo: r.row, columnName: r.column, reason: r.reason }))).execute();
      return;
    }
    const lines = function* () {
      for (let i = 0; i < rows.length; i += 5000) {
        yield rows.slice(i, i + 5000).map((r) => `${id}\t${r.row}\t${copyText(r.column)}\t${copyText(r.reason)}\n`).join('');
      }
    };
    await copyIn(trx, 'COPY job_rejections (job_id, row_no, column_name, reason) FROM STDIN', lines());
  },

  /**
   * Deletes the files of export jobs that finished before `before`; the job keeps its result, marked
   * expired. Exports carry personal data (representatives, phone numbers): they are not kept for ever.
   */
  async expireExportFiles(db: Db, before: Date): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      WITH expired AS (
        UPDATE jobs SET result = result || '{"expired": true}'::jsonb
        WHERE kind LIKE 'export:%' AND state = 'completed' AND finished_at < ${before}
          AND result ? 'fileId' AND NOT coalesce((result->>'expired')::boolean, false)
        RETURNING (result->>'fileId')::uuid AS file_id
      ), gone AS (
        DELETE FROM uploads WHERE id IN (SELECT file_id FROM expired) RETURNING id
      )
      SELECT count(*)::int AS n FROM gone`.execute(db);
    return rows[0]?.n ?? 0;
  },

  /**
   * Deletes the source files of imports that ended before `before`; the upload's row (name, size,
   * SHA-256, who, when) stays as the trace of what was imported, and the job keeps its counts and
   * its error report. Answers how many files went.
   */
  async expireImportSources(db: Db, before: Date): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      WITH gone AS (
        DELETE FROM upload_chunks c USING jobs j
        WHERE j.kind LIKE 'import:%' AND j.state IN ('completed', 'failed') AND j.finished_at < ${before}
          AND c.upload_id = (j.params->>'uploadId')::uuid
        RETURNING c.upload_id
      )
      SELECT count(DISTINCT upload_id)::int AS n FROM gone`.execute(db);
    return rows[0]?.n ?? 0;
  },

  rejections: (db: Db, id: string) =>
    db.selectFrom('jobRejections').select(['rowNo', 'columnName', 'reason']).where('jobId', '=', id).orderBy('rowNo').execute(),
};

export type { Job };
