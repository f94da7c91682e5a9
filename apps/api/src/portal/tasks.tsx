/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { DRAW_STATUS_LABELS, ENTITY_KIND_LABELS, label, stratumTitle } from '@sxgk/core/labels';
import type { PublicEntity } from '@sxgk/core/redaction';
import { Layout, Pager, ratio, when } from './layout.tsx';
import { PAGE_SIZE, type PortalDraw, type publicTask, type publicTasks } from './data.ts';

export const VERIFY_SCRIPT = '/public/assets/verify.js';

export function TasksPage(props: { page: number; result: Awaited<ReturnType<typeof publicTasks>> }) {
  return (
    <Layout title="抽查任务与抽取记录">
      <h1>抽查任务与抽取记录</h1>
      <p class="muted">每次抽取前先公开承诺值（对保密随机数的 SHA-256 承诺）与候选名单摘要；抽取时引入现场公开的随机数（信标），抽取后公开保密随机数、种子与抽中对象，任何人都可以重新计算验证。</p>
      {props.result.total === 0 ? <p>暂无已公开抽取的任务。</p> : null}
      <div class="scroll">
        <table>
          <thead><tr><th>任务</th><th>部门</th><th>开始日期</th><th>抽取状态</th></tr></thead>
          <tbody>
            {props.result.rows.map((t) => (
              <tr>
                <td><a href={`/public/tasks/${t.id}`}>{t.name}</a></td>
                <td>{t.departmentName}</td>
                <td>{t.startDate}</td>
                <td>{t.drawStatus ? label(DRAW_STATUS_LABELS, t.drawStatus) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager path="/public/tasks" params={{}} page={props.page} total={props.result.total} size={PAGE_SIZE} />
    </Layout>
  );
}

type Stratum = { key: string; ratioBp: number; populationSize?: number; population?: string[]; selected?: string[] };

function Draw(props: { d: PortalDraw; entities: Map<string, PublicEntity>; origin: string }) {
  const { d } = props;
  const executed = typeof d.seed === 'string' && d.seed.length > 0;
  const strata = (Array.isArray(d.strata) ? d.strata : []) as Stratum[];
  const json = `/api/public/draws/${d.drawId}`;
  return (
    <section class="card" id={`draw-${d.drawId}`}>
      <h2>
        抽取 #{d.drawId}{' '}
        <span class={`tag ${d.status === 'superseded' ? 'warn' : d.status === 'executed' ? 'ok' : ''}`}>{label(DRAW_STATUS_LABELS, d.status)}</span>
      </h2>
      {d.status === 'superseded' ? (
        <p>
          本次抽取已作废并重新抽取。重新抽取原因：<b>{d.redrawReason ?? '—'}</b>
          {d.supersededBy ? <>（见 <a href={`#draw-${d.supersededBy}`}>抽取 #{d.supersededBy}</a>）</> : null}
        </p>
      ) : null}
      {d.redrawOf ? <p class="muted">本次为对 <a href={`#draw-${d.redrawOf}`}>抽取 #{d.redrawOf}</a> 的重新抽取。</p> : null}
      {!executed && d.status !== 'superseded' ? <p>本次抽取尚未执行：以下承诺值已在抽取前公开，抽取后公开的保密随机数必须与之相符。</p> : null}
      <dl>
        <dt>准备时间</dt><dd>{when(d.preparedAt)}</dd>
        <dt>信标来源</dt><dd>{d.beaconSource}</dd>
        <dt>承诺值</dt><dd class="mono" data-field="commitment">{d.commitment}</dd>
        <dt>候选对象摘要</dt><dd class="mono">{d.populationDigest}</dd>
        <dt>执法人员摘要</dt><dd class="mono">{d.inspectorDigest}</dd>
        {executed ? (
          <>
            <dt>抽取时间</dt><dd>{when(d.executedAt)}</dd>
            <dt>信标（公开随机数）</dt><dd>{d.beacon}</dd>
            <dt>见证人</dt><dd>{Array.isArray(d.witnesses) && d.witnesses.length ? d.witnesses.join('、') : '—'}</dd>
            <dt>保密随机数</dt><dd class="mono" data-field="secret">{d.secret}</dd>
            <dt>种子</dt><dd class="mono" data-field="seed">{d.seed}</dd>
          </>
        ) : null}
      </dl>
      <h3>分层抽取比例</h3>
      <div class="scroll">
        <table>
          <thead><tr><th>层级</th><th>抽取比例</th><th>候选数</th>{executed ? <th>抽中数</th> : null}</tr></thead>
          <tbody>
            {strata.map((s) => (
              <tr>
                <td>{stratumTitle(s.key)}</td>
                <td>{ratio(s.ratioBp)}</td>
                <td>{s.populationSize ?? s.population?.length ?? 0}</td>
                {executed ? <td>{s.selected?.length ?? 0}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {executed ? (
        <>
          <h3>抽中的检查对象</h3>
          {strata.filter((s) => s.selected?.length).map((s) => (
            <>
              <h4>{stratumTitle(s.key)}（{s.selected!.length} 户）</h4>
              <div class="scroll">
                <table>
                  <thead><tr><th>名称</th><th>统一社会信用代码</th><th>类型</th></tr></thead>
                  <tbody>
                    {s.selected!.map((uscc) => {
                      const e = props.entities.get(uscc);
                      return (
                        <tr>
                          <td>{e?.name ?? '—'}</td>
                          <td class="mono"><a href={`/public/entities/${uscc}`}>{uscc}</a></td>
                          <td>{e ? label(ENTITY_KIND_LABELS, e.kind) : ''}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          ))}
          <h3>验证</h3>
          <p>
            <button type="button" data-verify-draw={String(d.drawId)} hidden>验证</button>{' '}
            <span class="muted">在本浏览器中按公开算法重新计算本次抽取。</span>
          </p>
          <p id={`verify-result-${d.drawId}`} role="status" aria-live="polite"></p>
        </>
      ) : null}
      <p class="muted">
        公开记录（JSON）：<a href={json}>{json}</a>。自行验证：<code>pnpm verify-draw {props.origin}{json}</code>
      </p>
    </section>
  );
}

export function TaskPage(props: { data: NonNullable<Awaited<ReturnType<typeof publicTask>>>; origin: string }) {
  const { task, items, draws, entities } = props.data;
  const verifiable = draws.some((d) => typeof d.seed === 'string' && d.seed.length > 0);
  return (
    <Layout title={task.name} script={verifiable ? VERIFY_SCRIPT : undefined}>
      <p><a href="/public/tasks">← 抽查任务列表</a></p>
      <h1>{task.name}</h1>
      <dl>
        <dt>牵头部门</dt><dd>{task.departmentName}</dd>
        <dt>年度</dt><dd>{task.year}</dd>
        <dt>开始日期</dt><dd>{task.startDate}</dd>
        {items.length ? <><dt>抽查事项</dt><dd>{items.map((i) => i.name).join('；')}</dd></> : null}
      </dl>
      {draws.map((d) => <Draw d={d} entities={entities} origin={props.origin} />)}
      <p class="muted">验证方法：下载本页列出的 JSON 公开记录，在本平台源代码目录中运行 <code>pnpm verify-draw &lt;记录地址&gt;</code>，程序按公开的抽取规范（sxgk-draw-v1）重新计算承诺值、摘要、种子与抽中名单，逐项比对。</p>
    </Layout>
  );
}
