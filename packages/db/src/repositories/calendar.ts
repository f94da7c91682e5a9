import { sql, type SqlBool } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import { buildCalendar, dayNumber, type CalendarDayRow, type WorkCalendar } from '@sxgk/core/working-days';
import type { Db } from '../client.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { mustExist, uniqueOr, type WriteMeta } from '../scope.ts';

// 工作日历: the special days (法定节假日, 调休上班日) per year, seeded from chinese-days by migration
// 0004 and maintained by the platform admin for years the package does not know. Deadlines are
// always computed from these rows, never from the package at run time. The calendar is city-wide:
// the scope only decides who may read or write it.
export interface CalendarInput {
  day?: string;
  kind?: CalendarDayRow['kind'];
  name?: string;
}

const spec: ListSpec = {
  fields: { id: 'calendarDays.id', day: 'calendarDays.day', kind: 'calendarDays.kind', name: 'calendarDays.name' },
  search: ['calendarDays.name'],
  custom: {
    year: (_eb, v) => sql<SqlBool>`calendar_days.day >= make_date(${Number(v)}::int, 1, 1) AND calendar_days.day < make_date(${Number(v)}::int + 1, 1, 1)`,
  },
};

const base = (db: Db) => db.selectFrom('calendarDays').select(['id', 'day', 'kind', 'name']);

/** The working-day calendar as the database keeps it now. */
export async function loadCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.selectFrom('calendarDays').select(['day', 'kind', 'name']).orderBy('day').execute();
  return buildCalendar(rows);
}

/** 'YYYY-MM-DD' of `now` in China (UTC+8, no daylight saving): the day a clerk would write down. */
export function chinaDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function check(row: CalendarDayRow) {
  dayNumber(row.day);
  if (row.kind !== 'holiday' && row.kind !== 'makeup_workday') throw new AppError('VALIDATION', '类型应为 holiday 或 makeup_workday', { field: 'kind' });
  // buildCalendar carries the rules (a 调休上班日 is a weekend day)
  buildCalendar([row]);
}

export const calendarRepo = {
  ...lister<Record<string, unknown>>(base, spec),
  get: (db: Db, _scope: Scope, id: number) => base(db).where('id', '=', id).executeTakeFirst(),

  async create(db: Db, _scope: Scope, input: CalendarInput, meta: WriteMeta) {
    const row = { day: input.day ?? '', kind: input.kind ?? 'holiday', name: input.name?.trim() ?? '' } as CalendarDayRow;
    check(row);
    return db.transaction().execute(async (trx) => {
      const after = await uniqueOr(() => trx.insertInto('calendarDays').values(row).returning(['id', 'day', 'kind', 'name']).executeTakeFirstOrThrow(),
        `${row.day} 已在工作日历中，请修改该日期的记录`);
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'calendar', recordId: after.id, after, departmentId: null, ip: meta.ip });
      return after;
    });
  },

  async update(db: Db, _scope: Scope, id: number, input: CalendarInput, meta: WriteMeta) {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await base(trx).where('id', '=', id).forUpdate().executeTakeFirst(), '日历记录');
      const row = { day: input.day ?? before.day, kind: input.kind ?? before.kind, name: input.name?.trim() ?? before.name };
      check(row);
      const after = await uniqueOr(() => trx.updateTable('calendarDays').set(row).where('id', '=', id).returning(['id', 'day', 'kind', 'name']).executeTakeFirstOrThrow(),
        `${row.day} 已在工作日历中`);
      await appendAudit(trx, meta.actor, { action: 'update', resource: 'calendar', recordId: id, before, after, departmentId: null, ip: meta.ip });
      return after;
    });
  },

  async remove(db: Db, _scope: Scope, id: number, meta: WriteMeta) {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await base(trx).where('id', '=', id).forUpdate().executeTakeFirst(), '日历记录');
      await trx.deleteFrom('calendarDays').where('id', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'delete', resource: 'calendar', recordId: id, before, departmentId: null, ip: meta.ip });
      return before;
    });
  },
};
