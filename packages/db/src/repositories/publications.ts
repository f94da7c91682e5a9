import { sql, type SqlBool } from 'kysely';
import { creditFlags, type Outcome } from '@sxgk/core/outcomes';
import type { Scope } from '@sxgk/core/permissions';
import { riskInputs } from '@sxgk/core/risk';
import type { RiskTier } from '@sxgk/core/roles';
import { CalendarYearMissingError, publicationDeadline, publicationWarning, publishedOnTime, type WorkCalendar } from '@sxgk/core/working-days';
import type { Db } from '../client.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { inDepartment } from '../scope.ts';
import { chinaDay, loadCalendar } from './calendar.ts';

// 结果公示: every approved result is published by the scheduled job (queue `publication`), which
// also keeps the yellow/red warnings of what is still pending. Publishing appends the result to
// the entity's credit record and applies what the outcome means for it (flags, status, risk input).
const spec: ListSpec = {
  fields: Object.fromEntries(['id', 'inspectionId', 'entityId', 'departmentId', 'taskId', 'outcome', 'resultDate', 'deadline', 'status',
    'warning', 'publishedAt', 'publishedOn', 'onTime', 'createdAt'].map((f) => [f, `publications.${f}`])),
  search: ['entities.name', 'entities.uscc'],
};

function base(db: Db, scope: Scope) {
  return db.selectFrom('publications').innerJoin('entities', 'entities.id', 'publications.entityId')
    .innerJoin('inspections', 'inspections.id', 'publications.inspectionId')
    .selectAll('publications')
    .select(['entities.name as entityName', 'entities.uscc', 'inspections.version'])
    .where(inDepartment(scope, 'publications.departmentId'));
}

export interface CycleResult {
  today: string;
  deadlinesFilled: number;
  published: number;
  warnings: { yellow: number; red: number };
}

type Trx = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

function deadlineOf(cal: WorkCalendar, resultDate: string): string | null {
  try {
    return publicationDeadline(cal, resultDate);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return null;
    throw e;
  }
}

function warningOf(cal: WorkCalendar, resultDate: string, today: string) {
  try {
    return publicationWarning(cal, resultDate, today);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return null;
    throw e;
  }
}

/** Appends the credit record and applies the outcome's consequences to the entity, in the publishing transaction. */
async function applyCredit(trx: Trx, p: { id: number; inspectionId: number; entityId: number; departmentId: number; outcome: Outcome; violations: string[] }, publishedAt: Date, today: string) {
  await trx.insertInto('creditRecords').values({
    entityId: p.entityId, publicationId: p.id, inspectionId: p.inspectionId, departmentId: p.departmentId,
    outcome: p.outcome, violations: p.violations, publishedAt,
  }).onConflict((oc) => oc.column('publicationId').doNothing()).execute();
  const flags = creditFlags(p.outcome);
  const before = await trx.selectFrom('entities').selectAll().where('id', '=', p.entityId).forUpdate().executeTakeFirstOrThrow();
  const abnormalList = before.abnormalList || flags.abnormalListCandidate;
  const status = flags.entityStatus ?? before.status;
  const history = await trx.selectFrom('creditRecords').leftJoin('followups', 'followups.inspectionId', 'creditRecords.inspectionId')
    .select(['creditRecords.outcome', 'creditRecords.publishedAt', 'followups.status as followupStatus'])
    .where('creditRecords.entityId', '=', p.entityId).execute();
  const risk = riskInputs(
    { riskTier: before.riskTier, abnormalList, seriousViolationList: before.seriousViolationList, complaintCount: before.complaintCount },
    history.map((h) => ({ outcome: h.outcome, publishedAt: chinaDay(h.publishedAt), followupClosed: h.followupStatus === 'closed' })),
    today,
  );
  const riskInputTier: RiskTier | null = risk.reasons.length ? risk.effectiveTier : null;
  const current = before as typeof before & { riskInputTier: string | null; riskInputReasons: string[] };
  const changed = abnormalList !== before.abnormalList || status !== before.status || riskInputTier !== (current.riskInputTier?.trim() || null)
    || JSON.stringify(risk.reasons) !== JSON.stringify(current.riskInputReasons ?? []);
  if (!changed) return;
  await sql`UPDATE entities SET abnormal_list = ${abnormalList}, status = ${status}, risk_input_tier = ${riskInputTier},
    risk_input_reasons = ${risk.reasons}::text[], updated_at = now() WHERE id = ${p.entityId}`.execute(trx);
  const after = await trx.selectFrom('entities').selectAll().where('id', '=', p.entityId).executeTakeFirstOrThrow();
  await trx.insertInto('entityHistory').values({ entityId: p.entityId, actorUserId: null, departmentId: p.departmentId, source: 'publication', before: JSON.stringify(before), after: JSON.stringify(after) }).execute();
  await appendAudit(trx, null, { action: 'credit_flags', resource: 'entities', recordId: p.entityId, before, after: { ...after, publicationId: p.id, reasons: risk.reasons }, departmentId: p.departmentId });
}

