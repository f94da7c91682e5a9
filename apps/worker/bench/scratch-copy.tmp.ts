import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/sxgk_bench_draw_1000000' });
await c.connect();
const T = () => performance.now();
const n = 204000;
for (let rep = 0; rep < 2; rep++) {
  await c.query('BEGIN');
  let s = T();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${900000000 + (i >> 1)}\t99999\t${1 + (i % 2000)}\t41${String(i % 2000).padStart(9, '0')}\tbench\t${i & 1}\n`);
  const body = lines.join('');
  console.log('build', T() - s); s = T();
  await pipeline(Readable.from([body]), c.query(copyFrom('COPY assignments (target_id, draw_id, inspector_id, certificate_no, group_key, position) FROM STDIN')));
  console.log('copy assignments', T() - s); s = T();
  await c.query('ROLLBACK');
  await c.query('BEGIN');
  await c.query('SET LOCAL synchronous_commit = off');
  s = T();
  await c.query(`INSERT INTO assignments (target_id, draw_id, inspector_id, certificate_no, group_key, position) SELECT 900000000 + (i>>1), 99999, 1 + i % 2000, '41' || lpad((i%2000)::text, 9, '0'), 'bench', i & 1 FROM generate_series(0, ${n - 1}) i`);
  console.log('insert generate_series', T() - s);
  await c.query('ROLLBACK');
}
await c.end();
