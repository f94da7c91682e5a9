import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../src/errors.ts';
import {
  CalendarYearMissingError, addWorkingDays, buildCalendar, calendarYearDue, dayNumber, fromDayNumber, isWorkingDay,
  publicationDeadline, publicationWarning, publishedOnTime, workingDaysBetween, type WorkCalendar,
} from '../src/working-days.ts';

// A made-up year: 2030-01-01 is a Tuesday holiday, Saturday 2030-01-05 a make-up working day.
const cal = buildCalendar([
  { day: '2030-01-01', kind: 'holiday', name: '元旦' },
  { day: '2030-01-05', kind: 'makeup_workday', name: '元旦' },
]);

describe('isWorkingDay', () => {
  it.each([
    ['2030-01-01', false], // Tuesday, holiday
    ['2030-01-02', true], // Wednesday
    ['2030-01-05', true], // Saturday, make-up
    ['2030-01-06', false], // Sunday
    ['2030-01-12', false], // ordinary Saturday
  ])('%s → %s', (day, expected) => expect(isWorkingDay(cal, day)).toBe(expected));

  it('refuses a year nobody maintained, in Chinese', () => {
    expect(() => isWorkingDay(cal, '2031-03-03')).toThrow('2031 年的节假日安排尚未维护，无法计算工作日');
    const err = (() => { try { isWorkingDay(cal, '2031-03-03'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(CalendarYearMissingError);
    expect(err).toMatchObject({ year: 2031, status: 409, code: 'INVALID_STATE' });
  });

  it.each(['2030-02-30', '2030-1-5', '', '2030/01/05', '20300105', '0099-01-01'])('refuses the date “%s”', (day) => {
    expect(() => isWorkingDay(cal, day)).toThrow(AppError);
    expect(() => isWorkingDay(cal, day)).toThrow('日期格式无效');
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day and skips holidays', () => {
    // the start day's year is never consulted: 2030-01-01 is a holiday, so day 1 is the 2nd
    expect(addWorkingDays(cal, '2029-12-31', 1)).toBe('2030-01-02');
    expect(addWorkingDays(cal, '2030-01-04', 1)).toBe('2030-01-05'); // make-up Saturday counts
    expect(addWorkingDays(cal, '2030-01-04', 2)).toBe('2030-01-07');
    expect(addWorkingDays(cal, '2030-01-06', 0)).toBe('2030-01-06');
  });

  it('needs every year it walks through', () => {
    expect(addWorkingDays(cal, '2030-12-30', 1)).toBe('2030-12-31');
    expect(() => addWorkingDays(cal, '2030-12-30', 2)).toThrow('2031 年的节假日安排尚未维护');
  });

  it.each([-1, 1.5, Number.NaN])('refuses n = %s', (n) => {
    expect(() => addWorkingDays(cal, '2030-01-02', n)).toThrow(RangeError);
  });

  it('publicationDeadline is 20 working days by default', () => {
    expect(publicationDeadline(cal, '2030-01-04')).toBe(addWorkingDays(cal, '2030-01-04', 20));
    expect(publicationDeadline(cal, '2030-01-04', 3)).toBe('2030-01-08');
  });
});

describe('workingDaysBetween', () => {
  it('counts after `from`, up to and including `to`', () => {
    expect(workingDaysBetween(cal, '2030-01-04', '2030-01-04')).toBe(0);
    expect(workingDaysBetween(cal, '2030-01-04', '2030-01-07')).toBe(2);
    expect(workingDaysBetween(cal, '2030-01-06', '2030-01-04')).toBe(0);
    expect(workingDaysBetween(cal, '2029-12-31', '2030-01-02')).toBe(1);
  });
});

describe('publicationWarning (window 3, yellow from 2)', () => {
  const opts = { windowDays: 3, yellowFrom: 2 };
  // result Friday 2030-01-04 → working days 1: Sat 01-05, 2: Mon 01-07, 3: Tue 01-08 (deadline)
  it.each([
    ['2030-01-03', 'none'], // before the result date
    ['2030-01-05', 'none'],
    ['2030-01-06', 'none'], // Sunday: still working day 1
    ['2030-01-07', 'yellow'],
    ['2030-01-08', 'yellow'],
    ['2030-01-09', 'red'],
    ['2031-06-01', 'red'], // far past the deadline: 2031 need not be maintained
  ])('today %s → %s', (today, level) => expect(publicationWarning(cal, '2030-01-04', today, opts)).toBe(level));

  it('is silent once published and validates its inputs', () => {
    expect(publicationWarning(cal, '2030-01-04', '2030-01-09', { ...opts, published: true })).toBe('none');
    expect(() => publicationWarning(cal, '2030-01-04', '2030-13-01')).toThrow('日期格式无效');
    expect(() => publicationWarning(cal, '2030-01-04', '2030-01-09', { windowDays: -2 })).toThrow(RangeError);
  });
});

describe('buildCalendar', () => {
  it('knows the years it has rows for, unless told', () => {
    expect([...cal.knownYears]).toEqual([2030]);
    expect([...buildCalendar([], [2040]).knownYears]).toEqual([2040]);
    expect(isWorkingDay(buildCalendar([], [2040]), '2040-01-02')).toBe(true);
  });

  it('refuses contradictory rows', () => {
    expect(() => buildCalendar([
      { day: '2030-01-05', kind: 'holiday', name: 'x' },
      { day: '2030-01-05', kind: 'makeup_workday', name: 'y' },
    ])).toThrow('不能同时是节假日和调休上班日');
    expect(() => buildCalendar([{ day: '2030-01-07', kind: 'makeup_workday', name: 'x' }])).toThrow('不是周末');
  });
});

describe('day numbers', () => {
  it('round-trip and know the epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(dayNumber('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('publishedOnTime', () => {
  it('compares with the deadline when there is one', () => {
    expect(publishedOnTime('2030-01-04', '2030-02-01', '2030-02-01')).toBe(true);
    expect(publishedOnTime('2030-01-04', '2030-02-02', '2030-02-01')).toBe(false);
  });
  it('without a deadline, is sure within 20 calendar days and cannot tell after', () => {
    expect(publishedOnTime('2030-12-20', '2030-12-20', null)).toBe(true);
    expect(publishedOnTime('2030-12-20', '2031-01-09', null)).toBe(true);
    expect(publishedOnTime('2030-12-20', '2031-01-10', null)).toBeNull();
    expect(publishedOnTime('2030-12-20', '2031-01-02', null, 5)).toBeNull();
  });
});

// Random calendars: any holidays in 2030, make-up days on its weekends, 2029..2031 maintained.
const day2030 = fc.integer({ min: dayNumber('2030-01-01'), max: dayNumber('2030-12-31') }).map(fromDayNumber);
const randomCal: fc.Arbitrary<WorkCalendar> = fc
  .tuple(fc.uniqueArray(day2030, { maxLength: 120 }), fc.uniqueArray(day2030, { maxLength: 30 }))
  .map(([holidays, extra]) => {
    const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const makeup = extra.filter((d) => weekend(d) && !holidays.includes(d));
    return buildCalendar([
      ...holidays.map((day) => ({ day, kind: 'holiday' as const, name: '' })),
      ...makeup.map((day) => ({ day, kind: 'makeup_workday' as const, name: '' })),
    ], [2029, 2030, 2031]);
  });

describe('calendarYearDue', () => {
  const only2030 = cal; // 2030 maintained, 2031 not
  const both = buildCalendar([{ day: '2030-01-01', kind: 'holiday', name: '元旦' }, { day: '2031-01-01', kind: 'holiday', name: '元旦' }]);
  it('asks for nothing while this year’s results get their deadlines and it is not yet November', () => {
    expect(calendarYearDue(only2030, '2030-10-31')).toBeNull();
  });
  it('reminds of next year from November, before any result needs it', () => {
    expect(calendarYearDue(only2030, '2030-11-01')).toEqual({ year: 2031, urgent: false });
    expect(calendarYearDue(both, '2030-11-01')).toBeNull();
  });
  it('is urgent once a result dated today reaches into the missing year', () => {
    // 2030-12-03 + 20 working days is 2030-12-31; a day later the deadline falls in 2031
    expect(calendarYearDue(only2030, '2030-12-03')).toEqual({ year: 2031, urgent: false });
    expect(calendarYearDue(only2030, '2030-12-04')).toEqual({ year: 2031, urgent: true });
    expect(calendarYearDue(only2030, '2030-12-04', 5)).toEqual({ year: 2031, urgent: false });
    expect(calendarYearDue(both, '2030-12-31')).toBeNull();
  });
  it('is urgent for the current year itself when it is missing', () => {
    expect(calendarYearDue(only2030, '2032-03-01')).toEqual({ year: 2032, urgent: true });
  });
  it('refuses an impossible date', () => {
    expect(() => calendarYearDue(only2030, '2030-02-30')).toThrow(AppError);
  });
  it('is urgent exactly when the deadline of a result dated today cannot be computed', () => {
    fc.assert(fc.property(randomCal, fc.integer({ min: dayNumber('2031-11-01'), max: dayNumber('2031-12-31') }).map(fromDayNumber), (c, today) => {
      const computable = (() => {
        try {
          publicationDeadline(c, today);
          return true;
        } catch {
          return false;
        }
      })();
      const due = calendarYearDue(c, today);
      expect(due).toEqual(computable ? { year: 2032, urgent: false } : { year: 2032, urgent: true });
    }));
  });
});

describe('properties on random calendars', () => {
  it('addWorkingDays lands on a working day and workingDaysBetween inverts it', () => {
    fc.assert(fc.property(randomCal, day2030, fc.integer({ min: 0, max: 60 }), (c, d, n) => {
      const end = addWorkingDays(c, d, n);
      if (n > 0) expect(isWorkingDay(c, end)).toBe(true);
      expect(workingDaysBetween(c, d, end)).toBe(n);
    }));
  });

  it('is strictly increasing in n', () => {
    fc.assert(fc.property(randomCal, day2030, fc.integer({ min: 0, max: 59 }), (c, d, n) => {
      expect(addWorkingDays(c, d, n) < addWorkingDays(c, d, n + 1)).toBe(true);
    }));
  });

  it('publishedOnTime without the deadline never contradicts the one the calendar gives', () => {
    fc.assert(fc.property(randomCal, day2030, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (c, d, late, window) => {
      const published = fromDayNumber(dayNumber(d) + late);
      const blind = publishedOnTime(d, published, null, window);
      if (blind !== null) expect(blind).toBe(publishedOnTime(d, published, publicationDeadline(c, d, window), window));
    }));
  });
});
