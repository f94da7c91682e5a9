import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError, notFound } from '@sxgk/core/errors';
import { auditAlone, inspectionsRepo, type SectionValidator } from '@sxgk/db';
import { defineForm, type Form, type FormDefinition } from '@sxgk/plugin-sdk';
import type { AppEnv } from '../context.ts';
import { authorize, clientIp, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { body, json, refusals as errors } from '../openapi-parts.ts';
import { publicationRoutes } from './publications.ts';
import { creditRoutes } from './credit.ts';
import { followupRoutes } from './followups.ts';
import { attachmentMaxBytes, readEvidence, storeEvidence } from '../inspections/attachments.ts';
import { attachmentRecord, correction, inspectionOpen, inspectionRecord, inspectionUpdate, reviewReturn } from '../inspections/schemas.ts';
import { errorSchema } from '../schemas.ts';

// 检查记录 → 审核 → 公示 → 信用记录, with follow-up, referrals and the working-day calendar.
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];
type Sc = Parameters<typeof inspectionsRepo.submit>[1];

// forms are frozen once used, so a definition's compiled form can be kept by its text
const compiled = new Map<string, Form>();
export const validateSection: SectionValidator = (definition, answers, itemName, draft) => {
  const key = JSON.stringify(definition);
  let form = compiled.get(key);
  if (!form) {
    form = defineForm(definition as FormDefinition);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, form);
  }
  const r = draft ? form.validateDraft({ answers }) : form.validate({ answers });
  if (!r.ok) throw new AppError('VALIDATION', `“${itemName}”的检查表填写有误：${r.errors.map((e) => e.message).join('；')}`, r.errors.map((e) => ({ ...e, itemName })));
  return r.answers;
};

export function inspectionRoutes(app: OpenAPIHono<AppEnv>) {
  publicationRoutes(app);
  creditRoutes(app);
  followupRoutes(app);

  // ---- inspections
  const repo = {
    list: inspectionsRepo.list,
    get: inspectionsRepo.get,
    create: (db: Parameters<typeof inspectionsRepo.open>[0], scope: Parameters<typeof inspectionsRepo.open>[1], input: { targetId: number }, m: Parameters<typeof inspectionsRepo.open>[3]) =>
      inspectionsRepo.open(db, scope, input.targetId, m),
    update: (db: Parameters<typeof inspectionsRepo.update>[0], scope: Parameters<typeof inspectionsRepo.update>[1], id: number, input: z.infer<typeof inspectionUpdate>, m: Parameters<typeof inspectionsRepo.update>[4]) =>
      inspectionsRepo.update(db, scope, id, input, m, validateSection),
  };
  const spec = { name: 'inspections', permission: 'inspections' as const, tag: '检查记录', repo, record: inspectionRecord, create: inspectionOpen, update: inspectionUpdate };
  const tags = ['检查记录'];

  // the request limit is the file limit plus room for the multipart envelope
  app.use('/api/inspections/:id/attachments', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({ maxSize: attachmentMaxBytes() + 64 * 1024, onError: (cc) => cc.json({ error: { code: 'TOO_LARGE', message: `文件过大：证据材料最大 ${Math.round(attachmentMaxBytes() / 1048576)} MB` } }, 413) })(c, next);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/inspections/{id}/attachments', tags, summary: `上传证据材料（multipart 字段 file；图片 JPEG/PNG/WebP 或 PDF，按文件内容识别；默认最大 10 MB，ATTACHMENT_MAX_MB 可调），按 SHA-256 存储`,
    request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) } } } },
    responses: { 201: json(attachmentRecord, '证据材料记录（含 sha256）'), 413: { description: '文件过大', content: { 'application/json': { schema: errorSchema } } }, ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'attachments', 'create');
    await authorize(c, 'inspections', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要上传的文件（字段 file）', { field: 'file' });
    const stored = await storeEvidence(new Uint8Array(await file.arrayBuffer()), file.name);
    return c.json(await inspectionsRepo.addAttachment(c.var.deps.db, scope, id, stored, meta(c, actor)), 201);
  });
  app.openapi(createRoute({
    method: 'get', path: '/api/inspections/{id}/attachments', tags, summary: '检查记录的证据材料列表', request: { params: idParam },
    responses: { 200: json(z.array(attachmentRecord), '证据材料'), ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'inspections', 'read');
    const { id } = c.req.valid('param');
    await loadInScope(c, spec, scope, id);
    return c.json(await inspectionsRepo.listAttachments(c.var.deps.db, id), 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/attachments/{id}', tags, summary: '下载证据材料（仅能看到该检查记录的用户）；响应头 X-Content-SHA256', request: { params: idParam },
    responses: { 200: { description: '文件内容' }, ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'attachments', 'read');
    const { id } = c.req.valid('param');
    const row = await inspectionsRepo.getAttachment(c.var.deps.db, scope, id, actor);
    if (!row) {
      if (scope.kind !== 'all') await auditAlone(c.var.deps.db, actor, { action: 'forbidden_record', resource: 'attachments', recordId: id, after: { method: c.req.method, path: c.req.path }, ip: clientIp(c) });
      throw notFound('证据材料');
    }
    const data = await readEvidence(row.sha256);
    c.header('Content-Type', row.mime);
    c.header('X-Content-SHA256', row.sha256);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`);
    return c.body(new Uint8Array(data), 200);
  });

  const actions = [
    { action: 'submit', summary: '提交审核（记录须完整；所用表单版本随之冻结）', permission: 'update' as const, schema: null,
      run: (c: Ctx, scope: Sc, id: number) => inspectionsRepo.submit(c.var.deps.db, scope, id, meta(c, c.var.actor!), validateSection) },
    { action: 'approve', summary: '审核通过（部门管理员；记录人或在场人员不得审核——双人原则）：记录冻结，生成公示（结果日期为审核通过当日），发现问题的开启后续处置', permission: 'approve' as const, schema: null,
      run: (c: Ctx, scope: Sc, id: number) => inspectionsRepo.approve(c.var.deps.db, scope, id, meta(c, c.var.actor!)) },
    { action: 'return', summary: '退回修改（须写明原因；双人原则同审核）', permission: 'approve' as const, schema: reviewReturn,
      run: (c: Ctx, scope: Sc, id: number, b: { note: string }) => inspectionsRepo.return(c.var.deps.db, scope, id, b.note, meta(c, c.var.actor!)) },
    { action: 'correct', summary: '更正已审核通过的记录：生成新版本草稿（原版本保留，审核通过后被替代），须说明原因', permission: 'update' as const, schema: correction,
      run: (c: Ctx, scope: Sc, id: number, b: { reason: string }) => inspectionsRepo.correct(c.var.deps.db, scope, id, b.reason, meta(c, c.var.actor!)) },
  ];
  for (const a of actions) {
    app.openapi(createRoute({
      method: 'post', path: `/api/inspections/{id}/${a.action}`, tags, summary: a.summary,
      request: { params: idParam, ...(a.schema && body(a.schema)) },
      responses: { 200: json(inspectionRecord, '检查记录'), ...errors },
    }), async (c) => {
      const { scope } = await authorize(c, 'inspections', a.permission);
      const { id } = c.req.valid('param');
      await loadInScope(c, spec, scope, id);
      const b = a.schema ? a.schema.parse(await c.req.json()) : undefined;
      return c.json(await a.run(c, scope, id, b as never) as Record<string, unknown>, 200);
    });
  }
  registerResource(app, spec);
}
