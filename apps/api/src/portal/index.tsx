/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { publicResultsRepo, type PublicResult } from '@sxgk/db';
import { publicRateLimit } from '../rate-limit.ts';
import type { AppEnv, Deps } from '../context.ts';
import { departments, publicEntity, publicTask, publicTasks, publishedItems, publishedPlans } from './data.ts';
import { HomePage } from './home.tsx';
import { ItemsPage } from './items.tsx';
import { idOf, pageOf, searchOf } from './layout.tsx';
import { PlansPage } from './plans.tsx';
import { EntityPage, MessagePage, RESULTS_PAGE_SIZE, ResultsPage } from './results.tsx';
import { TaskPage, TasksPage, VERIFY_SCRIPT } from './tasks.tsx';

// 一公开: the public portal at /public, server-rendered HTML for anyone without signing in. Must be
// mounted before the console's SPA fallback. Only published, redacted data (see data.ts).

/** The verify bundle built by `pnpm --filter @sxgk/console build` (apps/console/vite.portal.config.ts). */
const VERIFY_BUNDLE = 'public-verify.js';
const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist', import.meta.url));

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const isPortal = (path: string) => path === '/public' || path.startsWith('/public/');

async function render(c: Context<AppEnv>, el: JSX.Element, status: 200 | 404 | 429 = 200) {
  c.header('Content-Security-Policy', CSP);
  return c.html(`<!DOCTYPE html>${await el}`, status);
}

export function portalRoutes(app: Hono<AppEnv>, deps: Deps) {
  // the same limit as /api/public/*, on a counter of its own
  const limited = publicRateLimit(deps, 'portal', (c, r) =>
    render(c, <MessagePage title="访问过于频繁" message={`您的访问过于频繁，请在 ${r.resetSeconds} 秒后再试。`} />, 429));
  app.use('*', (c, next) => (isPortal(c.req.path) ? limited(c, next) : next()));

  app.get(VERIFY_SCRIPT, async (c) => {
    const js = await readFile(join(deps.consoleDir ?? DEFAULT_CONSOLE_DIR, VERIFY_BUNDLE), 'utf8').catch(() => undefined);
    if (js === undefined) return c.text('// 验证脚本尚未构建：pnpm --filter @sxgk/console build', 404);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(js);
  });

  app.get('/public', async (c) => render(c, <HomePage departments={await departments(c.var.deps.db)} />));
  app.get('/public/', (c) => c.redirect('/public', 301));

  app.get('/public/items', async (c) => {
    const db = c.var.deps.db;
    const departmentId = idOf(c.req.query('department'));
    const q = searchOf(c.req.query('q'));
    const page = pageOf(c.req.query('page'));
    const [deps_, result] = await Promise.all([departments(db), publishedItems(db, { departmentId, q, page })]);
    return render(c, <ItemsPage departments={deps_} departmentId={departmentId} q={q} page={page} result={result} />);
  });

  app.get('/public/plans', async (c) => {
    const y = Number.parseInt(c.req.query('year') ?? '', 10);
    const year = y >= 2000 && y <= 2100 ? y : undefined;
    return render(c, <PlansPage year={year} data={await publishedPlans(c.var.deps.db, year)} />);
  });

  app.get('/public/tasks', async (c) => {
    const page = pageOf(c.req.query('page'));
    return render(c, <TasksPage page={page} result={await publicTasks(c.var.deps.db, page)} />);
  });

  app.get('/public/tasks/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const data = id ? await publicTask(c.var.deps.db, id) : undefined;
    if (!data) return render(c, <MessagePage title="未找到" message="没有这项抽查任务，或其抽取尚未公开。" />, 404);
    return render(c, <TaskPage data={data} origin={new URL(c.req.url).origin} />);
  });

  app.get('/public/results', async (c) => {
    const q = searchOf(c.req.query('q'));
    const page = pageOf(c.req.query('page'));
    const { rows, total } = await publicResultsRepo.search(c.var.deps.db, q || undefined, (page - 1) * RESULTS_PAGE_SIZE, RESULTS_PAGE_SIZE);
    return render(c, <ResultsPage q={q} page={page} rows={rows} total={total} />);
  });

  app.get('/public/entities/:uscc', async (c) => {
    const uscc = c.req.param('uscc');
    const notFound = () => render(c, <MessagePage title="未找到" message="没有这个统一社会信用代码对应的检查对象。" />, 404);
    if (!/^[0-9A-Za-z]{18}$/.test(uscc)) return notFound();
    const found = await publicResultsRepo.entity(c.var.deps.db, uscc);
    let results: PublicResult[] = [];
    let entity = found?.entity;
    if (found) results = found.results;
    else entity = await publicEntity(c.var.deps.db, uscc);
    if (!entity) return notFound();
    return render(c, <EntityPage entity={entity} results={results} />);
  });

  // anything else under /public is the portal's own 404, not the console's SPA
  app.get('/public/*', (c) => render(c, <MessagePage title="页面不存在" message="您访问的页面不存在。" />, 404));
}
