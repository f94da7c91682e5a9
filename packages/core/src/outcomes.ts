import { z } from 'zod';
import type { EntityStatus } from './directory-import.ts';

// 检查结果: the outcomes an inspector may record, with codes that never change (they are stored and
// published) and the consequences each one carries for follow-up and for the credit record.

export const OUTCOMES = [
  'no_problem', 'problem_pending', 'problem_corrected', 'no_relevant_activity', 'closed_or_liquidating',
  'refused_inspection', 'deregistered', 'revoked', 'cancelled', 'moved_out',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  no_problem: '未发现问题',
  problem_pending: '发现问题待后续处理',
  problem_corrected: '发现问题经责令已改正',
  no_relevant_activity: '未发现开展本次抽查涉及的经营活动',
  closed_or_liquidating: '已关闭停业或正在组织清算',
  refused_inspection: '不配合检查情节严重',
  deregistered: '注销',
  revoked: '被吊销',
  cancelled: '被撤销',
  moved_out: '迁出',
};

/** What a published outcome does to the entity's credit record. */
export interface CreditFlags {
  /** The registration authority should consider 列入经营异常名录. */
  abnormalListCandidate: boolean;
  /** Counts toward raising the credit-risk tier (see risk.ts). */
  raisesRisk: boolean;
  /** The registry status the outcome reveals; null when the entity stays as it is. */
  entityStatus: EntityStatus | null;
}

const PROBLEM = new Set<Outcome>(['problem_pending', 'problem_corrected', 'refused_inspection']);
// A corrected problem is closed on the spot; the other two still need someone to act.
const FOLLOWUP = new Set<Outcome>(['problem_pending', 'refused_inspection']);
const STATUS: Partial<Record<Outcome, EntityStatus>> = {
  deregistered: 'deregistered', revoked: 'revoked', cancelled: 'cancelled', moved_out: 'moved_out',
};

export const isProblem = (o: Outcome): boolean => PROBLEM.has(o);
export const opensFollowup = (o: Outcome): boolean => FOLLOWUP.has(o);
/** A problem must say what was violated, or the public record cannot be read. */
export const requiresViolations = (o: Outcome): boolean => PROBLEM.has(o);

export function creditFlags(o: Outcome): CreditFlags {
  return {
    abnormalListCandidate: o === 'refused_inspection',
    raisesRisk: FOLLOWUP.has(o),
    entityStatus: STATUS[o] ?? null,
  };
}

/** 违反的规定, the defaults every department starts with; departments may add their own. */
export const DEFAULT_VIOLATION_CATEGORIES = [
  '未按规定公示应当公示的信息',
  '公示信息隐瞒真实情况、弄虚作假',
  '通过登记的住所（经营场所）无法联系',
  '不配合检查情节严重',
  '违反其他部门相关规定',
  '其他',
] as const;

/** 后续处置措施. */
export const FOLLOWUP_MEASURES = ['order_rectification', 'open_case', 'list_abnormal', 'other'] as const;
export type FollowupMeasure = (typeof FOLLOWUP_MEASURES)[number];
export const FOLLOWUP_MEASURE_LABELS: Record<FollowupMeasure, string> = {
  order_rectification: '责令限期改正',
  open_case: '立案查处',
  list_abnormal: '列入经营异常名录',
  other: '其他',
};

/** 检查方式. */
export const INSPECTION_METHODS = ['onsite', 'documentary', 'online', 'testing', 'other_bodies', 'third_party'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];
export const INSPECTION_METHOD_LABELS: Record<InspectionMethod, string> = {
  onsite: '实地检查',
  documentary: '书面检查',
  online: '网络监测',
  testing: '检验检测',
  other_bodies: '行政部门检查结果或专业意见',
  third_party: '委托专业机构辅助',
};

const violation = z.string().trim().min(1, '违反的规定不能为空').max(200, '违反的规定不能超过200字');

/**
 * An outcome submission. `categories` restricts violations to a department's list (defaults plus
 * its own); without it any non-empty text is accepted. Duplicates are dropped, order kept.
 */
export function outcomeSubmissionSchema(categories?: readonly string[]) {
  const item = categories
    ? violation.refine((v) => categories.includes(v), { message: '违反的规定不在本部门的类别中' })
    : violation;
  return z
    .object({
      outcome: z.enum(OUTCOMES, { error: '检查结果无效' }),
      violations: z.array(item).max(20, '违反的规定最多20项').default([]),
    })
    .transform((s) => ({ ...s, violations: [...new Set(s.violations)] }))
    .superRefine((s, ctx) => {
      if (requiresViolations(s.outcome) && s.violations.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['violations'],
          message: `检查结果为“${OUTCOME_LABELS[s.outcome]}”时，须写明违反的规定`,
        });
      }
      // a violation beside 未发现问题 would publish a contradiction
      if (!requiresViolations(s.outcome) && s.violations.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['violations'],
          message: `检查结果为“${OUTCOME_LABELS[s.outcome]}”时，不应填写违反的规定`,
        });
      }
    });
}
export type OutcomeSubmission = z.output<ReturnType<typeof outcomeSubmissionSchema>>;
