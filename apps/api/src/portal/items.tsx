/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { ITEM_TYPE_LABELS, label } from '@sxgk/core/labels';
import { Layout, Pager } from './layout.tsx';
import { PAGE_SIZE, type publishedItems } from './data.ts';

type Items = Awaited<ReturnType<typeof publishedItems>>;

export function ItemsPage(props: { departments: { id: number; name: string }[]; departmentId?: number; q: string; page: number; result: Items }) {
  // grouped by department, in the order of the (department-ordered) page
  const groups = new Map<string, Items['rows']>();
  for (const r of props.result.rows) {
    let g = groups.get(r.departmentName);
    if (!g) groups.set(r.departmentName, (g = []));
    g.push(r);
  }
  return (
    <Layout title="随机抽查事项清单">
      <h1>随机抽查事项清单</h1>
      <form class="search" method="get" action="/public/items">
        <select name="department" aria-label="部门">
          <option value="">全部部门</option>
          {props.departments.map((d) => <option value={String(d.id)} selected={d.id === props.departmentId}>{d.name}</option>)}
        </select>
        <input type="search" name="q" value={props.q} placeholder="事项名称、依据或类别" aria-label="关键词" />
        <button type="submit">查询</button>
      </form>
      {props.result.total === 0 ? <p>没有符合条件的已发布事项。</p> : null}
      {[...groups].map(([department, rows]) => (
        <section>
          <h2>{department}</h2>
          {rows.map((i) => (
            <div class="card">
              <h3>{i.name}</h3>
              <div><span class="tag">{label(ITEM_TYPE_LABELS, i.itemType)}</span>{i.category ? <span class="tag">{i.category}</span> : null}</div>
              <dl>
                <dt>检查对象</dt><dd>{i.entityKind || '—'}</dd>
                <dt>检查方式</dt><dd>{i.methods.length ? i.methods.join('、') : '—'}</dd>
                <dt>检查主体</dt><dd>{i.inspectingBody || '—'}</dd>
                <dt>法律依据</dt><dd>{i.legalBasis || '—'}</dd>
                {i.content ? <><dt>检查内容</dt><dd>{i.content}</dd></> : null}
                {i.ratio ? <><dt>抽查比例</dt><dd>{i.ratio}</dd></> : null}
                {i.frequency ? <><dt>抽查频次</dt><dd>{i.frequency}</dd></> : null}
              </dl>
            </div>
          ))}
        </section>
      ))}
      <Pager path="/public/items" params={{ department: props.departmentId, q: props.q }} page={props.page} total={props.result.total} size={PAGE_SIZE} />
      <p class="muted">机器可读：<a href="/api/public/items">/api/public/items</a></p>
    </Layout>
  );
}
