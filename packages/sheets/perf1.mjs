import { Parser } from 'csv-parse';
const cols = 15, N = 1_000_000;
let lines = [];
for (let i = 0; i < N; i++) { const r=[]; for (let c=0;c<cols;c++) r.push(c===3?'"a,b'+i+'"':'v'+c+'_'+(i%1000)); lines.push(r.join(',')); }
const buf = Buffer.from(lines.join('\r\n')); lines = null;
console.log('MB', buf.length/1e6);
let t = performance.now();
const p = new Parser({ relax_column_count: true, bom: true });
let n = 0;
const CH = 1<<16;
for (let o = 0; o < buf.length; o += CH) {
  p.write(buf.subarray(o, o+CH));
  let r; while ((r = p.read()) !== null) n++;
}
p.end(); let r; while ((r = p.read()) !== null) n++;
console.log('rows', n, 'rows/s', Math.round(n / ((performance.now()-t)/1000)));
