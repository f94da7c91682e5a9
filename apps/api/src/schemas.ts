import { z } from '@hono/zod-openapi';
import { MAX_PASSWORD_LENGTH } from '@sxgk/core/password-policy';
import { RISK_TIERS, ROLES } from '@sxgk/core/roles';
import { validateUscc } from '@sxgk/core/uscc';

// Request bodies, validated at the edge; zod's zh-CN locale gives clerks Chinese messages.
z.config(z.locales.zhCN());

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().openapi({ description: '中文说明，可直接展示给用户' }),
    details: z.unknown().optional().openapi({ description: '422：逐字段的问题 [{field, message}]（field 为点分路径，整条记录为空串）；其他状态按接口说明' }),
  }),
}).openapi('Error');
const record = (name: string) => z.object({ id: z.union([z.number(), z.string()]) }).catchall(z.unknown()).openapi(name);

const text = (max = 2000) => z.string().trim().max(max);
// react-admin sends null for an emptied input: an optional text field treats it as cleared
const clearable = (max = 2000) => z.string().trim().max(max).nullable().transform((v) => v ?? '').optional();
const tags = z.array(z.string().trim().min(1).max(50)).max(50);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const departmentRecord = record('Department');
export const departmentCreate = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, '部门代码应为小写字母开头的字母、数字或短横线'),
  name: text(100).min(1),
  defaultRatios: z.object(Object.fromEntries(RISK_TIERS.map((t) => [t, z.number().int().min(0).max(10000)])) as Record<'A' | 'B' | 'C' | 'D', z.ZodNumber>).optional(),
});
export const departmentUpdate = departmentCreate.partial();

export const userRecord = record('User');
export const userCreate = z.object({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名应为小写字母、数字、点、下划线或短横线'),
  displayName: text(50).min(1),
  // strength (core's password policy) is checked with the username, in the repository
  password: z.string().min(1, '请设置密码').max(MAX_PASSWORD_LENGTH, `密码不能超过 ${MAX_PASSWORD_LENGTH} 位`),
  role: z.enum(ROLES),
  departmentId: z.number().int().nullable().optional(),
  inspectorId: z.number().int().nullable().optional(),
  active: z.boolean().optional(),
});
export const userUpdate = userCreate.partial();

export const itemRecord = record('Item');
export const itemCreate = z.object({
  departmentId: z.number().int().nullable().optional(),
  category: clearable(200),
  name: text(500).min(1, '请填写抽查事项'),
  entityKind: clearable(500),
  itemType: z.enum(['general', 'key']).optional(),
  methods: z.array(text(100).min(1)).max(20).optional(),
  inspectingBody: clearable(500),
  legalBasis: clearable(10000),
  ratio: clearable(200),
  frequency: clearable(200),
  content: clearable(10000),
  requiredField: text(100).nullable().optional(),
  compilingUnit: clearable(200),
  seq: clearable(50),
  isJoint: z.boolean().optional(),
  jointField: clearable(200),
  initiatingDepartment: clearable(200),
  cooperatingDepartments: z.array(text(200)).max(30).optional(),
});
export const itemUpdate = itemCreate.partial();

const uscc = z.string().transform((v, ctx) => {
  const r = validateUscc(v);
  if (r.ok) return r.uscc;
  ctx.addIssue({ code: 'custom', message: `统一社会信用代码无效：${r.reason}` });
  return z.NEVER;
});
export const entityRecord = record('Entity');
export const entityCreate = z.object({
  departmentId: z.number().int().nullable().optional(),
  uscc,
  name: text(200).min(1, '请填写名称'),
  kind: z.enum(['enterprise', 'individual', 'cooperative', 'other']).optional(),
  status: z.enum(['active', 'deregistered', 'revoked', 'cancelled', 'moved_out']).optional(),
  legalRepresentative: clearable(100),
  contactPhone: clearable(50),
  address: clearable(500),
  regionCode: z.string().regex(/^(\d{6})?$/, '行政区划代码应为 6 位数字').optional(),
  businessScope: clearable(5000),
  industryTags: tags.optional(),
  riskTier: z.enum(RISK_TIERS).optional(),
  abnormalList: z.boolean().optional(),
  seriousViolationList: z.boolean().optional(),
  complaintCount: z.number().int().min(0).optional(),
  tags: tags.optional(),
});
export const entityUpdate = entityCreate.partial();

export const inspectorRecord = record('Inspector');
export const inspectorCreate = z.object({
  departmentId: z.number().int().nullable().optional(),
  name: text(50).min(1, '请填写姓名'),
  position: clearable(100),
  certificateNo: z.string().trim().regex(/^[0-9A-Za-z-]{1,32}$/, '执法证号应为 1-32 位字母、数字或短横线'),
  certificateValidUntil: day.nullable().optional(),
  expertise: tags.optional(),
  fields: tags.optional(),
  active: z.boolean().optional(),
});
export const inspectorUpdate = inspectorCreate.partial();

export const conflictRecord = record('Conflict');
export const conflictCreate = z.object({
  inspectorId: z.number().int().positive(),
  entityId: z.number().int().positive(),
  reason: text(500).min(1, '请填写回避原因'),
});
export const conflictUpdate = z.object({ reason: text(500).min(1, '请填写回避原因') });

export const auditRecord = record('AuditEntry');
