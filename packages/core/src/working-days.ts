import { AppError } from './errors.ts';

// The Chinese working-day calendar behind "公示 within 20 working days". Dates are plain
// 'YYYY-MM-DD' strings handled as UTC day numbers, so the answer never depends on the time zone
// of the server or the browser.

/** Explicit data only: the State Council's arrangement is published year by year and cannot be computed. */
export interface WorkCalendar {
  /** 法定节假日 (including the weekend days inside a holiday period) — never working days. */
  holidays: ReadonlySet<string>;
  /** 调休上班日: weekend days that are working days. */
  makeupWorkdays: ReadonlySet<string>;
  /** Years whose arrangement has been maintained; any other year cannot be computed. */
  knownYears: ReadonlySet<number>;
}

/** The row the database keeps per special day (see calendar-seed.ts for the seed). */
export interface CalendarDayRow {
  day: string;
  kind: 'holiday' | 'makeup_workday';
  name: string;
}

export type PublicationWarning = 'none' | 'yellow' | 'red';

/** Raised (409) when a computation reaches a year the platform admin has not maintained yet. */
export class CalendarYearMissingError extends AppError {
  constructor(readonly year: number) {
    super('INVALID_STATE', `${year} 年的节假日安排尚未维护，无法计算工作日`, { year });
  }
}

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → days since 1970-01-01; refuses impossible dates such as 2026-02-30. */
export function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || fromDayNumber(ms / DAY_MS) !== day) {
    throw new AppError('BAD_REQUEST', `日期格式无效：“${day}”，应为 YYYY-MM-DD`);
  }
  return ms / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday.
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;

function workingOn(cal: WorkCalendar, n: number): boolean {
  const day = fromDayNumber(n);
  const year = Number(day.slice(0, 4));
  if (!cal.knownYears.has(year)) throw new CalendarYearMissingError(year);
  if (cal.holidays.has(day)) return false;
  if (cal.makeupWorkdays.has(day)) return true;
  const w = weekday(n);
  return w !== 0 && w !== 6;
}

export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  return workingOn(cal, dayNumber(day));
}

function checkCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what}应为非负整数，实际为 ${n}`);
}

/**
 * The n-th working day after `day`, `day` itself not counted (n = 0 gives `day` back unchanged).
 * "Within 20 working days after the result date" therefore ends on addWorkingDays(cal, resultDate, 20):
 * a result dated on a Friday has the following Monday as its first working day, and a result dated
 * inside a holiday starts counting at the first working day after it.
 */
export function addWorkingDays(cal: WorkCalendar, day: string, n: number): string {
  checkCount(n, '工作日数');
  let d = dayNumber(day);
  for (let left = n; left > 0; ) if (workingOn(cal, ++d)) left--;
  return fromDayNumber(d);
}

/**
 * How many working days lie after `from`, up to and including `to` — "we are on working day k of
 * the window". 0 when `to` is not after `from`; inverse of addWorkingDays on working days.
 */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  const end = dayNumber(to);
  let count = 0;
  for (let d = dayNumber(from) + 1; d <= end; d++) if (workingOn(cal, d)) count++;
  return count;
}

/** The last day on which publishing a result still counts as on time. */
export function publicationDeadline(cal: WorkCalendar, resultDate: string, windowDays = 20): string {
  return addWorkingDays(cal, resultDate, windowDays);
}

/**
 * Whether a result published on `publishedOn` was published in time. Without its deadline (the
 * calendar does not know the deadline's year yet, as in December before next year's holidays are
 * announced) it is still certain when no more than `windowDays` calendar days have passed, since
 * those hold no more working days than that; later than that it cannot be told (null).
 */
export function publishedOnTime(resultDate: string, publishedOn: string, deadline: string | null, windowDays = 20): boolean | null {
  if (deadline) return publishedOn <= deadline;
  return dayNumber(publishedOn) - dayNumber(resultDate) <= windowDays ? true : null;
}

/** A calendar year the platform admin should maintain now. */
export interface CalendarYearDue {
  year: number;
  /** true: a result dated `today` cannot get its deadline until the year is maintained */
  urgent: boolean;
}

// The State Council announces the next year's arrangement around November; from then on the
// reminder asks for it, before December's results need it.
const REMIND_FROM_MONTH = 11;

/**
 * The year missing from the calendar that matters on `today`, if any: this year, or the year a
 * result dated today needs for its deadline (urgent), else from November next year (not urgent).
 */
export function calendarYearDue(cal: WorkCalendar, today: string, windowDays = 20): CalendarYearDue | null {
  const year = Number(today.slice(0, 4));
  try {
    publicationDeadline(cal, today, windowDays);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return { year: e.year, urgent: true };
    throw e;
  }
  if (Number(today.slice(5, 7)) >= REMIND_FROM_MONTH && !cal.knownYears.has(year + 1)) return { year: year + 1, urgent: false };
  return null;
}

export interface WarningOptions {
  windowDays?: number;
  /** First working day of the window that shows yellow. */
  yellowFrom?: number;
  /** A published result needs no warning, whenever it was published (timeliness is a metric). */
  published?: boolean;
}

/**
 * 'yellow' from working day `yellowFrom` of the window through the deadline, 'red' once `today`
 * is past the deadline (on any day, working or not) and the result is still unpublished.
 */
export function publicationWarning(
  cal: WorkCalendar,
  resultDate: string,
  today: string,
  { windowDays = 20, yellowFrom = 15, published = false }: WarningOptions = {},
): PublicationWarning {
  checkCount(windowDays, '公示期限');
  checkCount(yellowFrom, '预警起始工作日');
  dayNumber(today);
  if (published) return 'none';
  const deadline = publicationDeadline(cal, resultDate, windowDays);
  // overdue is decided before counting, so a far-off `today` never needs its year maintained
  if (today > deadline) return 'red';
  return workingDaysBetween(cal, resultDate, today) >= yellowFrom ? 'yellow' : 'none';
}

/**
 * The WorkCalendar for rows as the database keeps them. A year counts as maintained when it has
 * rows (every arrangement has at least 元旦), unless `knownYears` says otherwise explicitly.
 */
export function buildCalendar(rows: readonly CalendarDayRow[], knownYears?: Iterable<number>): WorkCalendar {
  const holidays = new Set<string>();
  const makeupWorkdays = new Set<string>();
  for (const r of rows) {
    const n = dayNumber(r.day);
    if (r.kind === 'makeup_workday' && weekday(n) !== 0 && weekday(n) !== 6) {
      throw new AppError('VALIDATION', `${r.day} 不是周末，不能设为调休上班日`);
    }
    const [mine, other] = r.kind === 'holiday' ? [holidays, makeupWorkdays] : [makeupWorkdays, holidays];
    if (other.has(r.day)) throw new AppError('VALIDATION', `${r.day} 不能同时是节假日和调休上班日`);
    mine.add(r.day);
  }
  const years = knownYears ?? rows.map((r) => Number(r.day.slice(0, 4)));
  return { holidays, makeupWorkdays, knownYears: new Set(years) };
}
