import { describe, expect, it } from 'vitest';
import { formatDateParts, formatNumber, formatUtcDate, isDateFormat, normaliseText } from '../src/cell-text.ts';

describe('cell text', () => {
  it.each([
    [0, '0'], [42, '42'], [-7, '-7'], [91350100123456, '91350100123456'], [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'], [0.1 + 0.2, '0.3'], [12.300000000000001, '12.3'], [Number.NaN, ''], [Infinity, ''],
  ])('formatNumber(%s) = %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });

  it.each([
    ['yyyy-mm-dd', true], ['m/d/yy', true], ['yyyy"年"m"月"d"日"', true], ['[$-804]yyyy年m月d日', true], ['mmm-yy', true],
    ['General', false], ['@', false], ['0.00', false], ['0%', false], ['#,##0"元"', false], ['h:mm:ss', false], ['mm:ss', false],
    ['"day"0', false], [undefined, false], ['0.00E+00', false],
  ])('isDateFormat(%j) = %s', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });

  it('formats dates', () => {
    expect(formatDateParts(2027, 1, 5)).toBe('2027-01-05');
    expect(formatDateParts(2027, 1, 5, 8, 0, 9)).toBe('2027-01-05 08:00:09');
    expect(formatUtcDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(formatUtcDate(new Date(Number.NaN))).toBe('');
  });

  it('normalises text', () => {
    expect(normaliseText('  a\r\nb\rc\u3000')).toBe('a\nb\nc');
    expect(normaliseText('x_x000D_\ny_x0009_z')).toBe('x\ny\tz');
  });
});