/**
 * Results published before their deadline could be computed get it once the calendar knows the
 * year, and with it whether they were on time (the metric counts an unknown as not on time).
 * Each is a change to a published record, so each is audited.
 */
async function settlePublished(db: Db, calendar: WorkCalendar): Promise<number> {
  const untimed = await db.selectFrom('publications').selectAll().where('deadline', 'is', null).where('status', '=', 'published').orderBy('id').execute();
  let settled = 0;
  for (const before of untimed) {
    const deadline = deadlineOf(calendar, before.resultDate);
    if (!deadline || !before.publishedOn) continue;
    const after = await db.transaction().execute(async (trx) => {
      const row = await trx.updateTable('publications').set({ deadline, onTime: publishedOnTime(before.resultDate, before.publishedOn!, deadline), updatedAt: new Date() })
        .where('id', '=', before.id).where('deadline', 'is', null).returningAll().executeTakeFirst();
      if (row) await appendAudit(trx, null, { action: 'update', resource: 'publications', recordId: row.id, before, after: row, departmentId: row.departmentId });
      return row;
    });
    if (after) settled++;
  }
  return settled;
}

/** Fills deadlines the calendar can now compute and stores each pending result's warning as of `now`. */
export async function refreshWarnings(db: Db, now = new Date(), cal?: WorkCalendar) {
  const today = chinaDay(now);
  const calendar = cal ?? await loadCalendar(db);
  const pending = await db.selectFrom('publications').select(['id', 'resultDate', 'deadline']).where('status', '=', 'pending').orderBy('id').execute();
  let deadlinesFilled = await settlePublished(db, calendar);
  const warnings = { yellow: 0, red: 0 };
  for (const p of pending) {
    const deadline = p.deadline ?? deadlineOf(calendar, p.resultDate);
    if (!p.deadline && deadline) deadlinesFilled++;
    const warning = warningOf(calendar, p.resultDate, today) ?? 'none';
    if (warning !== 'none') warnings[warning]++;
    await db.updateTable('publications').set({ deadline, warning, updatedAt: new Date() }).where('id', '=', p.id).where('status', '=', 'pending').execute();
  }
  return { today, deadlinesFilled, warnings, pending: pending.map((p) => p.id) };
}

/** Publishes every pending result, each in its own transaction (rows locked SKIP LOCKED, so concurrent runs never double up). */
export async function publishPending(db: Db, now = new Date(), ids?: number[]): Promise<number> {
  const today = chinaDay(now);
  const pending = ids ?? (await db.selectFrom('publications').select('id').where('status', '=', 'pending').orderBy('id').execute()).map((p) => p.id);
  let published = 0;
  for (const id of pending) {
    const done = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('publications').selectAll().where('id', '=', id).where('status', '=', 'pending').forUpdate().skipLocked().executeTakeFirst();
      if (!row) return false;
      const at = new Date();
      const after = await trx.updateTable('publications').set({
        status: 'published', publishedAt: at, publishedOn: today, warning: 'none', updatedAt: at,
        onTime: publishedOnTime(row.resultDate, today, row.deadline),
      }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await applyCredit(trx, row, at, today);
      await appendAudit(trx, null, { action: 'publish', resource: 'publications', recordId: row.id, before: row, after, departmentId: row.departmentId });
      return true;
    });
    if (done) published++;
  }
  return published;
}

