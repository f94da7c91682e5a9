// CSV read throughput: `npx tsx bench/read-csv.bench.ts [rows]` (default 1 000 000).
// Writes a directory-like CSV (15 short columns, ~150 bytes a row) in UTF-8 and in GBK to
// the temp directory, then streams each from disk through openTable.
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { openTable } from '../src/read.ts';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const HEADER = '统一社会信用代码,名称,主体类型,登记状态,法定代表人,联系电话,住所,行政区划,经营范围,行业,信用风险分类,经营异常名录,严重违法失信名单,投诉次数,部门标签';

function row(i: number): string {
  const n = String(i).padStart(8, '0');
  return `9146010${n}MA3,海口市某某贸易有限公司${i % 997},企业,存续,张${i % 100},0898-6${n.slice(1)},海口市龙华区滨海大道${i % 300}号,460106,食品销售,"批发、零售",${'ABCD'[i % 4]},否,否,${i % 5},重点`;
}

async function writeFile(path: string, encoding: 'utf8' | 'gbk'): Promise<void> {
  const out = createWriteStream(path);
  const encode = (s: string) => (encoding === 'utf8' ? Buffer.from(s) : iconv.encode(s, 'gbk'));
  let batch = `${HEADER}\r\n`;
  for (let i = 0; i < ROWS; i++) {
    batch += `${row(i)}\r\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(encode(batch))) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(encode(batch));
  await once(out, 'finish');
}

for (const encoding of ['utf8', 'gbk'] as const) {
  const path = join(tmpdir(), `sxgk-bench-${process.pid}-${encoding}.csv`);
  await writeFile(path, encoding);
  const mb = statSync(path).size / 1e6;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const start = performance.now();
  const table = await openTable(createReadStream(path, { highWaterMark: 1 << 16 }), { maxBytes: 1 << 30 });
  let n = 0;
  let cells = 0;
  for await (const r of table.rows) {
    n++;
    cells += r.length;
    if ((n & 0xffff) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const secs = (performance.now() - start) / 1000;
  rmSync(path);
  console.log(
    `${encoding.padEnd(4)} ${table.encoding}: ${n} rows (${cells / n} cells/row), ${mb.toFixed(1)} MB in ${secs.toFixed(2)} s → ` +
      `${Math.round(n / secs).toLocaleString('en')} rows/s, ${(mb / secs).toFixed(0)} MB/s, RSS +${((peakRss - rssBefore) / 1e6).toFixed(0)} MB`,
  );
}
