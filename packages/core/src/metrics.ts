// Dashboard metrics as definitions over counts the database already has: each is a rational
// (numerator ÷ denominator) plus basis points for display, so the exact figures stay auditable.

export const METRIC_KEYS = ['sampling_ratio', 'publication_rate', 'timeliness', 'followup_closure', 'referral_closure'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type Compliance = 'ok' | 'warn' | 'bad';

export interface Metric {
  key: MetricKey;
  label: string;
  numerator: number;
  denominator: number;
  /** ⌊numerator × 10000 ÷ denominator⌋ — rounded down so 99.995 % never shows as meeting 100 %; null when nothing was due. */
  bp: number | null;
}

interface Definition {
  label: string;
  /** At or above: 'ok'. */
  targetBp: number;
  /** At or above (and below target): 'warn'; below: 'bad'. Equal to targetBp when there is no grace band. */
  warnBp: number;
  /** When the denominator is 0. */
  empty: Compliance;
}

export const METRIC_DEFINITIONS: Record<MetricKey, Definition> = {
  // 抽查比例 = 本年度抽取的检查对象数 ÷ 检查对象名录库中（本范围内）的市场主体数.
  // The 10 % is a floor, so there is no grace band; an empty directory means the 名录库 is not
  // maintained, which needs attention rather than a green light.
  sampling_ratio: { label: '抽查比例', targetBp: 1000, warnBp: 1000, empty: 'warn' },
  // 结果公示率 = 已公示的检查结果数 ÷ 应公示的检查结果数, where 应公示 = approved results that are
  // published or whose 20-working-day deadline has passed (so early publication cannot exceed 100 %).
  publication_rate: { label: '结果公示率', targetBp: 10000, warnBp: 9500, empty: 'ok' },
  // 按时公示率 = 在期限内（结果日期后20个工作日内）公示的结果数 ÷ 已公示的结果数.
  timeliness: { label: '按时公示率', targetBp: 10000, warnBp: 9500, empty: 'ok' },
  // 后续处置办结率 = 已办结的后续处置数 ÷ 应后续处置数（发现问题待后续处理、不配合检查情节严重的结果）.
  followup_closure: { label: '后续处置办结率', targetBp: 10000, warnBp: 9000, empty: 'ok' },
  // 移送办结率 = 已反馈办结的移送（通报）数 ÷ 移送（通报）其他部门的总数.
  referral_closure: { label: '移送办结率', targetBp: 10000, warnBp: 9000, empty: 'ok' },
};

function metric(key: MetricKey, numerator: number, denominator: number): Metric {
  for (const [what, n] of [['分子', numerator], ['分母', denominator]] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${METRIC_DEFINITIONS[key].label}的${what}应为非负整数，实际为 ${n}`);
  }
  // a part larger than its whole is a counting bug upstream; showing 120 % would hide it
  if (numerator > denominator) {
    throw new RangeError(`${METRIC_DEFINITIONS[key].label}的分子（${numerator}）不能大于分母（${denominator}）`);
  }
  const bp = denominator === 0 ? null : Math.floor((numerator * 10000) / denominator);
  return { key, label: METRIC_DEFINITIONS[key].label, numerator, denominator, bp };
}

/** 抽查比例, with the ≥ 10 % requirement checked exactly (drawn × 10 ≥ in scope), not via rounded bp. */
export function samplingRatio(drawn: number, inScope: number): Metric & { meetsMinimum: boolean } {
  const m = metric('sampling_ratio', drawn, inScope);
  return { ...m, meetsMinimum: inScope > 0 && drawn * 10 >= inScope };
}

export const publicationRate = (published: number, due: number): Metric => metric('publication_rate', published, due);
export const timeliness = (onTime: number, published: number): Metric => metric('timeliness', onTime, published);
export const followupClosureRate = (closed: number, opened: number): Metric => metric('followup_closure', closed, opened);
export const referralClosureRate = (closed: number, referred: number): Metric => metric('referral_closure', closed, referred);

export function compliance(m: Metric): Compliance {
  const def = METRIC_DEFINITIONS[m.key];
  if (m.bp === null) return def.empty;
  if (m.bp >= def.targetBp) return 'ok';
  return m.bp >= def.warnBp ? 'warn' : 'bad';
}

/** '12.34%' for display, '—' when nothing was due. */
export function percentText(m: Metric): string {
  return m.bp === null ? '—' : `${Math.floor(m.bp / 100)}.${String(m.bp % 100).padStart(2, '0')}%`;
}

/** What a scope counted for a year; every metric follows from these (metricsOf). */
export interface MetricCounts {
  /** 存续 entities in the directory, and of them those an executed draw of the year picked */
  inScope: number;
  drawn: number;
  /** results of the year: due for publication (published, or past their deadline), published, published on time */
  due: number;
  published: number;
  onTime: number;
  /** follow-ups opened in the year, and those closed */
  followups: number;
  followupsClosed: number;
  /** referrals sent in the year, and those the receiver closed */
  referrals: number;
  referralsClosed: number;
}

export const NO_COUNTS: MetricCounts = {
  inScope: 0, drawn: 0, due: 0, published: 0, onTime: 0, followups: 0, followupsClosed: 0, referrals: 0, referralsClosed: 0,
};

/** The counts of several scopes together (a city's total is its departments' sum). */
export function sumCounts(list: readonly MetricCounts[]): MetricCounts {
  const sum = { ...NO_COUNTS };
  for (const c of list) for (const k of Object.keys(sum) as (keyof MetricCounts)[]) sum[k] += c[k];
  return sum;
}

export type RatedMetric = Metric & { compliance: Compliance; text: string };

/** The five dashboard metrics of a scope, in METRIC_KEYS order, each with its compliance and display text. */
export function metricsOf(c: MetricCounts): RatedMetric[] {
  return [
    samplingRatio(c.drawn, c.inScope), publicationRate(c.published, c.due), timeliness(c.onTime, c.published),
    followupClosureRate(c.followupsClosed, c.followups), referralClosureRate(c.referralsClosed, c.referrals),
  ].map(({ key, label, numerator, denominator, bp }) => {
    const m = { key, label, numerator, denominator, bp };
    return { ...m, compliance: compliance(m), text: percentText(m) };
  });
}
