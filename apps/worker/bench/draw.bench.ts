// `pnpm bench:draw [--entities 1000000] [--fresh]`: one draw at platform scale through the same
// code the API and the worker run (prepare → execute → persist), against a naive baseline in the
// same run. Its own database (sxgk_bench_draw_<n>, kept between runs; --fresh rebuilds it).
import { createDb, drawsRepo, migrate, prepareDraw, requestExecution, saveDrawResult, tasksRepo, publicDrawRecord } from '@sxgk/db';
import { verifyRecord, type PublicDrawRecord } from '@sxgk/core/draw/index';
import pg from 'pg';
import { computeDraw, loadForExecution } from '../src/draws/execute.ts';
import { naiveBaseline } from './draw-naive.ts';
import { BENCH_YEAR, benchCity, seedBenchCity } from './draw-seed.ts';

const arg = (name: string) => process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const N = Number(arg('--entities') ?? 1_000_000);
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `sxgk_bench_draw_${N}`;
const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const log = (s: string) => console.log(s);
const ms = (v: number) => `${v.toFixed(0).padStart(7)} ms`;
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
if (process.argv.includes('--fresh')) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
if (!(await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) await admin.query(`CREATE DATABASE ${name}`);
await admin.end();

const { db } = createDb(url, 4);
await migrate(db);
log(`sxgk-draw-v1 benchmark: ${N.toLocaleString('en')} entities, 2 000 inspectors, 1 % conflicts, 2 inspectors per entity`);
const city = (await benchCity(db)) ?? (await seedBenchCity(db, N, log));
const scope = { kind: 'all' } as const;
const meta = { actor: { userId: city.userId, username: 'bench-admin', role: 'dept_admin' as const, departmentId: city.departmentId, inspectorId: null } };
const task = await tasksRepo.create(db, scope, {
  departmentId: city.departmentId, adHoc: true, name: '基准抽取', itemIds: [city.itemId], directed: false,
  ratios: { A: 100, B: 200, C: 1000, D: 3000 }, inspectorsPerEntity: 2, startDate: `${BENCH_YEAR}-06-01`,
}, meta);

const t0 = performance.now();
const drawId = await prepareDraw(db, scope, task.id, '基准测试信标', meta);
const t1 = performance.now();
const { jobId } = await requestExecution(db, scope, drawId, { beacon: '福彩3D 第2026188期 3 1 4', witnesses: ['见证人'] }, meta);
const snapshot = await loadForExecution(db, drawId);
if (snapshot === 'done') throw new Error('draw already executed');
const tLoaded = performance.now();
const record = computeDraw(snapshot);
const t2 = performance.now();
const saved = await saveDrawResult(db, snapshot, record, { jobId, actorUserId: city.userId });
const t3 = performance.now();
const ours = t3 - t0;

const draw = (await drawsRepo.get(db, scope, drawId))!;
const sizes = new Map(draw.strataSummary!.map((s) => [s.key, s.size]));
const candidates = [...sizes.values()].reduce((a, b) => a + b, 0);
log(`\ncandidates ${candidates.toLocaleString('en')} (after ${(N / 10).toLocaleString('en')} already targeted this year), targets ${saved.targets.toLocaleString('en')}, assignments ${saved.assignments.toLocaleString('en')}, exclusions ${draw.exclusionCount.toLocaleString('en')}`);
log(`  strata ${draw.strataSummary!.map((s) => `${s.key}:${s.selected}/${s.size}`).join('  ')}`);
log(`\nthis implementation`);
log(`  prepare  (eligibility SQL, snapshot, digests, commitment) ${ms(t1 - t0)}`);
log(`  execute  (load snapshot ${(tLoaded - t1).toFixed(0)} ms + runDraw ${(t2 - tLoaded).toFixed(0)} ms)       ${ms(t2 - t1)}`);
log(`  persist  (targets + assignments, one transaction)           ${ms(t3 - t2)}`);
log(`  total                                                      ${ms(ours)}   peak RSS ${rssMb()} MB`);

if (!process.argv.includes('--no-baseline')) {
  const naive = await naiveBaseline(db, (await db.selectFrom('tasks').selectAll().where('id', '=', task.id).executeTakeFirstOrThrow()), sizes);
  log(`\nnaive baseline (same run, same data)`);
  log(`  entities: ORDER BY random() LIMIT k per tier                ${ms(naive.entitiesMs)}`);
  log(`  inspectors: one SQL query per entity, ${naive.perEntityMs.toFixed(3)} ms each measured on ${naive.sample} entities,`);
  log(`    extrapolated to ${naive.targets.toLocaleString('en')} entities (no load balancing, nothing saved)   ${ms(naive.inspectorsMs)}`);
  log(`  total                                                      ${ms(naive.totalMs)}`);
  log(`\nspeed-up ${(naive.totalMs / ours).toFixed(1)}×   goals: total ≤ ${N >= 5_000_000 ? '20 000' : '2 000'} ms ${ours <= (N >= 5_000_000 ? 20_000 : 2_000) ? 'met' : 'NOT met'}, ≥ 5× baseline ${naive.totalMs / ours >= 5 ? 'met' : 'NOT met'}`);
}
if (process.argv.includes('--verify')) {
  const t = performance.now();
  const verdict = verifyRecord((await publicDrawRecord(db, drawId)) as PublicDrawRecord);
  log(`\npublic record verifies: ${JSON.stringify(verdict)} (${(performance.now() - t).toFixed(0)} ms)`);
}
// leave the city as found: this run's targets must not count as "already targeted" next run
await db.updateTable('draws').set({ status: 'superseded', redrawReason: '基准测试' }).where('id', '=', drawId).execute();
await db.destroy();
