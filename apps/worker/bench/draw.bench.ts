// `pnpm bench:draw [--entities 1000000] [--fresh] [--no-baseline] [--verify] [--again]`: one draw
// at platform scale through the code the API and the worker run (prepare → execute → persist),
// each half in its own fresh process as in production, against a naive baseline in the same run;
// --again adds a second draw in the same two processes, as a running API and worker would do it.
// Its own database (sxgk_bench_draw_<n>, kept between runs; --fresh rebuilds it).
import { sql } from 'kysely';
import { createDb, drawsRepo, migrate, publicDrawRecord, tasksRepo } from '@sxgk/db';
import { verifyRecord, type PublicDrawRecord } from '@sxgk/core/draw/index';
import { naiveBaseline } from './draw-naive.ts';
import { BENCH_YEAR, benchCity, seedBenchCity } from './draw-seed.ts';
import { executeStep, inChild, prepareStep, type StepResult } from './draw-steps.ts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const N = Number(arg('--entities') ?? 1_000_000);
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `sxgk_bench_draw_${N}`;
const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const log = (s: string) => console.log(s);
const ms = (v: number) => `${v.toFixed(0).padStart(7)} ms`;

const step = arg('--step');
if (!step) {
  const { db: admin } = createDb(ADMIN_URL, 1);
  if (process.argv.includes('--fresh')) await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin);
  if (!(await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`.execute(admin)).rows.length) await sql.raw(`CREATE DATABASE ${name}`).execute(admin);
  await admin.destroy();
}
const { db } = createDb(url, 4);
await migrate(db);
const city = (await benchCity(db)) ?? (await seedBenchCity(db, N, log));
const meta = { actor: { userId: city.userId, username: 'bench-admin', role: 'dept_admin' as const, departmentId: city.departmentId, inspectorId: null } };

if (step) {
  // a child: one half of the draw, its result as the last line of stdout
  // the API's walkers: a pool of their own (apps/api/src/main.ts)
  const { db: walkers } = createDb(url, 4);
  const result = [];
  for (const id of arg(step === 'prepare' ? '--task' : '--draw')!.split(',').map(Number)) {
    result.push(step === 'prepare' ? await prepareStep(db, walkers, id, meta) : await executeStep(db, id, meta));
  }
  await Promise.all([db.destroy(), walkers.destroy()]);
  console.log(JSON.stringify(result));
  process.exit(0);
}

// this run's targets must not count as "already targeted" in the next run, nor those of a run that was cut short
const setAside = () => db.updateTable('draws').set({ status: 'superseded', redrawReason: '基准测试' })
  .where('status', '!=', 'superseded').where('taskId', 'in', db.selectFrom('tasks').select('id').where('name', '=', '基准抽取')).execute();
await setAside();

log(`sxgk-draw-v1 benchmark: ${N.toLocaleString('en')} entities, 2 000 inspectors, 1 % conflicts, 2 inspectors per entity`);
const tasks = await Promise.all(Array.from({ length: process.argv.includes('--again') ? 2 : 1 }, () => tasksRepo.create(db, { kind: 'all' }, {
  departmentId: city.departmentId, adHoc: true, name: '基准抽取', itemIds: [city.itemId], directed: false,
  ratios: { A: 100, B: 200, C: 1000, D: 3000 }, inspectorsPerEntity: 2, startDate: `${BENCH_YEAR}-06-01`,
}, meta)));
const task = tasks[0]!;
const entityArgs = ['--entities', String(N)];
const allPrepared = await inChild([...entityArgs, '--step', 'prepare', '--task', tasks.map((t) => t.id).join(',')]);
const allExecuted = await inChild([...entityArgs, '--step', 'execute', '--draw', allPrepared.map((p) => p.drawId).join(',')]);
const [prepared, executed] = [allPrepared[0]!, allExecuted[0]!];
const drawId = prepared.drawId;
const totalOf = (p: StepResult, e: StepResult) => p.ms.prepare! + e.ms.load! + e.ms.runDraw! + e.ms.persist!;
const ours = totalOf(prepared, executed);

const draw = (await drawsRepo.get(db, { kind: 'all' }, drawId))!;
const sizes = new Map(draw.strataSummary!.map((s) => [s.key, s.size]));
const candidates = [...sizes.values()].reduce((a, b) => a + b, 0);
log(`\ncandidates ${candidates.toLocaleString('en')} (after ${(N / 10).toLocaleString('en')} already targeted this year), targets ${executed.targets!.toLocaleString('en')}, assignments ${executed.assignments!.toLocaleString('en')}, exclusions ${Number(draw.exclusionCount).toLocaleString('en')}`);
log(`  strata ${draw.strataSummary!.map((s) => `${s.key}:${s.selected}/${s.size}`).join('  ')}`);
log(`\nthis implementation`);
log(`  prepare  (API process: eligibility, order, snapshot, digests)  ${ms(prepared.ms.prepare!)}   peak RSS ${prepared.maxRssMb} MB`);
log(`    ${prepared.steps.join(' · ')} ms`);
log(`  execute  (worker: load snapshot ${executed.ms.load!.toFixed(0)} ms + digests, step 1 ${executed.ms.runDraw!.toFixed(0)} ms)   ${ms(executed.ms.load! + executed.ms.runDraw!)}   peak RSS ${executed.maxRssMb} MB`);
log(`  persist  (worker: step 2 drawn batch by batch while targets + teams are written, one transaction)   ${ms(executed.ms.persist!)}`);
log(`    ${executed.steps.join(' · ')} ms`);
log(`  total                                                          ${ms(ours)}`);
if (allPrepared[1] && allExecuted[1]) {
  const [p, e] = [allPrepared[1], allExecuted[1]];
  log(`  a second draw in the same processes: prepare ${p.ms.prepare!.toFixed(0)}, execute ${(e.ms.load! + e.ms.runDraw!).toFixed(0)}, persist ${e.ms.persist!.toFixed(0)}, total ${totalOf(p, e).toFixed(0)} ms`);
}

if (!process.argv.includes('--no-baseline')) {
  const naive = await naiveBaseline(db, (await db.selectFrom('tasks').selectAll().where('id', '=', task.id).executeTakeFirstOrThrow()), sizes);
  log(`\nnaive baseline (same run, same data)`);
  log(`  entities: ORDER BY random() LIMIT k per tier                    ${ms(naive.entitiesMs)}`);
  log(`  inspectors: one SQL query per entity, ${naive.perEntityMs.toFixed(3)} ms each measured on ${naive.sample} entities,`);
  log(`    extrapolated to ${naive.targets.toLocaleString('en')} entities (no load balancing, nothing saved)    ${ms(naive.inspectorsMs)}`);
  log(`  total                                                          ${ms(naive.totalMs)}`);
  const limit = N >= 5_000_000 ? 20_000 : 2_000;
  log(`\nspeed-up ${(naive.totalMs / ours).toFixed(1)}×   goals: total ≤ ${limit} ms ${ours <= limit ? 'met' : 'NOT met'}, ≥ 5× baseline ${naive.totalMs / ours >= 5 ? 'met' : 'NOT met'}`);
}
if (process.argv.includes('--verify')) {
  const t = performance.now();
  const verdict = verifyRecord((await publicDrawRecord(db, drawId)) as PublicDrawRecord);
  log(`\npublic record verifies: ${JSON.stringify(verdict)} (${(performance.now() - t).toFixed(0)} ms)`);
}
await setAside();
await db.destroy();
