import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { drawsRepo, prepareDraw, taskAdditionsRepo, tasksRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { errorSchema } from '../schemas.ts';
import { additionBody, drawRecord, prepareBody, taskCreate, taskRecord, taskUpdate } from '../draw-schemas.ts';
import { json } from '../openapi-parts.ts';

const errors = {
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
  409: { description: '状态不允许', content: { 'application/json': { schema: errorSchema } } },
  422: { description: '输入有误', content: { 'application/json': { schema: errorSchema } } },
};

// 抽查任务, the entities added to them by hand, and the first step of a draw (prepare).
export function taskRoutes(app: OpenAPIHono<AppEnv>) {
  const spec = { name: 'tasks', permission: 'tasks' as const, tag: '抽查任务', repo: tasksRepo, record: taskRecord, create: taskCreate, update: taskUpdate };
  registerResource(app, spec);

  app.openapi(createRoute({
    method: 'get', path: '/api/tasks/{id}/additions', tags: ['抽查任务'], summary: '任务中追加的检查对象（谁、何时、为何）',
    request: { params: idParam }, responses: { 200: json(z.array(z.object({}).catchall(z.unknown())), '追加记录'), ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'tasks', 'read');
    return c.json(await taskAdditionsRepo.list(c.var.deps.db, scope, c.req.valid('param').id) as object[], 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/tasks/{id}/additions', tags: ['抽查任务'],
    summary: '追加检查对象（投诉举报、转办交办、风险线索）：不受本年度已检查和筛选条件限制，仍按其风险等级参与随机抽取',
    request: { params: idParam, body: { content: { 'application/json': { schema: additionBody } }, required: true } },
    responses: { 201: json(z.object({}).catchall(z.unknown()), '追加记录'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'tasks', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    return c.json(await taskAdditionsRepo.add(c.var.deps.db, scope, id, c.req.valid('json'), meta(c, actor)), 201);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/tasks/{id}/draws', tags: ['抽取'],
    summary: '准备抽取：固定候选对象与检查人员快照，生成秘密值并公布承诺（commitment）',
    request: { params: idParam, body: { content: { 'application/json': { schema: prepareBody } }, required: true } },
    responses: { 201: json(drawRecord, '已准备的抽取'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'draws', 'create');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    const drawId = await prepareDraw(c.var.deps.db, scope, id, c.req.valid('json').beaconSource, meta(c, actor), { walkers: c.var.deps.walkers });
    return c.json((await drawsRepo.get(c.var.deps.db, { kind: 'all' }, drawId))!, 201);
  });
}
