import type { EntityKind, EntityStatus } from './directory-import.ts';
import type { RiskTier } from './roles.ts';

// The Chinese words for the platform's enum values, as clerks, leaders and the public read them:
// the console's chips and filters, the public portal, Excel exports. Outcome, method and measure
// labels live with their rules (outcomes.ts), role labels with the roles (roles.ts).

export const ENTITY_KIND_LABELS = { enterprise: '企业', individual: '个体工商户', cooperative: '农民专业合作社', other: '其他' } as const satisfies Record<EntityKind, string>;
export const ENTITY_STATUS_LABELS = { active: '存续', deregistered: '注销', revoked: '吊销', cancelled: '撤销', moved_out: '迁出' } as const satisfies Record<EntityStatus, string>;
export const RISK_TIER_LABELS = { A: '低风险', B: '一般风险', C: '较高风险', D: '高风险' } as const satisfies Record<RiskTier, string>;
/** Draw strata: the four credit tiers plus D+ (经营异常名录 / 严重违法失信名单, drawn at the D ratio). */
export const STRATUM_LABELS = { ...RISK_TIER_LABELS, 'D+': '异常名录/失信名单' } as const;

export const ITEM_STATUS_LABELS = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;
export const ITEM_TYPE_LABELS = { general: '一般检查事项', key: '重点检查事项' } as const;
export const PLAN_STATUS_LABELS = { draft: '草稿', submitted: '已提交', approved: '已审批', published: '已发布', superseded: '已调整（被替代）' } as const;
export const DRAW_STATUS_LABELS = { prepared: '已准备（待抽取）', executing: '抽取中', executed: '已完成', failed: '失败', superseded: '已重新抽取（被替代）' } as const;
export const ADDITION_REASON_LABELS = { complaint: '投诉举报', referral: '转办移送', risk_signal: '风险预警' } as const;

export const INSPECTION_STATUS_LABELS = { draft: '草稿', submitted: '待审核', approved: '已审核通过', superseded: '已更正（被替代）' } as const;
export const PUBLICATION_STATUS_LABELS = { pending: '待公示', published: '已公示' } as const;
export const PUBLICATION_WARNING_LABELS = { none: '正常', yellow: '黄色预警', red: '红色预警' } as const;
// 完结: the and the glossary's word for a closed follow-up
export const FOLLOWUP_STATUS_LABELS = { open: '处置中', closed: '已完结' } as const;
export const REFERRAL_KIND_LABELS = { department: '移送平台内部门', external: '移送外部机关', judicial: '移送司法机关' } as const;
export const REFERRAL_STATUS_LABELS = { sent: '待接收', accepted: '已接收', returned: '已退回', closed: '已办结' } as const;
export const CALENDAR_KIND_LABELS = { holiday: '法定节假日', makeup_workday: '调休上班日' } as const;

/** `value` in words by one of the maps above; a value without a label (a newer code) shows as it is. */
export function label(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}

/** A stratum as a draw's documents name it: "A 类（低风险）", or the D+ lists' name. */
export function stratumTitle(key: string): string {
  return Object.hasOwn(RISK_TIER_LABELS, key) ? `${key} 类（${label(RISK_TIER_LABELS, key)}）` : label(STRATUM_LABELS, key);
}

/** The platform's records by their resource (and table) names: the audit log's 对象, the API's refusals. */
export const RESOURCE_LABELS = {
  departments: '部门',
  users: '用户',
  items: '抽查事项',
  entities: '检查对象',
  inspectors: '执法检查人员',
  conflicts: '回避',
  audit: '审计日志',
  plans: '年度抽查计划',
  tasks: '抽查任务',
  draws: '抽取',
  targets: '抽中对象',
  assignments: '检查人员分配',
  plugins: '部门插件',
  forms: '检查表单',
  jobs: '后台任务',
  queues: '任务队列',
  auth: '登录认证',
  platform: '平台',
  inspections: '检查记录',
  attachments: '证据材料',
  publications: '结果公示',
  followups: '后续处置',
  referrals: '移送',
  calendar: '工作日历',
  credit: '信用记录',
} as const;
