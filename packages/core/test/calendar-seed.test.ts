import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import chineseDays from 'chinese-days';
import { calendarDaysFromChineseDays, chineseDaysCalendar, chineseDaysYears } from '../src/calendar-seed.ts';
import {
  addWorkingDays, dayNumber, fromDayNumber, isWorkingDay, publicationDeadline, publicationWarning, workingDaysBetween,
} from '../src/working-days.ts';

const cal = chineseDaysCalendar();
const rows2026 = calendarDaysFromChineseDays([2026]);
const days = (kind: string, name: string) => rows2026.filter((r) => r.kind === kind && r.name === name).map((r) => r.day);

describe('what chinese-days says about 2026', () => {
  it('春节: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked', () => {
    expect(days('holiday', '春节')).toEqual(
      ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d}`));
    expect(days('makeup_workday', '春节')).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('中秋 09-25..09-27 and 国庆 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked', () => {
    expect(days('holiday', '中秋')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
    expect(days('holiday', '国庆节')).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`));
    expect(days('makeup_workday', '国庆节')).toEqual(['2026-09-20', '2026-10-10']);
  });

  it('make-up days are working days, holidays are not even on weekdays', () => {
    for (const d of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) expect(isWorkingDay(cal, d)).toBe(true);
    for (const d of ['2026-02-16', '2026-02-23', '2026-09-25', '2026-10-01']) expect(isWorkingDay(cal, d)).toBe(false);
  });
});

describe('deadlines (20 working days, result date not counted)', () => {
  it.each([
    // Tue 02-10 → 1 Wed 02-11, 2 Thu, 3 Fri, 4 Sat 02-14 (make-up), 春节 02-15..23, 5 Tue 02-24 … 8 Fri 02-27,
    // 9 Sat 02-28 (make-up), 10 Mon 03-02 … 14 Fri 03-06, 15 Mon 03-09 … 19 Fri 03-13, 20 Mon 03-16
    ['2026-02-10', '2026-03-16'],
    // Mon 02-09 → one more day ahead of the above: 20 is Fri 03-13
    ['2026-02-09', '2026-03-13'],
    // Fri 09-25 is itself 中秋: 1..3 Mon 09-28..Wed 09-30, 国庆 10-01..07, 4 Thu 10-08, 5 Fri 10-09,
    // 6 Sat 10-10 (make-up), 7..11 10-12..16, 12..16 10-19..23, 17..20 Mon 10-26..Thu 10-29
    ['2026-09-25', '2026-10-29'],
    // Fri 09-18 → 1 Sun 09-20 (make-up), 2..5 09-21..24, 6..8 09-28..30, 9 10-08, 10 10-09, 11 10-10,
    // 12..16 10-12..16, 17..20 10-19..22
    ['2026-09-18', '2026-10-22'],
  ])('a result dated %s must be published by %s', (result, deadline) => {
    expect(publicationDeadline(cal, result)).toBe(deadline);
    expect(workingDaysBetween(cal, result, deadline)).toBe(20);
  });

  it('needs 2027 for a December 2026 result, which the data does not have yet', () => {
    expect(() => addWorkingDays(cal, '2026-12-10', 20)).toThrow('2027 年的节假日安排尚未维护，无法计算工作日');
  });
});

describe('warnings across 春节 (result 2026-02-10, deadline 2026-03-16)', () => {
  it.each([
    ['2026-02-14', 'none'], // working day 4, a make-up Saturday
    ['2026-03-06', 'none'], // working day 14
    ['2026-03-08', 'none'], // Sunday after day 14
    ['2026-03-09', 'yellow'], // working day 15
    ['2026-03-16', 'yellow'], // working day 20, the deadline
    ['2026-03-17', 'red'], // working day 21
  ])('%s → %s', (today, level) => expect(publicationWarning(cal, '2026-02-10', today)).toBe(level));

  it('turns red on the Saturday after a Friday deadline', () => {
    expect(publicationWarning(cal, '2026-02-09', '2026-03-13')).toBe('yellow');
    expect(publicationWarning(cal, '2026-02-09', '2026-03-14')).toBe('red');
  });

  it('warns across 国庆 too (result 2026-09-25)', () => {
    expect(publicationWarning(cal, '2026-09-25', '2026-10-21')).toBe('none'); // day 14
    expect(publicationWarning(cal, '2026-09-25', '2026-10-22')).toBe('yellow'); // day 15
    expect(publicationWarning(cal, '2026-09-25', '2026-10-30')).toBe('red'); // day 21
  });
});

describe('seed rows', () => {
  it('covers 2004..2026 contiguously, sorted by day, with Chinese names', () => {
    const years = chineseDaysYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(years.every((y, i) => i === 0 || y === years[i - 1]! + 1)).toBe(true);
    const all = calendarDaysFromChineseDays();
    expect(all.map((r) => r.day)).toEqual(all.map((r) => r.day).sort());
    expect(all.every((r) => /^[\u4e00-\u9fff\d]+$/.test(r.name))).toBe(true);
    expect(all.filter((r) => r.day.startsWith('2026'))).toEqual(rows2026);
  });

  it('refuses a year the data lacks instead of seeding it empty', () => {
    expect(() => calendarDaysFromChineseDays([2026, 2031])).toThrow('没有 2031 年的节假日安排');
  });

  // chinese-days' own API shifts dates by a day west of UTC, so compare only where it is right.
  it.runIf(new Date(2026, 0, 1).getTimezoneOffset() <= 0)('agrees with chinese-days.isWorkday on every covered day', () => {
    const years = chineseDaysYears();
    const first = dayNumber(`${years[0]}-01-01`);
    const last = dayNumber(`${years.at(-1)}-12-31`);
    for (let n = first; n <= last; n++) {
      const d = fromDayNumber(n);
      if (isWorkingDay(cal, d) !== chineseDays.isWorkday(d)) expect.fail(`${d} disagrees`);
    }
  });
});

describe('properties on the real calendar', () => {
  const day = fc.integer({ min: dayNumber('2004-01-01'), max: dayNumber('2026-10-31') }).map(fromDayNumber);
  const n = fc.integer({ min: 0, max: 40 });

  it('addWorkingDays lands on a working day, n working days later', () => {
    fc.assert(fc.property(day, n, (d, k) => {
      const end = addWorkingDays(cal, d, k);
      if (k > 0) expect(isWorkingDay(cal, end)).toBe(true);
      expect(workingDaysBetween(cal, d, end)).toBe(k);
    }));
  });

  it('is monotonic in n', () => {
    fc.assert(fc.property(day, n, n, (d, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(addWorkingDays(cal, d, lo) <= addWorkingDays(cal, d, hi)).toBe(true);
    }));
  });
});
