import { z } from '@hono/zod-openapi';
import { FOLLOWUP_MEASURES, INSPECTION_METHODS, OUTCOMES } from '@sxgk/core/outcomes';

// Request bodies and records of inspections, publications, follow-ups, referrals and the calendar.
const record = (name: string) => z.object({ id: z.union([z.number(), z.string()]) }).catchall(z.unknown()).openapi(name);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max);

export const inspectionRecord = record('Inspection');
export const inspectionOpen = z.object({
  targetId: z.number().int().positive().openapi({ description: '抽中对象 id（GET /api/targets）；同一对象重复提交返回已有记录' }),
});
export const inspectionUpdate = z.object({
  methods: z.array(z.enum(INSPECTION_METHODS)).max(INSPECTION_METHODS.length).optional().openapi({ description: `检查方式：${INSPECTION_METHODS.join('、')}` }),
  inspectionDate: day.nullable().optional(),
  presentInspectorIds: z.array(z.number().int().positive()).max(20).optional().openapi({ description: '在场执法检查人员 id，至少 2 名；不在分配检查组内的须填写 substitutionReason' }),
  substitutionReason: text(500).nullable().optional(),
  findings: text(5000).optional(),
  sections: z.array(z.object({
    itemId: z.number().int().positive(),
    answers: z.record(z.string(), z.unknown()).openapi({ description: '按该事项检查表（插件表单或通用检查记录表）填写，服务端校验' }),
  })).max(50).optional(),
  entrustment: z.object({ institution: text(200).min(1), scope: text(1000).min(1) }).nullable().optional()
    .openapi({ description: '委托第三方专业机构：机构与范围；费用由委托部门（entrustingDepartmentId，默认本部门）承担' }),
  entrustingDepartmentId: z.number().int().positive().nullable().optional(),
  outcome: z.enum(OUTCOMES).nullable().optional().openapi({ description: '检查结果（十种之一）；发现问题和不配合检查须写明 violations' }),
  violations: z.array(z.string()).max(20).optional(),
});
export const reviewReturn = z.object({ note: text(1000).min(1, '请填写退回原因') });
export const correction = z.object({ reason: text(1000).min(1, '请填写更正原因') });
export const attachmentRecord = record('Attachment');

export const calendarRecord = record('CalendarDay');
export const calendarCreate = z.object({
  day,
  kind: z.enum(['holiday', 'makeup_workday']).openapi({ description: 'holiday 法定节假日（含其中的周末）；makeup_workday 调休上班日（须为周末）' }),
  name: text(50).optional(),
});
export const calendarUpdate = calendarCreate.partial();

export const publicationRecord = record('Publication');
export const boardRow = z.object({
  departmentId: z.number(), departmentName: z.string(), pending: z.number(), yellow: z.number(), red: z.number(),
  publishedOnTime: z.number(), publishedLate: z.number(),
}).openapi('PublicationBoardRow');

export const followupRecord = record('Followup');
export const followupUpdate = z.object({
  measures: z.array(z.enum(FOLLOWUP_MEASURES)).max(FOLLOWUP_MEASURES.length).optional().openapi({ description: `处置措施：${FOLLOWUP_MEASURES.join('、')}` }),
  deadline: day.nullable().optional(),
  recheckDate: day.nullable().optional(),
  recheckResult: text(2000).nullable().optional(),
});
export const closeBody = z.object({ closedOn: day.optional(), result: text(2000).min(1, '请填写办结情况') });

export const referralRecord = record('Referral');
export const referralCreate = z.object({
  departmentId: z.number().int().positive().nullable().optional().openapi({ description: '移送部门（平台管理员代为登记时必填）' }),
  kind: z.enum(['department', 'external', 'judicial']).openapi({ description: 'department 平台上的其他部门；external 外部机关；judicial 司法机关（涉嫌犯罪）' }),
  toDepartmentId: z.number().int().positive().nullable().optional(),
  receivingOrgan: text(200).nullable().optional(),
  inspectionId: z.number().int().positive().nullable().optional(),
  followupId: z.number().int().positive().nullable().optional(),
  entityId: z.number().int().positive().nullable().optional(),
  matter: text(2000).min(1, '请填写移送事项'),
  referredOn: day.optional(),
  documentNo: text(100).optional(),
});
export const referralReturn = z.object({ reason: text(1000).min(1, '请填写退回原因') });

export const creditRecord = z.object({
  id: z.number(), entityId: z.number(), uscc: z.string(), entityName: z.string(), publicationId: z.number(), inspectionId: z.number(),
  departmentId: z.number(), departmentName: z.string(), outcome: z.enum(OUTCOMES), outcomeLabel: z.string(), violations: z.array(z.string()),
  publishedAt: z.string(),
}).openapi('CreditRecord');

export const publicResult = z.object({
  id: z.number(), publishedOn: z.string().nullable(), resultDate: z.string(), departmentName: z.string(), taskName: z.string(),
  version: z.number(), corrected: z.boolean().openapi({ description: '已被更正版本替代' }),
  entity: z.object({ uscc: z.string(), name: z.string(), kind: z.string(), status: z.string(), address: z.string().nullable(), legalRepresentative: z.string().nullable() }),
  inspectionDate: z.string().nullable(), methods: z.array(z.string()), outcome: z.enum(OUTCOMES), outcomeLabel: z.string(),
  violations: z.array(z.string()), findings: z.string(),
  entrustment: z.object({ institution: z.string(), scope: z.string() }).nullable(),
  sections: z.array(z.object({ itemName: z.string(), formTitle: z.string(), answers: z.record(z.string(), z.unknown()) })),
}).openapi('PublicResult');
