import pg from 'pg';
import { seedDemo, uploadsRepo } from '@sxgk/db';
import { createTestDatabase } from '@sxgk/db/testing';
import { entityCsv } from './entity-csv.ts';
const t = await createTestDatabase();
await seedDemo(t.db, 0);
const csv = entityCsv(200000);
const id = await uploadsRepo.save(t.db, 'x.csv', csv, 1);
const c = new pg.Client({ connectionString: t.url }); await c.connect();
for (const binary of [false, true]) {
  let s = performance.now(); let n = 0;
  for (let seq = 0; ; seq++) { const r = await c.query({ text: 'select data from upload_chunks where upload_id=$1 and seq=$2', values: [id, seq], binary }); if (!r.rows.length) break; n += r.rows[0].data.length; }
  console.log('binary', binary, performance.now() - s, n);
}
let s = performance.now();
await c.query("select sum(length(encode(data,'hex'))) from upload_chunks where upload_id=$1", [id]);
console.log('pg hex encode', performance.now() - s);
s = performance.now();
const r = await c.query("select encode(data,'hex') h from upload_chunks where upload_id=$1", [id]);
console.log('pg hex transfer', performance.now() - s);
s = performance.now(); for (const row of r.rows) Buffer.from(row.h, 'hex');
console.log('js hex decode', performance.now() - s);
await c.end();
await t.drop();
