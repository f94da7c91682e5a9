import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIOLATION_CATEGORIES, FOLLOWUP_MEASURES, FOLLOWUP_MEASURE_LABELS, INSPECTION_METHODS, INSPECTION_METHOD_LABELS,
  OUTCOMES, OUTCOME_LABELS, creditFlags, isProblem, opensFollowup, outcomeSubmissionSchema, requiresViolations,
  type Outcome,
} from '../src/outcomes.ts';

// The whole table, written out once: a change to any consequence must change this test.
const TABLE: [Outcome, string, boolean, boolean, boolean, boolean, string | null][] = [
  // outcome, label, problem, follow-up, abnormal-list candidate, raises risk, entity status
  ['no_problem', '未发现问题', false, false, false, false, null],
  ['problem_pending', '发现问题待后续处理', true, true, false, true, null],
  ['problem_corrected', '发现问题经责令已改正', true, false, false, false, null],
  ['no_relevant_activity', '未发现开展本次抽查涉及的经营活动', false, false, false, false, null],
  ['closed_or_liquidating', '已关闭停业或正在组织清算', false, false, false, false, null],
  ['refused_inspection', '不配合检查情节严重', true, true, true, true, null],
  ['deregistered', '注销', false, false, false, false, 'deregistered'],
  ['revoked', '被吊销', false, false, false, false, 'revoked'],
  ['cancelled', '被撤销', false, false, false, false, 'cancelled'],
  ['moved_out', '迁出', false, false, false, false, 'moved_out'],
];

describe('outcomes', () => {
  it('lists every outcome once, in the table order', () => {
    expect(OUTCOMES).toEqual(TABLE.map((r) => r[0]));
  });

  it.each(TABLE)('%s (%s)', (o, label, problem, followup, abnormal, raises, status) => {
    expect(OUTCOME_LABELS[o]).toBe(label);
    expect(isProblem(o)).toBe(problem);
    expect(requiresViolations(o)).toBe(problem);
    expect(opensFollowup(o)).toBe(followup);
    expect(creditFlags(o)).toEqual({ abnormalListCandidate: abnormal, raisesRisk: raises, entityStatus: status });
  });

  it('has the default vocabularies with labels', () => {
    expect(DEFAULT_VIOLATION_CATEGORIES).toHaveLength(6);
    expect(DEFAULT_VIOLATION_CATEGORIES.at(-1)).toBe('其他');
    expect(FOLLOWUP_MEASURES.map((m) => FOLLOWUP_MEASURE_LABELS[m])).toEqual(['责令限期改正', '立案查处', '列入经营异常名录', '其他']);
    expect(INSPECTION_METHODS.map((m) => INSPECTION_METHOD_LABELS[m])).toEqual([
      '实地检查', '书面检查', '网络监测', '检验检测', '行政部门检查结果或专业意见', '委托专业机构辅助',
    ]);
  });
});

describe('outcomeSubmissionSchema', () => {
  const schema = outcomeSubmissionSchema();
  const messages = (v: unknown) => {
    const r = schema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a clean outcome, defaulting violations to none', () => {
    expect(schema.parse({ outcome: 'no_problem' })).toEqual({ outcome: 'no_problem', violations: [] });
  });

  it.each(['problem_pending', 'problem_corrected', 'refused_inspection'] as const)('refuses %s without violations', (o) => {
    expect(messages({ outcome: o, violations: [] })).toEqual([`violations: 检查结果为“${OUTCOME_LABELS[o]}”时，须写明违反的规定`]);
    expect(messages({ outcome: o, violations: ['  '] })).toEqual(['violations.0: 违反的规定不能为空']);
  });

  it('trims and de-duplicates violations', () => {
    expect(schema.parse({ outcome: 'problem_pending', violations: [' 其他 ', '其他', '未按规定公示应当公示的信息'] }))
      .toEqual({ outcome: 'problem_pending', violations: ['其他', '未按规定公示应当公示的信息'] });
  });

  it('refuses violations beside a clean outcome, and unknown outcomes', () => {
    expect(messages({ outcome: 'no_problem', violations: ['其他'] })).toEqual(['violations: 检查结果为“未发现问题”时，不应填写违反的规定']);
    expect(messages({ outcome: 'fine', violations: [] })).toEqual(['outcome: 检查结果无效']);
  });

  it('limits violations to a department’s categories when given', () => {
    const dept = outcomeSubmissionSchema([...DEFAULT_VIOLATION_CATEGORIES, '未取得食品经营许可']);
    expect(dept.parse({ outcome: 'problem_corrected', violations: ['未取得食品经营许可'] }).violations).toEqual(['未取得食品经营许可']);
    const r = dept.safeParse({ outcome: 'problem_corrected', violations: ['随便写的'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('违反的规定不在本部门的类别中');
  });
});
