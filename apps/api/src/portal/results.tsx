/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, label } from '@sxgk/core/labels';
import type { PublicEntity } from '@sxgk/core/redaction';
import { isProblem } from '@sxgk/core/outcomes';
import type { PublicResult } from '@sxgk/db';
import { Layout, Pager } from './layout.tsx';

export const RESULTS_PAGE_SIZE = 20;

function Result(props: { r: PublicResult; showEntity: boolean }) {
  const { r } = props;
  return (
    <div class="card">
      {props.showEntity ? (
        <h3><a href={`/public/entities/${r.entity.uscc}`}>{r.entity.name}</a> <span class="muted mono">{r.entity.uscc}</span></h3>
      ) : <h3>{r.taskName}</h3>}
      <div>
        <span class={`tag ${isProblem(r.outcome) ? 'warn' : 'ok'}`}>{r.outcomeLabel}</span>
        {r.corrected ? <span class="tag warn">已更正</span> : null}
      </div>
      <dl>
        <dt>实施部门</dt><dd>{r.departmentName}</dd>
        {props.showEntity ? <><dt>抽查任务</dt><dd>{r.taskName}</dd></> : null}
        {r.inspectionDate ? <><dt>检查日期</dt><dd>{r.inspectionDate}</dd></> : null}
        {r.methods.length ? <><dt>检查方式</dt><dd>{r.methods.join('、')}</dd></> : null}
        {r.violations.length ? <><dt>发现问题</dt><dd>{r.violations.join('；')}</dd></> : null}
        {r.findings ? <><dt>检查情况</dt><dd>{r.findings}</dd></> : null}
        {r.entrustment ? <><dt>委托机构</dt><dd>{r.entrustment.institution}（{r.entrustment.scope}）</dd></> : null}
        <dt>结果日期</dt><dd>{r.resultDate}</dd>
        {r.publishedOn ? <><dt>公示日期</dt><dd>{r.publishedOn}</dd></> : null}
      </dl>
    </div>
  );
}

export function ResultsPage(props: { q: string; page: number; rows: PublicResult[]; total: number }) {
  return (
    <Layout title="抽查结果公示">
      <h1>抽查结果公示</h1>
      <form class="search" method="get" action="/public/results">
        <input type="search" name="q" value={props.q} placeholder="企业名称或统一社会信用代码" aria-label="名称或统一社会信用代码" />
        <button type="submit">查询</button>
      </form>
      {props.total === 0 ? <p>暂无公示结果{props.q ? '：没有与查询条件相符的已公示抽查结果。' : '。'}</p> : null}
      {props.rows.map((r) => <Result r={r} showEntity />)}
      <Pager path="/public/results" params={{ q: props.q }} page={props.page} total={props.total} size={RESULTS_PAGE_SIZE} />
    </Layout>
  );
}

export function EntityPage(props: { entity: PublicEntity; results: PublicResult[] }) {
  const e = props.entity;
  return (
    <Layout title={e.name}>
      <p><a href="/public/results">← 抽查结果查询</a></p>
      <h1>{e.name}</h1>
      <dl>
        <dt>统一社会信用代码</dt><dd class="mono">{e.uscc}</dd>
        <dt>类型</dt><dd>{label(ENTITY_KIND_LABELS, e.kind)}</dd>
        <dt>登记状态</dt><dd>{label(ENTITY_STATUS_LABELS, e.status)}</dd>
        {e.legalRepresentative ? <><dt>{e.kind === 'individual' ? '经营者' : '法定代表人'}</dt><dd>{e.legalRepresentative}</dd></> : null}
        {e.address ? <><dt>住所</dt><dd>{e.address}</dd></> : null}
      </dl>
      <h2>公示记录</h2>
      {props.results.length === 0 ? <p>暂无公示结果。</p> : props.results.map((r) => <Result r={r} showEntity={false} />)}
    </Layout>
  );
}

export function MessagePage(props: { title: string; message: string }) {
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <p><a href="/public">返回首页</a></p>
    </Layout>
  );
}
