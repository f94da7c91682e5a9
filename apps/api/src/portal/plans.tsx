/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { Layout, when } from './layout.tsx';
import type { publishedPlans } from './data.ts';

type Plans = Awaited<ReturnType<typeof publishedPlans>>;

export function PlansPage(props: { year?: number; data: Plans }) {
  const groups = new Map<string, Plans['plans']>();
  for (const p of props.data.plans) {
    let g = groups.get(p.departmentName);
    if (!g) groups.set(p.departmentName, (g = []));
    g.push(p);
  }
  return (
    <Layout title="年度抽查计划">
      <h1>年度抽查计划</h1>
      <form class="search" method="get" action="/public/plans">
        <select name="year" aria-label="年度">
          <option value="">全部年度</option>
          {props.data.years.map((y) => <option value={String(y)} selected={y === props.year}>{y} 年</option>)}
        </select>
        <button type="submit">查看</button>
      </form>
      <p class="muted">计划调整后，原版本仍在此公开并标注“已调整”，新版本注明调整原因。</p>
      {props.data.plans.length === 0 ? <p>暂无已发布的抽查计划。</p> : null}
      {[...groups].map(([department, plans]) => (
        <section>
          <h2>{department}</h2>
          {plans.map((p) => (
            <div class="card">
              <h3>
                {p.name}{' '}
                <span class="tag">第 {p.version} 版</span>
                {p.status === 'superseded' ? <span class="tag warn">已调整</span> : <span class="tag ok">现行</span>}
              </h3>
              <dl>
                <dt>年度</dt><dd>{p.year}</dd>
                {p.periodStart || p.periodEnd ? <><dt>实施期间</dt><dd>{p.periodStart ?? ''} 至 {p.periodEnd ?? ''}</dd></> : null}
                {p.ratio ? <><dt>抽查比例</dt><dd>{p.ratio}</dd></> : null}
                {p.frequency ? <><dt>抽查频次</dt><dd>{p.frequency}</dd></> : null}
                {p.quantity !== null ? <><dt>抽查数量</dt><dd>{p.quantity}</dd></> : null}
                {p.itemNames.length ? <><dt>抽查事项</dt><dd>{p.itemNames.join('；')}</dd></> : null}
                {p.content ? <><dt>计划内容</dt><dd>{p.content}</dd></> : null}
                {p.adjustmentReason ? <><dt>调整原因</dt><dd>{p.adjustmentReason}</dd></> : null}
                <dt>发布时间</dt><dd>{when(p.publishedAt)}</dd>
                {p.supersededAt ? <><dt>调整时间</dt><dd>{when(p.supersededAt)}</dd></> : null}
              </dl>
            </div>
          ))}
        </section>
      ))}
      <p class="muted">机器可读：<a href="/api/public/plans">/api/public/plans</a></p>
    </Layout>
  );
}