/**
 * One run of the publication job, idempotent and safe on several workers at once: deadlines and
 * warnings first (what each pending result looked like), then every pending approved result is
 * published — approved results are published promptly, the warnings catch any left behind.
 */
export async function runPublicationCycle(db: Db, now = new Date()): Promise<CycleResult> {
  const { today, deadlinesFilled, warnings, pending } = await refreshWarnings(db, now);
  const published = await publishPending(db, now, pending);
  return { today, deadlinesFilled, published, warnings };
}

export const publicationsRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: (db: Db, scope: Scope, id: number) => base(db, scope).where('publications.id', '=', id).executeTakeFirst(),

  /** Counts per department for the dashboards: pending (of which yellow, red), published on time and late. */
  board: (db: Db, scope: Scope) => db.selectFrom('departments')
    .leftJoin('publications', 'publications.departmentId', 'departments.id')
    .select(['departments.id as departmentId', 'departments.name as departmentName',
      sql<number>`count(publications.id) FILTER (WHERE publications.status = 'pending')`.as('pending'),
      sql<number>`count(publications.id) FILTER (WHERE publications.status = 'pending' AND publications.warning = 'yellow')`.as('yellow'),
      sql<number>`count(publications.id) FILTER (WHERE publications.status = 'pending' AND publications.warning = 'red')`.as('red'),
      sql<number>`count(publications.id) FILTER (WHERE publications.status = 'published' AND publications.on_time IS NOT FALSE)`.as('publishedOnTime'),
      sql<number>`count(publications.id) FILTER (WHERE publications.status = 'published' AND publications.on_time = false)`.as('publishedLate'),
    ])
    .where(inDepartment(scope, 'departments.id'))
    .groupBy(['departments.id', 'departments.name']).orderBy('departments.id').execute(),
};

export interface CreditRow {
  id: number;
  entityId: number;
  uscc: string;
  entityName: string;
  publicationId: number;
  inspectionId: number;
  departmentId: number;
  departmentName: string;
  outcome: Outcome;
  violations: string[];
  publishedAt: Date;
}

function creditBase(db: Db) {
  return db.selectFrom('creditRecords').innerJoin('entities', 'entities.id', 'creditRecords.entityId')
    .innerJoin('departments', 'departments.id', 'creditRecords.departmentId')
    .select(['creditRecords.id', 'creditRecords.entityId', 'entities.uscc', 'entities.name as entityName', 'creditRecords.publicationId',
      'creditRecords.inspectionId', 'creditRecords.departmentId', 'departments.name as departmentName', 'creditRecords.outcome',
      'creditRecords.violations', 'creditRecords.publishedAt']);
}

export const creditRepo = {
  /** An entity's credit record, oldest first. The caller has checked the entity is visible. */
  forEntity: (db: Db, entityId: number) => creditBase(db).where('creditRecords.entityId', '=', entityId).orderBy('creditRecords.id').execute() as Promise<CreditRow[]>,

  /** Bulk export for the credit system: records of departments in scope published since `since` (a day). */
  export: (db: Db, scope: Scope, since?: string) => creditBase(db)
    .where(inDepartment(scope, 'creditRecords.departmentId'))
    .$if(!!since, (q) => q.where(sql<SqlBool>`credit_records.published_at >= (${since}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`))
    .orderBy('creditRecords.id').execute() as Promise<CreditRow[]>,

  /** What publication did to the entity: its flags and the risk input the draw reads. */
  summary: (db: Db, entityId: number) => sql<{ riskTier: string; riskInputTier: string | null; riskInputReasons: string[]; abnormalList: boolean; seriousViolationList: boolean; status: string }>`
    SELECT risk_tier AS "riskTier", risk_input_tier AS "riskInputTier", risk_input_reasons AS "riskInputReasons",
      abnormal_list AS "abnormalList", serious_violation_list AS "seriousViolationList", status
    FROM entities WHERE id = ${entityId}`.execute(db).then((r) => r.rows[0]),
};
