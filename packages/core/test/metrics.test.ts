import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  METRIC_DEFINITIONS, METRIC_KEYS, compliance, followupClosureRate, percentText, publicationRate, referralClosureRate,
  metricsOf, NO_COUNTS, samplingRatio, sumCounts, timeliness,
} from '../src/metrics.ts';

describe('samplingRatio', () => {
  it.each([
    // drawn, in scope, bp, meets 10 %, compliance
    [100, 1000, 1000, true, 'ok'],
    [99, 1000, 990, false, 'bad'],
    [1, 10, 1000, true, 'ok'],
    [1, 11, 909, false, 'bad'],
    [0, 5, 0, false, 'bad'],
    [5, 5, 10000, true, 'ok'],
    [0, 0, null, false, 'warn'], // an empty directory needs attention, not a green light
  ] as const)('%i of %i → %s bp', (drawn, scope, bp, meets, level) => {
    const m = samplingRatio(drawn, scope);
    expect(m).toMatchObject({ key: 'sampling_ratio', label: '抽查比例', numerator: drawn, denominator: scope, bp, meetsMinimum: meets });
    expect(compliance(m)).toBe(level);
  });

  it('decides 10 % exactly, also for huge directories', () => {
    expect(samplingRatio(1_000_000, 10_000_000).meetsMinimum).toBe(true);
    expect(samplingRatio(999_999, 10_000_000)).toMatchObject({ bp: 999, meetsMinimum: false });
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat({ max: 1e9 }), (scope, k) => {
      const m = samplingRatio(k % (scope + 1), scope);
      expect(m.meetsMinimum).toBe(m.numerator * 10 >= scope);
      expect(m.meetsMinimum).toBe(compliance(m) === 'ok');
    }));
  });
});

describe('rates with a 100 % target', () => {
  const cases = [
    [publicationRate, 'publication_rate', '结果公示率', 9500],
    [timeliness, 'timeliness', '按时公示率', 9500],
    [followupClosureRate, 'followup_closure', '后续处置办结率', 9000],
    [referralClosureRate, 'referral_closure', '移送办结率', 9000],
  ] as const;

  it.each(cases)('%o %s (%s)', (fn, key, label, warnBp) => {
    expect(fn(10, 10)).toEqual({ key, label, numerator: 10, denominator: 10, bp: 10000 });
    expect(compliance(fn(10, 10))).toBe('ok');
    // nothing was due: nothing is owed
    expect(fn(0, 0).bp).toBeNull();
    expect(compliance(fn(0, 0))).toBe('ok');
    // 19999/20000 = 99.995 % rounds down, so it is not shown as met
    expect(fn(19999, 20000).bp).toBe(9999);
    expect(compliance(fn(19999, 20000))).toBe('warn');
    expect(compliance(fn(warnBp, 10000))).toBe('warn');
    expect(compliance(fn(warnBp - 1, 10000))).toBe('bad');
    expect(compliance(fn(0, 3))).toBe('bad');
  });

  it.each(cases)('%o refuses impossible counts', (fn, _key, label) => {
    expect(() => fn(11, 10)).toThrow(`${label}的分子（11）不能大于分母（10）`);
    expect(() => fn(-1, 10)).toThrow('分子应为非负整数');
    expect(() => fn(1, 2.5)).toThrow('分母应为非负整数');
    expect(() => fn(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('definitions', () => {
  it('cover every key with a Chinese label and sane bands', () => {
    for (const k of METRIC_KEYS) {
      const d = METRIC_DEFINITIONS[k];
      expect(d.label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(d.warnBp).toBeLessThanOrEqual(d.targetBp);
    }
  });

  it('bp is always within 0..10000 and compliance is monotonic in it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.nat(), fc.nat(), (den, a, b) => {
      const [x, y] = [a % (den + 1), b % (den + 1)].sort((p, q) => p - q) as [number, number];
      const order = { bad: 0, warn: 1, ok: 2 };
      const [mx, my] = [publicationRate(x, den), publicationRate(y, den)];
      expect(mx.bp).toBeGreaterThanOrEqual(0);
      expect(my.bp).toBeLessThanOrEqual(10000);
      expect(order[compliance(mx)]).toBeLessThanOrEqual(order[compliance(my)]);
    }));
  });
});

describe('percentText', () => {
  it.each([[1234, 10000, '12.34%'], [1, 3, '33.33%'], [3, 3, '100.00%'], [0, 7, '0.00%'], [1, 10000, '0.01%']])(
    '%i/%i → %s', (n, d, s) => expect(percentText(timeliness(n, d))).toBe(s));
  it('shows a dash when nothing was due', () => expect(percentText(timeliness(0, 0))).toBe('—'));
});

describe('metricsOf', () => {
  const counts = { inScope: 200, drawn: 19, due: 40, published: 39, onTime: 38, followups: 10, followupsClosed: 9, referrals: 0, referralsClosed: 0 };

  it('rates every metric of a scope from its counts, in METRIC_KEYS order', () => {
    const ms = metricsOf(counts);
    expect(ms.map((m) => m.key)).toEqual([...METRIC_KEYS]);
    expect(ms.map((m) => [m.numerator, m.denominator, m.bp, m.compliance, m.text])).toEqual([
      [19, 200, 950, 'bad', '9.50%'],
      [39, 40, 9750, 'warn', '97.50%'],
      [38, 39, 9743, 'warn', '97.43%'],
      [9, 10, 9000, 'warn', '90.00%'],
      [0, 0, null, 'ok', '—'],
    ]);
  });

  it('sums scopes field by field, so a total is rated on its own counts, not averaged', () => {
    const other = { ...NO_COUNTS, inScope: 100, drawn: 20, due: 2, published: 2, onTime: 2 };
    const total = sumCounts([counts, other]);
    expect(total).toMatchObject({ inScope: 300, drawn: 39, due: 42, published: 41, onTime: 40 });
    expect(metricsOf(total)[0]).toMatchObject({ bp: 1300, compliance: 'ok' });
    expect(sumCounts([])).toEqual(NO_COUNTS);
  });

  it('refuses counts where a part exceeds its whole: a counting bug, not 120 %', () => {
    expect(() => metricsOf({ ...counts, published: 41 })).toThrow(/结果公示率的分子/);
  });
});
