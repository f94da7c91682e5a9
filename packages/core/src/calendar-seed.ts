import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { buildCalendar, type CalendarDayRow, type WorkCalendar } from './working-days.ts';

// Seed rows for the working-day calendar from the `chinese-days` package, which transcribes the
// State Council's 节假日安排 notices year by year. We read its raw JSON rather than call its
// getDayDetail/isWorkday: those build their tables with local-time Date objects and shift every
// date by one day in time zones west of UTC, while the JSON is plain data.

export { buildCalendar };
export type { CalendarDayRow, WorkCalendar };

// Values look like "Spring Festival,春节,4": English name, Chinese name, length of the period.
// The English name could itself contain a comma, so the Chinese name is read from the end.
function chineseName(value: string): string {
  const parts = value.split(',');
  return parts.at(-2) ?? value;
}

const tables = data as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Years the installed chinese-days data covers (a year is covered when it has any holiday). */
export function chineseDaysYears(): number[] {
  const years = new Set(Object.keys(tables.holidays).map((d) => Number(d.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}

/**
 * One row per holiday and per 调休上班日 of the given years (default: every year in the data), by
 * date. A year the data lacks is refused rather than seeded empty, which would make it look maintained.
 */
export function calendarDaysFromChineseDays(years?: readonly number[]): CalendarDayRow[] {
  const covered = chineseDaysYears();
  const missing = (years ?? []).filter((y) => !covered.includes(y));
  if (missing.length) throw new RangeError(`chinese-days 数据中没有 ${missing.join('、')} 年的节假日安排`);
  const wanted = new Set(years ?? covered);
  const rows: CalendarDayRow[] = [];
  const collect = (table: Record<string, string>, kind: CalendarDayRow['kind']) => {
    for (const [day, value] of Object.entries(table)) {
      if (wanted.has(Number(day.slice(0, 4)))) rows.push({ day, kind, name: chineseName(value) });
    }
  };
  collect(tables.holidays, 'holiday');
  collect(tables.workdays, 'makeup_workday');
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The calendar for every year chinese-days knows — for tests and first start, before the database has rows. */
export function chineseDaysCalendar(years?: readonly number[]): WorkCalendar {
  return buildCalendar(calendarDaysFromChineseDays(years));
}
