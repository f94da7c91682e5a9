import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Readable } from 'node:stream';
import { AppError, notFound } from '@sxgk/core/errors';
import { jobsRepo, uploadsRepo } from '@sxgk/db';
import { EXPORT_KEEP_DAYS } from '@sxgk/jobs/exports';
import { writeCsv } from '@sxgk/sheets/write';
import type { AppEnv } from '../context.ts';
import { requireActor } from '../auth.ts';
import { scopeFor } from '@sxgk/core/permissions';
import { errorSchema } from '../schemas.ts';

const jobId = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const jobSchema = z.object({
  id: z.string(), kind: z.string(), state: z.enum(['queued', 'active', 'completed', 'failed']),
  progress: z.number(), result: z.unknown().nullable(), error: z.string().nullable(),
  createdAt: z.string(), finishedAt: z.string().nullable(),
}).openapi('Job');
const notFoundResponse = { description: '不存在', content: { 'application/json': { schema: errorSchema } } };

// Job state as committed in Postgres: the console polls this for its progress bar.
export function jobRoutes(app: OpenAPIHono<AppEnv>) {
  async function load(c: Context<AppEnv>) {
    const actor = requireActor(c);
    const scope = scopeFor(actor, 'jobs', 'read');
    const id = c.req.param('id')!;
    // a job belongs to its department; its creator may always follow it
    const job = (scope.kind !== 'none' && await jobsRepo.get(c.var.deps.db, scope, id))
      || (await jobsRepo.get(c.var.deps.db, { kind: 'all' }, id).then((j) => (j?.createdBy === actor.userId ? j : undefined)));
    if (!job) throw notFound('任务');
    return job;
  }

  app.openapi(createRoute({ method: 'get', path: '/api/jobs/{id}', tags: ['任务'], summary: '后台任务状态、进度与结果', request: { params: jobId }, responses: { 200: { description: '任务', content: { 'application/json': { schema: jobSchema } } }, 404: notFoundResponse } }), async (c) => {
    const j = await load(c);
    return c.json({ id: j.id, kind: j.kind, state: j.state, progress: j.progress, result: j.result, error: j.error, createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/jobs/{id}/rejections.csv', tags: ['任务'], summary: '导入错误报告（行、列、原因）', request: { params: jobId }, responses: { 200: { description: 'CSV' }, 404: notFoundResponse } }), async (c) => {
    const j = await load(c);
    const rows = await jobsRepo.rejections(c.var.deps.db, j.id);
    const csv = writeCsv([{ key: 'rowNo', header: '行号' }, { key: 'columnName', header: '列' }, { key: 'reason', header: '原因' }], rows);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="import-errors-${j.id}.csv"`);
    return c.body(csv, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/jobs/{id}/file', tags: ['任务'], summary: '下载导出任务生成的文件', request: { params: jobId }, responses: { 200: { description: 'xlsx 文件' }, 404: notFoundResponse, 409: { description: '尚未完成', content: { 'application/json': { schema: errorSchema } } } } }), async (c) => {
    const j = await load(c);
    if (!j.kind.startsWith('export:')) throw notFound('导出文件');
    const file = j.result as { fileId?: string; expired?: boolean } | null;
    if (j.state !== 'completed' || !file?.fileId) throw new AppError('INVALID_STATE', j.state === 'failed' ? `导出失败：${j.error ?? ''}` : '导出尚未完成，请稍候');
    if (file.expired) throw new AppError('NOT_FOUND', `导出文件只保留 ${EXPORT_KEEP_DAYS} 天，已删除，请重新导出`);
    const meta = await uploadsRepo.meta(c.var.deps.db, file.fileId);
    if (!meta) throw notFound('导出文件');
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Length', String(meta.size));
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.filename)}`);
    return c.body(Readable.toWeb(Readable.from(uploadsRepo.read(c.var.deps.db, file.fileId))) as ReadableStream, 200);
  });
}
