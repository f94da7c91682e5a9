import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError, notFound } from '@sxgk/core/errors';
import { assignmentsRepo, auditDrawRecord, drawsRepo, requestExecution, targetsRepo } from '@sxgk/db';
import { enqueueDraw } from '@sxgk/jobs/draws';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { errorSchema } from '../schemas.ts';
import { assignmentRecord, drawRecord, executeBody, jobAccepted, redrawBody, targetRecord } from '../draw-schemas.ts';
import { certificateHtml, type CertificateData } from '../certificate.ts';
import { json } from '../openapi-parts.ts';

const errors = {
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
  409: { description: '状态不允许（已在执行或已执行时 details.jobId 给出任务编号）', content: { 'application/json': { schema: errorSchema } } },
  422: { description: '输入有误', content: { 'application/json': { schema: errorSchema } } },
};

// 抽取: read-only records plus the ceremony (execute), the re-draw, the audit-level record and
// the printable certificate. Targets and assignments are read-only: no PUT or DELETE exists.
export function drawRoutes(app: OpenAPIHono<AppEnv>) {
  const spec = { name: 'draws', permission: 'draws' as const, tag: '抽取', repo: drawsRepo, record: drawRecord };
  registerResource(app, spec);
  registerResource(app, { name: 'targets', permission: 'targets', tag: '抽中对象', repo: targetsRepo, record: targetRecord });
  registerResource(app, { name: 'assignments', permission: 'assignments', tag: '检查人员分配', repo: assignmentsRepo, record: assignmentRecord });

  app.openapi(createRoute({
    method: 'post', path: '/api/draws/{id}/execute', tags: ['抽取'],
    summary: '执行抽取：录入随机信标与见证人，后台任务完成抽取并一次性保存结果；GET /api/jobs/{jobId} 查询进度',
    request: { params: idParam, body: { content: { 'application/json': { schema: executeBody } }, required: true } },
    responses: { 202: json(jobAccepted, '已排队'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'draws', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    let jobId: string;
    try {
      ({ jobId } = await requestExecution(c.var.deps.db, scope, id, c.req.valid('json'), meta(c, actor)));
    } catch (e) {
      // a repeated call re-queues the same job (BullMQ keeps one per id), in case the first enqueue was lost
      const d = e instanceof AppError ? (e.details as { jobId?: string; status?: string } | undefined) : undefined;
      if (d?.status === 'executing' && d.jobId) await enqueueDraw(c.var.deps.queues.draws, { jobId: d.jobId, drawId: id });
      throw e;
    }
    await enqueueDraw(c.var.deps.queues.draws, { jobId, drawId: id });
    return c.json({ jobId }, 202);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/draws/{id}/redraw', tags: ['抽取'],
    summary: '重新抽取（须说明原因）：原抽取标记为已替代并保持公开，同一任务准备新的抽取（新秘密值）',
    request: { params: idParam, body: { content: { 'application/json': { schema: redrawBody } }, required: true } },
    responses: { 201: json(drawRecord, '新准备的抽取'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'draws', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    const body = c.req.valid('json');
    const next = await drawsRepo.redraw(c.var.deps.db, scope, id, body.reason, meta(c, actor), { beaconSource: body.beaconSource, walkers: c.var.deps.walkers });
    return c.json((await drawsRepo.get(c.var.deps.db, { kind: 'all' }, next))!, 201);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/draws/{id}/record', tags: ['抽取'],
    summary: '审计级抽取记录（含检查人员分组、回避关系与分配），可用 verifyRecord / pnpm verify-draw 复核',
    request: { params: idParam }, responses: { 200: json(z.object({}).catchall(z.unknown()), 'sxgk-draw-v1 记录'), ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'draws', 'read');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    const record = await auditDrawRecord(c.var.deps.db, id);
    if (!record) throw notFound('抽取记录');
    return c.json(record, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/draws/{id}/certificate', tags: ['抽取'], summary: '抽取证书（可打印的 HTML 页面）',
    request: { params: idParam }, responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'draws', 'read');
    const { id } = c.req.valid('param');
    const draw = (await loadInScope(c, spec, scope, id)) as CertificateData['draw'] & { taskName: string; departmentNames: string[] };
    const publicUrl = new URL(`/api/public/draws/${id}`, c.req.url).toString();
    return c.html(certificateHtml({ draw, taskName: draw.taskName, departments: draw.departmentNames ?? [], publicUrl }), 200);
  });
}
