import { readFileSync } from 'node:fs';
import { openTable } from '@sxgk/sheets/read';
import { entityRowParser } from '../src/imports/entity-rows.ts';
const csv = readFileSync('/tmp/ent.csv');
async function* chunks() { for (let i = 0; i < csv.length; i += 1 << 20) yield csv.subarray(i, i + (1 << 20)); }
const mode = Number(process.argv[2]);
const s = performance.now();
const tbl = await openTable(chunks(), { maxBytes: 1e9 });
let header: string[] | null = null; let parse: any; let n = 0; let buf = ''; let len = 0; let arr: string[] = []; let out = Buffer.allocUnsafe(1 << 20); let off = 0;
for await (const r of tbl.rows) {
  if (!header) { header = r; parse = entityRowParser(r); continue; }
  n++;
  if (mode >= 1) { const p = parse(r, n);
  if (mode >= 2) { const v = p.value; len += JSON.stringify({ uscc: v.uscc, name: v.name, kind: v.kind, status: v.status, legalRepresentative: v.legalRepresentative, contactPhone: v.contactPhone, address: v.address, regionCode: v.regionCode, businessScope: v.businessScope, industryTags: v.industryTags, riskTier: v.riskTier, abnormalList: v.abnormalList, seriousViolationList: v.seriousViolationList, complaintCount: v.complaintCount }).length; }
  if (mode === 3) { buf += r.join('\t') + '\n'; if (n % 2000 === 0) { len += Buffer.byteLength(buf); buf = ''; } }
  if (mode === 4) { arr.push(r.join('\t') + '\n'); if (n % 2000 === 0) { len += Buffer.from(arr.join('')).length; arr = []; } }
  if (mode === 5) { const line = r.join('\t') + '\n'; if (off + line.length * 3 > out.length) { len += off; off = 0; out = Buffer.allocUnsafe(1 << 20); } off += out.write(line, off); }
  if (mode === 6) { const line = `${r[0]}\t${r[1]}\t${r[2]}\t${r[3]}\t${r[4]}\t${r[5]}\t${r[6]}\t${r[7]}\t${r[8]}\t${r[9]}\t${r[10]}\t${r[11]}\t${r[12]}\t${r[13]}\t${r[14]}\n`; if (off + line.length * 3 > out.length) { len += off; off = 0; out = Buffer.allocUnsafe(1 << 20); } off += out.write(line, off); }
  }
}
console.log('mode', mode, performance.now() - s, len);
