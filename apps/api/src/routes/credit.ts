import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '@sxgk/core/errors';
import { OUTCOME_LABELS } from '@sxgk/core/outcomes';
import { contentRange } from '@sxgk/core/simple-rest';
import { auditAlone, creditRepo, entitiesRepo, type CreditRow } from '@sxgk/db';
import { writeCsv } from '@sxgk/sheets/write';
import type { AppEnv } from '../context.ts';
import { authorize, clientIp } from '../auth.ts';
import { idParam } from '../rest.ts';
import { json, refusals as errors } from '../openapi-parts.ts';
import { creditRecord } from '../inspections/schemas.ts';

// 信用记录: every published result of an entity, for the console and the credit system.
const CSV_COLUMNS = [
  ['uscc', '统一社会信用代码'], ['entityName', '名称'], ['departmentName', '检查部门'], ['outcome', '检查结果代码'], ['outcomeLabel', '检查结果'],
  ['violations', '违反的规定'], ['publishedAt', '公示时间'], ['publicationId', '公示编号'], ['inspectionId', '检查记录编号'],
].map(([key, header]) => ({ key: key!, header: header! }));
const creditJson = (r: CreditRow) => ({ ...r, outcomeLabel: OUTCOME_LABELS[r.outcome], publishedAt: r.publishedAt.toISOString() });
const csv = (rows: CreditRow[]) => writeCsv(CSV_COLUMNS, rows.map(creditJson));

export function creditRoutes(app: OpenAPIHono<AppEnv>) {
  const tags = ['信用记录'];
  const entityCredit = async (c: Context<AppEnv>) => {
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
