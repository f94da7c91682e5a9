import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Readable } from 'node:stream';
import { AppError, notFound } from '@sxgk/core/errors';
import { contentRange, parseListQuery } from '@sxgk/core/simple-rest';
import { jobsRepo, uploadsRepo, type Job } from '@sxgk/db';
import { EXPORT_KEEP_DAYS } from '@sxgk/jobs/retention';
import { writeCsv } from '@sxgk/sheets/write';
import type { AppEnv } from '../context.ts';
import { requireActor } from '../auth.ts';
import { scopeFor } from '@sxgk/core/permissions';
import { errorSchema } from '../schemas.ts';
import { json } from '../openapi-parts.ts';
import { listQuery } from '../rest.ts';

const jobId = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const jobSchema = z.object({
  id: z.string(), kind: z.string(), state: z.enum(['queued', 'active', 'completed', 'failed']),
  progress: z.number(), result: z.unknown().nullable(), error: z.string().nullable(),
  createdAt: z.string(), finishedAt: z.string().nullable(),
}).openapi('Job');
const jobListSchema = jobSchema.extend({
  departmentId: z.number().nullable(), createdBy: z.number().nullable(), createdByName: z.string().nullable(),
  params: z.record(z.string(), z.unknown()).openapi({ description: '发起时的参数（导入的文件、导出的筛选条件、抽取编号）' }),
  filename: z.string().nullable().openapi({ description: '导入的文件名或导出生成的文件名' }),
}).openapi('JobListRow');
const jobJson = (j: Job) => ({
  id: j.id, kind: j.kind, state: j.state, progress: j.progress, result: j.result, error: j.error,
  createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null,
});
const notFoundResponse = { description: '不存在', content: { 'application/json': { schema: errorSchema } } };

// Job state as committed in Postgres: the console polls this for its progress bar.
export function jobRoutes(app: OpenAPIHono<AppEnv>) {
  // a job belongs to its department; its creator may always follow it
  async function load(c: Context<AppEnv>) {
    const actor = requireActor(c);
    const job = await jobsRepo.visible(c.var.deps.db, scopeFor(actor, 'jobs', 'read'), actor, c.req.param('id')!);
    if (!job) throw notFound('任务');
    return job;
  }

  app.openapi(createRoute({
    method: 'get', path: '/api/jobs', tags: ['任务'], summary: '后台任务列表（导入、导出、抽取）',
    description: '本部门的任务与本人发起的任务；筛选 category = import | export | draw，createdBy = 用户编号。',
    request: { query: listQuery }, responses: { 200: json(z.array(jobListSchema), '任务数组；Content-Range 头给出总数') },
  }), async (c) => {
    const actor = requireActor(c);
    const q = parseListQuery(c.req.valid('query'), 'createdAt'); // ids are random: by default, in the order started
    const { rows, total } = await jobsRepo.list(c.var.deps.db, scopeFor(actor, 'jobs', 'read'), q, actor);
    c.header('Content-Range', contentRange('jobs', q.range.start, rows.length, total));
    return c.json(rows.map((j) => ({ ...jobJson(j), departmentId: j.departmentId, createdBy: j.createdBy, createdByName: j.createdByName, params: j.params, filename: j.filename })), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/jobs/{id}', tags: ['任务'], summary: '后台任务状态、进度与结果', request: { params: jobId }, responses: { 200: { description: '任务', content: { 'application/json': { schema: jobSchema } } }, 404: notFoundResponse } }), async (c) => {
    return c.json(jobJson(await load(c)), 200);
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
