import { entityRow } from './entity-csv.ts';
import { ENTITY_CSV_HEADER } from './entity-csv.ts';
import { rowValues, parseEntityRow } from '@sxgk/core/directory-import';
import { validateUscc } from '@sxgk/core/uscc';
const rows = Array.from({ length: 300000 }, (_, i) => entityRow(i));
const h = ENTITY_CSV_HEADER;
for (let k = 0; k < 2; k++) {
let t = performance.now();
for (let i = 0; i < rows.length; i++) rowValues(h, rows[i]!);
console.log('rowValues', (performance.now() - t) / rows.length * 1e3, 'ns/row');
t = performance.now();
for (let i = 0; i < rows.length; i++) validateUscc(rows[i]![0]!);
console.log('uscc', (performance.now() - t) / rows.length * 1e3, 'ns/row');
t = performance.now();
for (let i = 0; i < rows.length; i++) parseEntityRow(rowValues(h, rows[i]!), i);
console.log('parse', (performance.now() - t) / rows.length * 1e3, 'ns/row');
}
