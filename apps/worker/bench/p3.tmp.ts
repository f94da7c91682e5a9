import { writeFileSync } from 'node:fs';
import { entityRow } from './entity-csv.ts';
// stage TSV: row_no uscc name kind status legal phone address region scope industry_tags tier abnormal serious complaints tags
const out: string[] = [];
const kinds: Record<string,string> = {};
for (let n = 0; n < 1_000_000; n++) {
  const r = entityRow(n);
  out.push([n + 2, r[0], r[1], 'enterprise', 'active', r[4], r[5], r[6], r[7], r[8], `{${r[9]}}`, r[10], r[11] === '是' ? 't' : 'f', 'f', r[13], r[14] ? `{${r[14].split('、').join(',')}}` : '{}'].join('\t'));
}
writeFileSync('/tmp/stage.tsv', out.join('\n') + '\n');
