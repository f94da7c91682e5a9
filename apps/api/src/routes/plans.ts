import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Action } from '@sxgk/core/permissions';
import { planWorkflow, plansRepo, type WriteMeta } from '@sxgk/db';
import type { Db } from '@sxgk/db';
import type { Scope } from '@sxgk/core/permissions';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { errorSchema } from '../schemas.ts';
import { noteBody, planCreate, planRecord, planUpdate, reasonBody } from '../draw-schemas.ts';

const errors = {
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
  409: { description: '状态不允许', content: { 'application/json': { schema: errorSchema } } },
  422: { description: '输入有误', content: { 'application/json': { schema: errorSchema } } },
};

type Run = (db: Db, scope: Scope, id: number, body: any, meta: WriteMeta) => Promise<unknown>;

// 年度抽查工作计划: the department drafts, submits and publishes; the joint office approves.
export function planRoutes(app: OpenAPIHono<AppEnv>) {
  const spec = { name: 'plans', permission: 'plans' as const, tag: '年度计划', repo: plansRepo, record: planRecord, create: planCreate, update: planUpdate };
  registerResource(app, spec);
  const actions: { action: string; summary: string; permission: Action; body?: z.ZodType; run: Run; status?: 200 | 201 }[] = [
    { action: 'submit', summary: '报送计划（草稿 → 已报送），部门管理员', permission: 'update', run: (db, s, id, _b, m) => planWorkflow.submit(db, s, id, m) },
    { action: 'approve', summary: '审批计划（已报送 → 已审批），联席会议办公室或平台管理员', permission: 'approve', run: (db, s, id, _b, m) => planWorkflow.approve(db, s, id, m) },
    { action: 'reject', summary: '退回计划（已报送 → 草稿），附退回意见', permission: 'approve', body: noteBody, run: (db, s, id, b, m) => planWorkflow.reject(db, s, id, b.note, m) },
    { action: 'publish', summary: '发布计划（已审批 → 已发布，向社会公开）', permission: 'publish', run: (db, s, id, _b, m) => planWorkflow.publish(db, s, id, m) },
    { action: 'adjust', summary: '调整已发布的计划：生成须说明原因的新版本草稿，发布后替代原版本', permission: 'update', body: reasonBody, status: 201, run: (db, s, id, b, m) => planWorkflow.adjust(db, s, id, b.reason, m) },
  ];
  for (const a of actions) {
    const status = a.status ?? 200;
    app.openapi(createRoute({
      method: 'post', path: `/api/plans/{id}/${a.action}`, tags: ['年度计划'], summary: a.summary,
      request: { params: idParam, ...(a.body && { body: { content: { 'application/json': { schema: a.body } }, required: true } }) },
      responses: { [status]: { description: '计划', content: { 'application/json': { schema: planRecord } } }, ...errors },
    }), async (c) => {
      const { scope, actor } = await authorize(c, 'plans', a.permission);
      const { id } = c.req.valid('param');
      await loadInScope(c, spec, scope, id);
      const body = a.body ? await c.req.json() : undefined;
      return c.json(await a.run(c.var.deps.db, scope, id, body && a.body!.parse(body), meta(c, actor)) as object, status) as never;
    });
  }
}
