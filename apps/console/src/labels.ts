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
} as const;

export const AUDIT_RESOURCE = {
  departments: '部门',
  users: '用户',
  items: '抽查事项',
  entities: '检查对象',
  inspectors: '执法检查人员',
  conflicts: '回避',
  audit: '审计日志',
  jobs: '后台任务',
  queues: '任务队列',
  auth: '登录认证',
  platform: '平台',
} as const;

export const HISTORY_SOURCE = { api: '手工维护', import: '批量导入', seed: '初始数据' } as const;

export const ENUMS = {
  role: ROLE,
  itemStatus: ITEM_STATUS,
  itemType: ITEM_TYPE,
  entityKind: ENTITY_KIND,
  entityStatus: ENTITY_STATUS,
  riskTier: RISK_TIER,
  jobState: JOB_STATE,
  auditAction: AUDIT_ACTION,
  auditResource: AUDIT_RESOURCE,
  historySource: HISTORY_SOURCE,
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
