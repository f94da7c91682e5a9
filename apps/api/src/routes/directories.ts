import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { auditRepo, conflictsRepo, departmentsRepo, entitiesRepo, inspectorsRepo, usersRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize } from '../auth.ts';
import { idParam, registerResource } from '../rest.ts';
import * as s from '../schemas.ts';

const ENTITY_EXPORT = [
  { key: 'uscc', header: '统一社会信用代码' }, { key: 'name', header: '名称' }, { key: 'kind', header: '主体类型' },
  { key: 'status', header: '登记状态' }, { key: 'legalRepresentative', header: '法定代表人' }, { key: 'contactPhone', header: '联系电话' },
  { key: 'address', header: '住所' }, { key: 'regionCode', header: '行政区划' }, { key: 'businessScope', header: '经营范围' },
  { key: 'industryTags', header: '行业标签' }, { key: 'riskTier', header: '信用风险分类' }, { key: 'abnormalList', header: '经营异常名录' },
  { key: 'seriousViolationList', header: '严重违法失信名单' }, { key: 'complaintCount', header: '投诉次数' }, { key: 'tags', header: '部门标签' },
];
const INSPECTOR_EXPORT = [
  { key: 'name', header: '姓名' }, { key: 'position', header: '职务' }, { key: 'certificateNo', header: '执法证号' },
  { key: 'certificateValidUntil', header: '有效期至' }, { key: 'expertise', header: '业务专长' }, { key: 'fields', header: '执法领域' },
  { key: 'active', header: '在岗' },
];

// 两库 and the tenants, users and audit trail, all in the simple-rest shape.
export function directoryRoutes(app: OpenAPIHono<AppEnv>) {
  registerResource(app, { name: 'departments', permission: 'departments', tag: '部门', repo: departmentsRepo, record: s.departmentRecord, create: s.departmentCreate, update: s.departmentUpdate, exportColumns: [{ key: 'code', header: '代码' }, { key: 'name', header: '名称' }] });
  registerResource(app, { name: 'users', permission: 'users', tag: '用户', repo: usersRepo, record: s.userRecord, create: s.userCreate, update: s.userUpdate, exportColumns: [{ key: 'username', header: '用户名' }, { key: 'displayName', header: '姓名' }, { key: 'role', header: '角色' }, { key: 'departmentId', header: '部门' }, { key: 'active', header: '启用' }] });
  const entities = { name: 'entities', permission: 'entities' as const, tag: '检查对象', repo: entitiesRepo, record: s.entityRecord, create: s.entityCreate, update: s.entityUpdate, exportColumns: ENTITY_EXPORT };
  registerResource(app, entities);
  registerResource(app, { name: 'inspectors', permission: 'inspectors', tag: '检查人员', repo: inspectorsRepo, record: s.inspectorRecord, create: s.inspectorCreate, update: s.inspectorUpdate, exportColumns: INSPECTOR_EXPORT });
  registerResource(app, { name: 'conflicts', permission: 'conflicts', tag: '回避', repo: conflictsRepo, record: s.conflictRecord, create: s.conflictCreate, update: s.conflictUpdate, exportColumns: [{ key: 'inspectorName', header: '检查人员' }, { key: 'entityName', header: '对象名称' }, { key: 'entityUscc', header: '统一社会信用代码' }, { key: 'reason', header: '回避原因' }] });
  registerResource(app, { name: 'audit', permission: 'audit', tag: '审计日志', repo: auditRepo, record: s.auditRecord, exportColumns: [{ key: 'id', header: '序号' }, { key: 'at', header: '时间' }, { key: 'actorUsername', header: '操作人' }, { key: 'action', header: '操作' }, { key: 'resource', header: '资源' }, { key: 'recordId', header: '记录' }, { key: 'hash', header: '哈希' }] });

  app.openapi(createRoute({
    method: 'get', path: '/api/entities/{id}/history', tags: ['检查对象'], summary: '检查对象变更历史（谁、何时、变更前后）', request: { params: idParam },
    responses: { 200: { description: '历史', content: { 'application/json': { schema: z.array(z.object({}).catchall(z.unknown())) } } } },
  }), async (c) => {
    const { scope } = await authorize(c, 'entities', 'read');
    return c.json(await entitiesRepo.history(c.var.deps.db, scope, c.req.valid('param').id), 200);
  });
}
