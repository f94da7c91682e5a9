import { FOLLOWUP_MEASURE_LABELS, INSPECTION_METHOD_LABELS, OUTCOME_LABELS } from '@sxgk/core/outcomes';

// The platform's vocabulary: every enum value the API speaks, with its Chinese label.
// Inputs and fields use `choices(...)`, whose names are i18n keys (`enums.<group>.<value>`),
// so the English locale can relabel them; zh.ts takes its texts straight from these maps.

export const ROLE = {
  platform_admin: '平台管理员',
  joint_office: '联席会议办公室',
  dept_admin: '部门管理员',
  inspector: '执法检查人员',
  leadership: '领导',
} as const;
export type Role = keyof typeof ROLE;

export const ITEM_STATUS = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;
export const ITEM_TYPE = { general: '一般检查事项', key: '重点检查事项' } as const;

export const ENTITY_KIND = {
  enterprise: '企业',
  individual: '个体工商户',
  cooperative: '农民专业合作社',
  other: '其他',
} as const;

export const ENTITY_STATUS = {
  active: '存续',
  deregistered: '注销',
  revoked: '吊销',
  cancelled: '撤销',
  moved_out: '迁出',
} as const;

export const RISK_TIER = { A: '低风险', B: '一般风险', C: '较高风险', D: '高风险' } as const;
export type RiskTier = keyof typeof RISK_TIER;
export const RISK_TIERS = Object.keys(RISK_TIER) as RiskTier[];

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

export const AUDIT_RESOURCE = {
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

export const HISTORY_SOURCE = { api: '手工维护', import: '批量导入', seed: '初始数据' } as const;

export const PLAN_STATUS = { draft: '草稿', submitted: '已提交', approved: '已审批', published: '已发布', superseded: '已调整（被替代）' } as const;
export const DRAW_STATUS = { prepared: '已准备（待抽取）', executing: '抽取中', executed: '已完成', failed: '失败', superseded: '已重新抽取（被替代）' } as const;
export const ADDITION_REASON = { complaint: '投诉举报', referral: '转办移送', risk_signal: '风险预警' } as const;
/** Draw strata: the four credit tiers plus D+ (经营异常名录 / 严重违法失信名单, drawn at the D ratio). */
export const STRATUM = { ...RISK_TIER, 'D+': '异常名录/失信名单' } as const;

// 检查与公示: the outcome, method and measure labels are core's (the server publishes the same words)
export const INSPECTION_STATUS = { draft: '草稿', submitted: '待审核', approved: '已审核通过', superseded: '已更正（被替代）' } as const;
export const PUBLICATION_STATUS = { pending: '待公示', published: '已公示' } as const;
export const PUBLICATION_WARNING = { none: '正常', yellow: '黄色预警', red: '红色预警' } as const;
// 完结: the and the glossary's word for a closed follow-up
export const FOLLOWUP_STATUS = { open: '处置中', closed: '已完结' } as const;
export const REFERRAL_KIND = { department: '移送平台内部门', external: '移送外部机关', judicial: '移送司法机关' } as const;
export const REFERRAL_STATUS = { sent: '待接收', accepted: '已接收', returned: '已退回', closed: '已办结' } as const;
export const CALENDAR_KIND = { holiday: '法定节假日', makeup_workday: '调休上班日' } as const;

export const ENUMS = {
  role: ROLE,
  itemStatus: ITEM_STATUS,
  itemType: ITEM_TYPE,
  entityKind: ENTITY_KIND,
  entityStatus: ENTITY_STATUS,
  riskTier: RISK_TIER,
  jobState: JOB_STATE,
  jobCategory: JOB_CATEGORY,
  auditAction: AUDIT_ACTION,
  auditResource: AUDIT_RESOURCE,
  historySource: HISTORY_SOURCE,
  planStatus: PLAN_STATUS,
  drawStatus: DRAW_STATUS,
  additionReason: ADDITION_REASON,
  stratum: STRATUM,
  outcome: OUTCOME_LABELS,
  inspectionMethod: INSPECTION_METHOD_LABELS,
  followupMeasure: FOLLOWUP_MEASURE_LABELS,
  inspectionStatus: INSPECTION_STATUS,
  publicationStatus: PUBLICATION_STATUS,
  publicationWarning: PUBLICATION_WARNING,
  followupStatus: FOLLOWUP_STATUS,
  referralKind: REFERRAL_KIND,
  referralStatus: REFERRAL_STATUS,
  calendarKind: CALENDAR_KIND,
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
