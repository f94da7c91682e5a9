import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { METRIC_KEYS, metricsOf, sumCounts, type MetricCounts } from '@sxgk/core/metrics';
import { RISK_TIERS } from '@sxgk/core/roles';
import { chinaDay, metricCounts, type DepartmentCounts } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize } from '../auth.ts';
import { json, refusals as errors } from '../openapi-parts.ts';

// 监管指标: the compliance figures the leadership watches (抽查比例 ≥ 10 %, 结果公示率 100 %,
// timeliness, follow-up and referral closure), per department and for the city, for one year.
// The definitions are core's (metrics.ts); this route counts and rates, so the dashboard and the
// coming analytics app show one set of numbers.

const metric = z.object({
  key: z.enum(METRIC_KEYS), label: z.string(), numerator: z.number(), denominator: z.number(),
  bp: z.number().nullable().openapi({ description: '万分比，向下取整；无应计数时为 null' }),
  compliance: z.enum(['ok', 'warn', 'bad']), text: z.string(),
}).openapi('Metric');
const counts = z.object({
  inScope: z.number(), drawn: z.number(), due: z.number(), published: z.number(), onTime: z.number(),
  followups: z.number(), followupsClosed: z.number(), referrals: z.number(), referralsClosed: z.number(),
}).openapi('MetricCounts');
const tier = z.object({ inScope: z.number(), drawn: z.number() });
const tiers = z.object({ A: tier, B: tier, C: tier, D: tier }).openapi({ description: '按信用风险分类的抽查比例计数' });
const report = z.object({
  year: z.number(), asOf: z.string().openapi({ description: '计算“应公示”所依据的日期（北京时间）' }),
  total: z.object({ counts, metrics: z.array(metric), tiers }),
  departments: z.array(z.object({
    departmentId: z.number(), departmentName: z.string(), counts, metrics: z.array(metric),
    tiers,
  })),
}).openapi('MetricsReport');

const rated = (c: MetricCounts) => ({ counts: pick(c), metrics: metricsOf(c) });
const pick = ({ inScope, drawn, due, published, onTime, followups, followupsClosed, referrals, referralsClosed }: MetricCounts) =>
  ({ inScope, drawn, due, published, onTime, followups, followupsClosed, referrals, referralsClosed });

const sumTiers = (list: DepartmentCounts[]) => Object.fromEntries(RISK_TIERS.map((t) => [t, {
  inScope: list.reduce((s, d) => s + d.tiers[t].inScope, 0), drawn: list.reduce((s, d) => s + d.tiers[t].drawn, 0),
}])) as DepartmentCounts['tiers'];

export function metricRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute({
    method: 'get', path: '/api/metrics', tags: ['监管指标'],
    summary: '年度监管指标：抽查比例、结果公示率、按时公示率、后续处置办结率、移送办结率（按部门及全市合计）',
    request: { query: z.object({ year: z.coerce.number({ message: '年度应为数字' }).int('年度应为整数').min(2000, '年度应在 2000 年之后').max(2100, '年度应在 2100 年之前').optional() }) },
    responses: { 200: json(report, '监管指标'), ...errors },
  }), async (c) => {
    const { scope } = await authorize(c, 'metrics', 'read');
    const asOf = chinaDay();
    const year = c.req.valid('query').year ?? Number(asOf.slice(0, 4));
    const departments = await metricCounts(c.var.deps.db, scope, year, asOf);
    return c.json({
      year, asOf, total: { ...rated(sumCounts(departments)), tiers: sumTiers(departments) },
      departments: departments.map((d) => ({ departmentId: d.departmentId, departmentName: d.departmentName, tiers: d.tiers, ...rated(d) })),
    }, 200);
  });
}
