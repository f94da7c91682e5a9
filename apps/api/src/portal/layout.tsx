/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Child } from 'hono/jsx';
import { isRecordId } from '@sxgk/core/simple-rest';

// The portal's one layout: mobile-first, one small inline stylesheet, no script unless a page
// asks for one (the draw page's verify button). Everything works with plain links and GET forms.
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.7 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1d2330;background:#f4f6fa}
a{color:#1f4e9c}
header{background:#1f4e9c;color:#fff;padding:.75rem 1rem}
header a{color:#fff;text-decoration:none}
header .t{font-size:1.15rem;font-weight:600;letter-spacing:.05em}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-top:.35rem;font-size:.95rem}
nav a{opacity:.92;text-decoration:underline;text-underline-offset:3px}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.25rem 0 .75rem;color:#1f4e9c}
h2{font-size:1.12rem;margin:1.4rem 0 .5rem;border-left:4px solid #1f4e9c;padding-left:.5rem}
h3{font-size:1rem;margin:.8rem 0 .3rem}
.card{background:#fff;border:1px solid #dde3ee;border-radius:6px;padding:.75rem 1rem;margin:.6rem 0}
.muted{color:#5b6475;font-size:.9rem}
.tag{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:3px;background:#e8eef9;color:#1f4e9c;margin-right:.25rem}
.tag.warn{background:#fff1e0;color:#a35200}
.tag.ok{background:#e5f5ea;color:#1d6b36}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.4rem 0}
dt{color:#5b6475}dd{margin:0;min-width:0}
code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
th,td{border:1px solid #dde3ee;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f9}
.scroll{overflow-x:auto}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}
input,select,button{font:inherit;padding:.4rem .6rem;border:1px solid #b8c2d6;border-radius:4px;background:#fff}
button{background:#1f4e9c;color:#fff;border-color:#1f4e9c;cursor:pointer}
.pager{display:flex;gap:1rem;align-items:center;margin:1rem 0}
footer{max-width:60rem;margin:0 auto;padding:1rem;color:#5b6475;font-size:.85rem}
#verify-result{margin-top:.5rem;font-weight:600}
@media(min-width:40rem){body{font-size:17px}main{padding:1.25rem 1.5rem}}
`;

export function Layout(props: { title: string; children?: Child; script?: string }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} - 双随机、一公开`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <a class="t" href="/public">双随机、一公开 公示平台</a>
          <nav>
            <a href="/public/items">抽查事项清单</a>
            <a href="/public/plans">抽查计划</a>
            <a href="/public/tasks">抽查任务与抽取</a>
            <a href="/public/results">抽查结果</a>
          </nav>
        </header>
        <main>{props.children}</main>
        <footer>本页面公开的信息均已依法脱敏：个体工商户经营者姓名已遮盖，联系电话、身份证号码及个人住址不予公开。</footer>
        {props.script ? <script src={props.script} defer /> : null}
      </body>
    </html>
  );
}

/** Links to the previous and next page, keeping the other query parameters. */
export function Pager(props: { path: string; params: Record<string, string | number | undefined>; page: number; total: number; size: number }) {
  const pages = Math.max(1, Math.ceil(props.total / props.size));
  if (pages <= 1) return null;
  const href = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(props.params)) if (v !== undefined && v !== '') q.set(k, String(v));
    q.set('page', String(page));
    return `${props.path}?${q}`;
  };
  return (
    <div class="pager">
      {props.page > 1 ? <a href={href(props.page - 1)}>上一页</a> : null}
      <span class="muted">第 {props.page} / {pages} 页，共 {props.total} 条</span>
      {props.page < pages ? <a href={href(props.page + 1)}>下一页</a> : null}
    </div>
  );
}


export const ratio = (bp: number) => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`;
export function when(d: unknown): string {
  if (!d) return '';
  const date = d instanceof Date ? d : new Date(String(d));
  if (Number.isNaN(date.getTime())) return String(d);
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
/** A positive integer page number from a query parameter. */
export const pageOf = (v: string | undefined) => Math.max(1, Math.min(10_000, Number.parseInt(v ?? '1', 10) || 1));
/** A visitor's search words: no control characters (PostgreSQL refuses NUL), at most 100 characters. */
export const searchOf = (v: string | undefined) => (v ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 100);
/** A record id from a link: a positive integer the database can hold, else undefined. */
export const idOf = (v: string | undefined) => (isRecordId(Number(v)) ? Number(v) : undefined);
