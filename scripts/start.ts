import { createDb, DATABASE_URL, DEMO_PASSWORD, ensureDatabase, migrate, seedDemo } from '@sxgk/db';
import { startApi } from '../apps/api/src/main.ts';
import { startWorkers } from '../apps/worker/src/main.ts';
import { loadPlugins, startPluginJobs } from '../apps/worker/src/plugin-jobs.ts';
import { seedDemoActivity } from './demo-activity.ts';

// `pnpm start`: one command for a newcomer — database, demo data, API, worker, console on one port.
await ensureDatabase(DATABASE_URL);
const { db } = createDb();
await migrate(db);
const seeded = await seedDemo(db);
if (seeded) console.log('已写入演示数据（4 个部门、5000 个检查对象、120 名检查人员）');
startWorkers(db);
await startPluginJobs(db, await loadPlugins());
await startApi();
const url = `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 3000}`;
if (seeded) {
  console.log('正在生成演示业务数据（计划、抽取、检查记录、公示）…');
  await seedDemoActivity(db, url).catch((e) => console.error(`演示业务数据未能全部生成：${e instanceof Error ? e.message : e}`));
}
console.log(`
双随机、一公开监管平台已启动：${url}
  接口文档 ${url}/api/docs
演示账号（密码均为 ${DEMO_PASSWORD}）：
  admin 平台管理员 · office 联席会议办公室 · leader 领导
  fgw-admin / scjg-admin / zjj-admin / zrzy-admin 部门管理员
  fgw-review / scjg-review / zjj-review / zrzy-review 部门审核人（部门管理员）
  fgw-insp / scjg-insp / zjj-insp / zrzy-insp 执法检查人员
`);
