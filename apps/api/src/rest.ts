import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '@sxgk/core/errors';
import type { Resource, Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import { contentRange, MAX_RECORD_ID, parseListQuery, type ListQuery } from '@sxgk/core/simple-rest';
import { auditAlone, EXPORTS, jobsRepo, type Db, type WriteMeta } from '@sxgk/db';
import { enqueueExport, type ExportParams } from '@sxgk/jobs/exports';
import type { AppEnv } from './context.ts';
import { authorize, clientIp, meta } from './auth.ts';
import { errorSchema } from './schemas.ts';
import { json } from './openapi-parts.ts';

// One implementation of react-admin's ra-data-simple-rest contract for every resource.
type AnyRecord = Record<string, any>;
export interface Repo {
  /** `actor` lets a repository narrow further than the department (an inspector's own targets) */
  list(db: Db, scope: Scope, q: ListQuery, actor?: Actor | null): Promise<{ rows: AnyRecord[]; total: number }>;
  get(db: Db, scope: Scope, id: number, actor?: Actor | null): Promise<AnyRecord | undefined>;
  create?(db: Db, scope: Scope, input: any, meta: WriteMeta): Promise<AnyRecord>;
  update?(db: Db, scope: Scope, id: number, input: any, meta: WriteMeta): Promise<AnyRecord>;
  remove?(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<AnyRecord>;
}
export interface ResourceSpec {
  name: string;
  permission: Resource;
  tag: string;
  repo: Repo;
  record: z.ZodType;
  create?: z.ZodType;
  update?: z.ZodType;
}

export const listQuery = z.object({
  sort: z.string().optional().openapi({ example: '["id","ASC"]' }),
  range: z.string().optional().openapi({ example: '[0,24]' }),
  filter: z.string().optional().openapi({ example: '{"q":"文本"}' }),
});
export const idParam = z.object({ id: z.coerce.number().int().positive().max(MAX_RECORD_ID, '编号无效').openapi({ param: { name: 'id', in: 'path' } }) });
const errors = {
  400: { description: '请求无效', content: { 'application/json': { schema: errorSchema } } },
  401: { description: '未登录', content: { 'application/json': { schema: errorSchema } } },
  403: { description: '无权限', content: { 'application/json': { schema: errorSchema } } },
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
};

/** Loads a record in scope; a record that exists outside the scope answers 404 and is audited. */
export async function loadInScope(c: Context<AppEnv>, spec: Pick<ResourceSpec, 'repo' | 'permission'>, scope: Scope, id: number) {
  const row = await spec.repo.get(c.var.deps.db, scope, id, c.var.actor);
  if (row) return row;
  if (scope.kind !== 'all' && (await spec.repo.get(c.var.deps.db, { kind: 'all' }, id))) {
    await auditAlone(c.var.deps.db, c.var.actor, { action: 'forbidden_record', resource: spec.permission, recordId: id, after: { method: c.req.method, path: c.req.path }, ip: clientIp(c) });
  }
  throw notFound();
}

export function registerResource(app: OpenAPIHono<AppEnv>, spec: ResourceSpec): void {
  const path = `/api/${spec.name}`;
  const tags = [spec.tag];
  const { repo } = spec;

  app.openapi(createRoute({ method: 'get', path, tags, summary: `${spec.tag}列表`, request: { query: listQuery }, responses: { 200: json(z.array(spec.record), '记录数组；Content-Range 头给出总数'), ...errors } }), async (c) => {
    const { scope, actor } = await authorize(c, spec.permission, 'read');
    const q = parseListQuery(c.req.valid('query'));
    const { rows, total } = await repo.list(c.var.deps.db, scope, q, actor);
    c.header('Content-Range', contentRange(spec.name, q.range.start, rows.length, total));
    return c.json(rows, 200);
  });

  if (Object.hasOwn(EXPORTS, spec.name)) {
    app.openapi(createRoute({
      method: 'post', path: `${path}/export`, tags, summary: `导出${spec.tag}（Excel，后台任务）`,
      description: '按列表的排序与筛选在后台写出 .xlsx；以 GET /api/jobs/{jobId} 查看进度，完成后从 GET /api/jobs/{jobId}/file 下载。',
      request: { query: listQuery }, responses: { 202: json(z.object({ jobId: z.string() }), '已排队的导出任务'), ...errors },
    }), async (c) => {
      const { actor } = await authorize(c, spec.permission, 'export');
      const { sort, filter } = c.req.valid('query');
      parseListQuery({ sort, filter }); // a malformed sort or filter is refused now, not in the worker
      const params: ExportParams = { resource: spec.name, sort, filter };
      const job = await jobsRepo.create(c.var.deps.db, { kind: `export:${spec.name}`, departmentId: actor.departmentId, createdBy: actor.userId, params });
      await enqueueExport(c.var.deps.queues.exports, { jobId: job.id });
      return c.json({ jobId: job.id }, 202);
    });
  }

  app.openapi(createRoute({ method: 'get', path: `${path}/{id}`, tags, summary: `${spec.tag}详情`, request: { params: idParam }, responses: { 200: json(spec.record, '记录'), ...errors } }), async (c) => {
    const { scope } = await authorize(c, spec.permission, 'read');
    return c.json(await loadInScope(c, spec, scope, c.req.valid('param').id), 200);
  });

  if (repo.create && spec.create) {
    const create = repo.create;
    app.openapi(createRoute({ method: 'post', path, tags, summary: `新建${spec.tag}`, request: { body: { content: { 'application/json': { schema: spec.create } }, required: true } }, responses: { 201: json(spec.record, '新建的记录'), ...errors } }), async (c) => {
      const { scope, actor } = await authorize(c, spec.permission, 'create');
      return c.json(await create(c.var.deps.db, scope, c.req.valid('json'), meta(c, actor)), 201);
    });
  }
  if (repo.update && spec.update) {
    const update = repo.update;
    app.openapi(createRoute({ method: 'put', path: `${path}/{id}`, tags, summary: `修改${spec.tag}`, request: { params: idParam, body: { content: { 'application/json': { schema: spec.update } }, required: true } }, responses: { 200: json(spec.record, '修改后的记录'), ...errors } }), async (c) => {
      const { scope, actor } = await authorize(c, spec.permission, 'update');
      const { id } = c.req.valid('param');
      await loadInScope(c, spec, scope, id);
      return c.json(await update(c.var.deps.db, scope, id, c.req.valid('json'), meta(c, actor)), 200);
    });
  }
  if (repo.remove) {
    const remove = repo.remove;
    app.openapi(createRoute({ method: 'delete', path: `${path}/{id}`, tags, summary: `删除${spec.tag}`, request: { params: idParam }, responses: { 200: json(spec.record, '删除前的记录'), ...errors } }), async (c) => {
      const { scope, actor } = await authorize(c, spec.permission, 'delete');
      const { id } = c.req.valid('param');
      await loadInScope(c, spec, scope, id);
      return c.json(await remove(c.var.deps.db, scope, id, meta(c, actor)), 200);
    });
  }
}
