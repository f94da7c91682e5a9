import { Parser } from 'csv-parse';
const cols = 15, N = 1_000_000;
let lines = [];
for (let i = 0; i < N; i++) { const r=[]; for (let c=0;c<cols;c++) r.push(c===3?'"a,b'+i+'"':'v'+c+'_'+(i%1000)); lines.push(r.join(',')); }
const buf = Buffer.from(lines.join('\r\n')); lines = null;
for (const opts of [{ relax_column_count: true, bom: true }, { relax_column_count: true }, {relax_column_count: true, record_delimiter: ['\r\n','\n','\r']}]) {
let t = performance.now();
const p = new Parser(opts);
let n = 0; const push = () => { n++; };
const CH = 1<<16;
for (let o = 0; o < buf.length; o += CH) p.api.parse(buf.subarray(o, o+CH), false, push, ()=>{});
p.api.parse(undefined, true, push, ()=>{});
console.log(JSON.stringify(opts), 'rows', n, 'rows/s', Math.round(n / ((performance.now()-t)/1000)));
}
