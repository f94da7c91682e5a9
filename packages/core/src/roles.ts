// Who uses the platform, and the vocabulary the permission matrix speaks.
export const ROLES = ['platform_admin', 'joint_office', 'dept_admin', 'inspector', 'leadership'] as const;
export type Role = (typeof ROLES)[number];

export const RISK_TIERS = ['A', 'B', 'C', 'D'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

/** The signed-in person as every rule sees them. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  departmentId: number | null;
  inspectorId: number | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: '平台管理员',
  joint_office: '联席会议办公室',
  dept_admin: '部门管理员',
  inspector: '执法检查人员',
  leadership: '领导',
};
