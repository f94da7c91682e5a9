import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { addWorkingDays, calendarYearDue, publicationDeadline } from '@sxgk/core/working-days';
import { auditAlone, calendarRepo, chinaDay, loadCalendar, publicationsRepo, runPublicationCycle } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize, clientIp } from '../auth.ts';
import { registerResource } from '../rest.ts';
import { json, refusals as errors } from '../openapi-parts.ts';
import { boardRow, calendarCreate, calendarRecord, calendarUpdate, publicationRecord } from '../inspections/schemas.ts';

// 公示 within 20 working days: the publication board and run, and the working-day calendar it counts on.
export function publicationRoutes(app: OpenAPIHono<AppEnv>) {
  calendarRoutes(app);
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
  app.openapi(createRoute({
    method: 'get', path: '/api/calendar/status', tags: ['工作日历'],
    summary: '工作日历待维护的年度：今天审核通过的结果算不出公示期限时为紧急（urgent）；11 月起提醒维护下一年度',
    responses: { 200: json(z.object({ today: z.string(), yearDue: z.object({ year: z.number(), urgent: z.boolean() }).nullable() }), '待维护年度（无则为 null）'), ...errors },
  }), async (c) => {
    await authorize(c, 'calendar', 'read');
    const today = chinaDay();
    return c.json({ today, yearDue: calendarYearDue(await loadCalendar(c.var.deps.db), today) }, 200);
  });
  registerResource(app, { name: 'calendar', permission: 'calendar', tag: '工作日历', repo: calendarRepo, record: calendarRecord, create: calendarCreate, update: calendarUpdate });
}

