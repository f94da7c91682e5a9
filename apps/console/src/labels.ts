import {
  ADDITION_REASON_LABELS, CALENDAR_KIND_LABELS, DRAW_STATUS_LABELS, ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, FOLLOWUP_STATUS_LABELS, INSPECTION_STATUS_LABELS,
  ITEM_STATUS_LABELS, ITEM_TYPE_LABELS, PLAN_STATUS_LABELS, PUBLICATION_STATUS_LABELS, PUBLICATION_WARNING_LABELS, REFERRAL_KIND_LABELS,
  REFERRAL_STATUS_LABELS, RESOURCE_LABELS, RISK_TIER_LABELS, STRATUM_LABELS,
} from '@sxgk/core/labels';
import { FOLLOWUP_MEASURE_LABELS, INSPECTION_METHOD_LABELS, OUTCOME_LABELS } from '@sxgk/core/outcomes';
import { ROLE_LABELS, type RiskTier } from '@sxgk/core/roles';

// The platform's vocabulary: every enum value the API speaks, with its Chinese label — the
// domain's words are core's (the portal and the Excel exports use the same), the console's own
// (jobs, audit) are here. Inputs and fields use `choices(...)`, whose names are i18n keys
// (`enums.<group>.<value>`), so the English locale can relabel them; zh.ts takes its texts
// straight from these maps.

export type { Role, RiskTier } from '@sxgk/core/roles';
export { RISK_TIERS } from '@sxgk/core/roles';

export const JOB_STATE = { queued: '排队中', active: '处理中', completed: '已完成', failed: '失败' } as const;
/** A job kind's part before the colon (import:entities, export:targets, draw). */
export const JOB_CATEGORY = { import: '导入', export: '导出', draw: '抽取' } as const;

export const AUDIT_ACTION = {
  create: '新建',
  update: '修改',
  delete: '删除',
  publish: '发布',
  withdraw: '撤回',
  revise: '修订',
  import: '导入',
  export: '导出',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  password_change: '修改密码',
  password_change_failed: '修改密码失败（已拒绝）',
  forbidden: '越权操作（已拒绝）',
  forbidden_record: '越权访问记录（已拒绝）',
  seed: '初始化数据',
  submit: '提交',
  approve: '审批通过',
  reject: '退回',
  adjust: '调整',
  add_entity: '追加检查对象',
  prepare: '准备抽取',
  execute: '执行抽取',
  redraw: '重新抽取',
  enable: '启用',
  disable: '停用',
  upgrade: '升级',
  return: '退回',
  correct: '更正',
  substitute: '替换检查人员',
  run: '立即公示',
  accept: '接收',
  close: '办结',
} as const;

export const HISTORY_SOURCE = { api: '手工维护', import: '批量导入', seed: '初始数据' } as const;

export const ENUMS = {
  role: ROLE_LABELS,
  itemStatus: ITEM_STATUS_LABELS,
  itemType: ITEM_TYPE_LABELS,
  entityKind: ENTITY_KIND_LABELS,
  entityStatus: ENTITY_STATUS_LABELS,
  riskTier: RISK_TIER_LABELS,
  jobState: JOB_STATE,
  jobCategory: JOB_CATEGORY,
  auditAction: AUDIT_ACTION,
  auditResource: RESOURCE_LABELS,
  historySource: HISTORY_SOURCE,
  planStatus: PLAN_STATUS_LABELS,
  drawStatus: DRAW_STATUS_LABELS,
  additionReason: ADDITION_REASON_LABELS,
  stratum: STRATUM_LABELS,
  outcome: OUTCOME_LABELS,
  inspectionMethod: INSPECTION_METHOD_LABELS,
  followupMeasure: FOLLOWUP_MEASURE_LABELS,
  inspectionStatus: INSPECTION_STATUS_LABELS,
  publicationStatus: PUBLICATION_STATUS_LABELS,
  publicationWarning: PUBLICATION_WARNING_LABELS,
  followupStatus: FOLLOWUP_STATUS_LABELS,
  referralKind: REFERRAL_KIND_LABELS,
  referralStatus: REFERRAL_STATUS_LABELS,
  calendarKind: CALENDAR_KIND_LABELS,
};
export type EnumName = keyof typeof ENUMS;

/** Choices for SelectInput / SelectField; react-admin translates the names. */
export function choices(name: EnumName): { id: string; name: string }[] {
  return Object.keys(ENUMS[name]).map((id) => ({ id, name: `enums.${name}.${id}` }));
}

/** Colours of the 信用风险分类 chips: green, blue, amber, red. */
export const RISK_COLOR: Record<RiskTier, string> = { A: '#2e7d32', B: '#1f4e9c', C: '#e67700', D: '#c62828' };

/** MUI chip colours of an item's status. */
export const ITEM_STATUS_COLOR = { draft: 'default', published: 'success', withdrawn: 'warning' } as const;

export const PLAN_STATUS_COLOR = { draft: 'default', submitted: 'info', approved: 'primary', published: 'success', superseded: 'warning' } as const;
export const JOB_STATE_COLOR = { queued: 'default', active: 'info', completed: 'success', failed: 'error' } as const;
export const DRAW_STATUS_COLOR = { prepared: 'info', executing: 'warning', executed: 'success', failed: 'error', superseded: 'default' } as const;

export const INSPECTION_STATUS_COLOR = { draft: 'default', submitted: 'info', approved: 'success', superseded: 'warning' } as const;
export const PUBLICATION_STATUS_COLOR = { pending: 'info', published: 'success' } as const;
export const WARNING_COLOR = { none: 'success', yellow: 'warning', red: 'error' } as const;
export const FOLLOWUP_STATUS_COLOR = { open: 'warning', closed: 'success' } as const;
export const REFERRAL_STATUS_COLOR = { sent: 'info', accepted: 'primary', returned: 'warning', closed: 'success' } as const;
export const CALENDAR_KIND_COLOR = { holiday: 'error', makeup_workday: 'info' } as const;
