import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '@sxgk/core/errors';
import { isRecordId } from '@sxgk/core/simple-rest';
import { departmentsRepo, jobsRepo, uploadsRepo } from '@sxgk/db';
import { enqueueImport, IMPORT_KINDS, type ImportKind } from '@sxgk/jobs/queues';
import { openTable, TableError } from '@sxgk/sheets/read';
import type { AppEnv } from '../context.ts';
import { authorize } from '../auth.ts';
import { config } from '../config.ts';
import { errorSchema } from '../schemas.ts';

const RESOURCE_OF: Record<ImportKind, 'items' | 'entities' | 'inspectors'> = { items: 'items', entities: 'entities', inspectors: 'inspectors' };
const TAG: Record<ImportKind, string> = { items: '抽查事项', entities: '检查对象', inspectors: '检查人员' };

// Imports are long work: the route checks the file is a table, stores it, and enqueues a job.
export function importRoutes(app: OpenAPIHono<AppEnv>) {
  for (const kind of IMPORT_KINDS) {
    const path = `/api/${kind}/import`;
    app.use(path, bodyLimit({ maxSize: config.maxUploadBytes + 64 * 1024, onError: (c) => c.json({ error: { code: 'TOO_LARGE', message: `文件过大：最大允许 ${Math.round(config.maxUploadBytes / 1048576)} MB` } }, 413) }));
    app.openapi(createRoute({
      method: 'post', path, tags: [TAG[kind]], summary: `导入${TAG[kind]}（.xlsx/.xls/.csv），返回任务编号`,
      request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }), departmentId: z.string().optional() }) } } } },
      responses: {
        202: { description: '已排队', content: { 'application/json': { schema: z.object({ jobId: z.string() }) } } },
        413: { description: '文件过大', content: { 'application/json': { schema: errorSchema } } },
        422: { description: '不是表格', content: { 'application/json': { schema: errorSchema } } },
      },
    }), async (c) => {
      const { actor, scope } = await authorize(c, RESOURCE_OF[kind], 'import');
      const body = await c.req.parseBody();
      const file = body.file;
      if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要导入的文件', { field: 'file' });
      const departmentId = scope.kind === 'department' ? scope.departmentId : Number(body.departmentId);
      if (!Number.isInteger(departmentId) || departmentId <= 0) throw new AppError('VALIDATION', '请选择导入到哪个部门', { field: 'departmentId' });
      if (!isRecordId(departmentId) || !(await departmentsRepo.get(c.var.deps.db, scope, departmentId))) {
        throw new AppError('VALIDATION', '所选部门不存在', { field: 'departmentId' });
      }
      const data = new Uint8Array(await file.arrayBuffer());
      await assertTable(data);
      const uploadId = await uploadsRepo.save(c.var.deps.db, file.name, data, actor.userId);
      const job = await jobsRepo.create(c.var.deps.db, { kind: `import:${kind}`, departmentId, createdBy: actor.userId, params: { uploadId, filename: file.name } });
      await enqueueImport(c.var.deps.queues.imports, { jobId: job.id, kind, uploadId, departmentId, actorUserId: actor.userId });
      return c.json({ jobId: job.id }, 202);
    });
  }
}

/** Refuses what is not a table (or is empty, or too large) before anything is written. */
async function assertTable(data: Uint8Array): Promise<void> {
  try {
    await openTable(data, { maxBytes: config.maxUploadBytes });
  } catch (e) {
    if (e instanceof TableError) throw new AppError(e.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'NOT_A_TABLE', e.message);
    throw e;
  }
}
