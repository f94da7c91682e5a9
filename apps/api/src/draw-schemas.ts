import { z } from '@hono/zod-openapi';
import { RISK_TIERS } from '@sxgk/core/roles';
import './schemas.ts'; // zod's zh-CN messages

// Request bodies of plans, tasks and draws (docs/draw-spec.md), validated at the edge.
const record = (name: string) => z.object({ id: z.union([z.number(), z.string()]) }).catchall(z.unknown()).openapi(name);
const text = (max = 2000) => z.string().trim().max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const ids = z.array(z.number().int().positive()).max(500);

export const planRecord = record('Plan');
export const planCreate = z.object({
  departmentId: z.number().int().nullable().optional(),
  name: text(200).min(1, '请填写计划名称'),
  content: text(10000).optional().openapi({ description: '检查内容' }),
  itemIds: ids.optional().openapi({ description: '已发布的抽查事项' }),
  periodStart: day.nullable().optional(),
  periodEnd: day.nullable().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  ratio: text(200).optional().openapi({ description: '抽查比例' }),
  frequency: text(200).optional().openapi({ description: '抽查频次' }),
  quantity: z.number().int().min(0).nullable().optional().openapi({ description: '抽查数量' }),
});
export const planUpdate = planCreate.partial();
export const reasonBody = z.object({ reason: text(2000).min(1, '请说明原因') });
export const noteBody = z.object({ note: text(2000).min(1, '请填写退回意见') });

const ratios = z.object(Object.fromEntries(RISK_TIERS.map((t) => [t, z.number().int().min(0).max(10000)])) as Record<'A' | 'B' | 'C' | 'D', z.ZodNumber>)
  .partial().openapi({ description: '各信用风险等级的抽查比例（基点，1000 = 10%）；缺省取牵头部门的默认比例' });
export const taskRecord = record('Task');
export const taskCreate = z.object({
  departmentId: z.number().int().nullable().optional().openapi({ description: '牵头部门' }),
  departmentIds: ids.optional().openapi({ description: '参与部门（联合抽查时多个）' }),
  planId: z.number().int().positive().nullable().optional(),
  adHoc: z.boolean().optional().openapi({ description: '临时任务（不属于年度计划）' }),
  name: text(200).min(1, '请填写任务名称'),
  itemIds: ids.optional(),
  directed: z.boolean().optional().openapi({ description: 'true 定向（按筛选条件）；false 不定向（参与部门全部名录）' }),
  filters: z.object({
    kinds: z.array(z.enum(['enterprise', 'individual', 'cooperative', 'other'])).max(4).optional(),
    regionCodes: z.array(z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字')).max(200).optional(),
    industryTags: z.array(text(50).min(1)).max(50).optional(),
    directoryDepartmentIds: ids.optional(),
  }).optional(),
  ratios: ratios.optional(),
  inspectorsPerEntity: z.number().int().min(0).max(50).optional().openapi({ description: '每个检查对象的检查人员数（至少 2）' }),
  groups: z.array(z.object({ departmentId: z.number().int().positive(), perTarget: z.number().int().min(0).max(50) })).max(30).optional()
    .openapi({ description: '联合抽查：各参与部门为每个对象派出的人数' }),
  startDate: day,
});
export const taskUpdate = taskCreate.partial();
export const additionBody = z.object({
  entityId: z.number().int().positive(),
  reason: z.enum(['complaint', 'referral', 'risk_signal']).openapi({ description: 'complaint 投诉举报；referral 转办交办；risk_signal 风险线索' }),
  note: text(2000).optional(),
});

export const drawRecord = record('Draw');
export const prepareBody = z.object({
  beaconSource: text(500).min(1, '请说明随机信标的来源').openapi({ description: '将在抽取时使用的公开随机值的来源，例如“福彩3D 第2026123期开奖号码”' }),
});
export const executeBody = z.object({
  beacon: z.string().min(1, '请填写随机信标的值').max(500),
  witnesses: z.array(text(100).min(1)).min(1, '请填写至少一名见证人').max(50),
});
export const redrawBody = reasonBody.extend({ beaconSource: text(500).optional() });
export const targetRecord = record('Target');
export const assignmentRecord = record('Assignment');
export const jobAccepted = z.object({ jobId: z.string() });
