/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { Layout } from './layout.tsx';

export function HomePage(props: { departments: { id: number; name: string }[] }) {
  return (
    <Layout title="首页">
      <h1>双随机、一公开 公示平台</h1>
      <p>“双随机、一公开”是市场监管的基本方式：在监管过程中随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。</p>
      <p class="muted">本平台公开各部门的随机抽查事项清单、年度抽查计划、每次抽取的承诺值与抽取记录（任何人均可独立验证），以及已公示的抽查结果。无需登录。</p>
      <h2>公开内容</h2>
      <ul>
        <li><a href="/public/items">随机抽查事项清单</a>：各部门已发布的抽查事项、法律依据、检查方式与检查对象。</li>
        <li><a href="/public/plans">年度抽查计划</a>：已发布的计划，以及已调整（被替代）的历次版本。</li>
        <li><a href="/public/tasks">抽查任务与抽取记录</a>：抽取前公开承诺值，抽取后公开随机数、种子与抽中对象，可在线验证。</li>
        <li><a href="/public/results">抽查结果</a>：按名称或统一社会信用代码查询已公示的抽查结果。</li>
      </ul>
      <h2>部门</h2>
      <ul>
        {props.departments.map((d) => <li><a href={`/public/items?department=${d.id}`}>{d.name}</a></li>)}
      </ul>
    </Layout>
  );
}
