import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError, notFound } from '@sxgk/core/errors';
import { OUTCOME_LABELS } from '@sxgk/core/outcomes';
import { addWorkingDays, publicationDeadline } from '@sxgk/core/working-days';
import { contentRange } from '@sxgk/core/simple-rest';
import {
  auditAlone, calendarRepo, creditRepo, entitiesRepo, followupsRepo, inspectionsRepo, loadCalendar, publicationsRepo, referralsRepo,
  runPublicationCycle, type CreditRow, type SectionValidator,
} from '@sxgk/db';
import { defineForm, type Form, type FormDefinition } from '@sxgk/plugin-sdk';
import type { AppEnv } from '../context.ts';
import { authorize, clientIp, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { errorSchema } from '../schemas.ts';
import { attachmentMaxBytes, readEvidence, storeEvidence } from '../inspections/attachments.ts';
import {
  attachmentRecord, boardRow, calendarCreate, calendarRecord, calendarUpdate, closeBody, correction, creditRecord, followupRecord, followupUpdate,
  inspectionOpen, inspectionRecord, inspectionUpdate, publicationRecord, referralCreate, referralRecord, referralReturn, reviewReturn,
} from '../inspections/schemas.ts';

// 检查记录 → 审核 → 公示 → 信用记录, with follow-up, referrals and the working-day calendar.
const errors = {
  403: { description: '无权限（含双人原则）', content: { 'application/json': { schema: errorSchema } } },
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
  409: { description: '状态不允许', content: { 'application/json': { schema: errorSchema } } },
  422: { description: '输入有误', content: { 'application/json': { schema: errorSchema } } },
};
const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } }, required: true } });

// forms are frozen once used, so a definition's compiled form can be kept by its text
const compiled = new Map<string, Form>();
export const validateSection: SectionValidator = (definition, answers, itemName) => {
  const key = JSON.stringify(definition);
  let form = compiled.get(key);
  if (!form) {
    form = defineForm(definition as FormDefinition);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, form);
  }
  const r = form.validate({ answers });
  if (!r.ok) throw new AppError('VALIDATION', `“${itemName}”的检查表填写有误：${r.errors.map((e) => e.message).join('；')}`, { itemName, errors: r.errors });
  return r.answers;
};

export function inspectionRoutes(app: OpenAPIHono<AppEnv>) {
  calendarRoutes(app);
  publicationRoutes(app);
  creditRoutes(app);

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
      run: (c: Ctx, scope: Sc, id: number) => inspectionsRepo.submit(c.var.deps.db, scope, id, meta(c, c.var.actor!)) },
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

  // ---- follow-ups
  const followups = { name: 'followups', permission: 'followups' as const, tag: '后续处置', repo: followupsRepo, record: followupRecord, update: followupUpdate };
  app.openapi(createRoute({
    method: 'post', path: '/api/followups/{id}/close', tags: ['后续处置'], summary: '完结后续处置（办结日期与结果）',
    request: { params: idParam, ...body(closeBody) }, responses: { 200: json(followupRecord, '后续处置'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'followups', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, followups, scope, id);
    return c.json(await followupsRepo.close(c.var.deps.db, scope, id, closeBody.parse(c.req.valid('json')), meta(c, actor)), 200);
  });
  registerResource(app, followups);

  // ---- referrals
  const referrals = { name: 'referrals', permission: 'referrals' as const, tag: '移送', repo: referralsRepo, record: referralRecord, create: referralCreate };
  const referralActions = [
    { action: 'accept', summary: '接收部门接收移送（成为本部门案件）', schema: null },
    { action: 'return', summary: '接收部门退回移送（须说明原因）', schema: referralReturn },
    { action: 'close', summary: '反馈办结：平台内移送由接收部门反馈；移送外部机关或司法机关的，由移送部门登记对方反馈的办结情况', schema: closeBody },
  ] as const;
  for (const a of referralActions) {
    app.openapi(createRoute({
      method: 'post', path: `/api/referrals/{id}/${a.action}`, tags: ['移送'], summary: a.summary,
      request: { params: idParam, ...(a.schema && body(a.schema)) }, responses: { 200: json(referralRecord, '移送'), ...errors },
    }), async (c) => {
      const { scope, actor } = await authorize(c, 'referrals', 'update');
      const { id } = c.req.valid('param');
      await loadInScope(c, referrals, scope, id);
      const db = c.var.deps.db;
      const m = meta(c, actor);
      if (a.action === 'accept') return c.json(await referralsRepo.accept(db, scope, id, m), 200);
      if (a.action === 'return') return c.json(await referralsRepo.return(db, scope, id, referralReturn.parse(await c.req.json()).reason, m), 200);
      return c.json(await referralsRepo.close(db, scope, id, closeBody.parse(await c.req.json()), m), 200);
    });
  }
  registerResource(app, referrals);
}

type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];
type Sc = Parameters<typeof inspectionsRepo.submit>[1];

function calendarRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/calendar/deadline', tags: ['工作日历'], summary: '按数据库中的工作日历计算公示期限（结果日期后第 20 个工作日）及黄色预警起始日（第 15 个工作日）',
    request: { query: z.object({ resultDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD') }) },
    responses: { 200: json(z.object({ resultDate: z.string(), yellowFrom: z.string(), deadline: z.string() }), '期限'), ...errors },
  }), async (c) => {
    await authorize(c, 'calendar', 'read');
    const { resultDate } = c.req.valid('query');
    const cal = await loadCalendar(c.var.deps.db);
    return c.json({ resultDate, yellowFrom: addWorkingDays(cal, resultDate, 15), deadline: publicationDeadline(cal, resultDate) }, 200);
  });
  registerResource(app, { name: 'calendar', permission: 'calendar', tag: '工作日历', repo: calendarRepo, record: calendarRecord, create: calendarCreate, update: calendarUpdate });
}

function publicationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/publications/board', tags: ['结果公示'], summary: '公示看板：各部门待公示（其中黄色、红色预警）、按时公示、逾期公示的数量',
    responses: { 200: json(z.array(boardRow), '按部门计数'), ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'publications', 'read');
    const rows = await publicationsRepo.board(c.var.deps.db, scope);
    return c.json(rows.map((r) => ({ ...r, pending: Number(r.pending), yellow: Number(r.yellow), red: Number(r.red), publishedOnTime: Number(r.publishedOnTime), publishedLate: Number(r.publishedLate) })), 200);
  });
  app.openapi(createRoute({
    method: 'post', path: '/api/publications/run', tags: ['结果公示'], summary: '立即运行一次公示任务（平台管理员；定时任务每 10 分钟运行）',
    responses: { 200: json(z.object({ today: z.string(), deadlinesFilled: z.number(), published: z.number(), warnings: z.object({ yellow: z.number(), red: z.number() }) }), '本次运行结果'), ...errors },
  }), async (c) => {
    const { actor } = await authorize(c, 'publications', 'update');
    const result = await runPublicationCycle(c.var.deps.db);
    await auditAlone(c.var.deps.db, actor, { action: 'run', resource: 'publications', after: result, ip: clientIp(c) });
    return c.json(result, 200);
  });
  registerResource(app, { name: 'publications', permission: 'publications', tag: '结果公示', repo: publicationsRepo, record: publicationRecord });
}

const CSV_COLUMNS: [keyof ReturnType<typeof creditJson>, string][] = [
  ['uscc', '统一社会信用代码'], ['entityName', '名称'], ['departmentName', '检查部门'], ['outcome', '检查结果代码'], ['outcomeLabel', '检查结果'],
  ['violations', '违反的规定'], ['publishedAt', '公示时间'], ['publicationId', '公示编号'], ['inspectionId', '检查记录编号'],
];
const creditJson = (r: CreditRow) => ({ ...r, outcomeLabel: OUTCOME_LABELS[r.outcome], publishedAt: r.publishedAt.toISOString() });
const cell = (v: unknown) => {
  const s = Array.isArray(v) ? v.join('；') : String(v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** UTF-8 with BOM so Excel opens it as Chinese text. */
const csv = (rows: CreditRow[]) => '\ufeff' + [CSV_COLUMNS.map(([, h]) => h).join(','), ...rows.map((r) => {
  const j = creditJson(r);
  return CSV_COLUMNS.map(([k]) => cell(j[k])).join(',');
})].join('\r\n') + '\r\n';

function creditRoutes(app: OpenAPIHono<AppEnv>) {
  const tags = ['信用记录'];
  const entityCredit = async (c: Ctx) => {
    const { scope } = await authorize(c, 'entities', 'read');
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw notFound('检查对象');
    const entity = await entitiesRepo.get(c.var.deps.db, scope, id);
    if (!entity) throw notFound('检查对象');
    return { entity, records: await creditRepo.forEntity(c.var.deps.db, id) };
  };
  app.openapi(createRoute({
    method: 'get', path: '/api/entities/{id}/credit', tags, summary: '检查对象的信用记录：每条已公示的抽查结果，及其对经营异常名录、风险等级输入的影响',
    request: { params: idParam }, responses: { 200: json(z.object({ entity: z.object({}).catchall(z.unknown()), records: z.array(creditRecord) }), '信用记录'), ...errors },
  }), async (c) => {
    const { entity, records } = await entityCredit(c);
    const summary = await creditRepo.summary(c.var.deps.db, entity.id);
    return c.json({
      entity: { id: entity.id, uscc: entity.uscc, name: entity.name, status: summary?.status, riskTier: entity.riskTier, riskInputTier: summary?.riskInputTier?.trim() || null,
        riskInputReasons: summary?.riskInputReasons ?? [], abnormalList: summary?.abnormalList, seriousViolationList: summary?.seriousViolationList },
      records: records.map(creditJson),
    }, 200);
  });
  app.openapi(createRoute({
    method: 'get', path: '/api/entities/{id}/credit.csv', tags, summary: '检查对象的信用记录（CSV）', request: { params: idParam },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors },
  }), async (c) => {
    const { entity, records } = await entityCredit(c);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="credit-${entity.uscc}.csv"`);
    return c.body(csv(records), 200);
  });
  app.openapi(createRoute({
    method: 'get', path: '/api/credit/export', tags, summary: '向信用信息共享平台批量导出信用记录（CSV 或 JSON），since 为公示日期下限（含）',
    request: { query: z.object({ format: z.enum(['csv', 'json']).default('json'), since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional() }) },
    responses: { 200: { description: 'CSV 或 JSON 数组', content: { 'application/json': { schema: z.array(creditRecord) }, 'text/csv': { schema: z.string() } } }, ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'publications', 'export');
    const { format, since } = c.req.valid('query');
    const rows = await creditRepo.export(c.var.deps.db, scope, since);
    await auditAlone(c.var.deps.db, actor, { action: 'export', resource: 'credit', after: { format, since: since ?? null, count: rows.length }, ip: clientIp(c) });
    c.header('Content-Range', contentRange('credit', 0, rows.length, rows.length));
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="credit-records.csv"');
      return c.body(csv(rows), 200);
    }
    return c.json(rows.map(creditJson), 200);
  });
}
