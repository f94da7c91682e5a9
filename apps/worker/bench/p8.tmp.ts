import { createWriteStream, readFileSync } from 'node:fs';
import { openTable } from '@sxgk/sheets/read';
import type { EntityRecord } from '@sxgk/core/directory-import';
import { COPY_NULL, copyText, copyTextArray } from '@sxgk/db/repositories/copy-in';
import { entityRowParser } from '../src/imports/entity-rows.ts';
const csv = readFileSync('/tmp/ent.csv');
async function* chunks() { for (let i = 0; i < csv.length; i += 1 << 20) yield csv.subarray(i, i + (1 << 20)); }
const s = performance.now();
const tbl = await openTable(chunks(), { maxBytes: 1e9 });
let header: string[] | null = null; let parse: any; let n = 0;
const out: string[] = []; let buf = '';
const seen = new Map<string, number>();
for await (const r of tbl.rows) {
  if (!header) { header = r; parse = entityRowParser(r); continue; }
  n++;
  const p = parse(r, n);
  if (!process.env.NOMAP) { const key = process.env.FLAT ? (' ' + p.value.uscc).slice(1) : p.value.uscc; if (seen.has(key)) continue; seen.set(key, n); }
  buf += stageLine(p.value, true);
  if (n % 2000 === 0) { if (process.env.KEEP) out.push(buf); buf = ''; }
}
out.push(buf);
console.log('js total', performance.now() - s);
if (process.env.KEEP) { const w = createWriteStream('/tmp/stage-real.tsv'); for (const o of out) w.write(o); w.end(); }
function stageLine(r: EntityRecord, hasTags: boolean): string {
  const after = JSON.stringify({
    uscc: r.uscc, name: r.name, kind: r.kind, status: r.status, legalRepresentative: r.legalRepresentative,
    contactPhone: r.contactPhone, address: r.address, regionCode: r.regionCode, businessScope: r.businessScope,
    industryTags: r.industryTags, riskTier: r.riskTier, abnormalList: r.abnormalList,
    seriousViolationList: r.seriousViolationList, complaintCount: r.complaintCount,
  });
  return `${r.uscc}\t${copyText(r.name)}\t${r.kind}\t${r.status}\t${copyText(r.legalRepresentative)}\t${copyText(r.contactPhone)}\t${copyText(r.address)}\t${r.regionCode}\t${copyText(r.businessScope)}\t${copyTextArray(r.industryTags)}\t${r.riskTier}\t${r.abnormalList ? 't' : 'f'}\t${r.seriousViolationList ? 't' : 'f'}\t${r.complaintCount}\t${hasTags ? copyTextArray(r.tags) : COPY_NULL}\t${copyText(after)}\n`;
}
