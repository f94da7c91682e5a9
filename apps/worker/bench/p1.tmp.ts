import { entityCsv } from '/work/main/apps/worker/bench/entity-csv.ts';
import { openTable } from '@sxgk/sheets/read';
import { mapHeader, rowValues, parseEntityRow } from '@sxgk/core/directory-import';
let t = performance.now();
const buf = entityCsv(1_000_000);
console.log('gen', performance.now() - t, buf.length);
async function* chunks() { for (let i = 0; i < buf.length; i += 1 << 20) yield buf.subarray(i, i + (1 << 20)); }
t = performance.now();
const tbl = await openTable(chunks(), { maxBytes: 1e9 });
let n = 0; let header: string[] | null = null; let ok = 0;
const mode = process.argv[2];
for await (const row of tbl.rows) {
  if (!header) { header = row; continue; }
  n++;
  if (mode === 'parse') { const r = parseEntityRow(rowValues(header, row), n); if (r.ok) ok++; }
}
console.log('rows', n, ok, performance.now() - t);
