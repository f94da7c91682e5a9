import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTCOMES } from '../src/outcomes.ts';
import { RISK_TIERS, type RiskTier } from '../src/roles.ts';
import { LISTED_STRATUM, riskInputs, samplingStratum, stratumRatioBp, yearBefore, type RiskEntity } from '../src/risk.ts';

const entity = (riskTier: RiskTier, more: Partial<RiskEntity> = {}): RiskEntity =>
  ({ riskTier, abnormalList: false, seriousViolationList: false, complaintCount: 0, ...more });
const AS_OF = '2026-06-30';

describe('yearBefore', () => {
  it.each([['2026-06-30', '2025-06-30'], ['2028-02-29', '2027-02-28'], ['2026-01-01', '2025-01-01']])('%s → %s', (d, e) => {
    expect(yearBefore(d)).toBe(e);
  });
});

describe('riskInputs', () => {
  it('keeps the registry tier without reasons when nothing applies', () => {
    expect(riskInputs(entity('B', { complaintCount: 7 }), [{ outcome: 'problem_corrected', publishedAt: '2026-06-01' }], AS_OF))
      .toEqual({ effectiveTier: 'B', reasons: [] });
  });

  it('raises one step for a refusal in the last 12 months, however many', () => {
    const r = riskInputs(entity('A'), [
      { outcome: 'refused_inspection', publishedAt: '2025-09-01' },
      { outcome: 'problem_pending', publishedAt: '2026-03-02T08:00:00Z' },
    ], AS_OF);
    expect(r.effectiveTier).toBe('B');
    expect(r.reasons).toEqual(['近12个月内有2次“发现问题待后续处理”等抽查结果（最近一次于2026-03-02公示），风险等级由A上调一级为B']);
  });

  it('counts the window inclusively and ignores unpublished, closed, older and later results', () => {
    const raised = (publishedAt: string | null, followupClosed?: boolean) =>
      riskInputs(entity('A'), [{ outcome: 'problem_pending', publishedAt, followupClosed }], AS_OF).effectiveTier === 'B';
    expect(raised('2025-06-30')).toBe(true);
    expect(raised('2026-06-30')).toBe(true);
    expect(raised('2025-06-29')).toBe(false);
    expect(raised('2026-07-01')).toBe(false);
    expect(raised(null)).toBe(false);
    expect(raised('2026-01-01', true)).toBe(false);
    // a refusal is not "resolved" by closing its follow-up
    expect(riskInputs(entity('A'), [{ outcome: 'refused_inspection', publishedAt: '2026-01-01', followupClosed: true }], AS_OF).effectiveTier).toBe('B');
  });

  it('stays at D and says so', () => {
    expect(riskInputs(entity('D'), [{ outcome: 'refused_inspection', publishedAt: '2026-01-05' }], AS_OF).reasons)
      .toEqual(['近12个月内有1次“不配合检查情节严重”等抽查结果（最近一次于2026-01-05公示），已为最高风险等级D']);
  });

  it('puts the abnormal list at least at C, after the raise (no double counting)', () => {
    expect(riskInputs(entity('A', { abnormalList: true }), [], AS_OF))
      .toEqual({ effectiveTier: 'C', reasons: ['列入经营异常名录，风险等级不低于C（由A调整为C）'] });
    expect(riskInputs(entity('A', { abnormalList: true }), [{ outcome: 'refused_inspection', publishedAt: '2026-01-05' }], AS_OF).effectiveTier).toBe('C');
    expect(riskInputs(entity('B', { abnormalList: true }), [{ outcome: 'refused_inspection', publishedAt: '2026-01-05' }], AS_OF))
      .toMatchObject({ effectiveTier: 'C', reasons: [expect.stringContaining('由B上调一级为C')] });
    expect(riskInputs(entity('D', { abnormalList: true }), [], AS_OF)).toEqual({ effectiveTier: 'D', reasons: [] });
  });

  it('puts the serious-violation list at D', () => {
    expect(riskInputs(entity('A', { seriousViolationList: true, abnormalList: true }), [], AS_OF)).toEqual({
      effectiveTier: 'D',
      reasons: ['列入经营异常名录，风险等级不低于C（由A调整为C）', '列入严重违法失信名单，风险等级为D（由C调整为D）'],
    });
  });

  it('refuses a malformed date', () => {
    expect(() => riskInputs(entity('A'), [], '2026-6-30')).toThrow('日期格式无效');
    expect(() => riskInputs(entity('A'), [{ outcome: 'refused_inspection', publishedAt: 'yesterday' }], AS_OF)).toThrow('日期格式无效');
  });

  it('never lowers the tier, and raises by at most one step plus the list floors', () => {
    const arb = fc.record({
      riskTier: fc.constantFrom(...RISK_TIERS), abnormalList: fc.boolean(), seriousViolationList: fc.boolean(), complaintCount: fc.nat(),
    });
    const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const hist = fc.array(fc.record({ outcome: fc.constantFrom(...OUTCOMES), publishedAt: fc.option(day) }));
    fc.assert(fc.property(arb, hist, (e, h) => {
      const { effectiveTier, reasons } = riskInputs(e, h, AS_OF);
      const [from, to] = [RISK_TIERS.indexOf(e.riskTier), RISK_TIERS.indexOf(effectiveTier)];
      expect(to).toBeGreaterThanOrEqual(from);
      if (e.seriousViolationList) expect(effectiveTier).toBe('D');
      else if (e.abnormalList) expect(to).toBeLessThanOrEqual(Math.max(from + 1, 2));
      else expect(to).toBeLessThanOrEqual(from + 1);
      if (to > from) expect(reasons.length).toBeGreaterThan(0);
    }));
  });
});

describe('samplingStratum', () => {
  it('puts listed entities in their own stratum, sampled at least at D’s ratio', () => {
    const ratios = { A: 300, B: 500, C: 1000, D: 2000 };
    expect(samplingStratum(entity('A'))).toBe('A');
    expect(samplingStratum(entity('A', { abnormalList: true }))).toBe(LISTED_STRATUM);
    expect(samplingStratum(entity('C', { seriousViolationList: true }))).toBe('D+');
    expect(stratumRatioBp('B', ratios)).toBe(500);
    expect(stratumRatioBp('D+', ratios)).toBe(2000);
    // an unusual task sampling A hardest still samples the listed at that highest ratio
    expect(stratumRatioBp('D+', { A: 5000, B: 500, C: 1000, D: 2000 })).toBe(5000);
  });
});
