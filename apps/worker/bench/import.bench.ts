import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { jobsRepo, seedDemo, uploadsRepo } from '@sxgk/db';
import { copyIn } from '@sxgk/db/repositories/copy-in';
import { createTestDatabase } from '@sxgk/db/testing';
import { runImport } from '../src/imports/run-import.ts';
import { ENTITY_CSV_HEADER, entityCsv } from './entity-csv.ts';
import { cpuMeter } from './server-cpu.ts';

// pnpm bench:import [--rows N]: a 检查对象 CSV of N new entities imported through the job path
// (upload stored in Postgres, runImport, one transaction), then the same file again (nothing
// changes), against a raw COPY of the same file into a plain table of the same columns.
// Prints figures; asserts nothing.
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const rows = Number(values.rows);
const rate = (ms: number) => Math.round(rows / (ms / 1000));

const t = await createTestDatabase();
try {
  await seedDemo(t.db, 0);
  const csv = entityCsv(rows);
  console.log(`generated ${rows} rows, ${(csv.length / 1048576).toFixed(1)} MB`);

  const dept = await t.db.selectFrom('departments').select('id').where('code', '=', 'scjg').executeTakeFirstOrThrow();
  const user = await t.db.selectFrom('users').select('id').where('username', '=', 'scjg-admin').executeTakeFirstOrThrow();
  const uploadId = await uploadsRepo.save(t.db, 'bench.csv', csv, user.id);

  // each timed run starts from a checkpoint, so none pays for writing out the pages of the one before
  const checkpoint = () => sql`CHECKPOINT`.execute(t.db);
  const importOnce = async () => {
    await checkpoint();
    const job = await jobsRepo.create(t.db, { kind: 'import:entities', departmentId: dept.id, createdBy: user.id, params: { uploadId } });
    const cpu = cpuMeter();
    const started = performance.now();
    const result = await runImport(t.db, { jobId: job.id, kind: 'entities', uploadId, departmentId: dept.id, actorUserId: user.id });
    return { ms: performance.now() - started, result, cpu: cpu() };
  };
  const first = await importOnce();
  const importMs = first.ms;
  console.log(`import (all new): ${Math.round(importMs)} ms, ${rate(importMs)} rows/s`, JSON.stringify(first.result));
  console.log(`  ${first.cpu}`);
  const again = await importOnce();
  console.log(`same file again (all unchanged): ${Math.round(again.ms)} ms, ${rate(again.ms)} rows/s`, JSON.stringify(again.result));
  console.log(`  ${again.cpu}`);

  await sql.raw(`CREATE TABLE bench_copy (${ENTITY_CSV_HEADER.map((h) => `"${h}" text`).join(', ')})`).execute(t.db);
  await checkpoint();
  const started = performance.now();
  await t.db.transaction().execute((trx) => copyIn(trx, 'COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)', [csv]));
  const copyMs = performance.now() - started;
  console.log(`raw COPY: ${Math.round(copyMs)} ms, ${rate(copyMs)} rows/s`);
  console.log(`import / COPY speed: ${((copyMs / importMs) * 100).toFixed(1)} %`);
} finally {
  await t.drop();
}
